/*-------------------------------------------------------------------------
 *
 * seao_xml_names_core.c
 *	  What the element names of a SEAO XML export mean, server-free.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "seao_xml_names_core.h"

const char *const seao_notice_field_names[SEAO_N_COUNT] = {
	"numeroseao", "organisme", "codepostal", "dateadjudication",
	"regionlivraison", "unspscprincipale", "titre", "datesaisieadjudication",
	"type", "datepublication", "datefermeture"
};

const char *const seao_supplier_field_names[SEAO_S_COUNT] = {
	"nomorganisation", "province", "pays", "codepostal",
	"adjudicataire", "montantcontrat", "neq", "montantsoumis", "montantssoumisunite", "ville",
	"conforme", "admissible"
};

/* The index of the name of len bytes in names[0..count), or -1. */
static int
field_index(const char *const *names, int count, const char *name, size_t len)
{
	int			i;

	for (i = 0; i < count; i++)
		if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0)
			return i;
	return -1;
}

static bool
name_is(const char *name, size_t len, const char *what)
{
	return strlen(what) == len && memcmp(name, what, len) == 0;
}

int
seao_xml_name_learn(SeaoXmlNames *names, const char *name, int len, int i)
{
	const char *local = name;
	size_t		n = (size_t) len;
	const char *colon;
	int			meaning;

	/* (a namespace prefix comes with the name) */
	if ((colon = memchr(name, ':', n)) != NULL)
	{
		local = colon + 1;
		n -= (size_t) (local - name);
	}
	if (name_is(local, n, "export"))
		meaning = SEAO_XML_NAME_EXPORT;
	else if (name_is(local, n, "Avis"))
		meaning = SEAO_XML_NAME_NOTICE;
	else if (name_is(local, n, "fournisseurs"))
		meaning = SEAO_XML_NAME_LIST;
	else if (name_is(local, n, "fournisseur"))
		meaning = SEAO_XML_NAME_SUPPLIER;
	else
		meaning = SEAO_XML_NAME_OTHER |
			((field_index(seao_notice_field_names, SEAO_N_COUNT, local, n) + 1) << 4) |
			((field_index(seao_supplier_field_names, SEAO_S_COUNT, local, n) + 1) << 8);
	if (names->count < SEAO_XML_NAMES_MAX)
	{
		names->slot[i].name = name;
		names->slot[i].len = len;
		names->slot[i].meaning = meaning;
		names->count++;
	}
	return meaning;
}
