/*-------------------------------------------------------------------------
 *
 * spend_summary_core.c
 *	  Exact spend summaries and share states, server-free: checks, text
 *	  form (a strict JSON reader and writer) and the numeric decoder.
 *
 * Text form of a spend summary (keys in any order on input, JSON white
 * space anywhere between tokens):
 *
 *	{"version": 1, "count": 2, "amount": 30.00, "flags": {"quebec": {"count":
 *	 1, "amount": 10.00}, "outside_quebec": {...}, ... every flag ...}}
 *
 * Counts are JSON integers (no sign, no leading zero, no fraction or
 * exponent); amounts are JSON numbers with exactly two decimals, the value
 * in dollars of an integer number of cents.  Every key must be present
 * exactly once and no other key is allowed, so that what is read is exactly
 * what the output wrote.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "spend_summary_core.h"

_Static_assert(sizeof(SpendSummary) == SPEND_SUMMARY_SIZE, "SpendSummary size");
_Static_assert(sizeof(ShareState) == SHARE_STATE_SIZE, "ShareState size");

/* ---------------------------------------------------------------------
 * Amounts
 * ---------------------------------------------------------------------
 */

char *
cag_cents_format(int64_t cents, char *buf)
{
	uint64_t	mag = cents < 0 ? (uint64_t) 0 - (uint64_t) cents : (uint64_t) cents;
	char		tmp[CAG_CENTS_TEXT_MAX];
	int			n = 0;
	char	   *p = buf;

	/* digits in reverse, at least three so that "0.05" gets its zeros */
	do
	{
		tmp[n++] = (char) ('0' + mag % 10);
		mag /= 10;
	} while (mag != 0 || n < 3);
	if (cents < 0)
		*p++ = '-';
	while (n > 2)
		*p++ = tmp[--n];
	*p++ = '.';
	*p++ = tmp[1];
	*p++ = tmp[0];
	*p = '\0';
	return buf;
}

/* One base-10000 digit of a numeric, unaligned, native byte order. */
static inline int
numeric_digit(const unsigned char *digits, size_t i)
{
	int16_t		d;

	memcpy(&d, digits + 2 * i, sizeof(d));
	return d;
}

/*
 * Numeric storage format (PostgreSQL's numeric.c, stable since 9.1, the
 * special values since 14): after the varlena header comes a 16-bit word.
 * Its two high bits are 00 (positive) or 01 (negative) for the long
 * format, which continues with an int16 weight; 10 for the short format,
 * whose word also holds the sign (0x2000), the display scale (0x1F80) and a
 * 7-bit signed weight (0x007F); 11 for the special values NaN (0xC000),
 * +Infinity (0xD000) and -Infinity (0xF000).  Then come base-10000 digits
 * (int16, 0..9999): the first has weight "weight" (its value is digit *
 * 10000^weight), the next weight - 1, and so on.  Leading and trailing zero
 * digits are normally stripped, so digits may stop above the units.
 *
 * cents = value * 100 rounded half away from zero: the integer digits give
 * whole dollars, the digit of weight -1 gives cents (digit / 100) and the
 * rounding (digit % 100 >= 50: the digits below cannot add up to a
 * hundredth of a cent, so they cannot change the rounding).
 */
CagCentsStatus
cag_numeric_to_cents(const unsigned char *data, size_t len, int64_t *cents)
{
	uint16_t	header;
	int			weight;
	bool		negative;
	size_t		hdrsz;
	const unsigned char *digits;
	size_t		ndigits;
	uint64_t	mag = 0;
	size_t		i;
	int			w;

	if (len < sizeof(uint16_t))
		return CAG_CENTS_INVALID;
	memcpy(&header, data, sizeof(header));
	switch (header & 0xC000)
	{
		case 0xC000:			/* special */
			if (len != sizeof(uint16_t))
				return CAG_CENTS_INVALID;
			if (header == 0xC000)
				return CAG_CENTS_NAN;
			if (header == 0xD000)
				return CAG_CENTS_PINF;
			if (header == 0xF000)
				return CAG_CENTS_NINF;
			return CAG_CENTS_INVALID;
		case 0x8000:			/* short */
			negative = (header & 0x2000) != 0;
			weight = (header & 0x0040) ? (int) (header & 0x003F) - 64 : (int) (header & 0x003F);
			hdrsz = sizeof(uint16_t);
			break;
		default:				/* long: 0x0000 positive, 0x4000 negative */
			{
				int16_t		w16;

				if (len < 2 * sizeof(uint16_t))
					return CAG_CENTS_INVALID;
				negative = (header & 0xC000) == 0x4000;
				memcpy(&w16, data + sizeof(uint16_t), sizeof(w16));
				weight = w16;
				hdrsz = 2 * sizeof(uint16_t);
			}
			break;
	}
	if ((len - hdrsz) % 2 != 0)
		return CAG_CENTS_INVALID;
	digits = data + hdrsz;
	ndigits = (len - hdrsz) / 2;

	/* whole dollars: weights "weight" down to 0 */
	for (i = 0, w = weight; w >= 0; i++, w--)
	{
		int			d = i < ndigits ? numeric_digit(digits, i) : 0;

		if (d < 0 || d > 9999)
			return CAG_CENTS_INVALID;
		if (mag == 0 && d == 0)
			continue;
		if (__builtin_mul_overflow(mag, (uint64_t) 10000, &mag) ||
			__builtin_add_overflow(mag, (uint64_t) d, &mag))
			return CAG_CENTS_OVERFLOW;
	}
	if (__builtin_mul_overflow(mag, (uint64_t) 100, &mag))
		return CAG_CENTS_OVERFLOW;

	/* the digit of weight -1 holds cents and decides the rounding */
	if (weight >= -1 && (size_t) (weight + 1) < ndigits)
	{
		int			d = numeric_digit(digits, (size_t) (weight + 1));

		if (d < 0 || d > 9999)
			return CAG_CENTS_INVALID;
		if (__builtin_add_overflow(mag, (uint64_t) (d / 100 + (d % 100 >= 50)), &mag))
			return CAG_CENTS_OVERFLOW;
	}
	/* the other digits do not change the result, but must be digits */
	for (i = weight + 2 > 0 ? (size_t) (weight + 2) : 0; i < ndigits; i++)
	{
		int			d = numeric_digit(digits, i);

		if (d < 0 || d > 9999)
			return CAG_CENTS_INVALID;
	}

	if (negative)
	{
		if (mag > (uint64_t) INT64_MAX + 1)
			return CAG_CENTS_OVERFLOW;
		*cents = (int64_t) ((uint64_t) 0 - mag);
	}
	else
	{
		if (mag > (uint64_t) INT64_MAX)
			return CAG_CENTS_OVERFLOW;
		*cents = (int64_t) mag;
	}
	return CAG_CENTS_OK;
}

/* ---------------------------------------------------------------------
 * Summaries: arithmetic and checks
 * ---------------------------------------------------------------------
 */

void
spend_summary_init(SpendSummary *s)
{
	memset(s, 0, sizeof(*s));
	s->version = SPEND_SUMMARY_VERSION;
}

bool
spend_summary_add(SpendSummary *a, const SpendSummary *b)
{
	bool		overflow;
	int			i;

	overflow = __builtin_add_overflow(a->count, b->count, &a->count);
	overflow |= __builtin_add_overflow(a->amount, b->amount, &a->amount);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		overflow |= __builtin_add_overflow(a->flags[i].count, b->flags[i].count, &a->flags[i].count);
		overflow |= __builtin_add_overflow(a->flags[i].amount, b->flags[i].amount, &a->flags[i].amount);
	}
	return !overflow;
}

bool
spend_summary_subtract(SpendSummary *a, const SpendSummary *b)
{
	bool		overflow;
	int			i;

	overflow = __builtin_sub_overflow(a->count, b->count, &a->count);
	overflow |= __builtin_sub_overflow(a->amount, b->amount, &a->amount);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		overflow |= __builtin_sub_overflow(a->flags[i].count, b->flags[i].count, &a->flags[i].count);
		overflow |= __builtin_sub_overflow(a->flags[i].amount, b->flags[i].amount, &a->flags[i].amount);
	}
	return !overflow;
}

bool
spend_summary_equal(const SpendSummary *a, const SpendSummary *b)
{
	int			i;

	if (a->version != b->version || a->count != b->count || a->amount != b->amount)
		return false;
	for (i = 0; i < PC_NFLAGS; i++)
		if (a->flags[i].count != b->flags[i].count ||
			a->flags[i].amount != b->flags[i].amount)
			return false;
	return true;
}

/* "flags.<name>.count" / "flags.<name>.amount" */
static const char *
flag_field(char *buf, size_t buflen, int flag, const char *what)
{
	snprintf(buf, buflen, "flags.%s.%s", purchase_class_flag_names[flag], what);
	return buf;
}

/*
 * Check one group of purchases (count, amount) against the whole it is part
 * of: count within [0, whole_count], no amount without purchases, and the
 * whole amount when it is the whole.  Names are the JSON field paths.
 */
static bool
check_part(int64_t count, int64_t amount, const char *count_name, const char *amount_name,
		   int64_t whole_count, int64_t whole_amount,
		   const char *whole_count_name, const char *whole_amount_name,
		   const char *why, CagErrorKind kind, CagParseError *err)
{
	char		abuf[CAG_CENTS_TEXT_MAX];
	char		wbuf[CAG_CENTS_TEXT_MAX];

	if (count < 0)
		return cag_fail(err, kind, "Field \"%s\" is negative (%lld); a count is at least 0.",
						count_name, (long long) count);
	if (count > whole_count)
		return cag_fail(err, kind,
						"Field \"%s\" (%lld) exceeds field \"%s\" (%lld): %s.",
						count_name, (long long) count, whole_count_name,
						(long long) whole_count, why);
	if (count == 0 && amount != 0)
		return cag_fail(err, kind,
						"Field \"%s\" is %s but field \"%s\" is 0: no purchase, no amount.",
						amount_name, cag_cents_format(amount, abuf), count_name);
	if (count == whole_count && amount != whole_amount)
		return cag_fail(err, kind,
						"Field \"%s\" is %s but field \"%s\" is %s, while both count %lld purchases: the same purchases have the same amount.",
						amount_name, cag_cents_format(amount, abuf), whole_amount_name,
						cag_cents_format(whole_amount, wbuf), (long long) count);
	return true;
}

/* The totals: a count of at least 0, no amount without purchases. */
static bool
check_whole(int64_t count, int64_t amount, CagErrorKind kind, CagParseError *err)
{
	char		abuf[CAG_CENTS_TEXT_MAX];

	if (count < 0)
		return cag_fail(err, kind, "Field \"count\" is negative (%lld); a count is at least 0.",
						(long long) count);
	if (count == 0 && amount != 0)
		return cag_fail(err, kind,
						"Field \"amount\" is %s but field \"count\" is 0: no purchase, no amount.",
						cag_cents_format(amount, abuf));
	return true;
}

/*
 * Two exclusive flags a and b: their purchases are disjoint parts of the
 * whole, so their counts add up to no more than the whole count, and to
 * the whole amount when they cover every purchase.
 */
static bool
check_exclusive(const SpendSummary *s, int a, int b, CagErrorKind kind, CagParseError *err)
{
	char		na[64],
				nb[64];
	int64_t		count_a = s->flags[a].count;
	int64_t		count_b = s->flags[b].count;
	int64_t		sum;

	/* both counts are within [0, count] here */
	if (count_a > s->count - count_b)
		return cag_fail(err, kind,
						"Fields \"%s\" (%lld) and \"%s\" (%lld) add up to more than field \"count\" (%lld): no purchase carries both flags.",
						flag_field(na, sizeof(na), a, "count"), (long long) count_a,
						flag_field(nb, sizeof(nb), b, "count"), (long long) count_b,
						(long long) s->count);
	if (count_a + count_b == s->count &&
		(__builtin_add_overflow(s->flags[a].amount, s->flags[b].amount, &sum) ||
		 sum != s->amount))
	{
		char		buf[CAG_CENTS_TEXT_MAX];

		return cag_fail(err, kind,
						"Fields \"%s\" and \"%s\" do not add up to field \"amount\" (%s), while their counts add up to field \"count\": together they are every purchase.",
						flag_field(na, sizeof(na), a, "amount"),
						flag_field(nb, sizeof(nb), b, "amount"),
						cag_cents_format(s->amount, buf));
	}
	return true;
}

bool
spend_summary_check(const SpendSummary *s, CagErrorKind kind, CagParseError *err)
{
	char		cn[64],
				an[64],
				wcn[64],
				wan[64];
	int			i;

	cag_error_clear(err);
	if (s->version != SPEND_SUMMARY_VERSION)
	{
		cag_fail(err, kind, "Format version %d is not known; this version of cag_ovt reads version %d.",
				 (int) s->version, SPEND_SUMMARY_VERSION);
		cag_hint(err, "A summary written by a newer cag_ovt needs that version of the extension.");
		return false;
	}
	if (!check_whole(s->count, s->amount, kind, err))
		return false;
	for (i = 0; i < PC_NFLAGS; i++)
		if (!check_part(s->flags[i].count, s->flags[i].amount,
						flag_field(cn, sizeof(cn), i, "count"),
						flag_field(an, sizeof(an), i, "amount"),
						s->count, s->amount, "count", "amount",
						"a flag is carried by at most every purchase", kind, err))
			return false;
	if (!check_exclusive(s, PC_FLAG_QUEBEC, PC_FLAG_OUTSIDE_QUEBEC, kind, err) ||
		!check_exclusive(s, PC_FLAG_REGIONAL, PC_FLAG_OUTSIDE_REGION, kind, err))
		return false;
	if (!check_part(s->flags[PC_FLAG_REGIONAL].count, s->flags[PC_FLAG_REGIONAL].amount,
					flag_field(cn, sizeof(cn), PC_FLAG_REGIONAL, "count"),
					flag_field(an, sizeof(an), PC_FLAG_REGIONAL, "amount"),
					s->flags[PC_FLAG_QUEBEC].count, s->flags[PC_FLAG_QUEBEC].amount,
					flag_field(wcn, sizeof(wcn), PC_FLAG_QUEBEC, "count"),
					flag_field(wan, sizeof(wan), PC_FLAG_QUEBEC, "amount"),
					"a regional purchase is a Québec purchase", kind, err))
		return false;
	if (!check_part(s->flags[PC_FLAG_QUEBEC_FOOD].count, s->flags[PC_FLAG_QUEBEC_FOOD].amount,
					flag_field(cn, sizeof(cn), PC_FLAG_QUEBEC_FOOD, "count"),
					flag_field(an, sizeof(an), PC_FLAG_QUEBEC_FOOD, "amount"),
					s->flags[PC_FLAG_FOOD].count, s->flags[PC_FLAG_FOOD].amount,
					flag_field(wcn, sizeof(wcn), PC_FLAG_FOOD, "count"),
					flag_field(wan, sizeof(wan), PC_FLAG_FOOD, "amount"),
					"Québec food is food", kind, err))
		return false;
	return true;
}

/* ---------------------------------------------------------------------
 * Share states: arithmetic and checks
 * ---------------------------------------------------------------------
 */

void
share_state_init(ShareState *s)
{
	memset(s, 0, sizeof(*s));
	s->version = SHARE_STATE_VERSION;
}

bool
share_state_add(ShareState *a, const ShareState *b)
{
	bool		overflow;

	overflow = __builtin_add_overflow(a->count, b->count, &a->count);
	overflow |= __builtin_add_overflow(a->amount, b->amount, &a->amount);
	overflow |= __builtin_add_overflow(a->matching_count, b->matching_count, &a->matching_count);
	overflow |= __builtin_add_overflow(a->matching_amount, b->matching_amount, &a->matching_amount);
	return !overflow;
}

bool
share_state_equal(const ShareState *a, const ShareState *b)
{
	return a->version == b->version && a->count == b->count &&
		a->amount == b->amount && a->matching_count == b->matching_count &&
		a->matching_amount == b->matching_amount;
}

bool
share_state_check(const ShareState *s, CagErrorKind kind, CagParseError *err)
{
	cag_error_clear(err);
	if (s->version != SHARE_STATE_VERSION)
	{
		cag_fail(err, kind, "Format version %d is not known; this version of cag_ovt reads version %d.",
				 (int) s->version, SHARE_STATE_VERSION);
		cag_hint(err, "A state written by a newer cag_ovt needs that version of the extension.");
		return false;
	}
	return check_whole(s->count, s->amount, kind, err) &&
		check_part(s->matching_count, s->matching_amount, "matching_count", "matching_amount",
				   s->count, s->amount, "count", "amount",
				   "the matching purchases are some of the purchases", kind, err);
}

/* ---------------------------------------------------------------------
 * Binary forms
 * ---------------------------------------------------------------------
 */

/*
 * The format version at the start of a binary form: false with the error
 * when there are fewer than 4 bytes.  "what" names the struct.
 */
static bool
binary_version(const char *data, size_t len, const char *what, int32_t *version,
			   CagParseError *err)
{
	if (len < 4)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a %s begins with its format version (4 bytes), but it has %zu bytes.",
						what, len);
	*version = (int32_t) cag_get_uint32((const unsigned char *) data);
	return true;
}

static int64_t
get_int64(const char *data, size_t *offset)
{
	int64_t		v = (int64_t) cag_get_uint64((const unsigned char *) data + *offset);

	*offset += 8;
	return v;
}

static void
put_int64(unsigned char *buf, size_t *offset, int64_t v)
{
	cag_put_uint64(buf + *offset, (uint64_t) v);
	*offset += 8;
}

bool
spend_summary_from_binary(const char *data, size_t len, SpendSummary *s,
						  CagParseError *err)
{
	size_t		offset = 4;
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	if (!binary_version(data, len, "spend summary", &s->version, err))
		return false;
	/* the layout after the version is that version's: read no further */
	if (s->version != SPEND_SUMMARY_VERSION)
		return spend_summary_check(s, CAG_ERR_BINARY, err);
	if (len != SPEND_SUMMARY_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a spend summary of format version %d has %d bytes, not %zu.",
						SPEND_SUMMARY_VERSION, (int) SPEND_SUMMARY_BINARY_LEN, len);
	s->count = get_int64(data, &offset);
	s->amount = get_int64(data, &offset);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		s->flags[i].count = get_int64(data, &offset);
		s->flags[i].amount = get_int64(data, &offset);
	}
	return spend_summary_check(s, CAG_ERR_BINARY, err);
}

void
spend_summary_to_binary(const SpendSummary *s, unsigned char *buf)
{
	size_t		offset = 4;
	int			i;

	cag_put_uint32(buf, (uint32_t) s->version);
	put_int64(buf, &offset, s->count);
	put_int64(buf, &offset, s->amount);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		put_int64(buf, &offset, s->flags[i].count);
		put_int64(buf, &offset, s->flags[i].amount);
	}
}

bool
share_state_from_binary(const char *data, size_t len, ShareState *s,
						CagParseError *err)
{
	size_t		offset = 4;

	cag_error_clear(err);
	share_state_init(s);
	if (!binary_version(data, len, "share state", &s->version, err))
		return false;
	if (s->version != SHARE_STATE_VERSION)
		return share_state_check(s, CAG_ERR_BINARY, err);
	if (len != SHARE_STATE_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a share state of format version %d has %d bytes, not %zu.",
						SHARE_STATE_VERSION, (int) SHARE_STATE_BINARY_LEN, len);
	s->count = get_int64(data, &offset);
	s->amount = get_int64(data, &offset);
	s->matching_count = get_int64(data, &offset);
	s->matching_amount = get_int64(data, &offset);
	return share_state_check(s, CAG_ERR_BINARY, err);
}

void
share_state_to_binary(const ShareState *s, unsigned char *buf)
{
	size_t		offset = 4;

	cag_put_uint32(buf, (uint32_t) s->version);
	put_int64(buf, &offset, s->count);
	put_int64(buf, &offset, s->amount);
	put_int64(buf, &offset, s->matching_count);
	put_int64(buf, &offset, s->matching_amount);
}

/* ---------------------------------------------------------------------
 * A strict JSON reader for a fixed schema
 * ---------------------------------------------------------------------
 */

typedef enum JsonFieldKind
{
	JF_VERSION,					/* the integer format version */
	JF_COUNT,					/* an integer >= 0 */
	JF_AMOUNT,					/* dollars with exactly two decimals, to cents */
	JF_OBJECT					/* a nested object of fields */
} JsonFieldKind;

typedef struct JsonField
{
	const char *key;
	JsonFieldKind kind;
	int64_t    *target;			/* JF_VERSION, JF_COUNT, JF_AMOUNT */
	struct JsonField *children; /* JF_OBJECT */
	int			nchildren;
	bool		seen;
} JsonField;

typedef struct JsonReader
{
	const unsigned char *p;
	const char *typname;
	int			version;		/* the only version accepted */
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
json_list_keys(const JsonField *fields, int n, char *buf, size_t buflen)
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

static bool json_read_object(JsonReader *r, JsonField *fields, int n, const char *path);

static bool
json_read_value(JsonReader *r, JsonField *field, const char *path)
{
	switch (field->kind)
	{
		case JF_VERSION:
			return json_read_version(r, path, field->target);
		case JF_COUNT:
			return json_read_count(r, path, field->target);
		case JF_AMOUNT:
			return json_read_amount(r, path, field->target);
		case JF_OBJECT:
			return json_read_object(r, field->children, field->nchildren, path);
	}
	return false;
}

/*
 * Read an object whose keys are exactly the given fields, in any order.
 * path is the object's own path ("" for the outermost one).
 */
static bool
json_read_object(JsonReader *r, JsonField *fields, int n, const char *path)
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
	json_skip_space(r);
	if (*r->p != '}')
	{
		for (;;)
		{
			const unsigned char *key;
			size_t		keylen;
			JsonField  *field = NULL;
			char		child[PATH_MAX_LEN];

			json_skip_space(r);
			if (*r->p != '"')
			{
				if (*r->p == '\0')
					return cag_fail(r->err, CAG_ERR_SYNTAX,
									"The text ends inside %s.", where);
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"Expected a key in double quotes in %s, found %s.",
								where, json_describe(r, cbuf, sizeof(cbuf)));
			}
			key = ++r->p;
			while (*r->p != '"' && *r->p >= 0x20 && *r->p < 0x7F && *r->p != '\\')
				r->p++;
			if (*r->p != '"')
			{
				if (*r->p == '\0')
					return cag_fail(r->err, CAG_ERR_SYNTAX,
									"The text ends inside a key of %s.", where);
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"A key of %s contains %s; keys are plain field names.",
								where, json_describe(r, cbuf, sizeof(cbuf)));
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
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"Key \"%.*s%s\" is not a field of %s, which has %s.",
								(int) (keylen > 40 ? 40 : keylen), (const char *) key,
								keylen > 40 ? "..." : "", where, list);
			}
			if (path[0] == '\0')
				snprintf(child, sizeof(child), "%s", field->key);
			else
				snprintf(child, sizeof(child), "%s.%s", path, field->key);
			if (field->seen)
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"Field \"%s\" appears twice.", child);
			field->seen = true;
			json_skip_space(r);
			if (*r->p != ':')
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"Expected \":\" after key \"%s\", found %s.",
								child, json_describe(r, cbuf, sizeof(cbuf)));
			r->p++;
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
				break;
			if (*r->p == '\0')
				return cag_fail(r->err, CAG_ERR_SYNTAX,
								"The text ends inside %s.", where);
			return cag_fail(r->err, CAG_ERR_SYNTAX,
							"Expected \",\" or \"}\" after field \"%s\", found %s.",
							child, json_describe(r, cbuf, sizeof(cbuf)));
		}
	}
	r->p++;
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
static bool
json_read_document(JsonReader *r, JsonField *fields, int n)
{
	char		cbuf[CAG_CHAR_DESC_LEN];

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

bool
spend_summary_parse(const char *str, SpendSummary *s, CagParseError *err)
{
	JsonField	flag_fields[PC_NFLAGS][2];
	JsonField	flags[PC_NFLAGS];
	JsonField	top[4];
	int64_t		version = 0;
	JsonReader	r;
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		flag_fields[i][0] = (JsonField) {"count", JF_COUNT, &s->flags[i].count, NULL, 0, false};
		flag_fields[i][1] = (JsonField) {"amount", JF_AMOUNT, &s->flags[i].amount, NULL, 0, false};
		flags[i] = (JsonField) {purchase_class_flag_names[i], JF_OBJECT, NULL, flag_fields[i], 2, false};
	}
	top[0] = (JsonField) {"version", JF_VERSION, &version, NULL, 0, false};
	top[1] = (JsonField) {"count", JF_COUNT, &s->count, NULL, 0, false};
	top[2] = (JsonField) {"amount", JF_AMOUNT, &s->amount, NULL, 0, false};
	top[3] = (JsonField) {"flags", JF_OBJECT, NULL, flags, PC_NFLAGS, false};

	r.p = (const unsigned char *) str;
	r.typname = "spend_summary";
	r.version = SPEND_SUMMARY_VERSION;
	r.err = err;
	if (!json_read_document(&r, top, 4))
		return false;
	s->version = (int32_t) version;
	return spend_summary_check(s, CAG_ERR_SYNTAX, err);
}

void
spend_summary_format(const SpendSummary *s, char *buf)
{
	char		a[CAG_CENTS_TEXT_MAX];
	size_t		used;
	int			i;

	used = (size_t) snprintf(buf, SPEND_SUMMARY_TEXT_MAX,
							 "{\"version\": %d, \"count\": %lld, \"amount\": %s, \"flags\": {",
							 (int) s->version, (long long) s->count,
							 cag_cents_format(s->amount, a));
	for (i = 0; i < PC_NFLAGS && used < SPEND_SUMMARY_TEXT_MAX; i++)
		used += (size_t) snprintf(buf + used, SPEND_SUMMARY_TEXT_MAX - used,
								  "%s\"%s\": {\"count\": %lld, \"amount\": %s}",
								  i == 0 ? "" : ", ", purchase_class_flag_names[i],
								  (long long) s->flags[i].count,
								  cag_cents_format(s->flags[i].amount, a));
	if (used < SPEND_SUMMARY_TEXT_MAX)
		snprintf(buf + used, SPEND_SUMMARY_TEXT_MAX - used, "}}");
}

bool
share_state_parse(const char *str, ShareState *s, CagParseError *err)
{
	JsonField	top[5];
	int64_t		version = 0;
	JsonReader	r;

	cag_error_clear(err);
	share_state_init(s);
	top[0] = (JsonField) {"version", JF_VERSION, &version, NULL, 0, false};
	top[1] = (JsonField) {"count", JF_COUNT, &s->count, NULL, 0, false};
	top[2] = (JsonField) {"amount", JF_AMOUNT, &s->amount, NULL, 0, false};
	top[3] = (JsonField) {"matching_count", JF_COUNT, &s->matching_count, NULL, 0, false};
	top[4] = (JsonField) {"matching_amount", JF_AMOUNT, &s->matching_amount, NULL, 0, false};

	r.p = (const unsigned char *) str;
	r.typname = "share_state";
	r.version = SHARE_STATE_VERSION;
	r.err = err;
	if (!json_read_document(&r, top, 5))
		return false;
	s->version = (int32_t) version;
	return share_state_check(s, CAG_ERR_SYNTAX, err);
}

void
share_state_format(const ShareState *s, char *buf)
{
	char		a[CAG_CENTS_TEXT_MAX];
	char		m[CAG_CENTS_TEXT_MAX];

	snprintf(buf, SPEND_SUMMARY_TEXT_MAX,
			 "{\"version\": %d, \"count\": %lld, \"amount\": %s, \"matching_count\": %lld, \"matching_amount\": %s}",
			 (int) s->version, (long long) s->count, cag_cents_format(s->amount, a),
			 (long long) s->matching_count, cag_cents_format(s->matching_amount, m));
}
