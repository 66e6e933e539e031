/*-------------------------------------------------------------------------
 *
 * seao_xml_core.c
 *	  Streaming reader of SEAO XML exports, server-free.
 *
 * The elements' events record text into the current notice's buffer and
 * hand each completed notice to the caller's function; the first error
 * (the document's, or one the caller's function reports) is recorded in
 * the reader, which then stops the reading.  The caller's function must
 * not jump out of the reading: it reports an error by returning false.
 * (The server's palloc running out of memory would; the caller then frees
 * the reader, which frees libxml2's parser if there is one.)
 *
 * The events come from the scanner of xml_scan_core.h, one pass over the
 * document as it is, without a copy.  A document it declines (anything but
 * plain XML, or not well-formed) is read again, whole, by libxml2
 * (seao_xml_libxml2_core.h); the notices the scanner handed over before it
 * declined are not handed over again.  That is right because the scanner
 * is as strict as libxml2 for what it reads: its tokens before it declines
 * are libxml2's first events, same names, text, lines and bytes consumed
 * (test/fuzz/fuzz_xml_scan.c), so that libxml2 finds the same notices
 * first; and a document reads the same either way, notices, errors and
 * their details (test/fuzz/fuzz_seao_xml.c).
 *
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "seao_xml_core.h"
#include "seao_xml_libxml2_core.h"
#include "seao_xml_names_core.h"
#include "xml_scan_core.h"

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
	bool		use_scanner;	/* try the scanner first */
	SeaoXmlNames names;		/* meanings of the names seen */
	CagXmlScanner *scan;		/* while the scanner reads */
	SeaoXmlLibxml2 *lx;			/* while libxml2 reads */
	int			handed;			/* notices the scanner handed over */
	bool		used;			/* a document was read */
	bool		failed;
	CagParseError err;
	char		name_buf[64];	/* notice_name()'s */

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

void *
seao_xml_alloc(SeaoXmlReader *r, size_t size)
{
	return grow(r, NULL, size);
}

void
seao_xml_free(SeaoXmlReader *r, void *ptr)
{
	r->a.free(r->a.arg, ptr);
}

bool
seao_xml_failed(const SeaoXmlReader *r)
{
	return r->failed;
}

/* The line where the reading stands. */
static int
current_line(const SeaoXmlReader *r)
{
	if (r->scan)
		return cag_xml_scan_line(r->scan);
	return r->lx ? seao_xml_libxml2_line(r->lx) : 0;
}

/*
 * Name the current notice for a detail: its number, or where it starts
 * (in r->name_buf: a buffer on the stack of the functions that fail would
 * cost each call of them a stack guard).
 */
static const char *
notice_name(SeaoXmlReader *r)
{
	const SeaoXmlNotice *n = r->current;
	char	   *buf = r->name_buf;
	size_t		buflen = sizeof(r->name_buf);

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
fail(SeaoXmlReader *r, const char *fmt,...) CAG_PRINTF(2, 3) CAG_COLD;

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
	if (r->lx)
		seao_xml_libxml2_stop(r->lx);
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

static void
free_notice(SeaoXmlReader *r, SeaoXmlNotice *n)
{
	if (n == NULL)
		return;
	r->a.free(r->a.arg, n->suppliers);
	r->a.free(r->a.arg, n->text);
	r->a.free(r->a.arg, n);
}

/* Room for len more bytes of text in the current notice; false on failure. */
static bool CAG_COLD
make_room(SeaoXmlReader *r, size_t len)
{
	SeaoXmlNotice *n = r->current;
	size_t		cap = n->textcap ? n->textcap : 1024;
	char	   *text;

	while (cap < n->textlen + len)
		cap *= 2;
	if (cap > (size_t) INT_MAX)
	{
		fail(r, "%s holds more than %d bytes of text.", notice_name(r), INT_MAX / 2);
		return false;
	}
	text = grow(r, n->text, cap);
	if (text == NULL)
		return false;
	n->text = text;
	n->textcap = cap;
	return true;
}

static inline bool
append_text(SeaoXmlReader *r, const char *s, size_t len)
{
	SeaoXmlNotice *n = r->current;

	if (n->textlen + len + 1 > n->textcap && !make_room(r, len + 1))
		return false;
	memcpy(n->text + n->textlen, s, len);
	n->textlen += len;
	return true;
}

/* A field of the notice, or of its last bidder, a second time. */
static void CAG_COLD
fail_field_twice(SeaoXmlReader *r, bool supplier, const char *name, int len)
{
	if (supplier)
		fail(r, "bidder %d of %s has two <%.*s> elements.",
			 r->current->nsuppliers, notice_name(r), len, name);
	else
		fail(r, "%s has two <%.*s> elements.", notice_name(r), len, name);
}

static inline void
begin_leaf(SeaoXmlReader *r, int field, bool supplier, const char *name, int len)
{
	SeaoXmlNotice *n = r->current;
	int		   *slot = supplier ? &n->suppliers[n->nsuppliers - 1].field[field] : &n->field[field];

	if (*slot >= 0)
	{
		fail_field_twice(r, supplier, name, len);
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

			fail(r, "%s has too many bidders.", notice_name(r));
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
	r->current = NULL;
	r->spare = n;
	/* libxml2 reading again what the scanner read: handed over already */
	if (n->ordinal <= r->handed && r->scan == NULL)
		return;
	n->bytes_read = r->scan ? r->scan->offset : seao_xml_libxml2_consumed(r->lx);
	cag_error_clear(&err);
	if (!r->on_notice(n, r->on_notice_arg, &err))
	{
		r->failed = true;
		r->err = err;
		if (err.kind == CAG_OK)
			cag_fail(&r->err, CAG_ERR_SYNTAX, "Reading stopped at line %d.", current_line(r));
		if (r->lx)
			seao_xml_libxml2_stop(r->lx);
	}
	if (r->scan)
		r->handed = n->ordinal;
}

/* Keep the datefin attribute of the root, len bytes. */
void
seao_xml_root_datefin(SeaoXmlReader *r, const char *value, size_t len)
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
 * An element starts, its name of len bytes.  Returns true for the root
 * <export>, whose attributes the caller reads.
 */
bool
seao_xml_element_start(SeaoXmlReader *r, const char *name, int len)
{
	int			shown = len > 40 ? 40 : len;	/* in messages */
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

		fail(r, "element <%.*s> inside <%s> of %s: a field holds only text.",
			 shown, name, field, notice_name(r));
		return false;
	}
	meaning = seao_xml_name_meaning(&r->names, name, len);
	switch (r->level)
	{
		case LEVEL_DOCUMENT:
			if (SEAO_XML_NAME_KIND(meaning) != SEAO_XML_NAME_EXPORT)
			{
				fail(r, "the root element is <%.*s>, not <export>: this is not a SEAO XML export.",
					 shown, name);
				return false;
			}
			r->level = LEVEL_EXPORT;
			return true;
		case LEVEL_EXPORT:
			if (SEAO_XML_NAME_KIND(meaning) != SEAO_XML_NAME_NOTICE)
			{
				fail(r, "element <%.*s> inside <export>: a SEAO notices export holds only notices (<Avis>).",
					 shown, name);
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
					fail(r, "%s has two <fournisseurs> elements.", notice_name(r));
					return false;
				}
				r->has_list = true;
				r->level = LEVEL_LIST;
			}
			else if ((f = SEAO_XML_NAME_NOTICE_FIELD(meaning)) >= 0)
				begin_leaf(r, f, false, name, len);
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
				begin_leaf(r, f, true, name, len);
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
void
seao_xml_element_end(SeaoXmlReader *r)
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

/* Character data: kept when it is a field's. */
void
seao_xml_characters(SeaoXmlReader *r, const char *ch, size_t len)
{
	if (r->failed || r->leaf < 0 || r->skip > 0 || len == 0)
		return;
	append_text(r, ch, len);
}

/* ---------------------------------------------------------------------
 * The scanner's reading (xml_scan_core.h)
 * ---------------------------------------------------------------------
 */

/*
 * Put the reader back as it was before the document, but for the notices
 * handed over, for libxml2 to read it again.
 */
static void
reset_reading(SeaoXmlReader *r)
{
	if (r->spare == NULL)
		r->spare = r->current;
	else
		free_notice(r, r->current);
	r->current = NULL;
	r->level = LEVEL_DOCUMENT;
	r->skip = 0;
	r->leaf = -1;
	r->has_list = false;
	r->notices = 0;
	r->a.free(r->a.arg, r->export_end);
	r->export_end = NULL;
}

/*
 * The scanner reads the document, its tokens going where libxml2's events
 * go.  Returns false when it declines: the reader is then put back for
 * libxml2 (the notices it handed over are not handed again: libxml2 finds
 * the same ones first); true when it read the document or the reading
 * stopped (r->failed).
 */
static bool
scan_document(SeaoXmlReader *r, const char *data, size_t len)
{
	CagXmlScanner *sc = grow(r, NULL, sizeof(CagXmlScanner));
	CagXmlToken t = CAG_XML_DECLINED;
	bool		declined = false;
	int			i;

	if (sc == NULL)
		return true;
	cag_xml_scan_init(sc, data, len, r->utf8);
	r->scan = sc;
	while (!r->failed && !declined)
	{
		t = cag_xml_scan_next(sc);
		if (t == CAG_XML_TEXT)
		{
			seao_xml_characters(r, sc->text, sc->textlen);
			continue;
		}
		if (t == CAG_XML_END)
			seao_xml_element_end(r);
		else if (t != CAG_XML_START)
			break;
		else if (seao_xml_element_start(r, sc->name, sc->namelen))
		{
			for (i = 0; i < sc->nattrs; i++)
				if (sc->attrs[i].namelen == 7 && memcmp(sc->attrs[i].name, "datefin", 7) == 0)
				{
					/* (a value to normalize: libxml2's) */
					if (sc->attrs[i].value == NULL)
						declined = true;
					else
						seao_xml_root_datefin(r, sc->attrs[i].value,
											  (size_t) sc->attrs[i].valuelen);
					break;
				}
		}
		/* (what the text is wanted for changes only at tags) */
		sc->want_text = r->leaf >= 0 && r->skip == 0;
	}
	r->scan = NULL;
	r->a.free(r->a.arg, sc);
	if (r->failed || t == CAG_XML_EOF)
		return true;
	reset_reading(r);
	return false;
}

void
seao_xml_not_well_formed(SeaoXmlReader *r, const char *message, int line)
{
	if (r->failed)
		return;
	r->failed = true;
	cag_fail(&r->err, CAG_ERR_SYNTAX, "Line %d: the document is not well-formed XML: %s.",
			 line > 0 ? line : current_line(r), message);
	if (r->lx)
		seao_xml_libxml2_stop(r->lx);
}

/* For tests: false makes the reader use libxml2 alone. */
void
seao_xml_use_scanner(SeaoXmlReader *r, bool use)
{
	r->use_scanner = use;
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
	r->use_scanner = true;
	r->leaf = -1;
	r->level = LEVEL_DOCUMENT;
	cag_error_clear(&r->err);

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

/* libxml2 reads the document (seao_xml_libxml2_core.h). */
static void
libxml2_document(SeaoXmlReader *r, const char *data, size_t len, size_t piece)
{
	int			rc;

	if ((r->lx = seao_xml_libxml2_create(r, r->utf8)) == NULL)
		return;
	rc = seao_xml_libxml2_parse(r->lx, data, len, piece);
	if (rc < 0)
		reader_fail(r, "Out of memory while starting the XML parser.");
	else if (rc > 0 && !r->failed)
	{
		r->failed = true;
		cag_fail(&r->err, CAG_ERR_SYNTAX,
				 "Line %d: the document is not well-formed XML (libxml2 error %d).",
				 current_line(r), rc);
	}
}

bool
seao_xml_parse(SeaoXmlReader *r, const char *data, size_t len, size_t piece,
			   CagParseError *err)
{
	size_t		i = 0;

	/* nothing but white space: say so (libxml2's message is obscure) */
	while (i < len && cag_is_space((unsigned char) data[i]))
		i++;
	if (r->used)
		reader_fail(r, "The reader has already read a document.");
	else if (i == len)
		reader_fail(r, "The document is empty.");
	else if (!r->use_scanner || !scan_document(r, data, len))
		libxml2_document(r, data, len, piece);
	r->used = true;
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

void
seao_xml_destroy(SeaoXmlReader *r)
{
	if (r == NULL)
		return;
	seao_xml_libxml2_destroy(r->lx);
	free_notice(r, r->current);
	free_notice(r, r->spare);
	r->a.free(r->a.arg, r->export_end);
	r->a.free(r->a.arg, r);
}
