/*-------------------------------------------------------------------------
 *
 * json_reader_core.c
 *	  A strict JSON reader for a fixed schema, server-free.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "json_reader_core.h"

typedef struct JsonReader
{
	const unsigned char *p;
	const char *typname;
	int			version;		/* the only version accepted */
	int			oldest;			/* the oldest the type reads (messages) */
	CagParseError *err;
} JsonReader;

#define PATH_MAX_LEN 64

static inline void
json_skip_space(JsonReader *r)
{
	/* JSON white space: space, tab, line feed, carriage return */
	while (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')
		r->p++;
}

static const char *
json_describe(JsonReader *r, char *buf, size_t buflen)
{
	return cag_describe_char((const char *) r->p, strlen((const char *) r->p), buf, buflen);
}

/* Does the token after a number continue it (so the number is malformed)? */
static inline bool
json_number_continues(unsigned char c)
{
	return cag_is_digit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}

static bool
json_read_count(JsonReader *r, const char *path, int64_t *result)
{
	uint64_t	value = 0;
	const unsigned char *start = r->p;
	char		cbuf[CAG_CHAR_DESC_LEN];

	if (*r->p == '-')
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" is negative; a count is an integer of at least 0.", path);
	if (!cag_is_digit(*r->p))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be an integer, not a value starting with %s.",
						path, json_describe(r, cbuf, sizeof(cbuf)));
	if (r->p[0] == '0' && cag_is_digit(r->p[1]))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" has a leading zero, which JSON does not allow.", path);
	while (cag_is_digit(*r->p))
	{
		if (value > ((uint64_t) INT64_MAX - (uint64_t) (*r->p - '0')) / 10)
		{
			while (cag_is_digit(*r->p))
				r->p++;
			if (json_number_continues(*r->p))
				break;
			return cag_fail(r->err, CAG_ERR_RANGE,
							"Field \"%s\" (%.*s%s) exceeds the largest count, 9223372036854775807.",
							path, (int) (r->p - start > 40 ? 40 : r->p - start),
							(const char *) start, r->p - start > 40 ? "..." : "");
		}
		value = value * 10 + (uint64_t) (*r->p - '0');
		r->p++;
	}
	if (json_number_continues(*r->p))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be an integer, without fraction or exponent.", path);
	*result = (int64_t) value;
	return true;
}

static bool
json_read_amount(JsonReader *r, const char *path, int64_t *result)
{
	bool		negative = false;
	uint64_t	mag = 0;
	uint64_t	limit;
	const unsigned char *start = r->p;
	char		cbuf[CAG_CHAR_DESC_LEN];
	int			i;

	if (*r->p == '-')
	{
		negative = true;
		r->p++;
	}
	if (!cag_is_digit(*r->p))
	{
		if (!negative && *r->p != '+' && *r->p != '.')
			return cag_fail(r->err, CAG_ERR_SYNTAX,
							"Field \"%s\" must be an amount with two decimals, such as 1234.50, not a value starting with %s.",
							path, json_describe(r, cbuf, sizeof(cbuf)));
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be an amount with two decimals, such as 1234.50 or -12.00.",
						path);
	}
	if (r->p[0] == '0' && cag_is_digit(r->p[1]))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" has a leading zero, which JSON does not allow.", path);
	/* magnitude limit in cents: INT64_MAX, or one more for a negative */
	limit = (uint64_t) INT64_MAX + (negative ? 1 : 0);
	while (cag_is_digit(*r->p))
	{
		if (mag > limit / 10)
			goto out_of_range;
		mag = mag * 10 + (uint64_t) (*r->p - '0');
		r->p++;
	}
	if (r->p[0] != '.' || !cag_is_digit(r->p[1]) || !cag_is_digit(r->p[2]) ||
		json_number_continues(r->p[3]))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be an amount with exactly two decimals, such as 1234.50, without exponent.",
						path);
	r->p++;
	for (i = 0; i < 2; i++)
	{
		if (__builtin_mul_overflow(mag, (uint64_t) 10, &mag) ||
			__builtin_add_overflow(mag, (uint64_t) (*r->p - '0'), &mag) ||
			mag > limit)
			goto out_of_range;
		r->p++;
	}
	if (negative && mag == 0)
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" is -0.00; zero is written 0.00.", path);
	*result = negative ? (int64_t) ((uint64_t) 0 - mag) : (int64_t) mag;
	return true;

out_of_range:
	while (cag_is_digit(*r->p) || *r->p == '.')
		r->p++;
	if (json_number_continues(*r->p))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be an amount with exactly two decimals, such as 1234.50, without exponent.",
						path);
	return cag_fail(r->err, CAG_ERR_RANGE,
					"Field \"%s\" (%.*s%s) is beyond the range of amounts, -92233720368547758.08 to 92233720368547758.07.",
					path, (int) (r->p - start > 40 ? 40 : r->p - start),
					(const char *) start, r->p - start > 40 ? "..." : "");
}

static bool
json_read_version(JsonReader *r, const char *path, int64_t *result)
{
	const unsigned char *start = r->p;
	char		cbuf[CAG_CHAR_DESC_LEN];

	if (!cag_is_digit(*r->p))
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be the integer %d, not a value starting with %s.",
						path, r->version, json_describe(r, cbuf, sizeof(cbuf)));
	while (cag_is_digit(*r->p))
		r->p++;
	if (json_number_continues(*r->p) || r->p - start != 1 || *start - '0' != r->version)
	{
		while (json_number_continues(*r->p))
			r->p++;
		if (r->oldest < r->version)
			cag_fail(r->err, CAG_ERR_SYNTAX,
					 "Field \"%s\" is %.*s%s; this version of cag_ovt reads format versions %d to %d.",
					 path, (int) (r->p - start > 20 ? 20 : r->p - start), (const char *) start,
					 r->p - start > 20 ? "..." : "", r->oldest, r->version);
		else
			cag_fail(r->err, CAG_ERR_SYNTAX,
					 "Field \"%s\" is %.*s%s; this version of cag_ovt reads format version %d.",
					 path, (int) (r->p - start > 20 ? 20 : r->p - start), (const char *) start,
					 r->p - start > 20 ? "..." : "", r->version);
		cag_hint(r->err, "A %s written by a newer cag_ovt needs that version of the extension.",
				 r->typname);
		return false;
	}
	*result = r->version;
	return true;
}

/* "a, b and c" for the fields of an object */
static void
json_list_keys(const CagJsonField *fields, int n, char *buf, size_t buflen)
{
	size_t		used = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < n && used < buflen; i++)
	{
		int			w = snprintf(buf + used, buflen - used, "%s\"%s\"",
								 i == 0 ? "" : (i == n - 1 ? " and " : ", "),
								 fields[i].key);

		if (w < 0)
			break;
		used += (size_t) w;
	}
}

static bool json_read_object(JsonReader *r, CagJsonField *fields, int n, const char *path);

static bool
json_read_value(JsonReader *r, CagJsonField *field, const char *path)
{
	switch (field->kind)
	{
		case CAG_JSON_VERSION:
			return json_read_version(r, path, field->target);
		case CAG_JSON_COUNT:
			return json_read_count(r, path, field->target);
		case CAG_JSON_AMOUNT:
			return json_read_amount(r, path, field->target);
		case CAG_JSON_OBJECT:
			return json_read_object(r, field->children, field->nchildren, path);
	}
	return false;
}

/*
 * The key of a member of an object and the ":" after it: the field it
 * names, whose path goes to child (PATH_MAX_LEN bytes).  where names the
 * object for messages.
 */
static CagJsonField *
json_read_key(JsonReader *r, CagJsonField *fields, int n, const char *path,
			  const char *where, char *child)
{
	char		cbuf[CAG_CHAR_DESC_LEN];
	const unsigned char *key;
	size_t		keylen;
	CagJsonField *field = NULL;
	int			i;

	if (*r->p != '"')
	{
		if (*r->p == '\0')
			cag_fail(r->err, CAG_ERR_SYNTAX, "The text ends inside %s.", where);
		else
			cag_fail(r->err, CAG_ERR_SYNTAX,
					 "Expected a key in double quotes in %s, found %s.",
					 where, json_describe(r, cbuf, sizeof(cbuf)));
		return NULL;
	}
	key = ++r->p;
	while (*r->p != '"' && *r->p >= 0x20 && *r->p < 0x7F && *r->p != '\\')
		r->p++;
	if (*r->p != '"')
	{
		if (*r->p == '\0')
			cag_fail(r->err, CAG_ERR_SYNTAX, "The text ends inside a key of %s.", where);
		else
			cag_fail(r->err, CAG_ERR_SYNTAX,
					 "A key of %s contains %s; keys are plain field names.",
					 where, json_describe(r, cbuf, sizeof(cbuf)));
		return NULL;
	}
	keylen = (size_t) (r->p - key);
	r->p++;
	for (i = 0; i < n; i++)
		if (strlen(fields[i].key) == keylen &&
			memcmp(fields[i].key, key, keylen) == 0)
			field = &fields[i];
	if (field == NULL)
	{
		char		list[256];

		json_list_keys(fields, n, list, sizeof(list));
		cag_fail(r->err, CAG_ERR_SYNTAX,
				 "Key \"%.*s%s\" is not a field of %s, which has %s.",
				 (int) (keylen > 40 ? 40 : keylen), (const char *) key,
				 keylen > 40 ? "..." : "", where, list);
		return NULL;
	}
	if (path[0] == '\0')
		snprintf(child, PATH_MAX_LEN, "%s", field->key);
	else
		snprintf(child, PATH_MAX_LEN, "%s.%s", path, field->key);
	if (field->seen)
	{
		cag_fail(r->err, CAG_ERR_SYNTAX, "Field \"%s\" appears twice.", child);
		return NULL;
	}
	field->seen = true;
	json_skip_space(r);
	if (*r->p != ':')
	{
		cag_fail(r->err, CAG_ERR_SYNTAX, "Expected \":\" after key \"%s\", found %s.",
				 child, json_describe(r, cbuf, sizeof(cbuf)));
		return NULL;
	}
	r->p++;
	return field;
}

/*
 * The members of an object, after its "{" and up to its "}" (included):
 * key, value, and "," or "}".
 */
static bool
json_read_members(JsonReader *r, CagJsonField *fields, int n, const char *path,
				  const char *where)
{
	char		cbuf[CAG_CHAR_DESC_LEN];

	json_skip_space(r);
	if (*r->p == '}')
	{
		r->p++;
		return true;
	}
	for (;;)
	{
		CagJsonField *field;
		char		child[PATH_MAX_LEN];

		json_skip_space(r);
		field = json_read_key(r, fields, n, path, where, child);
		if (field == NULL)
			return false;
		json_skip_space(r);
		if (*r->p == '\0')
			return cag_fail(r->err, CAG_ERR_SYNTAX,
							"The text ends before the value of field \"%s\".", child);
		if (!json_read_value(r, field, child))
			return false;
		json_skip_space(r);
		if (*r->p == ',')
		{
			r->p++;
			continue;
		}
		if (*r->p == '}')
		{
			r->p++;
			return true;
		}
		if (*r->p == '\0')
			return cag_fail(r->err, CAG_ERR_SYNTAX, "The text ends inside %s.", where);
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Expected \",\" or \"}\" after field \"%s\", found %s.",
						child, json_describe(r, cbuf, sizeof(cbuf)));
	}
}

/*
 * Read an object whose keys are exactly the given fields, in any order.
 * path is the object's own path ("" for the outermost one).
 */
static bool
json_read_object(JsonReader *r, CagJsonField *fields, int n, const char *path)
{
	char		cbuf[CAG_CHAR_DESC_LEN];
	char		where[PATH_MAX_LEN + 16];
	int			i;

	if (path[0] == '\0')
		snprintf(where, sizeof(where), "the %s", r->typname);
	else
		snprintf(where, sizeof(where), "object \"%s\"", path);

	if (*r->p != '{')
	{
		if (path[0] == '\0')
			return cag_fail(r->err, CAG_ERR_SYNTAX,
							"A %s is a JSON object starting with \"{\", not %s.",
							r->typname, json_describe(r, cbuf, sizeof(cbuf)));
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Field \"%s\" must be a JSON object, not a value starting with %s.",
						path, json_describe(r, cbuf, sizeof(cbuf)));
	}
	r->p++;
	for (i = 0; i < n; i++)
		fields[i].seen = false;
	if (!json_read_members(r, fields, n, path, where))
		return false;
	for (i = 0; i < n; i++)
		if (!fields[i].seen)
		{
			if (path[0] == '\0')
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"Field \"%s\" is missing.", fields[i].key);
			return cag_fail(r->err, CAG_ERR_SYNTAX,
							"Field \"%s.%s\" is missing.", path, fields[i].key);
		}
	return true;
}

/* Read a whole value: white space, the object, white space, the end. */
bool
cag_json_read(const char *str, const char *typname, int version, int oldest,
			  CagJsonField *fields, int n, CagParseError *err)
{
	char		cbuf[CAG_CHAR_DESC_LEN];
	JsonReader	reader = {(const unsigned char *) str, typname, version, oldest, err};
	JsonReader *r = &reader;

	json_skip_space(r);
	if (*r->p == '\0')
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"A %s is a JSON object; the value is empty.", r->typname);
	if (!json_read_object(r, fields, n, ""))
		return false;
	json_skip_space(r);
	if (*r->p != '\0')
		return cag_fail(r->err, CAG_ERR_SYNTAX,
						"Text after the closing \"}\" is not allowed (found %s).",
						json_describe(r, cbuf, sizeof(cbuf)));
	return true;
}

/* JSON white space, for the peek (which has no reader). */
static const unsigned char *
peek_space(const unsigned char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/*
 * Skip a value -- an object, a number, or a string without escapes (a
 * key) -- and return what follows it; NULL for anything else.
 */
static const unsigned char *
peek_skip_value(const unsigned char *p, int depth)
{
	if (*p == '"')
	{
		for (p++; *p != '"'; p++)
			if (*p == '\0' || *p == '\\')
				return NULL;
		return p + 1;
	}
	if (*p != '{')
	{
		if (!json_number_continues(*p))
			return NULL;
		while (json_number_continues(*p))
			p++;
		return p;
	}
	if (depth > 8)
		return NULL;
	p = peek_space(p + 1);
	if (*p == '}')
		return p + 1;
	for (;;)
	{
		if (*p != '"' || (p = peek_skip_value(p, depth + 1)) == NULL)
			return NULL;
		p = peek_space(p);
		if (*p != ':' || (p = peek_skip_value(peek_space(p + 1), depth + 1)) == NULL)
			return NULL;
		p = peek_space(p);
		if (*p == '}')
			return p + 1;
		if (*p != ',')
			return NULL;
		p = peek_space(p + 1);
	}
}

int
cag_json_peek_version(const char *str)
{
	const unsigned char *p = peek_space((const unsigned char *) str);

	if (*p != '{')
		return -1;
	p = peek_space(p + 1);
	for (;;)
	{
		const unsigned char *key = p;
		bool		is_version;

		if (*p != '"' || (p = peek_skip_value(p, 1)) == NULL)
			return -1;
		is_version = p - key == 9 && memcmp(key, "\"version\"", 9) == 0;
		p = peek_space(p);
		if (*p != ':')
			return -1;
		p = peek_space(p + 1);
		if (is_version)
		{
			int			v = 0;
			int			digits = 0;

			while (cag_is_digit(*p) && digits < 9)
				v = v * 10 + (*p++ - '0'), digits++;
			return digits > 0 && !json_number_continues(*p) ? v : -1;
		}
		if ((p = peek_skip_value(p, 1)) == NULL)
			return -1;
		p = peek_space(p);
		if (*p != ',')
			return -1;
		p = peek_space(p + 1);
	}
}
