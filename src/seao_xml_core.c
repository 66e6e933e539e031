/*-------------------------------------------------------------------------
 *
 * seao_xml_core.c
 *	  Streaming reader of SEAO XML exports, server-free (libxml2 SAX2).
 *
 * The SAX callbacks record text into the current notice's buffer and hand
 * each completed notice to the caller's function; the first error (the
 * document's, or one the caller's function reports) is recorded in the
 * reader, which then stops the parser.  The caller's function must not
 * jump out of libxml2 either: it reports an error by returning false.  (The
 * server's palloc running out of memory would; the caller then frees the
 * reader, which frees the parser.)
 *
 * libxml2 substitutes no entity but the five predefined ones and the
 * character references: the handler has no entity callbacks, so a
 * document that declares its own entities and uses them is not
 * well-formed here, and nothing is fetched from the network or the disk.
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

#include "seao_xml_core.h"
#include "seao_xml_names_core.h"

/* Where the parser is: the element whose children come next. */
typedef enum Level
{
	LEVEL_DOCUMENT,				/* before the root */
	LEVEL_EXPORT,				/* inside <export> */
	LEVEL_NOTICE,				/* inside <Avis> */
	LEVEL_LIST,					/* inside <fournisseurs> */
	LEVEL_SUPPLIER,				/* inside <fournisseur> */
	LEVEL_AFTER					/* after the root */
} Level;

struct SeaoXmlReader
{
	CagAllocator a;
	bool		utf8;
	SeaoXmlNames names;		/* meanings of the names seen */
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;
	bool		failed;
	CagParseError err;

	Level		level;
	int			skip;			/* depth inside an element being skipped */
	int			leaf;			/* field being read, or -1 */
	bool		leaf_supplier;	/* ... of the current supplier */
	size_t		leaf_start;
	bool		has_list;		/* the notice has its <fournisseurs> */
	int			notices;		/* <Avis> started */

	char	   *export_end;		/* datefin of <export>, or NULL */

	SeaoXmlNotice *current;		/* notice being read */
	SeaoXmlNotice *spare;		/* the last one, for reuse */
	SeaoXmlNoticeFn on_notice;
	void	   *on_notice_arg;
	xmlSAXHandlerPtr default_sax;	/* libxml2's, put back before freeing */
};

static void *
grow(SeaoXmlReader *r, void *ptr, size_t size)
{
	void	   *p = ptr ? r->a.realloc(r->a.arg, ptr, size) : r->a.alloc(r->a.arg, size);

	if (p == NULL && !r->failed)
	{
		r->failed = true;
		cag_fail(&r->err, CAG_ERR_SYNTAX, "Out of memory while reading the export.");
	}
	return p;
}

static int
current_line(const SeaoXmlReader *r)
{
	return r->ctxt ? xmlSAX2GetLineNumber(r->ctxt) : 0;
}

/* Name the current notice for a detail: its number, or where it starts. */
static const char *
notice_name(const SeaoXmlReader *r, char *buf, size_t buflen)
{
	const SeaoXmlNotice *n = r->current;

	if (n == NULL)
		snprintf(buf, buflen, "the export");
	else if (n->field[SEAO_N_NUMBER] >= 0 && r->leaf != SEAO_N_NUMBER)
		snprintf(buf, buflen, "notice %.40s", n->text + n->field[SEAO_N_NUMBER]);
	else
		snprintf(buf, buflen, "the notice that starts on line %d", n->line);
	return buf;
}

/* Record the first structural error, with the line, and stop the parser. */
static void
fail(SeaoXmlReader *r, const char *fmt,...) CAG_PRINTF(2, 3);

static void
fail(SeaoXmlReader *r, const char *fmt,...)
{
	va_list		ap;
	char		what[CAG_MSG_LEN];

	if (r->failed)
		return;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	r->failed = true;
	cag_fail(&r->err, CAG_ERR_SYNTAX, "Line %d: %s", current_line(r), what);
	if (r->ctxt)
		xmlStopParser(r->ctxt);
}

static SeaoXmlNotice *
new_notice(SeaoXmlReader *r)
{
	SeaoXmlNotice *n;
	int			i;

	if (r->spare)
	{
		n = r->spare;
		r->spare = NULL;
	}
	else
	{
		n = grow(r, NULL, sizeof(SeaoXmlNotice));
		if (n == NULL)
			return NULL;
		memset(n, 0, sizeof(SeaoXmlNotice));
	}
	for (i = 0; i < SEAO_N_COUNT; i++)
		n->field[i] = -1;
	n->nsuppliers = 0;
	n->textlen = 0;
	n->export_end = r->export_end;
	return n;
}

static bool
append_text(SeaoXmlReader *r, const char *s, size_t len)
{
	SeaoXmlNotice *n = r->current;

	if (n->textlen + len + 1 > n->textcap)
	{
		size_t		cap = n->textcap ? n->textcap : 1024;
		char	   *text;

		while (cap < n->textlen + len + 1)
			cap *= 2;
		if (cap > (size_t) INT_MAX)
		{
			char		buf[64];

			fail(r, "%s holds more than %d bytes of text.",
				 notice_name(r, buf, sizeof(buf)), INT_MAX / 2);
			return false;
		}
		text = grow(r, n->text, cap);
		if (text == NULL)
			return false;
		n->text = text;
		n->textcap = cap;
	}
	memcpy(n->text + n->textlen, s, len);
	n->textlen += len;
	return true;
}

static void
begin_leaf(SeaoXmlReader *r, int field, bool supplier, const char *name)
{
	SeaoXmlNotice *n = r->current;
	int		   *slot = supplier ? &n->suppliers[n->nsuppliers - 1].field[field] : &n->field[field];
	char		buf[64];

	if (*slot >= 0)
	{
		if (supplier)
			fail(r, "bidder %d of %s has two <%s> elements.",
				 n->nsuppliers, notice_name(r, buf, sizeof(buf)), name);
		else
			fail(r, "%s has two <%s> elements.", notice_name(r, buf, sizeof(buf)), name);
		return;
	}
	r->leaf = field;
	r->leaf_supplier = supplier;
	r->leaf_start = n->textlen;
}

static void
end_leaf(SeaoXmlReader *r)
{
	SeaoXmlNotice *n = r->current;

	if (!append_text(r, "", 1))
		return;
	if (r->leaf_supplier)
		n->suppliers[n->nsuppliers - 1].field[r->leaf] = (int) r->leaf_start;
	else
		n->field[r->leaf] = (int) r->leaf_start;
	r->leaf = -1;
}

static void
begin_supplier(SeaoXmlReader *r)
{
	SeaoXmlNotice *n = r->current;
	SeaoXmlSupplier *s;
	int			i;

	if (n->nsuppliers == n->maxsuppliers)
	{
		int			max = n->maxsuppliers ? n->maxsuppliers * 2 : 8;
		SeaoXmlSupplier *sup;

		if (max > INT_MAX / 2 / (int) sizeof(SeaoXmlSupplier))
		{
			char		buf[64];

			fail(r, "%s has too many bidders.", notice_name(r, buf, sizeof(buf)));
			return;
		}
		sup = grow(r, n->suppliers, sizeof(SeaoXmlSupplier) * max);
		if (sup == NULL)
			return;
		n->suppliers = sup;
		n->maxsuppliers = max;
	}
	s = &n->suppliers[n->nsuppliers++];
	s->position = n->nsuppliers;
	s->line = current_line(r);
	for (i = 0; i < SEAO_S_COUNT; i++)
		s->field[i] = -1;
}

static void
end_notice(SeaoXmlReader *r)
{
	SeaoXmlNotice *n = r->current;
	CagParseError err;

	if (n->field[SEAO_N_NUMBER] < 0)
	{
		fail(r, "the notice that starts on line %d has no <numeroseao>.", n->line);
		return;
	}
	n->bytes_read = (size_t) xmlByteConsumed(r->ctxt);
	cag_error_clear(&err);
	if (!r->on_notice(n, r->on_notice_arg, &err))
	{
		r->failed = true;
		r->err = err;
		if (err.kind == CAG_OK)
			cag_fail(&r->err, CAG_ERR_SYNTAX, "Reading stopped at line %d.", current_line(r));
		xmlStopParser(r->ctxt);
	}
	r->current = NULL;
	r->spare = n;
}

/* Keep the datefin attribute of the root, len bytes. */
static void
root_datefin(SeaoXmlReader *r, const xmlChar *value, size_t len)
{
	if (r->export_end != NULL)
		return;
	r->export_end = grow(r, NULL, len + 1);
	if (r->export_end == NULL)
		return;
	memcpy(r->export_end, value, len);
	r->export_end[len] = '\0';
}

/*
 * An element starts; libxml2 interns its name.  Returns true for the root
 * <export>, whose attributes the caller reads.
 */
static bool
element_start(SeaoXmlReader *r, const xmlChar *localname)
{
	const char *name = (const char *) localname;
	char		buf[64];
	int			meaning;
	int			f;

	if (r->failed)
		return false;
	if (r->skip > 0)
	{
		r->skip++;
		return false;
	}
	if (r->leaf >= 0)
	{
		const char *field = r->leaf_supplier ? seao_supplier_field_names[r->leaf]
			: seao_notice_field_names[r->leaf];

		fail(r, "element <%.40s> inside <%s> of %s: a field holds only text.",
			 name, field, notice_name(r, buf, sizeof(buf)));
		return false;
	}
	meaning = seao_xml_name_meaning(&r->names, localname);
	switch (r->level)
	{
		case LEVEL_DOCUMENT:
			if (SEAO_XML_NAME_KIND(meaning) != SEAO_XML_NAME_EXPORT)
			{
				fail(r, "the root element is <%.40s>, not <export>: this is not a SEAO XML export.",
					 name);
				return false;
			}
			r->level = LEVEL_EXPORT;
			return true;
		case LEVEL_EXPORT:
			if (SEAO_XML_NAME_KIND(meaning) != SEAO_XML_NAME_NOTICE)
			{
				fail(r, "element <%.40s> inside <export>: a SEAO notices export holds only notices (<Avis>).",
					 name);
				return false;
			}
			r->current = new_notice(r);
			if (r->current == NULL)
				return false;
			r->current->ordinal = ++r->notices;
			r->current->line = current_line(r);
			r->has_list = false;
			r->level = LEVEL_NOTICE;
			break;
		case LEVEL_NOTICE:
			if (SEAO_XML_NAME_KIND(meaning) == SEAO_XML_NAME_LIST)
			{
				if (r->has_list)
				{
					fail(r, "%s has two <fournisseurs> elements.", notice_name(r, buf, sizeof(buf)));
					return false;
				}
				r->has_list = true;
				r->level = LEVEL_LIST;
			}
			else if ((f = SEAO_XML_NAME_NOTICE_FIELD(meaning)) >= 0)
				begin_leaf(r, f, false, name);
			else
				r->skip = 1;
			break;
		case LEVEL_LIST:
			if (SEAO_XML_NAME_KIND(meaning) == SEAO_XML_NAME_SUPPLIER)
			{
				begin_supplier(r);
				r->level = LEVEL_SUPPLIER;
			}
			else
				r->skip = 1;
			break;
		case LEVEL_SUPPLIER:
			if ((f = SEAO_XML_NAME_SUPPLIER_FIELD(meaning)) >= 0)
				begin_leaf(r, f, true, name);
			else
				r->skip = 1;
			break;
		case LEVEL_AFTER:
			/* libxml2 reports a second root itself */
			break;
	}
	return false;
}

/* An element ends. */
static void
element_end(SeaoXmlReader *r)
{
	if (r->failed)
		return;
	if (r->skip > 0)
	{
		r->skip--;
		return;
	}
	if (r->leaf >= 0)
	{
		end_leaf(r);
		return;
	}
	switch (r->level)
	{
		case LEVEL_SUPPLIER:
			r->level = LEVEL_LIST;
			break;
		case LEVEL_LIST:
			r->level = LEVEL_NOTICE;
			break;
		case LEVEL_NOTICE:
			end_notice(r);
			r->level = LEVEL_EXPORT;
			break;
		case LEVEL_EXPORT:
			r->level = LEVEL_AFTER;
			break;
		case LEVEL_DOCUMENT:
		case LEVEL_AFTER:
			break;
	}
}

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
	SeaoXmlReader *r = ctx;
	int			i;

	if (!element_start(r, name) || attributes == NULL)
		return;
	for (i = 0; attributes[i] != NULL; i += 2)
		if (xmlStrEqual(attributes[i], (const xmlChar *) "datefin") && attributes[i + 1] != NULL)
		{
			root_datefin(r, attributes[i + 1], (size_t) xmlStrlen(attributes[i + 1]));
			return;
		}
}

static void
on_end(void *ctx, const xmlChar *name)
{
	(void) name;
	element_end(ctx);
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
	SeaoXmlReader *r = ctx;
	int			i;

	(void) prefix;
	(void) uri;
	(void) nb_namespaces;
	(void) namespaces;
	(void) nb_defaulted;
	if (!element_start(r, localname))
		return;
	for (i = 0; i < nb_attributes; i++)
	{
		const xmlChar **a = attributes + i * 5;

		if (a[2] == NULL && xmlStrEqual(a[0], (const xmlChar *) "datefin"))
		{
			root_datefin(r, a[3], (size_t) (a[4] - a[3]));
			return;
		}
	}
}

static void
on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	(void) localname;
	(void) prefix;
	(void) uri;
	element_end(ctx);
}

#endif

static void
on_characters(void *ctx, const xmlChar *ch, int len)
{
	SeaoXmlReader *r = ctx;

	if (r->failed || r->leaf < 0 || r->skip > 0 || len <= 0)
		return;
	append_text(r, (const char *) ch, (size_t) len);
}

/* Record libxml2's error message (at a line, 0 if unknown) and stop. */
static void
xml_error(SeaoXmlReader *r, const char *message, int line)
{
	char		msg[CAG_MSG_LEN];
	size_t		len;

	if (r->failed)
		return;
	snprintf(msg, sizeof(msg), "%s", message ? message : "unknown error");
	/* libxml2's messages may take several lines: one line here */
	for (len = 0; msg[len]; len++)
		if (msg[len] == '\n')
			msg[len] = ' ';
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
		msg[--len] = '\0';
	r->failed = true;
	cag_fail(&r->err, CAG_ERR_SYNTAX, "Line %d: the document is not well-formed XML: %s.",
			 line > 0 ? line : current_line(r), msg);
	if (r->ctxt)
		xmlStopParser(r->ctxt);
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

SeaoXmlReader *
seao_xml_create(const CagAllocator *allocator, bool utf8,
				SeaoXmlNoticeFn on_notice, void *arg)
{
	SeaoXmlReader *r = allocator->alloc(allocator->arg, sizeof(SeaoXmlReader));

	if (r == NULL)
		return NULL;
	memset(r, 0, sizeof(SeaoXmlReader));
	r->a = *allocator;
	r->utf8 = utf8;
	r->on_notice = on_notice;
	r->on_notice_arg = arg;
	r->leaf = -1;
	r->level = LEVEL_DOCUMENT;
	cag_error_clear(&r->err);

#ifdef LIBXML_SAX1_ENABLED
	r->sax.initialized = 1;
	r->sax.startElement = on_start;
	r->sax.endElement = on_end;
#else
	r->sax.initialized = XML_SAX2_MAGIC;
	r->sax.startElementNs = on_start;
	r->sax.endElementNs = on_end;
#endif
	r->sax.characters = on_characters;
#ifdef LIBXML_SAX1_ENABLED
	r->sax.error = on_error;
	r->sax.fatalError = on_error;
	r->sax.warning = on_warning;
#else
	r->sax.serror = on_error;
#endif
	xmlInitParser();
	return r;
}

/* Stop with an error (a full sentence); returns false. */
static bool
reader_fail(SeaoXmlReader *r, const char *detail)
{
	r->failed = true;
	cag_fail(&r->err, CAG_ERR_SYNTAX, "%s", detail);
	return false;
}

/*
 * libxml2's parser reading the whole document, which it copies: the
 * fastest way.
 */
static bool
parse_at_once(SeaoXmlReader *r, const char *data, size_t len, int options)
{
	r->ctxt = xmlCreateMemoryParserCtxt(data, (int) len);
	if (r->ctxt == NULL)
		return reader_fail(r, "Out of memory while starting the XML parser.");
	/* our handler; libxml2's is put back before the context is freed */
	r->default_sax = r->ctxt->sax;
	r->ctxt->sax = &r->sax;
	r->ctxt->userData = r;
	if (r->utf8)
	{
		options |= XML_PARSE_IGNORE_ENC;
		xmlSwitchEncoding(r->ctxt, XML_CHAR_ENCODING_UTF8);
	}
	xmlCtxtUseOptions(r->ctxt, options);
	xmlParseDocument(r->ctxt);
	r->ctxt->sax = r->default_sax;
	return true;
}

/*
 * libxml2's push parser, given the document in pieces: slower, but its
 * buffer stays the size of a piece.
 */
static bool
parse_in_pieces(SeaoXmlReader *r, const char *data, size_t len, size_t piece, int options)
{
	if (piece == 0 || piece > (size_t) INT_MAX)
		piece = (size_t) INT_MAX;
	r->ctxt = xmlCreatePushParserCtxt(&r->sax, r, NULL, 0, NULL);
	if (r->ctxt == NULL)
		return reader_fail(r, "Out of memory while starting the XML parser.");
	if (r->utf8)
		options |= XML_PARSE_IGNORE_ENC;
	xmlCtxtUseOptions(r->ctxt, options);
	while (!r->failed)
	{
		size_t		n = len > piece ? piece : len;
		int			rc = xmlParseChunk(r->ctxt, data, (int) n, n == len);

		if (rc != 0 && !r->failed)
		{
			r->failed = true;
			cag_fail(&r->err, CAG_ERR_SYNTAX,
					 "Line %d: the document is not well-formed XML (libxml2 error %d).",
					 current_line(r), rc);
		}
		data += n;
		len -= n;
		if (len == 0)
			break;
	}
	return true;
}

bool
seao_xml_parse(SeaoXmlReader *r, const char *data, size_t len, size_t piece,
			   CagParseError *err)
{
	int			options = XML_PARSE_NONET | XML_PARSE_NOCDATA;
	size_t		i = 0;

	/* nothing but white space: say so (libxml2's message is obscure) */
	while (i < len && cag_is_space((unsigned char) data[i]))
		i++;
	if (r->ctxt != NULL)
		reader_fail(r, "The reader has already read a document.");
	else if (i == len)
		reader_fail(r, "The document is empty.");
	else if (piece == 0 && len <= (size_t) INT_MAX)
		parse_at_once(r, data, len, options);
	else
		parse_in_pieces(r, data, len, piece, options);

	if (!r->failed && !r->ctxt->wellFormed)
	{
		r->failed = true;
		cag_fail(&r->err, CAG_ERR_SYNTAX,
				 "Line %d: the document is not well-formed XML (libxml2 error %d).",
				 current_line(r), r->ctxt->errNo);
	}
	if (!r->failed && r->level != LEVEL_AFTER)
		reader_fail(r, "The document has no root element.");
	if (r->failed)
	{
		*err = r->err;
		return false;
	}
	cag_error_clear(err);
	return true;
}

static void
free_notice(SeaoXmlReader *r, SeaoXmlNotice *n)
{
	if (n == NULL)
		return;
	r->a.free(r->a.arg, n->suppliers);
	r->a.free(r->a.arg, n->text);
	r->a.free(r->a.arg, n);
}

void
seao_xml_destroy(SeaoXmlReader *r)
{
	if (r == NULL)
		return;
	if (r->ctxt)
	{
		/* a DOCTYPE makes libxml2 build a document of its own */
		if (r->ctxt->myDoc != NULL)
		{
			xmlFreeDoc(r->ctxt->myDoc);
			r->ctxt->myDoc = NULL;
		}
		/* never let libxml2 free our handler, which is part of the reader */
		if (r->ctxt->sax == &r->sax)
			r->ctxt->sax = r->default_sax;
		xmlFreeParserCtxt(r->ctxt);
	}
	free_notice(r, r->current);
	free_notice(r, r->spare);
	r->a.free(r->a.arg, r->export_end);
	r->a.free(r->a.arg, r);
}
