/*-------------------------------------------------------------------------
 *
 * xml_scan_core.h
 *	  A scanner of plain XML documents, in one pass, server-free.
 *
 * What SEAO exports are: UTF-8 (or ISO-8859-1 when a file's declaration
 * says so), an XML declaration, elements with attributes, character data
 * with the predefined entities and character references, CDATA sections,
 * comments, processing instructions.  The scanner reads exactly that, in
 * about a third of libxml2's instructions (43 M against 125 M for the
 * January 2013 export; bench/RESULTS.md had 53 M before its wide steps,
 * xml_scan_vec.h), and declines everything else: a
 * DOCTYPE (so no entity, internal or external, and no DTD is ever read),
 * another encoding, a name that is not ASCII, a NUL, a lone carriage
 * return, and anything that is not well-formed.  When it declines, the
 * caller gives the whole document to libxml2 (seao_xml_core.c).
 *
 * The contract with libxml2 (2.9's SAX1 interface, as seao_xml_core.c
 * runs it): for every document, the tokens the scanner gives before it
 * ends or declines are the events libxml2 gives for the same bytes (names,
 * the attributes the scanner reports as plain, the text, once joined, the
 * line at each token, the bytes consumed at each end tag), and when the
 * scanner reaches the end of a document, libxml2 finds it well-formed.
 * The scanner is at least as strict as libxml2: a document it reads to the
 * end is one libxml2 reads without error; where libxml2 would find an
 * error, the scanner declines at that point or before it.
 * test/fuzz/fuzz_xml_scan.c checks this against libxml2.
 *
 * Lines are counted as libxml2 counts them: one more at each line feed
 * (a carriage return alone would not count: the scanner declines it).
 *
 * It allocates nothing, reads nothing outside the document, and never
 * fails other than by declining.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_XML_SCAN_CORE_H
#define CAG_XML_SCAN_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define CAG_XML_MAX_DEPTH 64	/* deeper elements: declined */
#define CAG_XML_MAX_ATTRS 16	/* more attributes on an element: declined */
#define CAG_XML_BUF 256			/* converted text is given in pieces this long */

typedef enum CagXmlToken
{
	CAG_XML_START,				/* a start tag, or an empty element's tag */
	CAG_XML_END,				/* an end tag, or an empty element's end */
	CAG_XML_TEXT,				/* character data (only while want_text) */
	CAG_XML_EOF,				/* the end of a well-formed document */
	CAG_XML_DECLINED			/* read the whole document with libxml2 */
} CagXmlToken;

typedef struct CagXmlAttribute
{
	const char *name;
	int			namelen;
	const char *value;			/* the value as libxml2 gives it, when it is
								 * the bytes written (no reference, no white
								 * space to normalize, UTF-8); else NULL */
	int			valuelen;
} CagXmlAttribute;

typedef struct CagXmlScanner
{
	const unsigned char *doc;
	const unsigned char *end;
	const unsigned char *cur;	/* where the scanner stands */
	bool		latin1;			/* the bytes are ISO-8859-1 */
	int			state;			/* where in the document (xml_scan_core.c) */

	/*
	 * The caller's: whether it wants the character data that follows (TEXT
	 * tokens); without them the scanner only checks it.
	 */
	bool		want_text;

	/* the open elements */
	int			depth;
	struct
	{
		const unsigned char *name;
		int			len;
	}			open[CAG_XML_MAX_DEPTH];
	bool		empty_end;		/* the END of an empty element comes next */

	/* the token: START's and END's name, START's attributes, TEXT's bytes */
	const char *name;
	int			namelen;
	int			nattrs;
	CagXmlAttribute attrs[CAG_XML_MAX_ATTRS];
	const char *text;			/* UTF-8, a carriage return before a line
								 * feed left out */
	size_t		textlen;
	size_t		offset;			/* bytes before libxml2's position at the
								 * token: START, its '>' or "/>"; END, after
								 * its '>' */

	/* text checked, still to be given (drained by TEXT tokens) */
	const unsigned char *pending;
	const unsigned char *pending_end;
	bool		pending_cr;		/* it holds a carriage return */

	/* the line at line_pos */
	const unsigned char *line_pos;
	int			line;

	char		buf[CAG_XML_BUF];	/* converted text, a reference's character */
	const char *declined;		/* why the scanner declined (tests) */
} CagXmlScanner;

/*
 * Start scanning a document.  utf8: its bytes are UTF-8 whatever its
 * declaration says (text already decoded); otherwise the encoding comes
 * from its byte order mark or declaration.
 */
extern void cag_xml_scan_init(CagXmlScanner *s, const char *doc, size_t len, bool utf8);

/* The next token.  After EOF or DECLINED, the same again. */
extern CagXmlToken cag_xml_scan_next(CagXmlScanner *s);

/* The line of the last token, as libxml2 counts it (1 for the first). */
extern int	cag_xml_scan_line(CagXmlScanner *s);

/*
 * Are the n bytes at a and b the same?  (memcmp, inline: short names; eight
 * or four bytes at a time, the last word overlapping the one before it
 * rather than a loop over the bytes left)
 */
static inline bool
cag_xml_same_bytes(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a;
	const unsigned char *y = b;
	uint64_t	u;
	uint64_t	v;
	uint32_t	h;
	uint32_t	k;

	if (n >= 8)
	{
		for (; n > 8; n -= 8, x += 8, y += 8)
		{
			memcpy(&u, x, 8);
			memcpy(&v, y, 8);
			if (u != v)
				return false;
		}
		memcpy(&u, x + n - 8, 8);
		memcpy(&v, y + n - 8, 8);
		return u == v;
	}
	if (n >= 4)
	{
		memcpy(&h, x, 4);
		memcpy(&k, y, 4);
		if (h != k)
			return false;
		memcpy(&h, x + n - 4, 4);
		memcpy(&k, y + n - 4, 4);
		return h == k;
	}
	for (; n > 0; n--)
		if (*x++ != *y++)
			return false;
	return true;
}

#endif							/* CAG_XML_SCAN_CORE_H */
