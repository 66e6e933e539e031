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

#define DatumGetSpendSummaryP(X)	((SpendSummary *) DatumGetPointer(X))
#define PG_GETARG_SPEND_SUMMARY_P(n) DatumGetSpendSummaryP(PG_GETARG_DATUM(n))
#define PG_RETURN_SPEND_SUMMARY_P(x) PG_RETURN_POINTER(x)

#define DatumGetShareStateP(X)		((ShareState *) DatumGetPointer(X))
#define PG_GETARG_SHARE_STATE_P(n)	DatumGetShareStateP(PG_GETARG_DATUM(n))
#define PG_RETURN_SHARE_STATE_P(x)	PG_RETURN_POINTER(x)

/*
 * A numeric Datum in cents, rounded half away from zero.  Raises 22023 for
 * NaN, 22003 for infinities and values beyond int64 cents, XX001 for a
 * malformed numeric.
 */
extern int64 cag_numeric_datum_to_cents(Datum num);

/* Raise 22003 for a sum that left int64 ("what" is the type name). */
pg_noreturn extern void cag_report_sum_overflow(const char *what);

#endif							/* CAG_SPEND_SUMMARY_H */
