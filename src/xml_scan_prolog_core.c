/*-------------------------------------------------------------------------
 *
 * xml_scan_prolog_core.c
 *	  What the XML scanner reads outside the root element, server-free:
 *	  the byte order mark and the XML declaration, and the blanks,
 *	  comments and processing instructions before and after the root.
 *
 * As in xml_scan_core.c, each function mirrors the function of libxml2's
 * parser.c it names, and declines wherever libxml2 would report an error or
 * behave in a way the scanner does not reproduce.  These run once or twice
 * a document; the constructs of the content are in xml_scan_core.c.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "xml_scan_core.h"
#include "xml_scan_int.h"

/* Misc before or after the root (xmlParseMisc): blanks, comments, PIs. */
const unsigned char *
cag_xml_scan_misc(CagXmlScanner *s, const unsigned char *p)
{
	for (;;)
	{
		if ((p = cag_xml_skip_blanks(s, p)) == NULL)
			return NULL;
		if (s->end - p >= 4 && memcmp(p, "<!--", 4) == 0)
			p = cag_xml_scan_comment(s, p + 4);
		else if (s->end - p >= 2 && p[0] == '<' && p[1] == '?')
			p = cag_xml_scan_pi(s, p + 2);
		else
			return p;
		if (p == NULL)
			return NULL;
	}
}

/* An ASCII keyword at p, then S? '=' S? and a quote; after the quote. */
static const unsigned char *
scan_pseudo_attr(CagXmlScanner *s, const unsigned char *p, const char *name,
				 unsigned char *quote)
{
	size_t		len = strlen(name);

	if ((size_t) (s->end - p) < len || memcmp(p, name, len) != 0)
		return cag_xml_decline(s, "an unusual XML declaration");
	if ((p = cag_xml_skip_blanks(s, p + len)) == NULL || p == s->end || *p != '=')
		return cag_xml_decline(s, "an unusual XML declaration");
	if ((p = cag_xml_skip_blanks(s, p + 1)) == NULL || p == s->end || (*p != '"' && *p != '\''))
		return cag_xml_decline(s, "an unusual XML declaration");
	*quote = *p;
	return p + 1;
}

/* Is the encoding name [p, p + len) name, in any case? */
static bool
encoding_is(const unsigned char *p, size_t len, const char *name)
{
	size_t		i;

	if (len != strlen(name))
		return false;
	for (i = 0; i < len; i++)
		if ((p[i] >= 'a' && p[i] <= 'z' ? p[i] - 0x20 : p[i]) != (unsigned char) name[i])
			return false;
	return true;
}

/*
 * The encoding declaration's value, p on it (xmlParseEncName): sets
 * latin1; utf8 (the text is decoded already) ignores it.  After the
 * closing quote, or NULL.
 */
static const unsigned char *
scan_encoding(CagXmlScanner *s, const unsigned char *p, unsigned char quote,
			  bool utf8, bool bom)
{
	const unsigned char *name = p;

	if (p == s->end || !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
		return cag_xml_decline(s, "an unusual encoding name");
	while (p < s->end && p - name < 40 &&
		   (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9') ||
			*p == '.' || *p == '_' || *p == '-'))
		p++;
	if (p == s->end || *p != quote)
		return cag_xml_decline(s, "an unusual encoding name");
	if (utf8 || encoding_is(name, (size_t) (p - name), "UTF-8") ||
		encoding_is(name, (size_t) (p - name), "UTF8"))
		return p + 1;
	if (!bom && encoding_is(name, (size_t) (p - name), "ISO-8859-1"))
	{
		s->latin1 = true;
		return p + 1;
	}
	return cag_xml_decline(s, "an encoding other than UTF-8 and ISO-8859-1");
}

/*
 * The byte order mark and the XML declaration (xmlParseXMLDecl), exactly
 * <?xml version="1.0"[ encoding="..."][ standalone="yes|no"] ?>.
 */
const unsigned char *
cag_xml_scan_declaration(CagXmlScanner *s, const unsigned char *p, bool utf8)
{
	bool		bom = false;
	unsigned char q;

	if (s->end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
	{
		p += 3;
		bom = true;
	}
	if (s->end - p < 6 || memcmp(p, "<?xml", 5) != 0 || !cag_xml_is_blank(p[5]))
		return p;
	if ((p = cag_xml_skip_blanks(s, p + 5)) == NULL ||
		(p = scan_pseudo_attr(s, p, "version", &q)) == NULL)
		return NULL;
	if (s->end - p < 4 || memcmp(p, "1.0", 3) != 0 || p[3] != q)
		return cag_xml_decline(s, "an XML version other than 1.0");
	p += 4;
	if (p < s->end && cag_xml_is_blank(*p) && (p = cag_xml_skip_blanks(s, p)) != NULL &&
		s->end - p >= 8 && memcmp(p, "encoding", 8) == 0)
	{
		if ((p = scan_pseudo_attr(s, p, "encoding", &q)) == NULL ||
			(p = scan_encoding(s, p, q, utf8, bom)) == NULL)
			return NULL;
		if (p < s->end && cag_xml_is_blank(*p))
			p = cag_xml_skip_blanks(s, p);
	}
	if (p != NULL && s->end - p >= 10 && memcmp(p, "standalone", 10) == 0 && cag_xml_is_blank(p[-1]))
	{
		if ((p = scan_pseudo_attr(s, p, "standalone", &q)) == NULL)
			return NULL;
		if (s->end - p >= 4 && memcmp(p, "yes", 3) == 0 && p[3] == q)
			p += 4;
		else if (s->end - p >= 3 && memcmp(p, "no", 2) == 0 && p[2] == q)
			p += 3;
		else
			return cag_xml_decline(s, "an unusual standalone declaration");
		p = cag_xml_skip_blanks(s, p);
	}
	if (p == NULL || s->end - p < 2 || p[0] != '?' || p[1] != '>')
		return cag_xml_decline(s, "an unusual XML declaration");
	return p + 2;
}
