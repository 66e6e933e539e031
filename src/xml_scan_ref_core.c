/*-------------------------------------------------------------------------
 *
 * xml_scan_ref_core.c
 *	  The XML scanner's references, server-free: the five predefined
 *	  entities and the character references, in character data and in
 *	  attribute values (xml_scan_core.c).  Rare in SEAO exports: out of the
 *	  content's hot path.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "xml_scan_core.h"
#include "xml_scan_int.h"

/*
 * A reference, p after '&' (xmlParseReference, xmlParseCharRef): its
 * character in UTF-8 into out (at least 4 bytes), its length into *len;
 * after the ';', or NULL.
 */
const unsigned char *
cag_xml_scan_reference(CagXmlScanner *s, const unsigned char *p, char *out, int *len)
{
	static const char *const names[5] = {"lt;", "gt;", "amp;", "apos;", "quot;"};
	static const char chars[5] = {'<', '>', '&', '\'', '"'};
	unsigned int v = 0;
	int			digits = 0;
	int			i;

	if (p == s->end)
		return cag_xml_decline(s, "the document ends in a reference");
	if (*p != '#')
	{
		for (i = 0; i < 5; i++)
		{
			size_t		n = strlen(names[i]);

			if ((size_t) (s->end - p) >= n && memcmp(p, names[i], n) == 0)
			{
				out[0] = chars[i];
				*len = 1;
				return p + n;
			}
		}
		return cag_xml_decline(s, "an entity that is not predefined");
	}
	if (s->end - p >= 2 && p[1] == 'x')
	{
		for (p += 2; p < s->end && digits < 8; p++, digits++)
		{
			unsigned char c = (unsigned char) (*p | 0x20);

			if (*p >= '0' && *p <= '9')
				v = v * 16 + (unsigned int) (*p - '0');
			else if (c >= 'a' && c <= 'f')
				v = v * 16 + (unsigned int) (c - 'a' + 10);
			else
				break;
		}
	}
	else
		for (p++; p < s->end && digits < 8 && *p >= '0' && *p <= '9'; p++, digits++)
			v = v * 10 + (unsigned int) (*p - '0');
	if (digits == 0 || p == s->end || *p != ';')
		return cag_xml_decline(s, "an unusual character reference");
	/* an XML Char, written in UTF-8 */
	if (v < 0x80)
	{
		if (v < 0x20 && v != '\t' && v != '\n' && v != '\r')
			return cag_xml_decline(s, "a reference to a character that XML forbids");
		out[0] = (char) v;
		*len = 1;
	}
	else if (v < 0x800)
	{
		out[0] = (char) (0xC0 | (v >> 6));
		out[1] = (char) (0x80 | (v & 0x3F));
		*len = 2;
	}
	else if (v < 0x10000)
	{
		if ((v >= 0xD800 && v <= 0xDFFF) || v > 0xFFFD)
			return cag_xml_decline(s, "a reference to a character that XML forbids");
		out[0] = (char) (0xE0 | (v >> 12));
		out[1] = (char) (0x80 | ((v >> 6) & 0x3F));
		out[2] = (char) (0x80 | (v & 0x3F));
		*len = 3;
	}
	else
	{
		if (v > 0x10FFFF)
			return cag_xml_decline(s, "a reference beyond Unicode");
		out[0] = (char) (0xF0 | (v >> 18));
		out[1] = (char) (0x80 | ((v >> 12) & 0x3F));
		out[2] = (char) (0x80 | ((v >> 6) & 0x3F));
		out[3] = (char) (0x80 | (v & 0x3F));
		*len = 4;
	}
	return p + 1;
}
