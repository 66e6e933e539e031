/*-------------------------------------------------------------------------
 *
 * seao_ocds_stream.c
 *	  SEAO open data: an OCDS release package given as a file's bytes,
 *	  read one release at a time.
 *
 * load_ocds(bytea) and parse_ocds(bytea) take the package as the file
 * holds it: UTF-8 JSON (RFC 8259), whatever the database encoding.
 * PostgreSQL's JSON parser reads it; each element of the package's
 * "releases" array is built into a jsonb value of its own, in UTF-8, and
 * handed to the adapter (seao_ocds.c) as soon as it ends, so that memory
 * holds one release at a time and progress is the bytes read.  A database
 * that is not UTF-8 then stores what it can: the rows' texts are converted
 * as an XML export's are (a character it cannot store leaves the value
 * NULL with an issue), instead of the whole package failing at the jsonb
 * conversion of its first "’".
 *
 * The parser de-escapes \uXXXX into the server encoding; so that every
 * string stays UTF-8, a package read by a database that is not UTF-8 has
 * its escapes of non-ASCII characters written out in UTF-8 first.
 *
 *-------------------------------------------------------------------------
 */
#include "seao.h"

#include <string.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

/* The reading: where the parser is in the package. */
typedef struct PackageRun
{
	SeaoRows   *rows;
	JsonLexContext *lex;
	size_t		len;
	bool		releases_next;	/* the value of the root's "releases" comes */
	bool		releases_seen;
	bool		records_seen;
	bool		in_releases;	/* inside the "releases" array */
	bool		element_next;	/* an element of "releases" comes */
	int			ordinal;		/* of the release begun last */
	JsonbParseState *release;	/* the release being built, or NULL */
	MemoryContext release_cxt;	/* what a release holds, reset after it */
	MemoryContext outer;
} PackageRun;

/* A string of a release, which jsonb holds up to 256 MB long. */
static int
string_length(const char *str)
{
	size_t		len = strlen(str);

	if (len > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("invalid OCDS release package"),
				 errdetail("A string of the package is %zu bytes long, more than the %d bytes a jsonb string holds.",
						   len, JENTRY_OFFLENMASK)));
	return (int) len;
}

/* The JSON type of what begins, for the messages. */
static const char *
token_kind(JsonTokenType type)
{
	switch (type)
	{
		case JSON_TOKEN_STRING:
			return "a string";
		case JSON_TOKEN_NUMBER:
			return "a number";
		case JSON_TOKEN_TRUE:
		case JSON_TOKEN_FALSE:
			return "a boolean";
		case JSON_TOKEN_NULL:
			return "null";
		case JSON_TOKEN_OBJECT_START:
			return "an object";
		case JSON_TOKEN_ARRAY_START:
			return "an array";
		default:
			return "a JSON value";
	}
}

/*
 * A value begins outside the releases being built: the root, the value of
 * "releases", an element of it.  Returns whether it is a release (an
 * element that is an object).
 */
static bool
value_begins(PackageRun *run, JsonTokenType type)
{
	int			level = run->lex->lex_level;

	if (level == 0 && type != JSON_TOKEN_OBJECT_START)
		seao_ocds_malformed("The package is %s, not an object with \"releases\".",
							type == JSON_TOKEN_ARRAY_START ? "an array" : "a scalar");
	if (level == 1 && run->releases_next)
	{
		/* null is no releases, as in a jsonb package */
		if (type == JSON_TOKEN_NULL)
			return false;
		if (run->releases_seen)
			seao_ocds_malformed("The package has two \"releases\" members.");
		if (type != JSON_TOKEN_ARRAY_START)
			seao_ocds_malformed("The package: \"releases\" is %s, not an array.", token_kind(type));
		run->releases_seen = true;
		run->in_releases = true;
		return false;
	}
	if (level == 2 && run->element_next)
	{
		run->element_next = false;
		if (type != JSON_TOKEN_OBJECT_START)
			seao_ocds_malformed("The package: element %d of \"releases\" is %s, not an object.",
								run->ordinal, token_kind(type));
		return true;
	}
	return false;
}

static CagJsonAction
on_object_start(void *state)
{
	PackageRun *run = state;

	if (run->release == NULL)
	{
		if (!value_begins(run, JSON_TOKEN_OBJECT_START))
			CAG_JSON_ACTION_DONE;
		/* a release: built in its own memory, the parser's strings too */
		MemoryContextSwitchTo(run->release_cxt);
	}
	pushJsonbValue(&run->release, WJB_BEGIN_OBJECT, NULL);
	CAG_JSON_ACTION_DONE;
}

static CagJsonAction
on_object_end(void *state)
{
	PackageRun *run = state;
	JsonbValue *value;
	Jsonb	   *release;

	if (run->release == NULL)
		CAG_JSON_ACTION_DONE;
	value = pushJsonbValue(&run->release, WJB_END_OBJECT, NULL);
	if (run->release != NULL)
		CAG_JSON_ACTION_DONE;

	/* the release is complete */
	release = JsonbValueToJsonb(value);
	seao_ocds_release(run->rows, &release->root, run->ordinal);
	MemoryContextSwitchTo(run->outer);
	MemoryContextReset(run->release_cxt);
	seao_rows_progress(run->rows, (uint64) (run->lex->prev_token_terminator - run->lex->input),
					   run->len);
	CHECK_FOR_INTERRUPTS();
	CAG_JSON_ACTION_DONE;
}

static CagJsonAction
on_array_start(void *state)
{
	PackageRun *run = state;

	if (run->release == NULL)
		value_begins(run, JSON_TOKEN_ARRAY_START);
	else
		pushJsonbValue(&run->release, WJB_BEGIN_ARRAY, NULL);
	CAG_JSON_ACTION_DONE;
}

static CagJsonAction
on_array_end(void *state)
{
	PackageRun *run = state;

	if (run->release != NULL)
		pushJsonbValue(&run->release, WJB_END_ARRAY, NULL);
	else if (run->lex->lex_level == 1)
		run->in_releases = false;
	CAG_JSON_ACTION_DONE;
}

static CagJsonAction
on_field_start(void *state, char *fname, bool isnull)
{
	PackageRun *run = state;
	JsonbValue	key;

	(void) isnull;
	if (run->release != NULL)
	{
		key.type = jbvString;
		key.val.string.val = fname;
		key.val.string.len = string_length(fname);
		pushJsonbValue(&run->release, WJB_KEY, &key);
	}
	else if (run->lex->lex_level == 1)
	{
		run->releases_next = strcmp(fname, "releases") == 0;
		if (strcmp(fname, "records") == 0)
			run->records_seen = true;
	}
	CAG_JSON_ACTION_DONE;
}

static CagJsonAction
on_field_end(void *state, char *fname, bool isnull)
{
	PackageRun *run = state;

	(void) fname;
	(void) isnull;
	if (run->release == NULL && run->lex->lex_level == 1)
		run->releases_next = false;
	CAG_JSON_ACTION_DONE;
}

static CagJsonAction
on_element_start(void *state, bool isnull)
{
	PackageRun *run = state;

	(void) isnull;
	if (run->release == NULL && run->in_releases && run->lex->lex_level == 2)
	{
		run->element_next = true;
		run->ordinal++;
	}
	CAG_JSON_ACTION_DONE;
}

/* A scalar: a member or an element of the release being built. */
static CagJsonAction
on_scalar(void *state, char *token, JsonTokenType type)
{
	PackageRun *run = state;
	JsonbValue	v;

	if (run->release == NULL)
	{
		value_begins(run, type);
		CAG_JSON_ACTION_DONE;
	}
	switch (type)
	{
		case JSON_TOKEN_STRING:
			v.type = jbvString;
			v.val.string.val = token;
			v.val.string.len = string_length(token);
			break;
		case JSON_TOKEN_NUMBER:
			v.type = jbvNumeric;
			v.val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(token),
																ObjectIdGetDatum(InvalidOid),
																Int32GetDatum(-1)));
			break;
		case JSON_TOKEN_TRUE:
		case JSON_TOKEN_FALSE:
			v.type = jbvBool;
			v.val.boolean = type == JSON_TOKEN_TRUE;
			break;
		default:
			v.type = jbvNull;
			break;
	}
	pushJsonbValue(&run->release,
				   run->release->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE, &v);
	CAG_JSON_ACTION_DONE;
}

/* The line of a position, for the messages. */
static int
line_of(const char *data, size_t offset)
{
	int			line = 1;
	size_t		i;

	for (i = 0; i < offset; i++)
		if (data[i] == '\n')
			line++;
	return line;
}

/* Append the UTF-8 encoding of a code point (not a surrogate). */
static void
append_utf8(StringInfo out, pg_wchar c)
{
	unsigned char buf[4];

	unicode_to_utf8(c, buf);
	appendBinaryStringInfo(out, (const char *) buf, pg_utf_mblen(buf));
}

/* The value of four hexadecimal digits, or -1. */
static int
hex4(const char *s)
{
	int			v = 0;
	int			i;

	for (i = 0; i < 4; i++)
	{
		char		c = s[i];

		v *= 16;
		if (c >= '0' && c <= '9')
			v += c - '0';
		else if (c >= 'a' && c <= 'f')
			v += c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v += c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/*
 * The package with its escapes of non-ASCII characters (\u00e9, and the
 * surrogate pairs \ud83d\ude00) written out in UTF-8, or NULL when it has
 * none.  Escapes it cannot rewrite (a lone surrogate) stay for the parser
 * to report.
 */
static char *
unescape_non_ascii(const char *data, size_t len, size_t *outlen)
{
	StringInfoData out;
	bool		in_string = false;
	size_t		copied = 0;
	size_t		i;

	out.data = NULL;
	for (i = 0; i < len; i++)
	{
		int			c;
		int			low;
		size_t		n = 6;

		if (!in_string)
		{
			in_string = data[i] == '"';
			continue;
		}
		if (data[i] == '"')
		{
			in_string = false;
			continue;
		}
		if (data[i] != '\\')
			continue;
		if (i + 1 >= len || data[i + 1] != 'u' || i + 6 > len ||
			(c = hex4(data + i + 2)) < 0x80)
		{
			i++;				/* the escaped character */
			continue;
		}
		if (c >= 0xDC00 && c <= 0xDFFF)
		{
			i += 5;
			continue;
		}
		if (c >= 0xD800 && c <= 0xDBFF)
		{
			if (i + 12 > len || data[i + 6] != '\\' || data[i + 7] != 'u' ||
				(low = hex4(data + i + 8)) < 0xDC00 || low > 0xDFFF)
			{
				i += 5;
				continue;
			}
			c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
			n = 12;
		}
		if (out.data == NULL)
			initStringInfo(&out);
		appendBinaryStringInfo(&out, data + copied, (int) (i - copied));
		append_utf8(&out, (pg_wchar) c);
		i += n - 1;
		copied = i + 1;
	}
	if (out.data == NULL)
		return NULL;
	appendBinaryStringInfo(&out, data + copied, (int) (len - copied));
	*outlen = (size_t) out.len;
	return out.data;
}

void
seao_ocds_read_bytes(SeaoRows *rows, const char *data, size_t len)
{
	PackageRun	run;
	JsonSemAction sem;
	JsonParseErrorType result;
	int			valid;
	char	   *doc;

	/* a byte order mark is allowed, and ignored */
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
	{
		data += 3;
		len -= 3;
	}
	if (len > (size_t) MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("invalid OCDS release package"),
				 errdetail("The package is larger than 1 GB.")));
	valid = pg_encoding_verifymbstr(PG_UTF8, data, (int) len);
	if ((size_t) valid < len)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("invalid OCDS release package"),
				 errdetail("Line %d: byte 0x%02x is not part of a UTF-8 character: a JSON package is written in UTF-8.",
						   line_of(data, (size_t) valid), (unsigned char) data[valid])));
	doc = GetDatabaseEncoding() == PG_UTF8 ? NULL : unescape_non_ascii(data, len, &len);
	if (doc == NULL)
		doc = unconstify(char *, data);

	memset(&run, 0, sizeof(run));
	run.rows = rows;
	run.len = len;
	run.outer = CurrentMemoryContext;
	run.release_cxt = AllocSetContextCreate(CurrentMemoryContext, "OCDS release",
											ALLOCSET_DEFAULT_SIZES);
	run.lex = makeJsonLexContextCstringLen(NULL, doc, len, PG_UTF8, true);
	memset(&sem, 0, sizeof(sem));
	sem.semstate = &run;
	sem.object_start = on_object_start;
	sem.object_end = on_object_end;
	sem.array_start = on_array_start;
	sem.array_end = on_array_end;
	sem.object_field_start = on_field_start;
	sem.object_field_end = on_field_end;
	sem.array_element_start = on_element_start;
	sem.scalar = on_scalar;

	seao_ocds_begin_package(true);
	result = pg_parse_json(run.lex, &sem);
	MemoryContextSwitchTo(run.outer);
	if (result != JSON_SUCCESS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid OCDS release package"),
				 errdetail("Line %d: the package is not valid JSON. %s", run.lex->line_number,
						   cag_utf8_message_to_server(json_errdetail(result, run.lex)))));
	if (!run.releases_seen)
		seao_ocds_no_releases(run.records_seen);
	MemoryContextDelete(run.release_cxt);
}
