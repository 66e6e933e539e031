/*-------------------------------------------------------------------------
 *
 * currency.h
 *	  Money in one currency: amounts of other currencies in Canadian
 *	  dollars, with the rates of the reference table exchange_rates.
 *
 * The rule, for the trigger of cag_ovt.purchases (amount_cad), the SQL
 * function amount_in_cad and the SEAO loaders (which record why an amount
 * has no value in dollars): an amount in CAD is itself; another currency
 * takes the rate of the calendar year of the date, unless it is marked
 * uncertain; amount times rate, rounded to the cent half away from zero
 * (an amount in CAD is rounded to the cent too).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_CURRENCY_H
#define CAG_CURRENCY_H

#include "cag_ovt.h"

/* What the conversion of an amount found. */
typedef enum CagRateStatus
{
	CAG_RATE_CAD,				/* in Canadian dollars already */
	CAG_RATE_OK,				/* converted with a usable rate */
	CAG_RATE_NONE,				/* no rate for that currency and year */
	CAG_RATE_UNCERTAIN			/* a rate marked uncertain: not used */
} CagRateStatus;

/*
 * The amount (a numeric Datum) in Canadian dollars, into *cad; false when
 * there is no usable rate (*status says why).  currency is the ISO 4217
 * code (NUL-terminated ASCII, any case); on is the date of the purchase.
 * Raises 22003 when the converted amount leaves numeric(16,2).
 */
extern bool cag_amount_in_cad(Datum amount, const char *currency, DateADT on, Datum *cad,
							  CagRateStatus *status);

/*
 * Why an amount has no value in dollars, as a sentence (UTF-8) for a load
 * issue: status is CAG_RATE_NONE or CAG_RATE_UNCERTAIN.
 */
extern char *cag_rate_missing_reason(const char *currency, DateADT on, CagRateStatus status);

#endif							/* CAG_CURRENCY_H */
