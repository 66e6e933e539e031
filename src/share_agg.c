/*-------------------------------------------------------------------------
 *
 * share_agg.c
 *	  share_agg(amount, condition): the share of the amount where the
 *	  condition holds, exactly, with its state type share_state.
 *
 * The state is a small fixed-size type (not internal) so that partial
 * states can travel as ordinary values between parallel workers and shards
 * (Citus distributes only aggregates whose state type has text I/O).
 *
 *-------------------------------------------------------------------------
 */
#include "spend_summary.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(share_state_in);
PG_FUNCTION_INFO_V1(share_state_out);
PG_FUNCTION_INFO_V1(share_state_recv);
PG_FUNCTION_INFO_V1(share_state_send);
PG_FUNCTION_INFO_V1(share_state_eq);
PG_FUNCTION_INFO_V1(share_state_ne);
PG_FUNCTION_INFO_V1(share_agg_transfn);
PG_FUNCTION_INFO_V1(share_agg_invfn);
PG_FUNCTION_INFO_V1(share_agg_combine);
PG_FUNCTION_INFO_V1(share_agg_final);

Datum
share_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ShareState *s = palloc(sizeof(ShareState));
	CagParseError err;

	if (!share_state_parse(cag_cstring_to_utf8(str), s, &err))
		cag_report_parse_error("share_state", str, &err);
	PG_RETURN_SHARE_STATE_P(s);
}

Datum
share_state_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(SHARE_STATE_TEXT_MAX);

	share_state_format(PG_GETARG_SHARE_STATE_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: see share_state_from_binary (share_state_core.h). */
Datum
share_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ShareState *s = palloc(sizeof(ShareState));
	size_t		len;
	const char *data = cag_recv_field(buf, &len);
	CagParseError err;

	if (!share_state_from_binary(data, len, s, &err))
		cag_report_parse_error("share_state", err.value, &err);
	PG_RETURN_SHARE_STATE_P(s);
}

Datum
share_state_send(PG_FUNCTION_ARGS)
{
	unsigned char bytes[SHARE_STATE_BINARY_LEN];
	StringInfoData buf;

	share_state_to_binary(PG_GETARG_SHARE_STATE_P(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, SHARE_STATE_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
share_state_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(share_state_equal(PG_GETARG_SHARE_STATE_P(0),
									 PG_GETARG_SHARE_STATE_P(1)));
}

Datum
share_state_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!share_state_equal(PG_GETARG_SHARE_STATE_P(0),
									  PG_GETARG_SHARE_STATE_P(1)));
}

/* The aggregate's own state in place, or a copy for a direct call. */
static inline ShareState *
state_for_update(FunctionCallInfo fcinfo, bool *in_aggregate)
{
	ShareState *s = PG_GETARG_SHARE_STATE_P(0);

	*in_aggregate = AggCheckCallContext(fcinfo, NULL) != 0;
	if (!*in_aggregate)
	{
		ShareState *copy = palloc(sizeof(ShareState));

		memcpy(copy, s, sizeof(ShareState));
		s = copy;
	}
	return s;
}

/*
 * The purchase of a call (state, amount, condition) of the transition
 * functions, not STRICT: false when there is none, a NULL amount (the call
 * returns the state); a NULL condition counts as false.
 */
static bool
share_row(FunctionCallInfo fcinfo, int64 *cents, bool *matches)
{
	if (PG_ARGISNULL(1))
		return false;
	*cents = cag_numeric_datum_to_cents(PG_GETARG_DATUM(1));
	*matches = !PG_ARGISNULL(2) && PG_GETARG_BOOL(2);
	return true;
}

/* share_agg_transfn(state, amount, condition) */
Datum
share_agg_transfn(PG_FUNCTION_ARGS)
{
	ShareState *s;
	int64		cents;
	bool		matches;
	bool		in_aggregate;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!share_row(fcinfo, &cents, &matches))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	s = state_for_update(fcinfo, &in_aggregate);
	if (unlikely(!share_state_add_row(s, cents, matches)))
		cag_report_sum_overflow("share_state", INT64_MAX);
	PG_RETURN_SHARE_STATE_P(s);
}

/* share_agg_invfn(state, amount, condition): inverse of share_agg_transfn */
Datum
share_agg_invfn(PG_FUNCTION_ARGS)
{
	ShareState *s;
	int64		cents;
	bool		matches;
	bool		in_aggregate;
	CagParseError err;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!share_row(fcinfo, &cents, &matches))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	s = state_for_update(fcinfo, &in_aggregate);
	if (unlikely(!share_state_remove_row(s, cents, matches)))
		cag_report_sum_overflow("share_state", INT64_MAX);
	if (!in_aggregate && !share_state_check(s, CAG_ERR_SYNTAX, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("removing this purchase does not give a valid share_state"),
				 errdetail("%s", err.detail),
				 errhint("Only purchases that were added to a state can be removed from it.")));
	PG_RETURN_SHARE_STATE_P(s);
}

/* share_agg_combine(a, b): a + b (combine function) */
Datum
share_agg_combine(PG_FUNCTION_ARGS)
{
	ShareState *b = PG_GETARG_SHARE_STATE_P(1);
	bool		in_aggregate;
	ShareState *a = state_for_update(fcinfo, &in_aggregate);

	if (unlikely(!share_state_add(a, b)))
		cag_report_sum_overflow("share_state", INT64_MAX);
	PG_RETURN_SHARE_STATE_P(a);
}

/* share_agg_final(state): matching amount / amount, NULL when 0 */
Datum
share_agg_final(PG_FUNCTION_ARGS)
{
	ShareState *s = PG_GETARG_SHARE_STATE_P(0);

	if (s->amount == 0)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(numeric_div_opt_error(int64_to_numeric(s->matching_amount),
											int64_to_numeric(s->amount), NULL));
}
