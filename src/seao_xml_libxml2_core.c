/*-------------------------------------------------------------------------
 *
 * seao_xml_libxml2_core.c
 *	  libxml2's reading of a document for the SEAO XML reader, server-free.
 *
 * See seao_xml_libxml2_core.h.  The handler's callbacks give libxml2's
 * events to the reader; the reader stops the parser at its first error.
 *
 *-------------------------------------------------------------------------
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "seao_xml_libxml2_core.h"

struct SeaoXmlLibxml2
{
	SeaoXmlReader *reader;
	bool		utf8;
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;
	xmlSAXHandlerPtr default_sax;	/* libxml2's, put back before freeing */
};

#ifdef LIBXML_SAX1_ENABLED

/*
 * libxml2's SAX1 interface, its fastest (no namespace processing: a 4.3 MB
 * export takes a tenth fewer instructions than with SAX2): names come
 * whole, a prefix included (seao_xml_name_meaning drops it); attributes as name and
 * value pairs.
 */
static void
on_start(void *ctx, const xmlChar *name, const xmlChar **attributes)
{
	SeaoXmlLibxml2 *x = ctx;
	int			i;

	if (!seao_xml_element_start(x->reader, (const char *) name, xmlStrlen(name)) ||
		attributes == NULL)
		return;
	for (i = 0; attributes[i] != NULL; i += 2)
		if (xmlStrEqual(attributes[i], (const xmlChar *) "datefin") && attributes[i + 1] != NULL)
		{
			seao_xml_root_datefin(x->reader, (const char *) attributes[i + 1],
								  (size_t) xmlStrlen(attributes[i + 1]));
			return;
		}
}

static void
on_end(void *ctx, const xmlChar *name)
{
	SeaoXmlLibxml2 *x = ctx;

	(void) name;
	seao_xml_element_end(x->reader);
}

#else

/*
 * libxml2's SAX2 interface, when it is built without SAX1: attributes as
 * five pointers each (name, prefix, URI, value, end of value).
 */
static void
on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		 const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		 int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	SeaoXmlLibxml2 *x = ctx;
	int			i;

	(void) prefix;
	(void) uri;
	(void) nb_namespaces;
	(void) namespaces;
	(void) nb_defaulted;
	if (!seao_xml_element_start(x->reader, (const char *) localname, xmlStrlen(localname)))
		return;
	for (i = 0; i < nb_attributes; i++)
	{
		const xmlChar **a = attributes + i * 5;

		if (a[2] == NULL && xmlStrEqual(a[0], (const xmlChar *) "datefin"))
		{
			seao_xml_root_datefin(x->reader, (const char *) a[3], (size_t) (a[4] - a[3]));
			return;
		}
	}
}

static void
on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	SeaoXmlLibxml2 *x = ctx;

	(void) localname;
	(void) prefix;
	(void) uri;
	seao_xml_element_end(x->reader);
}

#endif

static void
on_characters(void *ctx, const xmlChar *ch, int len)
{
	SeaoXmlLibxml2 *x = ctx;

	if (len > 0)
		seao_xml_characters(x->reader, (const char *) ch, (size_t) len);
}

/* Give libxml2's error message (at a line, 0 if unknown) to the reader. */
static void
xml_error(SeaoXmlLibxml2 *x, const char *message, int line)
{
	char		msg[CAG_MSG_LEN];
	size_t		len;

	snprintf(msg, sizeof(msg), "%s", message ? message : "unknown error");
	/* libxml2's messages may take several lines: one line here */
	for (len = 0; msg[len]; len++)
		if (msg[len] == '\n')
			msg[len] = ' ';
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
		msg[--len] = '\0';
	seao_xml_not_well_formed(x->reader, msg, line);
}

#ifdef LIBXML_SAX1_ENABLED

/* SAX1 reports errors (and fatal errors) as formatted messages. */
static void
on_error(void *ctx, const char *fmt,...) CAG_PRINTF(2, 3);

static void
on_error(void *ctx, const char *fmt,...)
{
	char		msg[CAG_MSG_LEN];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	xml_error(ctx, msg, 0);
}

/* Warnings do not stop the reading (nor go to libxml2's default output). */
static void
on_warning(void *ctx, const char *fmt,...) CAG_PRINTF(2, 3);

static void
on_warning(void *ctx, const char *fmt,...)
{
	(void) ctx;
	(void) fmt;
}

#else

static void
on_error(void *ctx, xmlErrorPtr error)
{
	if (error == NULL || error->level < XML_ERR_ERROR)
		return;
	xml_error(ctx, error->message, error->line);
}

#endif

SeaoXmlLibxml2 *
seao_xml_libxml2_create(SeaoXmlReader *r, bool utf8)
{
	SeaoXmlLibxml2 *x = seao_xml_alloc(r, sizeof(SeaoXmlLibxml2));

	if (x == NULL)
		return NULL;
	memset(x, 0, sizeof(SeaoXmlLibxml2));
	x->reader = r;
	x->utf8 = utf8;
#ifdef LIBXML_SAX1_ENABLED
	x->sax.initialized = 1;
	x->sax.startElement = on_start;
	x->sax.endElement = on_end;
	x->sax.error = on_error;
	x->sax.fatalError = on_error;
	x->sax.warning = on_warning;
#else
	x->sax.initialized = XML_SAX2_MAGIC;
	x->sax.startElementNs = on_start;
	x->sax.endElementNs = on_end;
	x->sax.serror = on_error;
#endif
	x->sax.characters = on_characters;
	xmlInitParser();
	return x;
}

/*
 * libxml2's parser reading the whole document, which it copies: the
 * fastest of its ways.  Returns what seao_xml_libxml2_parse returns.
 */
static int
parse_at_once(SeaoXmlLibxml2 *x, const char *data, size_t len, int options)
{
	x->ctxt = xmlCreateMemoryParserCtxt(data, (int) len);
	if (x->ctxt == NULL)
		return -1;
	/* our handler; libxml2's is put back before the context is freed */
	x->default_sax = x->ctxt->sax;
	x->ctxt->sax = &x->sax;
	x->ctxt->userData = x;
	if (x->utf8)
	{
		options |= XML_PARSE_IGNORE_ENC;
		xmlSwitchEncoding(x->ctxt, XML_CHAR_ENCODING_UTF8);
	}
	xmlCtxtUseOptions(x->ctxt, options);
	xmlParseDocument(x->ctxt);
	x->ctxt->sax = x->default_sax;
	return x->ctxt->wellFormed ? 0 : x->ctxt->errNo;
}

/*
 * libxml2's push parser, given the document in pieces: slower, but its
 * buffer stays the size of a piece.
 */
static int
parse_in_pieces(SeaoXmlLibxml2 *x, const char *data, size_t len, size_t piece, int options)
{
	if (piece == 0 || piece > (size_t) INT_MAX)
		piece = (size_t) INT_MAX;
	x->ctxt = xmlCreatePushParserCtxt(&x->sax, x, NULL, 0, NULL);
	if (x->ctxt == NULL)
		return -1;
	if (x->utf8)
		options |= XML_PARSE_IGNORE_ENC;
	xmlCtxtUseOptions(x->ctxt, options);
	while (!seao_xml_failed(x->reader))
	{
		size_t		n = len > piece ? piece : len;
		int			rc = xmlParseChunk(x->ctxt, data, (int) n, n == len);

		if (rc != 0)
			return rc;
		data += n;
		len -= n;
		if (len == 0)
			break;
	}
	return x->ctxt->wellFormed ? 0 : x->ctxt->errNo;
}

int
seao_xml_libxml2_parse(SeaoXmlLibxml2 *x, const char *data, size_t len, size_t piece)
{
	int			options = XML_PARSE_NONET | XML_PARSE_NOCDATA;

	if (x->ctxt != NULL)
		return -1;
	if (piece == 0 && len <= (size_t) INT_MAX)
		return parse_at_once(x, data, len, options);
	return parse_in_pieces(x, data, len, piece, options);
}

int
seao_xml_libxml2_line(const SeaoXmlLibxml2 *x)
{
	return x->ctxt ? xmlSAX2GetLineNumber(x->ctxt) : 0;
}

size_t
seao_xml_libxml2_consumed(const SeaoXmlLibxml2 *x)
{
	long		n = x->ctxt ? xmlByteConsumed(x->ctxt) : 0;

	return n > 0 ? (size_t) n : 0;
}

void
seao_xml_libxml2_stop(SeaoXmlLibxml2 *x)
{
	if (x->ctxt)
		xmlStopParser(x->ctxt);
}

void
seao_xml_libxml2_destroy(SeaoXmlLibxml2 *x)
{
	if (x == NULL)
		return;
	if (x->ctxt)
	{
		/* a DOCTYPE makes libxml2 build a document of its own */
		if (x->ctxt->myDoc != NULL)
		{
			xmlFreeDoc(x->ctxt->myDoc);
			x->ctxt->myDoc = NULL;
		}
		/* never let libxml2 free our handler, which is part of x */
		if (x->ctxt->sax == &x->sax)
			x->ctxt->sax = x->default_sax;
		xmlFreeParserCtxt(x->ctxt);
	}
	seao_xml_free(x->reader, x);
}
