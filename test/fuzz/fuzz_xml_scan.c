/*
 * libFuzzer harness: the XML scanner (src/xml_scan_core.c) against
 * libxml2, run as the SEAO reader runs it (SAX1, XML_PARSE_NONET |
 * XML_PARSE_NOCDATA, the document in memory; as text: UTF-8 whatever the
 * declaration says).
 *
 * Both read the input, as text and as a file's bytes; each gives a list of
 * events (a start tag with its name, attributes and line; an end tag with
 * its name, line and the bytes consumed; the text between them, joined).
 * Properties checked, besides no crash and no read outside the input
 * (AddressSanitizer, which sees the input's exact bounds):
 *  - a document the scanner reads to the end is well-formed for libxml2,
 *    with the same events;
 *  - when the scanner declines, the events it gave before are the first
 *    events of libxml2 (which may then find an error, or not), the text
 *    given last a beginning of libxml2's;
 *  - the scanner gives the same tokens, lines and outcome whether or not
 *    the text is asked for.
 * On a difference it prints both lists and aborts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "xml_scan_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_EVENTS 2000
#define MAX_TEXT 256			/* of each text kept for comparison */

typedef enum
{
	EV_START, EV_END, EV_TEXT
} EventKind;

#define MAX_ATTRS 16
#define ATTR_LEN 40

typedef struct Attr
{
	char		name[ATTR_LEN + 1];	/* truncated */
	char		value[ATTR_LEN + 1];
	size_t		namelen;
	size_t		valuelen;
	bool		known;			/* the scanner gave the value */
} Attr;

typedef struct Event
{
	EventKind	kind;
	char		name[64];		/* START, END (truncated) */
	Attr		attrs[MAX_ATTRS];	/* START */
	int			nattrs;
	int			line;
	long		offset;			/* END: bytes consumed */
	char		text[MAX_TEXT + 1];	/* TEXT (truncated, then textlen) */
	size_t		textlen;
} Event;

typedef struct Events
{
	Event		ev[MAX_EVENTS];
	int			n;
	bool		overflow;
	bool		error;			/* libxml2 found an error (it stops there) */
	xmlParserCtxtPtr ctxt;
} Events;

static Events lx;
static Events sc;
static Events sc_quiet;

static Event *
add(Events *e, EventKind kind)
{
	Event	   *v;

	if (e->n == MAX_EVENTS)
	{
		e->overflow = true;
		return NULL;
	}
	v = &e->ev[e->n++];
	memset(v, 0, sizeof(Event));
	v->kind = kind;
	return v;
}

static void
add_text(Events *e, const char *text, size_t len)
{
	Event	   *v;
	size_t		keep;

	if (len == 0)
		return;
	v = e->n > 0 && e->ev[e->n - 1].kind == EV_TEXT ? &e->ev[e->n - 1] : add(e, EV_TEXT);
	if (v == NULL)
		return;
	keep = v->textlen < MAX_TEXT ? MAX_TEXT - v->textlen : 0;
	if (keep > len)
		keep = len;
	if (keep > 0)
		memcpy(v->text + v->textlen, text, keep);
	v->textlen += len;
}

static void
copy_name(char *dst, const char *name, size_t len)
{
	if (len > 63)
		len = 63;
	memcpy(dst, name, len);
	dst[len] = '\0';
}

static void
append_attr(Event *v, const char *name, size_t namelen, const char *value, size_t len)
{
	Attr	   *a;

	if (v->nattrs == MAX_ATTRS)
		abort();				/* (the scanner declines more) */
	a = &v->attrs[v->nattrs++];
	a->namelen = namelen;
	memcpy(a->name, name, namelen > ATTR_LEN ? ATTR_LEN : namelen);
	a->known = value != NULL;
	if (value)
	{
		a->valuelen = len;
		memcpy(a->value, value, len > ATTR_LEN ? ATTR_LEN : len);
	}
}

/* ---- libxml2 ---- */

static void
lx_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	Events	   *e = ctx;
	Event	   *v = add(e, EV_START);
	int			i;

	if (v == NULL)
		return;
	copy_name(v->name, (const char *) name, strlen((const char *) name));
	v->line = xmlSAX2GetLineNumber(e->ctxt);
	for (i = 0; atts && atts[i]; i += 2)
		append_attr(v, (const char *) atts[i], strlen((const char *) atts[i]),
					(const char *) atts[i + 1], strlen((const char *) atts[i + 1]));
}

static void
lx_end(void *ctx, const xmlChar *name)
{
	Events	   *e = ctx;
	Event	   *v = add(e, EV_END);

	if (v == NULL)
		return;
	copy_name(v->name, (const char *) name, strlen((const char *) name));
	v->line = xmlSAX2GetLineNumber(e->ctxt);
	v->offset = xmlByteConsumed(e->ctxt);
}

static void
lx_characters(void *ctx, const xmlChar *ch, int len)
{
	add_text(ctx, (const char *) ch, (size_t) len);
}

static void
lx_error(void *ctx, const char *fmt,...)
{
	Events	   *e = ctx;

	(void) fmt;
	e->error = true;
	xmlStopParser(e->ctxt);
}

static void
lx_warning(void *ctx, const char *fmt,...)
{
	(void) ctx;
	(void) fmt;
}

static void
run_libxml2(const uint8_t *data, size_t size, bool utf8)
{
	xmlSAXHandler sax;
	xmlSAXHandlerPtr saved;
	int			options = XML_PARSE_NONET | XML_PARSE_NOCDATA;

	memset(&lx, 0, sizeof(lx));
	memset(&sax, 0, sizeof(sax));
	sax.initialized = 1;
	sax.startElement = lx_start;
	sax.endElement = lx_end;
	sax.characters = lx_characters;
	sax.error = lx_error;
	sax.fatalError = lx_error;
	sax.warning = lx_warning;
	lx.ctxt = xmlCreateMemoryParserCtxt((const char *) data, (int) size);
	if (lx.ctxt == NULL)
	{
		lx.error = true;		/* (an empty document) */
		return;
	}
	saved = lx.ctxt->sax;
	lx.ctxt->sax = &sax;
	lx.ctxt->userData = &lx;
	if (utf8)
	{
		options |= XML_PARSE_IGNORE_ENC;
		xmlSwitchEncoding(lx.ctxt, XML_CHAR_ENCODING_UTF8);
	}
	xmlCtxtUseOptions(lx.ctxt, options);
	xmlParseDocument(lx.ctxt);
	if (!lx.ctxt->wellFormed)
		lx.error = true;
	lx.ctxt->sax = saved;
	if (lx.ctxt->myDoc != NULL)
		xmlFreeDoc(lx.ctxt->myDoc);
	lx.ctxt->myDoc = NULL;
	xmlFreeParserCtxt(lx.ctxt);
}

/* ---- the scanner ---- */

static CagXmlToken
run_scanner(Events *e, const uint8_t *data, size_t size, bool utf8, bool want_text,
			const char **why)
{
	CagXmlScanner *s = malloc(sizeof(CagXmlScanner));
	CagXmlToken t;
	int			i;

	memset(e, 0, sizeof(Events));
	cag_xml_scan_init(s, (const char *) data, size, utf8);
	for (;;)
	{
		Event	   *v;

		s->want_text = want_text;
		t = cag_xml_scan_next(s);
		if (t == CAG_XML_EOF || t == CAG_XML_DECLINED)
			break;
		if (t == CAG_XML_TEXT)
		{
			if (!want_text || s->textlen == 0)
				abort();
			add_text(e, s->text, s->textlen);
			continue;
		}
		if ((v = add(e, t == CAG_XML_START ? EV_START : EV_END)) == NULL)
			break;
		copy_name(v->name, s->name, (size_t) s->namelen);
		v->line = cag_xml_scan_line(s);
		if (t == CAG_XML_END)
			v->offset = (long) s->offset;
		else
			for (i = 0; i < s->nattrs; i++)
				append_attr(v, s->attrs[i].name, (size_t) s->attrs[i].namelen,
							s->attrs[i].value, (size_t) s->attrs[i].valuelen);
	}
	/* the same token again */
	if (!e->overflow && cag_xml_scan_next(s) != t)
		abort();
	*why = s->declined;
	free(s);
	return t;
}

/* ---- comparison ---- */

static void
print_events(const char *who, const Events *e)
{
	int			i;

	fprintf(stderr, "%s: %d events%s\n", who, e->n, e->error ? ", then an error" : "");
	for (i = 0; i < e->n && i < 60; i++)
	{
		const Event *v = &e->ev[i];

		if (v->kind == EV_TEXT)
			fprintf(stderr, "  text (%zu) \"%.*s\"\n", v->textlen,
					(int) (v->textlen < MAX_TEXT ? v->textlen : MAX_TEXT), v->text);
		else
		{
			int			k;

			fprintf(stderr, "  %s <%s> line %d offset %ld", v->kind == EV_START ? "start" : "end",
					v->name, v->line, v->offset);
			for (k = 0; k < v->nattrs; k++)
				fprintf(stderr, " %s=\"%s\"%s", v->attrs[k].name, v->attrs[k].value,
						v->attrs[k].known ? "" : "?");
			fprintf(stderr, "\n");
		}
	}
}

/* Do the attribute lists agree, a value the scanner did not give agreeing with any? */
static bool
same_attrs(const Event *scanner, const Event *libxml2)
{
	int			i;

	if (scanner->nattrs != libxml2->nattrs)
		return false;
	for (i = 0; i < scanner->nattrs; i++)
	{
		const Attr *a = &scanner->attrs[i];
		const Attr *b = &libxml2->attrs[i];

		if (a->namelen != b->namelen || strcmp(a->name, b->name) != 0)
			return false;
		if (a->known && (a->valuelen != b->valuelen || strcmp(a->value, b->value) != 0))
			return false;
	}
	return true;
}

static bool
same_event(const Event *a, const Event *b, bool partial_text)
{
	size_t		n;

	if (a->kind != b->kind)
		return false;
	if (a->kind == EV_TEXT)
	{
		n = a->textlen < MAX_TEXT ? a->textlen : MAX_TEXT;
		if (partial_text)
			return a->textlen <= b->textlen && memcmp(a->text, b->text, n) == 0;
		return a->textlen == b->textlen && memcmp(a->text, b->text, n) == 0;
	}
	if (strcmp(a->name, b->name) != 0 || a->line != b->line)
		return false;
	if (a->kind == EV_END)
		return a->offset == b->offset;
	return same_attrs(a, b);
}

static void
fail(const char *what, const char *why)
{
	fprintf(stderr, "DIFFERENCE: %s (scanner: %s)\n", what, why ? why : "read to the end");
	print_events("scanner", &sc);
	print_events("libxml2", &lx);
	abort();
}

static void
compare(const uint8_t *data, size_t size, bool utf8)
{
	const char *why;
	const char *why_quiet;
	CagXmlToken t = run_scanner(&sc, data, size, utf8, true, &why);
	CagXmlToken tq = run_scanner(&sc_quiet, data, size, utf8, false, &why_quiet);
	int			i;
	int			j;

	/* without the text: the same tokens and outcome */
	if (t != tq)
		fail("the outcome depends on the text being asked for", why);
	for (i = 0, j = 0; i < sc.n; i++)
	{
		if (sc.ev[i].kind == EV_TEXT)
			continue;
		if (j >= sc_quiet.n || !same_event(&sc.ev[i], &sc_quiet.ev[j], false))
			fail("other tokens without the text", why);
		j++;
	}
	if (j != sc_quiet.n && !sc.overflow)
		fail("more tokens without the text", why);

	run_libxml2(data, size, utf8);
	if (sc.overflow || lx.overflow)
		return;
	if (t == CAG_XML_EOF)
	{
		if (lx.error)
			fail("libxml2 finds an error in a document the scanner read", why);
		if (sc.n != lx.n)
			fail("not as many events", why);
		for (i = 0; i < sc.n; i++)
			if (!same_event(&sc.ev[i], &lx.ev[i], false))
				fail("another event", why);
		return;
	}
	/* declined: what the scanner gave is where libxml2 begins */
	if (sc.n > lx.n)
		fail("the scanner gave more events than libxml2", why);
	for (i = 0; i < sc.n; i++)
		if (!same_event(&sc.ev[i], &lx.ev[i], i == sc.n - 1))
			fail("another event before the scanner declined", why);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool init;

	if (!init)
	{
		xmlInitParser();
		init = true;
	}
	if (size > 1 << 20)
		return 0;
	compare(data, size, true);
	compare(data, size, false);
	return 0;
}
