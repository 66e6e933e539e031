/*-------------------------------------------------------------------------
 *
 * seao_xml_names_core.h
 *	  What the element names of a SEAO XML export mean, server-free.
 *
 * The reader (seao_xml_core.c) asks the meaning of every element name it
 * meets: the export's root, a notice, the list of bidders, a bidder, or
 * one of the fields of seao_notice_field_names and seao_supplier_field_names
 * (any namespace prefix set aside).  A name comes as bytes (from the
 * document, or libxml2's copy), not NUL-terminated; the meanings of the
 * names seen are kept in a small hash table (open addressing, the names
 * pointed to: they must last as long as the table is used; a document with
 * more distinct names than it holds has the others looked up each time:
 * still right).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_XML_NAMES_CORE_H
#define CAG_SEAO_XML_NAMES_CORE_H

#include "seao_xml_core.h"
#include "xml_scan_core.h"

typedef enum SeaoXmlNameKind
{
	SEAO_XML_NAME_OTHER,
	SEAO_XML_NAME_EXPORT,		/* export */
	SEAO_XML_NAME_NOTICE,		/* Avis */
	SEAO_XML_NAME_LIST,			/* fournisseurs */
	SEAO_XML_NAME_SUPPLIER		/* fournisseur */
} SeaoXmlNameKind;

/*
 * A name's meaning: its SeaoXmlNameKind in bits 0-3, 1 + its index among
 * the notice fields in bits 4-7 and among the bidder fields in bits 8-11
 * (0: none); "codepostal" is both.
 */
#define SEAO_XML_NAME_KIND(m)			((SeaoXmlNameKind) ((m) & 0xF))
#define SEAO_XML_NAME_NOTICE_FIELD(m)	((((m) >> 4) & 0xF) - 1)
#define SEAO_XML_NAME_SUPPLIER_FIELD(m)	((((m) >> 8) & 0xF) - 1)

#define SEAO_XML_NAMES_SLOTS 256	/* a power of two */
#define SEAO_XML_NAMES_MAX 192		/* names kept at most */

/* The names seen and their meanings; all zeros when empty. */
typedef struct SeaoXmlNames
{
	struct
	{
		const char *name;
		int			len;
		int			meaning;
	}			slot[SEAO_XML_NAMES_SLOTS];
	int			count;
} SeaoXmlNames;

/* A name not seen yet: its meaning, remembered if there is room; i its slot. */
extern int	seao_xml_name_learn(SeaoXmlNames *names, const char *name, int len, int i);

/* The meaning of an element name of len (> 0) bytes (inline: every element). */
static inline int
seao_xml_name_meaning(SeaoXmlNames *names, const char *name, int len)
{
	const unsigned char *u = (const unsigned char *) name;
	unsigned int h = (unsigned int) len * 0x9E3779B1u ^ u[0] * 0x85EBCA77u ^
		u[len - 1] * 0xC2B2AE3Du ^ u[len >> 1] * 0x27D4EB2Fu;
	int			i = (int) (h >> 24) & (SEAO_XML_NAMES_SLOTS - 1);

	while (names->slot[i].name != NULL)
	{
		if (names->slot[i].len == len &&
			cag_xml_same_bytes(names->slot[i].name, name, (size_t) len))
			return names->slot[i].meaning;
		i = (i + 1) & (SEAO_XML_NAMES_SLOTS - 1);
	}
	return seao_xml_name_learn(names, name, len, i);
}

#endif							/* CAG_SEAO_XML_NAMES_CORE_H */
