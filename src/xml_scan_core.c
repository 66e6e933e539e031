/*-------------------------------------------------------------------------
 *
 * xml_scan_core.c
 *	  A scanner of plain XML documents, in one pass, server-free.
 *
 * Each function below reads one construct of XML 1.0 the way libxml2 2.9
 * reads it (the function of parser.c it mirrors is named), and declines
 * (cag_xml_decline() returns NULL) wherever libxml2 would report an error or
 * behaves in a way the scanner does not reproduce.  Pointers never go
 * beyond s->end: every read of p[k] is preceded by a check that k bytes
 * remain (the wide steps of xml_scan_vec.h check for whole blocks).  What
 * comes before and after the root element (the XML declaration, Misc) is in
 * xml_scan_prolog_core.c, the references in xml_scan_ref_core.c;
 * xml_scan_int.h is what they share.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "xml_scan_core.h"
#include "xml_scan_int.h"
#include "xml_scan_vec.h"

/* Where the scanner is (s->state). */
enum
{
	SCAN_BEGIN,					/* nothing read yet */
	SCAN_PROLOG,				/* before the root element */
	SCAN_CONTENT,				/* inside the root element */
	SCAN_EPILOG,				/* after it */
	SCAN_EOF,
	SCAN_DECLINED
};

/* The longest comment, PI, CDATA section or attribute value read (bytes). */
#define MAX_CONSTRUCT 1000000

/*
 * Bytes of character data: libxml2's fast path (test_char_data) reads
 * PLAIN ones; the others end a run.
 */
enum
{
	PLAIN = 0,					/* tab, line feed, ASCII from the space */
	MARKUP,						/* '<' '&' */
	BRACKET,					/* ']' (of "]]>"?) */
	CR,							/* carriage return (before a line feed?) */
	HIGH,						/* not ASCII */
	BAD							/* a control character, NUL */
};

static const unsigned char text_class[256] = {
	[0x00 ... 0x08] = BAD,
	[0x0B ... 0x0C] = BAD,
	['\r'] = CR,
	[0x0E ... 0x1F] = BAD,
	['<'] = MARKUP,
	['&'] = MARKUP,
	[']'] = BRACKET,
	[0x80 ... 0xFF] = HIGH
};

/* ASCII names (xmlParseName's fast path): 1 may start one, 2 continue it. */
static const unsigned char name_class[256] = {
	['a' ... 'z'] = 1,
	['A' ... 'Z'] = 1,
	['_'] = 1,
	[':'] = 1,
	['0' ... '9'] = 2,
	['-'] = 2,
	['.'] = 2
};

/*
 * The end of the run of character data at p that needs no other look:
 * PLAIN bytes (text_class), and carriage returns right before a line feed,
 * which set *cr.
 */
static inline const unsigned char *
plain_run(const unsigned char *p, const unsigned char *end, bool *cr)
{
	p = vec_plain_run(p, end, cr);
	/* (the last bytes, fewer than a block and the one after it) */
	if (end - p <= 16)
		while (p < end && text_class[*p] == PLAIN)
			p++;
	return p;
}

/* The end of the run of ASCII name characters at p (name_class not 0). */
static inline const unsigned char *
name_run(const unsigned char *p, const unsigned char *end)
{
	/* (the usual names first, letters alone and shorter than a block) */
	if (end - p > 16)
	{
		p += vec_first(~vec_bits(vec_letters(vec_load(p))));
		if (name_class[*p] == 0)
			return p;
	}
	p = vec_name_run(p, end);
	/* (the last bytes, fewer than a block) */
	if (end - p < 16)
		while (p < end && name_class[*p] != 0)
			p++;
	return p;
}

void *
cag_xml_decline(CagXmlScanner *s, const char *why)
{
	s->declined = why;
	s->state = SCAN_DECLINED;
	return NULL;
}

/* The same, as a token. */
static CagXmlToken
declined(CagXmlScanner *s, const char *why)
{
	cag_xml_decline(s, why);
	return CAG_XML_DECLINED;
}

/*
 * Skip white space (SKIP_BLANKS); a carriage return must come before a
 * line feed.  Returns where it stops, NULL to decline.
 */
const unsigned char *
cag_xml_skip_blanks(CagXmlScanner *s, const unsigned char *p)
{
	while (p < s->end && cag_xml_is_blank(*p))
	{
		if (*p == '\r' && (p + 1 == s->end || p[1] != '\n'))
			return cag_xml_decline(s, "a carriage return without a line feed");
		p++;
	}
	return p;
}

/*
 * The length of the character at p, if it is an XML Char
 * (xmlCurrentChar, IS_CHAR); 0 if not (or not valid UTF-8).  A carriage
 * return counts only before a line feed.
 */
static int
char_len(const CagXmlScanner *s, const unsigned char *p)
{
	size_t		left = (size_t) (s->end - p);
	unsigned char c = p[0];
	unsigned int v;

	if (c < 0x80)
		return text_class[c] == BAD ? 0 :
			c != '\r' ? 1 : (left > 1 && p[1] == '\n') ? 1 : 0;
	if (s->latin1)
		return 1;
	if (c < 0xC2 || c > 0xF4 || left < 2 || (p[1] & 0xC0) != 0x80)
		return 0;
	if (c < 0xE0)
		return 2;
	if (left < 3 || (p[2] & 0xC0) != 0x80)
		return 0;
	if (c < 0xF0)
	{
		v = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		return v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) || v > 0xFFFD ? 0 : 3;
	}
	if (left < 4 || (p[3] & 0xC0) != 0x80)
		return 0;
	v = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
	return v < 0x10000 || v > 0x10FFFF ? 0 : 4;
}

/*
 * Check characters from p up to the terminator term (NUL-terminated, two
 * or three bytes), which it returns a pointer to; NULL to decline.  What a
 * comment ("--", with "--" allowed only before '>'), a PI ("?>") or a CDATA
 * section ("]]>") holds.
 */
static const unsigned char *
scan_until(CagXmlScanner *s, const unsigned char *p, const char *term)
{
	size_t		tlen = strlen(term);
	const unsigned char *start = p;

	for (;;)
	{
		int			n;

		if ((size_t) (s->end - p) < tlen)
			return cag_xml_decline(s, "a construct not closed");
		if (p[0] == (unsigned char) term[0] && memcmp(p, term, tlen) == 0)
		{
			/* in a comment, "--" must be "-->" */
			if (term[0] == '-' && (s->end - p < 3 || p[2] != '>'))
				return cag_xml_decline(s, "\"--\" inside a comment");
			return p;
		}
		if (p - start > MAX_CONSTRUCT)
			return cag_xml_decline(s, "a long comment, PI or CDATA section");
		if ((n = char_len(s, p)) == 0)
			return cag_xml_decline(s, "not a character");
		p += n;
	}
}

/* An ASCII name at p (xmlParseName); its end, or NULL to decline. */
static const unsigned char *
scan_name(CagXmlScanner *s, const unsigned char *p)
{
	const unsigned char *start = p;

	if (p == s->end || name_class[*p] != 1)
		return cag_xml_decline(s, "not an ASCII name");
	p = name_run(p + 1, s->end);
	if (p - start > 1000)
		return cag_xml_decline(s, "a long name");
	/* libxml2 reads a name that goes on in another way (complex path) */
	if (p == s->end || *p >= 0x80 || *p == 0)
		return cag_xml_decline(s, "a name that is not ASCII");
	return p;
}

/* A comment, p after "<!--" (xmlParseComment); after it, or NULL. */
const unsigned char *
cag_xml_scan_comment(CagXmlScanner *s, const unsigned char *p)
{
	p = scan_until(s, p, "--");
	return p ? p + 3 : NULL;
}

/*
 * A processing instruction, p after "<?" (xmlParsePI); after it, or
 * NULL.  Targets that libxml2 reserves or warns about (xml..., a colon)
 * are declined.
 */
const unsigned char *
cag_xml_scan_pi(CagXmlScanner *s, const unsigned char *p)
{
	const unsigned char *name = p;

	if ((p = scan_name(s, p)) == NULL)
		return NULL;
	if (p - name >= 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' &&
		(name[2] | 0x20) == 'l')
		return cag_xml_decline(s, "a processing instruction named xml...");
	if (memchr(name, ':', (size_t) (p - name)) != NULL)
		return cag_xml_decline(s, "a processing instruction with a colon");
	if (s->end - p >= 2 && p[0] == '?' && p[1] == '>')
		return p + 2;
	if (!cag_xml_is_blank(*p))
		return cag_xml_decline(s, "no space after a processing instruction's target");
	if ((p = cag_xml_skip_blanks(s, p)) == NULL || (p = scan_until(s, p, "?>")) == NULL)
		return NULL;
	return p + 2;
}

/*
 * An attribute value, p on its quote (xmlParseAttValueInternal): records
 * it in a (plain or not, see CagXmlAttribute); after the closing quote, or
 * NULL.
 */
static const unsigned char *
scan_att_value(CagXmlScanner *s, const unsigned char *p, CagXmlAttribute *a)
{
	unsigned char quote = *p++;
	const unsigned char *start = p;
	bool		plain = true;

	for (;;)
	{
		char		ref[4];
		int			n;

		if (p == s->end)
			return cag_xml_decline(s, "an attribute value not closed");
		if (*p == quote)
			break;
		if (*p == '<')
			return cag_xml_decline(s, "'<' in an attribute value");
		if (*p == '&')
		{
			if ((p = cag_xml_scan_reference(s, p + 1, ref, &n)) == NULL)
				return NULL;
			plain = false;
			continue;
		}
		if ((n = char_len(s, p)) == 0)
			return cag_xml_decline(s, "not a character");
		if (*p < 0x20 || (*p >= 0x80 && s->latin1))
			plain = false;		/* normalized, or converted */
		p += n;
		if (p - start > MAX_CONSTRUCT)
			return cag_xml_decline(s, "a long attribute value");
	}
	a->value = plain ? (const char *) start : NULL;
	a->valuelen = (int) (p - start);
	return p + 1;
}

/* An attribute, p on its name (xmlParseAttribute); after it, or NULL. */
static const unsigned char *
scan_attribute(CagXmlScanner *s, const unsigned char *p)
{
	const unsigned char *name = p;
	CagXmlAttribute *a;
	int			i;

	if ((p = scan_name(s, p)) == NULL)
		return NULL;
	if (s->nattrs == CAG_XML_MAX_ATTRS)
		return cag_xml_decline(s, "many attributes");
	a = &s->attrs[s->nattrs];
	a->name = (const char *) name;
	a->namelen = (int) (p - name);
	/* no attribute twice (libxml2 compares the names as written) */
	for (i = 0; i < s->nattrs; i++)
		if (s->attrs[i].namelen == a->namelen &&
			memcmp(s->attrs[i].name, a->name, (size_t) a->namelen) == 0)
			return cag_xml_decline(s, "an attribute twice");
	if ((p = cag_xml_skip_blanks(s, p)) == NULL || p == s->end || *p != '=')
		return cag_xml_decline(s, "an attribute without a value");
	if ((p = cag_xml_skip_blanks(s, p + 1)) == NULL || p == s->end || (*p != '"' && *p != '\''))
		return cag_xml_decline(s, "an attribute value without quotes");
	if ((p = scan_att_value(s, p, a)) == NULL)
		return NULL;
	s->nattrs++;
	return p;
}

/* The START token of the tag whose '>' or "/>" is at q. */
static inline CagXmlToken
start_token(CagXmlScanner *s, const unsigned char *q)
{
	s->offset = (size_t) (q - s->doc);
	s->empty_end = *q == '/';
	s->cur = q + (s->empty_end ? 2 : 1);
	s->open[s->depth].name = (const unsigned char *) s->name;
	s->open[s->depth].len = s->namelen;
	s->depth++;
	s->state = SCAN_CONTENT;
	return CAG_XML_START;
}

/*
 * The attributes of a start tag and its end, p after its name
 * (xmlParseStartTag): the START token.
 */
static CagXmlToken
scan_attributes(CagXmlScanner *s, const unsigned char *p)
{
	for (;;)
	{
		const unsigned char *q = cag_xml_skip_blanks(s, p);

		if (q == NULL || q == s->end)
			return declined(s, "a start tag not closed");
		if (*q == '>' || (*q == '/' && s->end - q >= 2 && q[1] == '>'))
			return start_token(s, q);
		if (q == p)
			return declined(s, "no space before an attribute");
		if ((p = scan_attribute(s, q)) == NULL)
			return CAG_XML_DECLINED;
	}
}

/* A start tag, p after '<' (xmlParseElementStart): the START token. */
static inline CagXmlToken
scan_start_tag(CagXmlScanner *s, const unsigned char *p)
{
	const unsigned char *name = p;

	if ((p = scan_name(s, p)) == NULL)
		return CAG_XML_DECLINED;
	if (s->depth == CAG_XML_MAX_DEPTH)
		return declined(s, "deep elements");
	s->name = (const char *) name;
	s->namelen = (int) (p - name);
	s->nattrs = 0;
	/* (scan_name stops before the end) */
	return *p == '>' ? start_token(s, p) : scan_attributes(s, p);
}

/* The element ends: the END token (p after its '>'). */
static inline CagXmlToken
end_element(CagXmlScanner *s, const unsigned char *p)
{
	s->depth--;
	s->name = (const char *) s->open[s->depth].name;
	s->namelen = s->open[s->depth].len;
	s->offset = (size_t) (p - s->doc);
	s->cur = p;
	if (s->depth == 0)
		s->state = SCAN_EPILOG;
	return CAG_XML_END;
}

/* An end tag, p after "</" (xmlParseEndTag1): the END token. */
static inline CagXmlToken
scan_end_tag(CagXmlScanner *s, const unsigned char *p)
{
	size_t		len = (size_t) s->open[s->depth - 1].len;

	if ((size_t) (s->end - p) <= len || !cag_xml_same_bytes(p, s->open[s->depth - 1].name, len))
		return declined(s, "an end tag that does not match");
	p += len;
	if (*p != '>' && (!cag_xml_is_blank(*p) || (p = cag_xml_skip_blanks(s, p)) == NULL || p == s->end || *p != '>'))
		return declined(s, "an end tag not closed");
	return end_element(s, p + 1);
}

/*
 * Character data at p (xmlParseCharData): checks it up to the next '<' or
 * '&', which it returns (or the end), or NULL; s->pending_cr tells
 * whether it holds a carriage return.
 */
static inline const unsigned char *
scan_chardata(CagXmlScanner *s, const unsigned char *p)
{
	const unsigned char *end = s->end;
	bool		cr = false;
	int			n;

	/*
	 * (the usual text between tags first, a line's end and its indentation
	 * by spaces: four bytes at a time, shorter than a wide step)
	 */
	if (*p == '\r' && end - p >= 2 && p[1] == '\n')
	{
		cr = true;
		p++;
	}
	if (*p == '\n')
	{
		uint32_t	four;

		for (p++; end - p >= 4; p += 4)
		{
			memcpy(&four, p, 4);
			if (four != 0x20202020)
				break;
		}
		for (; p < end && *p == ' '; p++)
			;
		if (p < end && *p == '<')
		{
			s->pending_cr = cr;
			return p;
		}
	}
	for (;;)
	{
		p = plain_run(p, end, &cr);
		if (p == end)
			break;
		if (*p == '<')			/* (the usual end, before the switch) */
		{
			s->pending_cr = cr;
			return p;
		}
		switch (text_class[*p])
		{
			case MARKUP:
				s->pending_cr = cr;
				return p;
			case BRACKET:
				if (end - p >= 3 && p[1] == ']' && p[2] == '>')
					return cag_xml_decline(s, "\"]]>\" in text");
				p++;
				break;
			case CR:
				if (end - p < 2 || p[1] != '\n')
					return cag_xml_decline(s, "a carriage return without a line feed");
				cr = true;
				p += 2;
				break;
			case HIGH:
				if ((n = char_len(s, p)) == 0)
					return cag_xml_decline(s, "not a character");
				p += n;
				break;
			default:
				return cag_xml_decline(s, "not a character");
		}
	}
	s->pending_cr = cr;
	return p;
}

/*
 * Give the next piece of the checked text s->pending as a TEXT token:
 * the bytes up to a carriage return (left out), or, in ISO-8859-1,
 * converted into s->buf.  False when none is left.
 */
static bool
drain_pending(CagXmlScanner *s)
{
	const unsigned char *p = s->pending;
	const unsigned char *end = s->pending_end;

	while (p < end && *p == '\r')
		p++;
	s->pending = NULL;
	if (p == end)
		return false;
	if (!s->latin1)
	{
		const unsigned char *cr = s->pending_cr ? memchr(p, '\r', (size_t) (end - p)) : NULL;

		s->text = (const char *) p;
		s->textlen = (size_t) ((cr ? cr : end) - p);
		s->pending = cr;
		return true;
	}
	s->textlen = 0;
	while (p < end && *p != '\r' && s->textlen < CAG_XML_BUF - 1)
	{
		if (*p < 0x80)
			s->buf[s->textlen++] = (char) *p;
		else
		{
			s->buf[s->textlen++] = (char) (0xC0 | (*p >> 6));
			s->buf[s->textlen++] = (char) (0x80 | (*p & 0x3F));
		}
		p++;
	}
	s->text = s->buf;
	s->pending = p < end ? p : NULL;
	return true;
}

/* Text [p, end), checked: a TEXT token if the caller wants it. */
static bool
give_text(CagXmlScanner *s, const unsigned char *p, const unsigned char *end)
{
	if (!s->want_text || p == end)
		return false;
	if (!s->latin1 && !s->pending_cr)
	{
		/* (the usual case: the bytes as they are) */
		s->text = (const char *) p;
		s->textlen = (size_t) (end - p);
		return true;
	}
	s->pending = p;
	s->pending_end = end;
	return drain_pending(s);
}

/*
 * Markup inside the root other than tags, p on '<': a comment, a PI, a
 * CDATA section (xmlParseCDSect: given as character data).  After it, or
 * NULL; s->pending holds the text of a CDATA section wanted.
 */
static const unsigned char * __attribute__((noinline))
scan_other_markup(CagXmlScanner *s, const unsigned char *p)
{
	const unsigned char *q;

	if (p[1] == '?')
		return cag_xml_scan_pi(s, p + 2);
	if (p[1] == '!' && s->end - p >= 4 && p[2] == '-' && p[3] == '-')
		return cag_xml_scan_comment(s, p + 4);
	if (p[1] != '!' || s->end - p < 9 || memcmp(p, "<![CDATA[", 9) != 0)
		return cag_xml_decline(s, "not a tag, a comment, a PI or a CDATA section");
	if ((q = scan_until(s, p + 9, "]]>")) == NULL)
		return NULL;
	s->pending_cr = memchr(p + 9, '\r', (size_t) (q - p - 9)) != NULL;
	if (s->want_text && q > p + 9)
	{
		s->pending = p + 9;
		s->pending_end = q;
	}
	return q + 3;
}

/*
 * A reference inside the root, p on '&': after it, or NULL.  (Not inline:
 * its len, in memory, would cost scan_content() a stack guard.)
 */
static const unsigned char * __attribute__((noinline))
scan_content_reference(CagXmlScanner *s, const unsigned char *p)
{
	int			len;

	if ((p = cag_xml_scan_reference(s, p + 1, s->buf, &len)) != NULL)
	{
		s->text = s->buf;
		s->textlen = (size_t) len;
	}
	return p;
}

/* The next token inside the root element (xmlParseContentInternal). */
static CagXmlToken
scan_content(CagXmlScanner *s)
{
	const unsigned char *p = s->cur;
	const unsigned char *end = s->end;

	for (;;)
	{
		const unsigned char *text;

		if (p == end)
			return declined(s, "the document ends inside an element");
		if (*p == '<')
		{
			if (end - p < 2)
				return declined(s, "the document ends inside an element");
			if (p[1] == '/')
				return scan_end_tag(s, p + 2);
			if (name_class[p[1]] == 1)
				return scan_start_tag(s, p + 1);
			if ((p = scan_other_markup(s, p)) == NULL)
				return CAG_XML_DECLINED;
			s->cur = p;
			if (s->pending != NULL && drain_pending(s))
				return CAG_XML_TEXT;
			continue;
		}
		if (*p == '&')
		{
			if ((p = scan_content_reference(s, p)) == NULL)
				return CAG_XML_DECLINED;
			s->cur = p;
			if (s->want_text)
				return CAG_XML_TEXT;
			continue;
		}
		text = p;
		if ((p = scan_chardata(s, p)) == NULL)
			return CAG_XML_DECLINED;
		s->cur = p;
		if (give_text(s, text, p))
			return CAG_XML_TEXT;
	}
}

void
cag_xml_scan_init(CagXmlScanner *s, const char *doc, size_t len, bool utf8)
{
	memset(s, 0, sizeof(CagXmlScanner));
	s->doc = (const unsigned char *) doc;
	s->end = s->doc + len;
	s->line_pos = s->doc;
	s->line = 1;
	s->cur = cag_xml_scan_declaration(s, s->doc, utf8);
	if (s->cur != NULL)
		s->state = SCAN_PROLOG;
}

/* What scan_outside() returns to say: the next token is scan_content()'s. */
#define SCAN_IN_CONTENT ((CagXmlToken) -1)

/*
 * The next token where it is not simply scan_content()'s: the end of an
 * empty element, text still to be given, before and after the root.
 */
static CagXmlToken __attribute__((noinline))
scan_outside(CagXmlScanner *s)
{
	const unsigned char *p;

	if (s->empty_end)
	{
		s->empty_end = false;
		return end_element(s, s->cur);
	}
	if (s->pending != NULL && drain_pending(s))
		return CAG_XML_TEXT;
	switch (s->state)
	{
		case SCAN_PROLOG:
			if ((p = cag_xml_scan_misc(s, s->cur)) == NULL)
				return CAG_XML_DECLINED;
			if (s->end - p < 2 || p[0] != '<' || name_class[p[1]] != 1)
				return declined(s, "no root element, or a DOCTYPE");
			return scan_start_tag(s, p + 1);
		case SCAN_CONTENT:
			return SCAN_IN_CONTENT;
		case SCAN_EPILOG:
			if ((p = cag_xml_scan_misc(s, s->cur)) == NULL)
				return CAG_XML_DECLINED;
			if (p != s->end)
				return declined(s, "something after the root element");
			s->state = SCAN_EOF;
			s->cur = p;
			return CAG_XML_EOF;
		case SCAN_EOF:
			return CAG_XML_EOF;
		default:
			return CAG_XML_DECLINED;
	}
}

CagXmlToken
cag_xml_scan_next(CagXmlScanner *s)
{
	/* (the usual case inline: scan_content() has this one caller) */
	if (__builtin_expect(s->state != SCAN_CONTENT || s->empty_end || s->pending != NULL, 0))
	{
		CagXmlToken t = scan_outside(s);

		if (t != SCAN_IN_CONTENT)
			return t;
	}
	return scan_content(s);
}

int
cag_xml_scan_line(CagXmlScanner *s)
{
	const unsigned char *target = s->doc + s->offset;

	if (target > s->line_pos)
	{
		s->line += (int) vec_count_newlines(s->line_pos, target);
		s->line_pos = target;
	}
	return s->line;
}
