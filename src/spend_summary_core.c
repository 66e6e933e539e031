/*-------------------------------------------------------------------------
 *
 * spend_summary_core.c
 *	  Exact spend summaries, server-free: arithmetic, checks, binary and
 *	  text forms.
 *
 * Text form of version 2 (keys in any order on input, JSON white space
 * anywhere between tokens; read by json_reader_core.c):
 *
 *	{"version": 2, "count": 3, "amount": 30.00, "unpriced_count": 1,
 *	 "flags": {"quebec": {"count": 1, "amount": 10.00}, ... the 8 counted
 *	 flags ..., "eco_unknown": {"amount": 0.00}, ... the 4 *_unknown flags}}
 *
 * Version 1 (1.1) has no "unpriced_count" and the 8 counted flags only:
 *
 *	{"version": 1, "count": 2, "amount": 30.00, "flags": {"quebec":
 *	 {"count": 1, "amount": 10.00}, "outside_quebec": {...}, ...}}
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "json_reader_core.h"
#include "spend_summary_core.h"

_Static_assert(sizeof(SpendSummary) == SPEND_SUMMARY_SIZE, "SpendSummary size");
_Static_assert(sizeof(SpendSummaryV1) == SPEND_SUMMARY_SIZE, "SpendSummaryV1 size");
_Static_assert(PC_FLAG_GROUP_PURCHASE + 1 == SPEND_NCOUNTED, "the counted flags are those of 1.1");

void
spend_summary_init(SpendSummary *s)
{
	memset(s, 0, sizeof(*s));
	s->version = SPEND_SUMMARY_VERSION;
}

/*
 * A count of a summary of version 1 (or of a text or binary form) as 32
 * bits; a failure gets the given kind.
 */
static bool
narrow_count(int64_t count, const char *field, uint32_t *result, CagErrorKind kind,
			 CagParseError *err)
{
	if (count < 0)
		return cag_fail(err, kind, "Field \"%s\" is negative (%lld); a count is at least 0.",
						field, (long long) count);
	if ((uint64_t) count > SPEND_COUNT_MAX)
		return cag_fail(err, kind,
						"Field \"%s\" (%lld) exceeds %lu, the most purchases a summary counts.",
						field, (long long) count, (unsigned long) SPEND_COUNT_MAX);
	*result = (uint32_t) count;
	return true;
}

/* "flags.<name>.count" / "flags.<name>.amount" */
static const char *
flag_field(char *buf, size_t buflen, int flag, const char *what)
{
	snprintf(buf, buflen, "flags.%s.%s", purchase_class_flag_names[flag], what);
	return buf;
}

bool
spend_summary_from_v1(const SpendSummaryV1 *old, SpendSummary *s, CagErrorKind kind,
					  CagParseError *err)
{
	char		name[64];
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	if (!narrow_count(old->count, "count", &s->count, kind, err))
		return false;
	s->amount = old->amount;
	for (i = 0; i < SPEND_NCOUNTED; i++)
	{
		if (!narrow_count(old->flags[i].count, flag_field(name, sizeof(name), i, "count"),
						  &s->flag_count[i], kind, err))
			return false;
		s->flag_amount[i] = old->flags[i].amount;
	}
	return true;
}

bool
spend_summary_add(SpendSummary *a, const SpendSummary *b)
{
	bool		overflow;
	int			i;

	overflow = __builtin_add_overflow(a->count, b->count, &a->count);
	overflow |= __builtin_add_overflow(a->amount, b->amount, &a->amount);
	overflow |= __builtin_add_overflow(a->unpriced, b->unpriced, &a->unpriced);
	for (i = 0; i < PC_NFLAGS; i++)
		overflow |= __builtin_add_overflow(a->flag_amount[i], b->flag_amount[i], &a->flag_amount[i]);
	for (i = 0; i < SPEND_NCOUNTED; i++)
		overflow |= __builtin_add_overflow(a->flag_count[i], b->flag_count[i], &a->flag_count[i]);
	return !overflow;
}

bool
spend_summary_subtract(SpendSummary *a, const SpendSummary *b)
{
	bool		overflow;
	int			i;

	overflow = __builtin_sub_overflow(a->count, b->count, &a->count);
	overflow |= __builtin_sub_overflow(a->amount, b->amount, &a->amount);
	overflow |= __builtin_sub_overflow(a->unpriced, b->unpriced, &a->unpriced);
	for (i = 0; i < PC_NFLAGS; i++)
		overflow |= __builtin_sub_overflow(a->flag_amount[i], b->flag_amount[i], &a->flag_amount[i]);
	for (i = 0; i < SPEND_NCOUNTED; i++)
		overflow |= __builtin_sub_overflow(a->flag_count[i], b->flag_count[i], &a->flag_count[i]);
	return !overflow;
}

bool
spend_summary_equal(const SpendSummary *a, const SpendSummary *b)
{
	int			i;

	if (a->version != b->version || a->count != b->count || a->amount != b->amount ||
		a->unpriced != b->unpriced)
		return false;
	for (i = 0; i < PC_NFLAGS; i++)
		if (a->flag_amount[i] != b->flag_amount[i])
			return false;
	for (i = 0; i < SPEND_NCOUNTED; i++)
		if (a->flag_count[i] != b->flag_count[i])
			return false;
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
	int64_t		count_a = s->flag_count[a];
	int64_t		count_b = s->flag_count[b];
	int64_t		sum;

	/* both counts are within [0, count] here */
	if (count_a > (int64_t) s->count - count_b)
		return cag_fail(err, kind,
						"Fields \"%s\" (%lld) and \"%s\" (%lld) add up to more than field \"count\" (%lld): no purchase carries both flags.",
						flag_field(na, sizeof(na), a, "count"), (long long) count_a,
						flag_field(nb, sizeof(nb), b, "count"), (long long) count_b,
						(long long) s->count);
	if (count_a + count_b == (int64_t) s->count &&
		(__builtin_add_overflow(s->flag_amount[a], s->flag_amount[b], &sum) ||
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

/* A part of the counted flags within another (regional in quebec...). */
static bool
check_within(const SpendSummary *s, int part, int whole, const char *why, CagErrorKind kind,
			 CagParseError *err)
{
	char		cn[64],
				an[64],
				wcn[64],
				wan[64];

	return cag_check_part(s->flag_count[part], s->flag_amount[part],
						  flag_field(cn, sizeof(cn), part, "count"),
						  flag_field(an, sizeof(an), part, "amount"),
						  s->flag_count[whole], s->flag_amount[whole],
						  flag_field(wcn, sizeof(wcn), whole, "count"),
						  flag_field(wan, sizeof(wan), whole, "amount"),
						  why, kind, err);
}

/*
 * The amounts of the *_unknown flags: none without a priced purchase, and
 * none on a dimension that every purchase is known to carry.
 */
static bool
check_unknown(const SpendSummary *s, CagErrorKind kind, CagParseError *err)
{
	static const struct
	{
		int			unknown;
		int			flag;
	}			pairs[] = {
		{PC_FLAG_ECO_UNKNOWN, PC_FLAG_ECO},
		{PC_FLAG_FOOD_UNKNOWN, PC_FLAG_FOOD},
		{PC_FLAG_QUEBEC_FOOD_UNKNOWN, -1},
		{PC_FLAG_GROUP_PURCHASE_UNKNOWN, PC_FLAG_GROUP_PURCHASE},
	};
	char		un[64],
				fn[64],
				buf[CAG_CENTS_TEXT_MAX];
	size_t		i;

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
	{
		int64_t		a = s->flag_amount[pairs[i].unknown];

		if (a == 0)
			continue;
		if (s->count == s->unpriced)
			return cag_fail(err, kind,
							"Field \"%s\" is %s but no purchase has an amount (fields \"count\" and \"unpriced_count\" are %lu): no purchase, no amount.",
							flag_field(un, sizeof(un), pairs[i].unknown, "amount"),
							cag_cents_format(a, buf), (unsigned long) s->count);
		if (pairs[i].flag >= 0 && s->flag_count[pairs[i].flag] == s->count)
			return cag_fail(err, kind,
							"Field \"%s\" is %s but field \"%s\" is field \"count\" (%lu): every purchase carries the flag, none is unknown on it.",
							flag_field(un, sizeof(un), pairs[i].unknown, "amount"),
							cag_cents_format(a, buf),
							flag_field(fn, sizeof(fn), pairs[i].flag, "count"),
							(unsigned long) s->count);
	}
	return true;
}

bool
spend_summary_check(const SpendSummary *s, CagErrorKind kind, CagParseError *err)
{
	char		cn[64],
				an[64],
				buf[CAG_CENTS_TEXT_MAX];
	int			i;

	cag_error_clear(err);
	if (s->version != SPEND_SUMMARY_VERSION)
	{
		cag_fail(err, kind, "Format version %d is not known; this version of cag_ovt reads versions %d to %d.",
				 (int) s->version, SPEND_SUMMARY_VERSION_1, SPEND_SUMMARY_VERSION);
		cag_hint(err, "A summary written by a newer cag_ovt needs that version of the extension.");
		return false;
	}
	if (s->unpriced > s->count)
		return cag_fail(err, kind,
						"Field \"unpriced_count\" (%lu) exceeds field \"count\" (%lu): the purchases whose amount is unknown are some of the purchases.",
						(unsigned long) s->unpriced, (unsigned long) s->count);
	if (s->count == s->unpriced && s->amount != 0)
		return cag_fail(err, kind,
						"Field \"amount\" is %s but no purchase has an amount (fields \"count\" and \"unpriced_count\" are %lu): no purchase, no amount.",
						cag_cents_format(s->amount, buf), (unsigned long) s->count);
	for (i = 0; i < SPEND_NCOUNTED; i++)
		if (!cag_check_part(s->flag_count[i], s->flag_amount[i],
							flag_field(cn, sizeof(cn), i, "count"),
							flag_field(an, sizeof(an), i, "amount"),
							s->count, s->amount, "count", "amount",
							"a flag is carried by at most every purchase", kind, err))
			return false;
	if (!check_exclusive(s, PC_FLAG_QUEBEC, PC_FLAG_OUTSIDE_QUEBEC, kind, err) ||
		!check_exclusive(s, PC_FLAG_REGIONAL, PC_FLAG_OUTSIDE_REGION, kind, err))
		return false;
	if (!check_within(s, PC_FLAG_REGIONAL, PC_FLAG_QUEBEC,
					  "a regional purchase is a Québec purchase", kind, err) ||
		!check_within(s, PC_FLAG_QUEBEC_FOOD, PC_FLAG_FOOD, "Québec food is food", kind, err))
		return false;
	return check_unknown(s, kind, err);
}

/* The binary form of version 1, into the current format. */
static bool
from_binary_v1(const char *data, size_t len, SpendSummary *s, CagParseError *err)
{
	SpendSummaryV1 old;
	size_t		offset = 4;
	int			i;

	if (len != SPEND_SUMMARY_BINARY_LEN_1)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a spend summary of format version %d has %d bytes, not %zu.",
						SPEND_SUMMARY_VERSION_1, (int) SPEND_SUMMARY_BINARY_LEN_1, len);
	memset(&old, 0, sizeof(old));
	old.version = SPEND_SUMMARY_VERSION_1;
	old.count = cag_read_int64(data, &offset);
	old.amount = cag_read_int64(data, &offset);
	for (i = 0; i < SPEND_NCOUNTED; i++)
	{
		old.flags[i].count = cag_read_int64(data, &offset);
		old.flags[i].amount = cag_read_int64(data, &offset);
	}
	return spend_summary_from_v1(&old, s, CAG_ERR_BINARY, err);
}

bool
spend_summary_from_binary(const char *data, size_t len, SpendSummary *s,
						  CagParseError *err)
{
	size_t		offset = 4;
	char		name[64];
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	if (!cag_binary_version(data, len, "spend summary", &s->version, err))
		return false;
	/* the layout after the version is that version's: read no further */
	if (s->version == SPEND_SUMMARY_VERSION_1)
	{
		if (!from_binary_v1(data, len, s, err))
			return false;
	}
	else if (s->version == SPEND_SUMMARY_VERSION)
	{
		if (len != SPEND_SUMMARY_BINARY_LEN)
			return cag_fail(err, CAG_ERR_BINARY,
							"The binary form of a spend summary of format version %d has %d bytes, not %zu.",
							SPEND_SUMMARY_VERSION, (int) SPEND_SUMMARY_BINARY_LEN, len);
		if (!narrow_count(cag_read_int64(data, &offset), "count", &s->count, CAG_ERR_BINARY, err))
			return false;
		s->amount = cag_read_int64(data, &offset);
		if (!narrow_count(cag_read_int64(data, &offset), "unpriced_count", &s->unpriced,
						  CAG_ERR_BINARY, err))
			return false;
		for (i = 0; i < SPEND_NCOUNTED; i++)
		{
			if (!narrow_count(cag_read_int64(data, &offset),
							  flag_field(name, sizeof(name), i, "count"), &s->flag_count[i],
							  CAG_ERR_BINARY, err))
				return false;
			s->flag_amount[i] = cag_read_int64(data, &offset);
		}
		for (i = SPEND_NCOUNTED; i < PC_NFLAGS; i++)
			s->flag_amount[i] = cag_read_int64(data, &offset);
	}
	return spend_summary_check(s, CAG_ERR_BINARY, err);
}

void
spend_summary_to_binary(const SpendSummary *s, unsigned char *buf)
{
	size_t		offset = 4;
	int			i;

	cag_put_uint32(buf, (uint32_t) s->version);
	cag_write_int64(buf, &offset, s->count);
	cag_write_int64(buf, &offset, s->amount);
	cag_write_int64(buf, &offset, s->unpriced);
	for (i = 0; i < SPEND_NCOUNTED; i++)
	{
		cag_write_int64(buf, &offset, s->flag_count[i]);
		cag_write_int64(buf, &offset, s->flag_amount[i]);
	}
	for (i = SPEND_NCOUNTED; i < PC_NFLAGS; i++)
		cag_write_int64(buf, &offset, s->flag_amount[i]);
}

/* The text form of version 1, into the current format. */
static bool
parse_v1(const char *str, SpendSummary *s, CagParseError *err)
{
	SpendSummaryV1 old;
	CagJsonField flag_fields[SPEND_NCOUNTED][2];
	CagJsonField flags[SPEND_NCOUNTED];
	CagJsonField top[4];
	int64_t		version = 0;
	int			i;

	memset(&old, 0, sizeof(old));
	old.version = SPEND_SUMMARY_VERSION_1;
	for (i = 0; i < SPEND_NCOUNTED; i++)
	{
		flag_fields[i][0] = (CagJsonField) {"count", CAG_JSON_COUNT, &old.flags[i].count, NULL, 0, false};
		flag_fields[i][1] = (CagJsonField) {"amount", CAG_JSON_AMOUNT, &old.flags[i].amount, NULL, 0, false};
		flags[i] = (CagJsonField) {purchase_class_flag_names[i], CAG_JSON_OBJECT, NULL, flag_fields[i], 2, false};
	}
	top[0] = (CagJsonField) {"version", CAG_JSON_VERSION, &version, NULL, 0, false};
	top[1] = (CagJsonField) {"count", CAG_JSON_COUNT, &old.count, NULL, 0, false};
	top[2] = (CagJsonField) {"amount", CAG_JSON_AMOUNT, &old.amount, NULL, 0, false};
	top[3] = (CagJsonField) {"flags", CAG_JSON_OBJECT, NULL, flags, SPEND_NCOUNTED, false};
	if (!cag_json_read(str, "spend_summary", SPEND_SUMMARY_VERSION_1, SPEND_SUMMARY_VERSION_1,
					   top, 4, err))
		return false;
	return spend_summary_from_v1(&old, s, CAG_ERR_RANGE, err);
}

bool
spend_summary_parse(const char *str, SpendSummary *s, CagParseError *err)
{
	CagJsonField flag_fields[PC_NFLAGS][2];
	CagJsonField flags[PC_NFLAGS];
	CagJsonField top[5];
	int64_t		counts[SPEND_NCOUNTED];
	int64_t		count = 0;
	int64_t		unpriced = 0;
	int64_t		version = 0;
	char		name[64];
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	if (cag_json_peek_version(str) == SPEND_SUMMARY_VERSION_1)
	{
		if (!parse_v1(str, s, err))
			return false;
		return spend_summary_check(s, CAG_ERR_SYNTAX, err);
	}
	for (i = 0; i < PC_NFLAGS; i++)
	{
		bool		counted = i < SPEND_NCOUNTED;

		if (counted)
			flag_fields[i][0] = (CagJsonField) {"count", CAG_JSON_COUNT, &counts[i], NULL, 0, false};
		flag_fields[i][counted ? 1 : 0] =
			(CagJsonField) {"amount", CAG_JSON_AMOUNT, &s->flag_amount[i], NULL, 0, false};
		flags[i] = (CagJsonField) {purchase_class_flag_names[i], CAG_JSON_OBJECT, NULL,
		flag_fields[i], counted ? 2 : 1, false};
	}
	top[0] = (CagJsonField) {"version", CAG_JSON_VERSION, &version, NULL, 0, false};
	top[1] = (CagJsonField) {"count", CAG_JSON_COUNT, &count, NULL, 0, false};
	top[2] = (CagJsonField) {"amount", CAG_JSON_AMOUNT, &s->amount, NULL, 0, false};
	top[3] = (CagJsonField) {"unpriced_count", CAG_JSON_COUNT, &unpriced, NULL, 0, false};
	top[4] = (CagJsonField) {"flags", CAG_JSON_OBJECT, NULL, flags, PC_NFLAGS, false};

	if (!cag_json_read(str, "spend_summary", SPEND_SUMMARY_VERSION, SPEND_SUMMARY_VERSION_1,
					   top, 5, err))
		return false;
	if (!narrow_count(count, "count", &s->count, CAG_ERR_RANGE, err) ||
		!narrow_count(unpriced, "unpriced_count", &s->unpriced, CAG_ERR_RANGE, err))
		return false;
	for (i = 0; i < SPEND_NCOUNTED; i++)
		if (!narrow_count(counts[i], flag_field(name, sizeof(name), i, "count"),
						  &s->flag_count[i], CAG_ERR_RANGE, err))
			return false;
	return spend_summary_check(s, CAG_ERR_SYNTAX, err);
}

void
spend_summary_format(const SpendSummary *s, char *buf)
{
	char		a[CAG_CENTS_TEXT_MAX];
	size_t		used;
	int			i;

	used = (size_t) snprintf(buf, SPEND_SUMMARY_TEXT_MAX,
							 "{\"version\": %d, \"count\": %lu, \"amount\": %s, \"unpriced_count\": %lu, \"flags\": {",
							 (int) s->version, (unsigned long) s->count,
							 cag_cents_format(s->amount, a), (unsigned long) s->unpriced);
	for (i = 0; i < PC_NFLAGS && used < SPEND_SUMMARY_TEXT_MAX; i++)
	{
		if (i < SPEND_NCOUNTED)
			used += (size_t) snprintf(buf + used, SPEND_SUMMARY_TEXT_MAX - used,
									  "%s\"%s\": {\"count\": %lu, \"amount\": %s}",
									  i == 0 ? "" : ", ", purchase_class_flag_names[i],
									  (unsigned long) s->flag_count[i],
									  cag_cents_format(s->flag_amount[i], a));
		else
			used += (size_t) snprintf(buf + used, SPEND_SUMMARY_TEXT_MAX - used,
									  ", \"%s\": {\"amount\": %s}", purchase_class_flag_names[i],
									  cag_cents_format(s->flag_amount[i], a));
	}
	if (used < SPEND_SUMMARY_TEXT_MAX)
		snprintf(buf + used, SPEND_SUMMARY_TEXT_MAX - used, "}}");
}
