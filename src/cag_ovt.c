/*-------------------------------------------------------------------------
 *
 * cag_ovt.c
 *	  Module entry point and error reporting shared by the cag_ovt types.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "catalog/namespace.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/guc.h"

#include "seao.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* Module load: the settings of schema cag_ovt's functions. */
void
_PG_init(void)
{
	cag_seao_define_gucs();
	MarkGUCPrefixReserved("cag_ovt");
}

void
cag_report_parse_error(const char *typname, const char *input,
					   const CagParseError *err)
{
	const char *detail = err->detail[0] ? cag_utf8_message_to_server(err->detail) : NULL;
	const char *hint = err->hint[0] ? cag_utf8_message_to_server(err->hint) : NULL;

	switch (err->kind)
	{
		case CAG_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" is out of range for type %s",
							input, typname),
					 detail ? errdetail("%s", detail) : 0,
					 hint ? errhint("%s", hint) : 0));
			break;
		case CAG_ERR_BINARY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 input[0] ? errmsg("invalid binary value for type %s: %s",
									   typname, input) :
					 errmsg("invalid binary value for type %s", typname),
					 detail ? errdetail("%s", detail) : 0,
					 hint ? errhint("%s", hint) : 0));
			break;
		case CAG_ERR_SYNTAX:
		case CAG_OK:
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							typname, input),
					 detail ? errdetail("%s", detail) : 0,
					 hint ? errhint("%s", hint) : 0));
			break;
	}
	pg_unreachable();
}

const char *
cag_recv_field(StringInfo buf, size_t *len)
{
	int			remaining = buf->len - buf->cursor;

	*len = (size_t) remaining;
	return pq_getmsgbytes(buf, remaining);
}

const char *
cag_cstring_to_utf8(const char *str)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return str;
	return pg_server_to_any(str, strlen(str), PG_UTF8);
}

void
cag_text_to_utf8(Datum d, const char **str, size_t *len)
{
	text	   *t = DatumGetTextPP(d);
	const char *p = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		*str = p;
		*len = (size_t) n;
	}
	else
	{
		*str = pg_server_to_any(p, n, PG_UTF8);
		*len = strlen(*str);
	}
}

char *
cag_utf8_to_server(const char *str)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return pstrdup(str);
	return pg_any_to_server(str, strlen(str), PG_UTF8);
}

/* Conversion function from UTF-8 to the server encoding, or InvalidOid. */
static Oid
utf8_to_server_proc(void)
{
	static Oid	proc = InvalidOid;
	static bool looked_up = false;

	/* the database, hence its encoding, never changes in a backend */
	if (!looked_up)
	{
		proc = FindDefaultConversionProc(PG_UTF8, GetDatabaseEncoding());
		looked_up = true;
	}
	return proc;
}

/* Convert len bytes of UTF-8; false if some character cannot be. */
static bool
utf8_to_server_buf(const char *str, int len, char **result)
{
	Oid			proc = utf8_to_server_proc();
	int			buflen;
	unsigned char *buf;
	int			converted;

	if (!OidIsValid(proc))
		return false;
	buflen = len * MAX_CONVERSION_GROWTH + 1;
	buf = palloc(buflen);
	converted = pg_do_encoding_conversion_buf(proc, PG_UTF8, GetDatabaseEncoding(),
											  (unsigned char *) unconstify(char *, str),
											  len, buf, buflen, true);
	if (converted < len)
	{
		pfree(buf);
		return false;
	}
	*result = (char *) buf;
	return true;
}

bool
cag_utf8_to_server_noerror(const char *str, char **result)
{
	int			enc = GetDatabaseEncoding();
	int			len = (int) strlen(str);

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII || len == 0)
	{
		*result = pstrdup(str);
		return true;
	}
	return utf8_to_server_buf(str, len, result);
}

char *
cag_utf8_message_to_server(const char *msg)
{
	StringInfoData out;
	const char *p = msg;
	char	   *converted;

	if (cag_utf8_to_server_noerror(msg, &converted))
		return converted;

	/* character by character, "?" for what the encoding cannot hold */
	initStringInfo(&out);
	while (*p)
	{
		int			n = pg_utf_mblen((const unsigned char *) p);
		char	   *one;

		if (n < 1 || (int) strnlen(p, n) < n || !pg_utf8_islegal((const unsigned char *) p, n))
			n = 1;
		if ((unsigned char) *p < 0x80)
			appendStringInfoChar(&out, *p);
		else if (n > 1 && utf8_to_server_buf(p, n, &one))
		{
			appendStringInfoString(&out, one);
			pfree(one);
		}
		else
			appendStringInfoChar(&out, '?');
		p += n;
	}
	return out.data;
}

static void *
palloc_alloc(void *arg, size_t size)
{
	return arg ? MemoryContextAlloc((MemoryContext) arg, size) : palloc(size);
}

static void *
palloc_realloc(void *arg, void *ptr, size_t size)
{
	(void) arg;
	return repalloc(ptr, size);
}

static void
palloc_free(void *arg, void *ptr)
{
	(void) arg;
	if (ptr)
		pfree(ptr);
}

CagAllocator
cag_allocator(MemoryContext cxt)
{
	CagAllocator a = {palloc_alloc, palloc_realloc, palloc_free, cxt};

	return a;
}
