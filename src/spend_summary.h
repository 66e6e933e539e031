/*-------------------------------------------------------------------------
 *
 * spend_summary.h
 *	  SQL types spend_summary and share_state: server-side access.
 *
 * Both are fixed-size types passed by reference (INTERNALLENGTH 152 and 40,
 * ALIGNMENT double) whose Datum points at a SpendSummary of
 * spend_summary_core.h or a ShareState of share_state_core.h.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SPEND_SUMMARY_H
#define CAG_SPEND_SUMMARY_H

#include "cag_ovt.h"

#include "share_state_core.h"
#include "spend_summary_core.h"

/*
 * The summary a Datum holds, in the current format: the stored struct
 * itself, or, for a summary written by 1.1 (format version 1, stored in a
 * user's table), its conversion into *buf.  22003 when it counts more
 * purchases than the current format holds, XX001 for an unknown version.
 */
extern const SpendSummary *cag_spend_summary_datum(Datum d, SpendSummary *buf);

#define PG_GETARG_SPEND_SUMMARY(n, buf) cag_spend_summary_datum(PG_GETARG_DATUM(n), buf)
#define PG_RETURN_SPEND_SUMMARY_P(x) PG_RETURN_POINTER(x)

#define DatumGetShareStateP(X)		((ShareState *) DatumGetPointer(X))
#define PG_GETARG_SHARE_STATE_P(n)	DatumGetShareStateP(PG_GETARG_DATUM(n))
#define PG_RETURN_SHARE_STATE_P(x)	PG_RETURN_POINTER(x)

/*
 * A numeric Datum in cents, rounded half away from zero.  Raises 22023 for
 * NaN, 22003 for infinities and values beyond int64 cents, XX001 for a
 * malformed numeric.
 */
extern int64 cag_numeric_datum_to_cents_slow(Datum num);

/*
 * The same, inline for the aggregates' transition functions: a value
 * stored with a short header (as a numeric below 127 bytes is in a row)
 * is read in place when it is a common amount (cag_numeric_to_cents_fast),
 * without a call; anything else takes the call above.
 */
static inline int64
cag_numeric_datum_to_cents(Datum num)
{
	const unsigned char *p = (const unsigned char *) DatumGetPointer(num);
	int64_t		cents;

	if (likely(VARATT_IS_1B(p) && !VARATT_IS_1B_E(p)) &&
		cag_numeric_to_cents_fast(p + VARHDRSZ_SHORT, VARSIZE_1B(p) - VARHDRSZ_SHORT, &cents))
		return cents;
	return cag_numeric_datum_to_cents_slow(num);
}

/*
 * Raise 22003 for a sum that left its range: a count above max_count, an
 * amount beyond int64 ("what" is the type name).
 */
pg_noreturn extern void cag_report_sum_overflow(const char *what, uint64 max_count);

#endif							/* CAG_SPEND_SUMMARY_H */
