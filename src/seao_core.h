/*-------------------------------------------------------------------------
 *
 * seao_core.h
 *	  SEAO open data: the field parsers of the loaders, server-free.
 *
 * SEAO (Système électronique d'appel d'offres) publishes every public
 * contract of Québec: XML exports until 2021, OCDS release packages since.
 * These functions read the fields the loaders need (delivery regions in
 * SEAO's own numbering, amounts, dates, notice numbers) from the text the
 * files hold.  Like every parser of the extension they never allocate and
 * report a failure through a CagParseError whose detail is a full sentence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_CORE_H
#define CAG_SEAO_CORE_H

#include "core.h"

/*
 * SEAO numbers the delivery regions its own way (regionlivraison): 1 to 9
 * as the official codes, then 11 Nord-du-Québec, 12 Chaudière-Appalaches,
 * 13 Laval, 14 Laurentides, 15 Montérégie, 16 Lanaudière, 17
 * Centre-du-Québec, 18 Gaspésie, and 19 for outside Québec; there is no 10.
 */
#define SEAO_REGION_OUTSIDE 19

/*
 * Parse one SEAO region number (digits, white space around); on success
 * store it (1..9, 11..19) in *seao_code.
 */
extern bool seao_region_parse(const char *str, int *seao_code, CagParseError *err);

/* Official region code (1..17) of a SEAO region number; 0 for 19 (outside). */
extern int	seao_region_official(int seao_code);

/* A delivery list such as "16,14": official regions and "outside Québec". */
typedef struct SeaoRegionList
{
	uint32_t	regions;		/* bit r set for official region r (1..17) */
	int			nregions;		/* number of bits set */
	bool		outside;		/* 19 (outside Québec) is in the list */
	int			run_together;	/* items read as two numbers run together */
} SeaoRegionList;

/*
 * Parse a comma-separated list of SEAO region numbers (white space around
 * each).  Repeated numbers count once.  An item of four digits that is no
 * number of SEAO but two of its two-digit numbers run together ("1416",
 * seen in real exports) counts as both (run_together says how many).  An
 * empty value is an error: the caller decides what an absent list means.
 */
extern bool seao_region_list_parse(const char *str, SeaoRegionList *list, CagParseError *err);

/*
 * Largest amount the loaders accept, in cents: that of the purchases
 * table's numeric(16,2) column, 99,999,999,999,999.99.
 */
#define SEAO_AMOUNT_MAX_CENTS INT64_C(9999999999999999)

/*
 * Parse a decimal amount ("12345.678900", "-5", "+0.5"; white space around;
 * no exponent, no thousands separator) into cents rounded half away from
 * zero.  *rounded tells whether non-zero digits below the cent were
 * dropped.  Not a number: CAG_ERR_SYNTAX; beyond SEAO_AMOUNT_MAX_CENTS
 * either way: CAG_ERR_RANGE.
 */
extern bool seao_amount_parse(const char *str, int64_t *cents, bool *rounded,
							  CagParseError *err);

/*
 * Parse a date "YYYY-MM-DD", alone or followed by a time: " HH:MM[:SS]" or
 * an RFC 3339 time "THH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)".  The date is
 * the one written (the local date of the time zone given), checked against
 * the calendar; the time, when present, is checked too.
 */
extern bool seao_date_parse(const char *str, int *year, int *month, int *day,
							CagParseError *err);

/*
 * Parse an RFC 3339 date and time with its offset ("2026-07-28T15:24:41-04:00",
 * "...Z") into microseconds since 2000-01-01 00:00 UTC (PostgreSQL's epoch).
 */
extern bool seao_timestamp_parse(const char *str, int64_t *usecs, CagParseError *err);

/*
 * Parse a local date and time as the XML exports write it ("2013-01-23
 * 10:53", "2013-01-23T10:53:20", a date alone for midnight), without a
 * time zone offset, into microseconds since 2000-01-01 00:00 of the same
 * clock (a PostgreSQL timestamp without time zone).
 */
extern bool seao_local_timestamp_parse(const char *str, int64_t *usecs, CagParseError *err);

/* Days from 2000-01-01 to the given date of the proleptic Gregorian calendar. */
extern int32_t seao_days_since_2000(int year, int month, int day);

/* The date of a number of days since 2000-01-01 (the inverse). */
extern void seao_date_of_days(int32_t days, int *year, int *month, int *day);

/*
 * Check a SEAO notice number (numeroseao): 1 to 18 digits, white space
 * around.  On success *start and *len delimit the digits in str.
 */
extern bool seao_notice_number_parse(const char *str, size_t *start, size_t *len,
									 CagParseError *err);

/*
 * The SEAO notice number in an OCID: the part after SEAO's prefix
 * "ocds-ec9k95-" ("ocds-ec9k95-20071760" gives "20071760"), or the whole
 * OCID when it is another publisher's (so that two publishers' OCIDs never
 * meet).  Returns a pointer into ocid.
 */
extern const char *seao_ocid_notice(const char *ocid);

/*
 * Trim ASCII white space: *start and *len delimit what remains of the
 * first len bytes of str.
 */
extern void seao_trim(const char *str, size_t *start, size_t *len);

#endif							/* CAG_SEAO_CORE_H */
