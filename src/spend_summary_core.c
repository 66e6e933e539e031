/*-------------------------------------------------------------------------
 *
 * spend_summary_core.c
 *	  Exact spend summaries, server-free: arithmetic, checks, binary and
 *	  text forms.
 *
 * Text form (keys in any order on input, JSON white space anywhere
 * between tokens; read by json_reader_core.c):
 *
 *	{"version": 1, "count": 2, "amount": 30.00, "flags": {"quebec": {"count":
 *	 1, "amount": 10.00}, "outside_quebec": {...}, ... every flag ...}}
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "json_reader_core.h"
#include "spend_summary_core.h"

_Static_assert(sizeof(SpendSummary) == SPEND_SUMMARY_SIZE, "SpendSummary size");

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
	if (!cag_check_whole(s->count, s->amount, kind, err))
		return false;
	for (i = 0; i < PC_NFLAGS; i++)
		if (!cag_check_part(s->flags[i].count, s->flags[i].amount,
							flag_field(cn, sizeof(cn), i, "count"),
							flag_field(an, sizeof(an), i, "amount"),
							s->count, s->amount, "count", "amount",
							"a flag is carried by at most every purchase", kind, err))
			return false;
	if (!check_exclusive(s, PC_FLAG_QUEBEC, PC_FLAG_OUTSIDE_QUEBEC, kind, err) ||
		!check_exclusive(s, PC_FLAG_REGIONAL, PC_FLAG_OUTSIDE_REGION, kind, err))
		return false;
	if (!cag_check_part(s->flags[PC_FLAG_REGIONAL].count, s->flags[PC_FLAG_REGIONAL].amount,
						flag_field(cn, sizeof(cn), PC_FLAG_REGIONAL, "count"),
						flag_field(an, sizeof(an), PC_FLAG_REGIONAL, "amount"),
						s->flags[PC_FLAG_QUEBEC].count, s->flags[PC_FLAG_QUEBEC].amount,
						flag_field(wcn, sizeof(wcn), PC_FLAG_QUEBEC, "count"),
						flag_field(wan, sizeof(wan), PC_FLAG_QUEBEC, "amount"),
						"a regional purchase is a Québec purchase", kind, err))
		return false;
	if (!cag_check_part(s->flags[PC_FLAG_QUEBEC_FOOD].count, s->flags[PC_FLAG_QUEBEC_FOOD].amount,
						flag_field(cn, sizeof(cn), PC_FLAG_QUEBEC_FOOD, "count"),
						flag_field(an, sizeof(an), PC_FLAG_QUEBEC_FOOD, "amount"),
						s->flags[PC_FLAG_FOOD].count, s->flags[PC_FLAG_FOOD].amount,
						flag_field(wcn, sizeof(wcn), PC_FLAG_FOOD, "count"),
						flag_field(wan, sizeof(wan), PC_FLAG_FOOD, "amount"),
						"Québec food is food", kind, err))
		return false;
	return true;
}

bool
spend_summary_from_binary(const char *data, size_t len, SpendSummary *s,
						  CagParseError *err)
{
	size_t		offset = 4;
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	if (!cag_binary_version(data, len, "spend summary", &s->version, err))
		return false;
	/* the layout after the version is that version's: read no further */
	if (s->version != SPEND_SUMMARY_VERSION)
		return spend_summary_check(s, CAG_ERR_BINARY, err);
	if (len != SPEND_SUMMARY_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a spend summary of format version %d has %d bytes, not %zu.",
						SPEND_SUMMARY_VERSION, (int) SPEND_SUMMARY_BINARY_LEN, len);
	s->count = cag_read_int64(data, &offset);
	s->amount = cag_read_int64(data, &offset);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		s->flags[i].count = cag_read_int64(data, &offset);
		s->flags[i].amount = cag_read_int64(data, &offset);
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
	for (i = 0; i < PC_NFLAGS; i++)
	{
		cag_write_int64(buf, &offset, s->flags[i].count);
		cag_write_int64(buf, &offset, s->flags[i].amount);
	}
}

bool
spend_summary_parse(const char *str, SpendSummary *s, CagParseError *err)
{
	CagJsonField flag_fields[PC_NFLAGS][2];
	CagJsonField flags[PC_NFLAGS];
	CagJsonField top[4];
	int64_t		version = 0;
	int			i;

	cag_error_clear(err);
	spend_summary_init(s);
	for (i = 0; i < PC_NFLAGS; i++)
	{
		flag_fields[i][0] = (CagJsonField) {"count", CAG_JSON_COUNT, &s->flags[i].count, NULL, 0, false};
		flag_fields[i][1] = (CagJsonField) {"amount", CAG_JSON_AMOUNT, &s->flags[i].amount, NULL, 0, false};
		flags[i] = (CagJsonField) {purchase_class_flag_names[i], CAG_JSON_OBJECT, NULL, flag_fields[i], 2, false};
	}
	top[0] = (CagJsonField) {"version", CAG_JSON_VERSION, &version, NULL, 0, false};
	top[1] = (CagJsonField) {"count", CAG_JSON_COUNT, &s->count, NULL, 0, false};
	top[2] = (CagJsonField) {"amount", CAG_JSON_AMOUNT, &s->amount, NULL, 0, false};
	top[3] = (CagJsonField) {"flags", CAG_JSON_OBJECT, NULL, flags, PC_NFLAGS, false};

	if (!cag_json_read(str, "spend_summary", SPEND_SUMMARY_VERSION, top, 4, err))
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
