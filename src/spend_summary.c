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
 * work on a copy otherwise.
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
cag_numeric_datum_to_cents(Datum num)
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
cag_report_sum_overflow(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s out of range", what),
			 errdetail("A count or an amount exceeds the range of a 64-bit integer. " AMOUNT_RANGE_DETAIL)));
}

/* amount_cents(numeric) → bigint: the conversion the aggregates apply */
Datum
amount_cents(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(cag_numeric_datum_to_cents(PG_GETARG_DATUM(0)));
}

static Numeric
cents_to_numeric(int64 cents)
{
	return int64_div_fast_to_numeric(cents, 2);
}

/* ---------------------------------------------------------------------
 * Input and output
 * ---------------------------------------------------------------------
 */

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
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);
	char	   *buf = palloc(SPEND_SUMMARY_TEXT_MAX);

	spend_summary_format(s, buf);
	PG_RETURN_CSTRING(buf);
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
	unsigned char bytes[SPEND_SUMMARY_BINARY_LEN];
	StringInfoData buf;

	spend_summary_to_binary(PG_GETARG_SPEND_SUMMARY_P(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, SPEND_SUMMARY_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
spend_summary_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(spend_summary_equal(PG_GETARG_SPEND_SUMMARY_P(0),
									   PG_GETARG_SPEND_SUMMARY_P(1)));
}

Datum
spend_summary_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!spend_summary_equal(PG_GETARG_SPEND_SUMMARY_P(0),
										PG_GETARG_SPEND_SUMMARY_P(1)));
}

/* ---------------------------------------------------------------------
 * Transition functions
 * ---------------------------------------------------------------------
 */

/*
 * The state to update: the aggregate's own state, in place, when called by
 * an aggregate (nodeAgg or nodeWindowAgg own it and expect it back), else
 * a copy, so that a direct call leaves its argument alone.
 */
static inline SpendSummary *
state_for_update(FunctionCallInfo fcinfo, bool *in_aggregate)
{
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);

	*in_aggregate = AggCheckCallContext(fcinfo, NULL) != 0;
	if (!*in_aggregate)
	{
		SpendSummary *copy = palloc(sizeof(SpendSummary));

		memcpy(copy, s, sizeof(SpendSummary));
		s = copy;
	}
	return s;
}

/* Outside an aggregate, a subtraction must still give a valid summary. */
static void
check_direct_result(const SpendSummary *s, bool in_aggregate, const char *what)
{
	CagParseError err;

	if (!in_aggregate && !spend_summary_check(s, CAG_ERR_SYNTAX, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s does not give a valid spend_summary", what),
				 errdetail("%s", err.detail),
				 errhint("Only purchases that were added to a summary can be removed from it.")));
}

/* spend_agg_transfn(state, amount, class): add one purchase (STRICT) */
Datum
spend_agg_transfn(PG_FUNCTION_ARGS)
{
	int64		cents = cag_numeric_datum_to_cents(PG_GETARG_DATUM(1));
	PurchaseClass bits = PG_GETARG_PURCHASE_CLASS(2);
	bool		in_aggregate;
	SpendSummary *s = state_for_update(fcinfo, &in_aggregate);

	if (unlikely(!spend_summary_add_row(s, cents, bits)))
		cag_report_sum_overflow("spend_summary");
	PG_RETURN_SPEND_SUMMARY_P(s);
}

/* spend_agg_invfn(state, amount, class): remove one purchase (STRICT) */
Datum
spend_agg_invfn(PG_FUNCTION_ARGS)
{
	int64		cents = cag_numeric_datum_to_cents(PG_GETARG_DATUM(1));
	PurchaseClass bits = PG_GETARG_PURCHASE_CLASS(2);
	bool		in_aggregate;
	SpendSummary *s = state_for_update(fcinfo, &in_aggregate);

	if (unlikely(!spend_summary_remove_row(s, cents, bits)))
		cag_report_sum_overflow("spend_summary");
	check_direct_result(s, in_aggregate, "removing this purchase");
	PG_RETURN_SPEND_SUMMARY_P(s);
}

/*
 * a + b: operator +, transition and combine function of rollup, combine
 * function of spend_agg.  The sum of two valid summaries is valid.
 */
Datum
spend_summary_plus(PG_FUNCTION_ARGS)
{
	SpendSummary *b = PG_GETARG_SPEND_SUMMARY_P(1);
	bool		in_aggregate;
	SpendSummary *a = state_for_update(fcinfo, &in_aggregate);

	if (unlikely(!spend_summary_add(a, b)))
		cag_report_sum_overflow("spend_summary");
	PG_RETURN_SPEND_SUMMARY_P(a);
}

/* rollup_invfn(state, summary): inverse transition of rollup */
Datum
rollup_invfn(PG_FUNCTION_ARGS)
{
	SpendSummary *b = PG_GETARG_SPEND_SUMMARY_P(1);
	bool		in_aggregate;
	SpendSummary *a = state_for_update(fcinfo, &in_aggregate);

	if (unlikely(!spend_summary_subtract(a, b)))
		cag_report_sum_overflow("spend_summary");
	check_direct_result(a, in_aggregate, "removing this summary");
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

/* Sum of two amounts in cents, as numeric (exact even beyond int64). */
static Numeric
cents_sum(int64 a, int64 b, bool *is_zero)
{
	int64		sum;

	if (!pg_add_s64_overflow(a, b, &sum))
	{
		*is_zero = sum == 0;
		return int64_to_numeric(sum);
	}
	*is_zero = false;
	return numeric_add_opt_error(int64_to_numeric(a), int64_to_numeric(b), NULL);
}

/* num / den as numeric; the caller returns NULL when den is zero. */
static Datum
ratio(Numeric num, Numeric den)
{
	return NumericGetDatum(numeric_div_opt_error(num, den, NULL));
}

/*
 * The amount (cents) whose status is known on the dimension of the flag:
 * quebec and outside_quebec for the origin, regional and outside_region for
 * the region, food for quebec_food, every purchase for the others.
 */
static Numeric
known_amount(const SpendSummary *s, int flag, bool *is_zero)
{
	switch (flag)
	{
		case PC_FLAG_QUEBEC:
		case PC_FLAG_OUTSIDE_QUEBEC:
			return cents_sum(s->flags[PC_FLAG_QUEBEC].amount,
							 s->flags[PC_FLAG_OUTSIDE_QUEBEC].amount, is_zero);
		case PC_FLAG_REGIONAL:
		case PC_FLAG_OUTSIDE_REGION:
			return cents_sum(s->flags[PC_FLAG_REGIONAL].amount,
							 s->flags[PC_FLAG_OUTSIDE_REGION].amount, is_zero);
		case PC_FLAG_QUEBEC_FOOD:
			*is_zero = s->flags[PC_FLAG_FOOD].amount == 0;
			return int64_to_numeric(s->flags[PC_FLAG_FOOD].amount);
		default:
			*is_zero = s->amount == 0;
			return int64_to_numeric(s->amount);
	}
}

Datum
spend_summary_total_amount(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(cents_to_numeric(PG_GETARG_SPEND_SUMMARY_P(0)->amount));
}

Datum
spend_summary_purchase_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_SPEND_SUMMARY_P(0)->count);
}

Datum
spend_summary_flag_amount(PG_FUNCTION_ARGS)
{
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);
	int			flag = lookup_flag(PG_GETARG_TEXT_PP(1));

	PG_RETURN_NUMERIC(cents_to_numeric(s->flags[flag].amount));
}

Datum
spend_summary_flag_count(PG_FUNCTION_ARGS)
{
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);
	int			flag = lookup_flag(PG_GETARG_TEXT_PP(1));

	PG_RETURN_INT64(s->flags[flag].count);
}

/* share(s, flag) = amount with the flag / total amount */
Datum
spend_summary_share(PG_FUNCTION_ARGS)
{
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);
	int			flag = lookup_flag(PG_GETARG_TEXT_PP(1));

	if (s->amount == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(ratio(int64_to_numeric(s->flags[flag].amount),
						  int64_to_numeric(s->amount)));
}

static Datum
known_share(FunctionCallInfo fcinfo, const SpendSummary *s, int flag)
{
	bool		is_zero;
	Numeric		den = known_amount(s, flag, &is_zero);

	if (is_zero)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(ratio(int64_to_numeric(s->flags[flag].amount), den));
}

/* known_share(s, flag) = amount with the flag / amount known on its dimension */
Datum
spend_summary_known_share(PG_FUNCTION_ARGS)
{
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);

	return known_share(fcinfo, s, lookup_flag(PG_GETARG_TEXT_PP(1)));
}

/* coverage(s, dimension) = amount known on the dimension / total amount */
Datum
spend_summary_coverage(PG_FUNCTION_ARGS)
{
	SpendSummary *s = PG_GETARG_SPEND_SUMMARY_P(0);
	char	   *dim = text_to_cstring(PG_GETARG_TEXT_PP(1));
	int			flag;
	bool		is_zero;
	Numeric		known;

	if (pg_strcasecmp(dim, "origin") == 0)
		flag = PC_FLAG_QUEBEC;
	else if (pg_strcasecmp(dim, "region") == 0)
		flag = PC_FLAG_REGIONAL;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown dimension \"%s\"", dim),
				 errhint("Valid dimensions are origin (flags quebec and outside_quebec) and region (flags regional and outside_region).")));
	if (s->amount == 0)
		PG_RETURN_NULL();
	known = known_amount(s, flag, &is_zero);
	PG_RETURN_DATUM(ratio(known, int64_to_numeric(s->amount)));
}

Datum
spend_summary_quebec_share(PG_FUNCTION_ARGS)
{
	return known_share(fcinfo, PG_GETARG_SPEND_SUMMARY_P(0), PC_FLAG_QUEBEC);
}

Datum
spend_summary_regional_share(PG_FUNCTION_ARGS)
{
	return known_share(fcinfo, PG_GETARG_SPEND_SUMMARY_P(0), PC_FLAG_REGIONAL);
}

Datum
spend_summary_eco_share(PG_FUNCTION_ARGS)
{
	return known_share(fcinfo, PG_GETARG_SPEND_SUMMARY_P(0), PC_FLAG_ECO);
}

Datum
spend_summary_quebec_food_share(PG_FUNCTION_ARGS)
{
	return known_share(fcinfo, PG_GETARG_SPEND_SUMMARY_P(0), PC_FLAG_QUEBEC_FOOD);
}

Datum
spend_summary_group_purchase_share(PG_FUNCTION_ARGS)
{
	return known_share(fcinfo, PG_GETARG_SPEND_SUMMARY_P(0), PC_FLAG_GROUP_PURCHASE);
}
