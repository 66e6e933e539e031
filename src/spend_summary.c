/*-------------------------------------------------------------------------
 *
 * spend_summary.c
 *	  SQL type spend_summary, the aggregates spend_agg and rollup, and the
 *	  accessors (amounts, counts, shares, coverage).
 *
 * A spend_summary holds exact integer cents.  Its aggregates keep the
 * summary itself as their state, so partial states travel between parallel
 * workers, shards and tables as ordinary values; the transition functions
 * change the state in place when called by an aggregate (which owns it) and
 * work on a copy otherwise.  A summary stored by 1.1 (format version 1) is
 * read through cag_spend_summary_datum, which gives it in the current
 * format with the meaning it had.
 *
 *-------------------------------------------------------------------------
 */
#include "spend_summary.h"

#include "common/int.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "purchase_class.h"

PG_FUNCTION_INFO_V1(spend_summary_in);
PG_FUNCTION_INFO_V1(spend_summary_out);
PG_FUNCTION_INFO_V1(spend_summary_recv);
PG_FUNCTION_INFO_V1(spend_summary_send);
PG_FUNCTION_INFO_V1(spend_summary_eq);
PG_FUNCTION_INFO_V1(spend_summary_ne);
PG_FUNCTION_INFO_V1(spend_summary_plus);
PG_FUNCTION_INFO_V1(rollup_invfn);
PG_FUNCTION_INFO_V1(spend_agg_transfn);
PG_FUNCTION_INFO_V1(spend_agg_invfn);
PG_FUNCTION_INFO_V1(amount_cents);
PG_FUNCTION_INFO_V1(spend_summary_total_amount);
PG_FUNCTION_INFO_V1(spend_summary_purchase_count);
PG_FUNCTION_INFO_V1(spend_summary_unpriced_count);
PG_FUNCTION_INFO_V1(spend_summary_flag_amount);
PG_FUNCTION_INFO_V1(spend_summary_flag_count);
PG_FUNCTION_INFO_V1(spend_summary_share);
PG_FUNCTION_INFO_V1(spend_summary_known_share);
PG_FUNCTION_INFO_V1(spend_summary_coverage);
PG_FUNCTION_INFO_V1(spend_summary_quebec_share);
PG_FUNCTION_INFO_V1(spend_summary_regional_share);
PG_FUNCTION_INFO_V1(spend_summary_eco_share);
PG_FUNCTION_INFO_V1(spend_summary_quebec_food_share);
PG_FUNCTION_INFO_V1(spend_summary_group_purchase_share);

#define AMOUNT_RANGE_DETAIL \
	"Amounts are summed exactly in cents, as 64-bit integers: from -92233720368547758.08 to 92233720368547758.07."

/* ---------------------------------------------------------------------
 * Amounts in cents
 * ---------------------------------------------------------------------
 */

pg_noreturn static void report_cents_error(CagCentsStatus status, Datum num);

static void
report_cents_error(CagCentsStatus status, Datum num)
{
	switch (status)
	{
		case CAG_CENTS_NAN:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("amount NaN is not a number of cents"),
					 errdetail("Amounts are summed exactly in cents; NaN has no value.")));
			break;
		case CAG_CENTS_PINF:
		case CAG_CENTS_NINF:
		case CAG_CENTS_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("amount %s is out of range",
							DatumGetCString(DirectFunctionCall1(numeric_out, num))),
					 errdetail(AMOUNT_RANGE_DETAIL)));
			break;
		case CAG_CENTS_INVALID:
		case CAG_CENTS_OK:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("invalid numeric value"),
					 errdetail("The stored numeric has a malformed header or a digit outside 0 to 9999.")));
			break;
	}
	pg_unreachable();
}

int64
cag_numeric_datum_to_cents_slow(Datum num)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(num);
	int64_t		cents;
	CagCentsStatus status;

	status = cag_numeric_to_cents((const unsigned char *) VARDATA_ANY(v),
								  VARSIZE_ANY_EXHDR(v), &cents);
	if (unlikely(status != CAG_CENTS_OK))
		report_cents_error(status, num);
	return cents;
}

void
cag_report_sum_overflow(const char *what, uint64 max_count)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s out of range", what),
			 errdetail("A count exceeds %llu, the most purchases a %s counts, or an amount the range of a 64-bit integer. " AMOUNT_RANGE_DETAIL,
					   (unsigned long long) max_count, what)));
}

/* amount_cents(numeric) → bigint: the conversion the aggregates apply */
Datum
amount_cents(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(cag_numeric_datum_to_cents(PG_GETARG_DATUM(0)));
}

/* ---------------------------------------------------------------------
 * Input and output
 * ---------------------------------------------------------------------
 */

const SpendSummary *
cag_spend_summary_datum(Datum d, SpendSummary *buf)
{
	const SpendSummary *s = (const SpendSummary *) DatumGetPointer(d);
	CagParseError err;

	if (likely(s->version == SPEND_SUMMARY_VERSION))
		return s;
	if (s->version != SPEND_SUMMARY_VERSION_1)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid stored spend_summary"),
				 errdetail("The stored summary has format version %d; this version of cag_ovt reads versions %d to %d.",
						   (int) s->version, SPEND_SUMMARY_VERSION_1, SPEND_SUMMARY_VERSION)));
	if (!spend_summary_from_v1((const SpendSummaryV1 *) s, buf, CAG_ERR_RANGE, &err))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("stored spend_summary of format version %d is out of range", SPEND_SUMMARY_VERSION_1),
				 errdetail("%s", err.detail)));
	return buf;
}

Datum
spend_summary_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	SpendSummary *s = palloc(sizeof(SpendSummary));
	CagParseError err;

	if (!spend_summary_parse(cag_cstring_to_utf8(str), s, &err))
		cag_report_parse_error("spend_summary", str, &err);
	PG_RETURN_SPEND_SUMMARY_P(s);
}

Datum
spend_summary_out(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	char	   *text = palloc(SPEND_SUMMARY_TEXT_MAX);

	spend_summary_format(PG_GETARG_SPEND_SUMMARY(0, &buf), text);
	PG_RETURN_CSTRING(text);
}

/* Binary form: see spend_summary_from_binary (spend_summary_core.h). */
Datum
spend_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	SpendSummary *s = palloc(sizeof(SpendSummary));
	size_t		len;
	const char *data = cag_recv_field(buf, &len);
	CagParseError err;

	if (!spend_summary_from_binary(data, len, s, &err))
		cag_report_parse_error("spend_summary", err.value, &err);
	PG_RETURN_SPEND_SUMMARY_P(s);
}

Datum
spend_summary_send(PG_FUNCTION_ARGS)
{
	SpendSummary sbuf;
	unsigned char bytes[SPEND_SUMMARY_BINARY_LEN];
	StringInfoData buf;

	spend_summary_to_binary(PG_GETARG_SPEND_SUMMARY(0, &sbuf), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, SPEND_SUMMARY_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
spend_summary_eq(PG_FUNCTION_ARGS)
{
	SpendSummary a,
				b;

	PG_RETURN_BOOL(spend_summary_equal(PG_GETARG_SPEND_SUMMARY(0, &a),
									   PG_GETARG_SPEND_SUMMARY(1, &b)));
}

Datum
spend_summary_ne(PG_FUNCTION_ARGS)
{
	SpendSummary a,
				b;

	PG_RETURN_BOOL(!spend_summary_equal(PG_GETARG_SPEND_SUMMARY(0, &a),
										PG_GETARG_SPEND_SUMMARY(1, &b)));
}

/* ---------------------------------------------------------------------
 * Transition functions
 * ---------------------------------------------------------------------
 */

/*
 * The state to update: the aggregate's own state, in place, when called by
 * an aggregate (nodeAgg or nodeWindowAgg own it and expect it back), else
 * a copy, so that a direct call leaves its argument alone.  The state is in
 * the current format (the aggregates' initial states are read by
 * spend_summary_in); a summary stored by 1.1 given to a direct call is
 * converted.
 */
static pg_noinline SpendSummary *
state_converted(SpendSummary *s, bool in_aggregate)
{
	SpendSummary buf;
	const SpendSummary *current = cag_spend_summary_datum(PointerGetDatum(s), &buf);

	if (!in_aggregate)
		s = palloc(sizeof(SpendSummary));
	memmove(s, current, sizeof(SpendSummary));
	return s;
}

/* (the copy apart, so that the aggregate's path has no buffer on its stack) */
static inline SpendSummary *
state_for_update(FunctionCallInfo fcinfo, bool *in_aggregate)
{
	SpendSummary *s = (SpendSummary *) PG_GETARG_POINTER(0);

	/* AggCheckCallContext(fcinfo, NULL) != 0, without a call per row */
	*in_aggregate = fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
	if (unlikely(s->version != SPEND_SUMMARY_VERSION) || unlikely(!*in_aggregate))
		return state_converted(s, *in_aggregate);
	return s;
}

/*
 * Outside an aggregate, a subtraction must still give a valid summary; ok
 * is false when a count fell below 0 or an amount left int64.
 */
static void
check_direct_result(const SpendSummary *s, bool ok, bool in_aggregate, const char *what)
{
	CagParseError err;

	if (in_aggregate)
	{
		if (unlikely(!ok))
			cag_report_sum_overflow("spend_summary", SPEND_COUNT_MAX);
		return;
	}
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s does not give a valid spend_summary", what),
				 errdetail("A count would fall below 0, or an amount leave the range of a 64-bit integer."),
				 errhint("Only purchases that were added to a summary can be removed from it.")));
	if (!spend_summary_check(s, CAG_ERR_SYNTAX, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s does not give a valid spend_summary", what),
				 errdetail("%s", err.detail),
				 errhint("Only purchases that were added to a summary can be removed from it.")));
}

/*
 * One step of spend_agg: add (transition) or remove (inverse transition)
 * one purchase.  Not strict since 1.2: a NULL amount is a purchase whose
 * amount is unknown (such as an amount in a currency without an exchange
 * rate), counted with no amount; a row with a NULL class is skipped.
 */
static pg_attribute_always_inline Datum
spend_agg_step(FunctionCallInfo fcinfo, bool add)
{
	bool		in_aggregate;
	SpendSummary *s;
	PurchaseClass bits;
	int64		cents = 0;
	bool		priced;
	bool		ok;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(2))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	bits = PG_GETARG_PURCHASE_CLASS(2);
	priced = !PG_ARGISNULL(1);
	if (priced)
		cents = cag_numeric_datum_to_cents(PG_GETARG_DATUM(1));
	s = state_for_update(fcinfo, &in_aggregate);
	if (add)
	{
		ok = priced ? spend_summary_add_row(s, cents, bits) : spend_summary_add_unpriced(s, bits);
		if (unlikely(!ok))
			cag_report_sum_overflow("spend_summary", SPEND_COUNT_MAX);
	}
	else
	{
		ok = priced ? spend_summary_remove_row(s, cents, bits) : spend_summary_remove_unpriced(s, bits);
		check_direct_result(s, ok, in_aggregate, "removing this purchase");
	}
	PG_RETURN_SPEND_SUMMARY_P(s);
}

/* spend_agg_transfn(state, amount, class): add one purchase */
Datum
spend_agg_transfn(PG_FUNCTION_ARGS)
{
	return spend_agg_step(fcinfo, true);
}

/* spend_agg_invfn(state, amount, class): remove one purchase */
Datum
spend_agg_invfn(PG_FUNCTION_ARGS)
{
	return spend_agg_step(fcinfo, false);
}

/*
 * a + b: operator +, transition and combine function of rollup, combine
 * function of spend_agg.  The sum of two valid summaries is valid.
 */
Datum
spend_summary_plus(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *b = PG_GETARG_SPEND_SUMMARY(1, &buf);
	bool		in_aggregate;
	SpendSummary *a = state_for_update(fcinfo, &in_aggregate);

	if (unlikely(!spend_summary_add(a, b)))
		cag_report_sum_overflow("spend_summary", SPEND_COUNT_MAX);
	PG_RETURN_SPEND_SUMMARY_P(a);
}

/* rollup_invfn(state, summary): inverse transition of rollup */
Datum
rollup_invfn(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *b = PG_GETARG_SPEND_SUMMARY(1, &buf);
	bool		in_aggregate;
	SpendSummary *a = state_for_update(fcinfo, &in_aggregate);

	check_direct_result(a, spend_summary_subtract(a, b), in_aggregate, "removing this summary");
	PG_RETURN_SPEND_SUMMARY_P(a);
}

/* ---------------------------------------------------------------------
 * Accessors
 * ---------------------------------------------------------------------
 */

static int
lookup_flag(text *name)
{
	char	   *str = text_to_cstring(name);
	int			flag = purchase_class_flag_lookup(str, strlen(str));

	if (flag < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown purchase class flag \"%s\"", str),
				 errhint("Valid flags are %s.", purchase_class_flag_list)));
	return flag;
}

/*
 * The dimensions a share rests on: each has a known amount and the amount
 * of the purchases it is about (its universe); coverage is their ratio.
 */
typedef enum Dimension
{
	DIM_ORIGIN,					/* quebec, outside_quebec */
	DIM_REGION,					/* regional, outside_region */
	DIM_ECO,					/* eco, eco_unknown */
	DIM_FOOD,					/* food, food_unknown */
	DIM_QUEBEC_FOOD,			/* quebec_food, quebec_food_unknown */
	DIM_GROUP_PURCHASE,			/* group_purchase, group_purchase_unknown */
	DIM_AMOUNT					/* the amount in dollars (by number) */
} Dimension;

static const char *const dimension_names[] = {
	[DIM_ORIGIN] = "origin",
	[DIM_REGION] = "region",
	[DIM_ECO] = "eco",
	[DIM_FOOD] = "food",
	[DIM_QUEBEC_FOOD] = "quebec_food",
	[DIM_GROUP_PURCHASE] = "group_purchase",
	[DIM_AMOUNT] = "amount",
};

#define DIMENSION_LIST "origin, region, eco, food, quebec_food, group_purchase and amount, or a flag name for its dimension"

static Dimension
dimension_of_flag(int flag)
{
	switch ((PurchaseClassFlag) flag)
	{
		case PC_FLAG_QUEBEC:
		case PC_FLAG_OUTSIDE_QUEBEC:
			return DIM_ORIGIN;
		case PC_FLAG_REGIONAL:
		case PC_FLAG_OUTSIDE_REGION:
			return DIM_REGION;
		case PC_FLAG_ECO:
		case PC_FLAG_ECO_UNKNOWN:
			return DIM_ECO;
		case PC_FLAG_FOOD:
		case PC_FLAG_FOOD_UNKNOWN:
			return DIM_FOOD;
		case PC_FLAG_QUEBEC_FOOD:
		case PC_FLAG_QUEBEC_FOOD_UNKNOWN:
			return DIM_QUEBEC_FOOD;
		case PC_FLAG_GROUP_PURCHASE:
		case PC_FLAG_GROUP_PURCHASE_UNKNOWN:
			return DIM_GROUP_PURCHASE;
	}
	elog(ERROR, "purchase class flag %d has no dimension", flag);
	return DIM_AMOUNT;			/* keep the compiler quiet */
}

/* A dimension by name, or by the name of one of its flags. */
static Dimension
lookup_dimension(text *name)
{
	char	   *str = text_to_cstring(name);
	int			flag;
	int			d;

	for (d = 0; d < (int) lengthof(dimension_names); d++)
		if (pg_strcasecmp(str, dimension_names[d]) == 0)
			return (Dimension) d;
	flag = purchase_class_flag_lookup(str, strlen(str));
	if (flag < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown dimension \"%s\"", str),
				 errhint("Valid dimensions are " DIMENSION_LIST ".")));
	return dimension_of_flag(flag);
}

/*
 * a + b - c + d in cents (terms absent as 0), as numeric: exact even
 * beyond int64; *is_zero says whether it is 0.
 */
static Numeric
cents_combination(int64 a, int64 b, int64 c, int64 d, bool *is_zero)
{
	int64		r;
	Numeric		n;

	if (!pg_add_s64_overflow(a, b, &r) && !pg_sub_s64_overflow(r, c, &r) &&
		!pg_add_s64_overflow(r, d, &r))
	{
		*is_zero = r == 0;
		return int64_to_numeric(r);
	}
	n = numeric_add_opt_error(int64_to_numeric(a), int64_to_numeric(b), NULL);
	n = numeric_sub_opt_error(n, int64_to_numeric(c), NULL);
	n = numeric_add_opt_error(n, int64_to_numeric(d), NULL);
	*is_zero = false;			/* the int64 sum overflowed: not 0 */
	return n;
}

/*
 * The amount (cents) whose status is known on a dimension, and that of the
 * purchases the dimension is about: every purchase, but for Québec food
 * the food purchases and those that may be food (food_unknown).
 */
static Numeric
dimension_known(const SpendSummary *s, Dimension d, bool *is_zero)
{
	const int64 *a = s->flag_amount;

	switch (d)
	{
		case DIM_ORIGIN:
			return cents_combination(a[PC_FLAG_QUEBEC], a[PC_FLAG_OUTSIDE_QUEBEC], 0, 0, is_zero);
		case DIM_REGION:
			return cents_combination(a[PC_FLAG_REGIONAL], a[PC_FLAG_OUTSIDE_REGION], 0, 0, is_zero);
		case DIM_ECO:
			return cents_combination(s->amount, 0, a[PC_FLAG_ECO_UNKNOWN], 0, is_zero);
		case DIM_FOOD:
			return cents_combination(s->amount, 0, a[PC_FLAG_FOOD_UNKNOWN], 0, is_zero);
		case DIM_QUEBEC_FOOD:
			/* food whose Québec status is known: food_unknown is within quebec_food_unknown */
			return cents_combination(a[PC_FLAG_FOOD], 0, a[PC_FLAG_QUEBEC_FOOD_UNKNOWN],
									 a[PC_FLAG_FOOD_UNKNOWN], is_zero);
		case DIM_GROUP_PURCHASE:
			return cents_combination(s->amount, 0, a[PC_FLAG_GROUP_PURCHASE_UNKNOWN], 0, is_zero);
		case DIM_AMOUNT:
			break;
	}
	elog(ERROR, "dimension %d has no known amount", (int) d);
	return NULL;				/* keep the compiler quiet */
}

static Numeric
dimension_universe(const SpendSummary *s, Dimension d, bool *is_zero)
{
	if (d == DIM_QUEBEC_FOOD)
		return cents_combination(s->flag_amount[PC_FLAG_FOOD], s->flag_amount[PC_FLAG_FOOD_UNKNOWN],
								 0, 0, is_zero);
	*is_zero = s->amount == 0;
	return int64_to_numeric(s->amount);
}

/* num / den as numeric; the caller returns NULL when den is zero. */
static Datum
ratio(Numeric num, Numeric den)
{
	return NumericGetDatum(numeric_div_opt_error(num, den, NULL));
}

static Numeric
cents_to_numeric(int64 cents)
{
	return int64_div_fast_to_numeric(cents, 2);
}

Datum
spend_summary_total_amount(PG_FUNCTION_ARGS)
{
	SpendSummary buf;

	PG_RETURN_NUMERIC(cents_to_numeric(PG_GETARG_SPEND_SUMMARY(0, &buf)->amount));
}

Datum
spend_summary_purchase_count(PG_FUNCTION_ARGS)
{
	SpendSummary buf;

	PG_RETURN_INT64(PG_GETARG_SPEND_SUMMARY(0, &buf)->count);
}

Datum
spend_summary_unpriced_count(PG_FUNCTION_ARGS)
{
	SpendSummary buf;

	PG_RETURN_INT64(PG_GETARG_SPEND_SUMMARY(0, &buf)->unpriced);
}

Datum
spend_summary_flag_amount(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *s = PG_GETARG_SPEND_SUMMARY(0, &buf);
	int			flag = lookup_flag(PG_GETARG_TEXT_PP(1));

	PG_RETURN_NUMERIC(cents_to_numeric(s->flag_amount[flag]));
}

/* The number of purchases with a flag; NULL for a *_unknown flag (not kept). */
Datum
spend_summary_flag_count(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *s = PG_GETARG_SPEND_SUMMARY(0, &buf);
	int			flag = lookup_flag(PG_GETARG_TEXT_PP(1));

	if (flag >= SPEND_NCOUNTED)
		PG_RETURN_NULL();
	PG_RETURN_INT64(s->flag_count[flag]);
}

/* share(s, flag) = amount with the flag / total amount */
Datum
spend_summary_share(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *s = PG_GETARG_SPEND_SUMMARY(0, &buf);
	int			flag = lookup_flag(PG_GETARG_TEXT_PP(1));

	if (s->amount == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(ratio(int64_to_numeric(s->flag_amount[flag]),
						  int64_to_numeric(s->amount)));
}

static Datum
known_share(FunctionCallInfo fcinfo, const SpendSummary *s, int flag)
{
	bool		is_zero;
	Numeric		den;

	if (flag >= SPEND_NCOUNTED)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("flag \"%s\" has no known share", purchase_class_flag_names[flag]),
				 errdetail("It says that a purchase is unknown on a dimension; the share of the amount known on it is coverage()."),
				 errhint("Use coverage(summary, '%s').", purchase_class_flag_names[flag])));
	den = dimension_known(s, dimension_of_flag(flag), &is_zero);
	if (is_zero)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(ratio(int64_to_numeric(s->flag_amount[flag]), den));
}

/* known_share(s, flag) = amount with the flag / amount known on its dimension */
Datum
spend_summary_known_share(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *s = PG_GETARG_SPEND_SUMMARY(0, &buf);

	return known_share(fcinfo, s, lookup_flag(PG_GETARG_TEXT_PP(1)));
}

/*
 * coverage(s, dimension) = amount known on the dimension / amount of the
 * purchases it is about; for 'amount', the purchases whose amount in
 * dollars is known / all purchases (by number: the others have none).
 */
Datum
spend_summary_coverage(PG_FUNCTION_ARGS)
{
	SpendSummary buf;
	const SpendSummary *s = PG_GETARG_SPEND_SUMMARY(0, &buf);
	Dimension	d = lookup_dimension(PG_GETARG_TEXT_PP(1));
	bool		is_zero;
	Numeric		known;
	Numeric		universe;

	if (d == DIM_AMOUNT)
	{
		if (s->count == 0)
			PG_RETURN_NULL();
		PG_RETURN_DATUM(ratio(int64_to_numeric((int64) s->count - s->unpriced),
							  int64_to_numeric(s->count)));
	}
	universe = dimension_universe(s, d, &is_zero);
	if (is_zero)
		PG_RETURN_NULL();
	known = dimension_known(s, d, &is_zero);
	PG_RETURN_DATUM(ratio(known, universe));
}

#define SHARE_OF(fn, flag) \
Datum \
fn(PG_FUNCTION_ARGS) \
{ \
	SpendSummary buf; \
	return known_share(fcinfo, PG_GETARG_SPEND_SUMMARY(0, &buf), flag); \
}

SHARE_OF(spend_summary_quebec_share, PC_FLAG_QUEBEC)
SHARE_OF(spend_summary_regional_share, PC_FLAG_REGIONAL)
SHARE_OF(spend_summary_eco_share, PC_FLAG_ECO)
SHARE_OF(spend_summary_quebec_food_share, PC_FLAG_QUEBEC_FOOD)
SHARE_OF(spend_summary_group_purchase_share, PC_FLAG_GROUP_PURCHASE)
