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

const char *const seao_notice_field_names[SEAO_N_COUNT] = {
	"numeroseao", "organisme", "codepostal", "dateadjudication",
	"regionlivraison", "unspscprincipale", "titre"
};

const char *const seao_supplier_field_names[SEAO_S_COUNT] = {
	"nomorganisation", "province", "pays", "codepostal",
	"adjudicataire", "montantcontrat", "neq", "montantsoumis", "montantssoumisunite"
};

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

/*
 * What an element name means.  libxml2 interns names in its dictionary, so
 * that a name met again comes back as the same pointer: the reader
 * remembers the meaning of the pointers it has seen, in a small table
 * indexed by the pointer.
 */
typedef enum NameKind
{
	NAME_OTHER,
	NAME_EXPORT,
	NAME_NOTICE,
	NAME_LIST,
	NAME_SUPPLIER
} NameKind;

/*
 * A name's meaning: its NameKind in bits 0-3, 1 + its index among the
 * notice fields in bits 4-7 and among the bidder fields in bits 8-11 (0:
 * none); "codepostal" is both.
 */
#define NAME_KIND(m)			((m) & 0xF)
#define NAME_NOTICE_FIELD(m)	((((m) >> 4) & 0xF) - 1)
#define NAME_SUPPLIER_FIELD(m)	((((m) >> 8) & 0xF) - 1)

#define NAME_CACHE 127

typedef struct NameEntry
{
	const xmlChar *name;
	int			meaning;
} NameEntry;

struct SeaoXmlReader
{
	CagAllocator a;
	bool		utf8;
	NameEntry	names[NAME_CACHE];	/* by pointer, direct-mapped */
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

static int
field_index(const char *const *names, int count, const char *name)
{
	int			i;

	for (i = 0; i < count; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

/* The meaning of an element name (see NAME_KIND). */
static int
name_meaning(SeaoXmlReader *r, const xmlChar *localname)
{
	const char *name = (const char *) localname;
	int			meaning;
	int			i;

	/* the slot of the pointer, then the others */
	i = (int) (((uintptr_t) localname >> 4) % NAME_CACHE);
	if (r->names[i].name == localname)
		return r->names[i].meaning;
	if (strcmp(name, "export") == 0)
		meaning = NAME_EXPORT;
	else if (strcmp(name, "Avis") == 0)
		meaning = NAME_NOTICE;
	else if (strcmp(name, "fournisseurs") == 0)
		meaning = NAME_LIST;
	else if (strcmp(name, "fournisseur") == 0)
		meaning = NAME_SUPPLIER;
	else
		meaning = NAME_OTHER |
			((field_index(seao_notice_field_names, SEAO_N_COUNT, name) + 1) << 4) |
			((field_index(seao_supplier_field_names, SEAO_S_COUNT, name) + 1) << 8);
	/* a name whose slot is taken is looked up each time: still right */
	if (r->names[i].name == NULL)
	{
		r->names[i].name = localname;
		r->names[i].meaning = meaning;
	}
	return meaning;
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

static void
on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		 const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		 int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	SeaoXmlReader *r = ctx;
	const char *name = (const char *) localname;
	char		buf[64];
	int			meaning;
	int			f;

	(void) prefix;
	(void) uri;
	(void) nb_namespaces;
	(void) namespaces;
	(void) nb_attributes;
	(void) nb_defaulted;
	(void) attributes;

	if (r->failed)
		return;
	if (r->skip > 0)
	{
		r->skip++;
		return;
	}
	if (r->leaf >= 0)
	{
		const char *field = r->leaf_supplier ? seao_supplier_field_names[r->leaf]
			: seao_notice_field_names[r->leaf];

		fail(r, "element <%.40s> inside <%s> of %s: a field holds only text.",
			 name, field, notice_name(r, buf, sizeof(buf)));
		return;
	}
	meaning = name_meaning(r, localname);
	switch (r->level)
	{
		case LEVEL_DOCUMENT:
			if (NAME_KIND(meaning) != NAME_EXPORT)
			{
				fail(r, "the root element is <%.40s>, not <export>: this is not a SEAO XML export.",
					 name);
				return;
			}
			r->level = LEVEL_EXPORT;
			break;
		case LEVEL_EXPORT:
			if (NAME_KIND(meaning) != NAME_NOTICE)
			{
				fail(r, "element <%.40s> inside <export>: a SEAO notices export holds only notices (<Avis>).",
					 name);
				return;
			}
			r->current = new_notice(r);
			if (r->current == NULL)
				return;
			r->current->ordinal = ++r->notices;
			r->current->line = current_line(r);
			r->has_list = false;
			r->level = LEVEL_NOTICE;
			break;
		case LEVEL_NOTICE:
			if (NAME_KIND(meaning) == NAME_LIST)
			{
				if (r->has_list)
				{
					fail(r, "%s has two <fournisseurs> elements.", notice_name(r, buf, sizeof(buf)));
					return;
				}
				r->has_list = true;
				r->level = LEVEL_LIST;
			}
			else if ((f = NAME_NOTICE_FIELD(meaning)) >= 0)
				begin_leaf(r, f, false, name);
			else
				r->skip = 1;
			break;
		case LEVEL_LIST:
			if (NAME_KIND(meaning) == NAME_SUPPLIER)
			{
				begin_supplier(r);
				r->level = LEVEL_SUPPLIER;
			}
			else
				r->skip = 1;
			break;
		case LEVEL_SUPPLIER:
			if ((f = NAME_SUPPLIER_FIELD(meaning)) >= 0)
				begin_leaf(r, f, true, name);
			else
				r->skip = 1;
			break;
		case LEVEL_AFTER:
			/* libxml2 reports a second root itself */
			break;
	}
}

static void
on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	SeaoXmlReader *r = ctx;

	(void) localname;
	(void) prefix;
	(void) uri;

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

static void
on_characters(void *ctx, const xmlChar *ch, int len)
{
	SeaoXmlReader *r = ctx;

	if (r->failed || r->leaf < 0 || r->skip > 0 || len <= 0)
		return;
	append_text(r, (const char *) ch, (size_t) len);
}

static void
on_error(void *ctx, xmlErrorPtr error)
{
	SeaoXmlReader *r = ctx;
	char		msg[CAG_MSG_LEN];
	size_t		len;

	if (r->failed || error == NULL || error->level < XML_ERR_ERROR)
		return;
	snprintf(msg, sizeof(msg), "%s", error->message ? error->message : "unknown error");
	/* libxml2's messages may take several lines: one line here */
	for (len = 0; msg[len]; len++)
		if (msg[len] == '\n')
			msg[len] = ' ';
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
		msg[--len] = '\0';
	r->failed = true;
	cag_fail(&r->err, CAG_ERR_SYNTAX, "Line %d: the document is not well-formed XML: %s.",
			 error->line > 0 ? error->line : current_line(r), msg);
	if (r->ctxt)
		xmlStopParser(r->ctxt);
}

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

	r->sax.initialized = XML_SAX2_MAGIC;
	r->sax.startElementNs = on_start;
	r->sax.endElementNs = on_end;
	r->sax.characters = on_characters;
	r->sax.serror = on_error;
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
	r->a.free(r->a.arg, r);
}
