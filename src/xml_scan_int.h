/*-------------------------------------------------------------------------
 *
 * xml_scan_int.h
 *	  What the two files of the XML scanner share: xml_scan_core.c (the
 *	  content: elements, attributes, character data, references, CDATA) and
 *	  xml_scan_prolog_core.c (the XML declaration and what comes before and
 *	  after the root).  Not for other callers: see xml_scan_core.h.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_XML_SCAN_INT_H
#define CAG_XML_SCAN_INT_H

#include <stdbool.h>

#include "core.h"
#include "xml_scan_core.h"

/* White space (IS_BLANK_CH). */
static inline bool
cag_xml_is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Give the document up to libxml2, saying why; returns NULL. */
extern CAG_INTERNAL void *cag_xml_decline(CagXmlScanner *s, const char *why);

/* Skip white space (SKIP_BLANKS); where it stops, or NULL to decline. */
extern CAG_INTERNAL const unsigned char *cag_xml_skip_blanks(CagXmlScanner *s, const unsigned char *p);

/* A comment, p after "<!--"; a PI, p after "<?": after it, or NULL. */
extern CAG_INTERNAL const unsigned char *cag_xml_scan_comment(CagXmlScanner *s, const unsigned char *p);
extern CAG_INTERNAL const unsigned char *cag_xml_scan_pi(CagXmlScanner *s, const unsigned char *p);

/* xml_scan_ref_core.c: a reference, p after '&' (what it gives: there). */
extern CAG_INTERNAL const unsigned char *cag_xml_scan_reference(CagXmlScanner *s, const unsigned char *p,
																char *out, int *len);

/* xml_scan_prolog_core.c: the BOM and XML declaration; Misc around the root. */
extern CAG_INTERNAL const unsigned char *cag_xml_scan_declaration(CagXmlScanner *s, const unsigned char *p,
													 bool utf8);
extern CAG_INTERNAL const unsigned char *cag_xml_scan_misc(CagXmlScanner *s, const unsigned char *p);

#endif							/* CAG_XML_SCAN_INT_H */
