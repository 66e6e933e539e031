/*-------------------------------------------------------------------------
 *
 * cents_core.h
 *	  Amounts in integer cents, server-free.
 *
 * Money is exact: an amount is an int64 number of cents, and arithmetic on
 * it checks for overflow.  This file writes cents as dollars, decodes
 * PostgreSQL's numeric storage format into cents (the aggregates read
 * their numeric arguments with it) and checks the count and amount of a
 * group of purchases (spend summaries and share states are made of such
 * groups).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_CENTS_CORE_H
#define CAG_CENTS_CORE_H

#include <string.h>

#include "core.h"

/* Room for an amount in cents written as dollars: "-92233720368547758.08". */
#define CAG_CENTS_TEXT_MAX		24

/* Write cents as dollars with two decimals ("-12.05"); returns buf. */
extern char *cag_cents_format(int64_t cents, char *buf);

typedef enum CagCentsStatus
{
	CAG_CENTS_OK = 0,
	CAG_CENTS_NAN,				/* NaN */
	CAG_CENTS_PINF,				/* +Infinity */
	CAG_CENTS_NINF,				/* -Infinity */
	CAG_CENTS_OVERFLOW,			/* does not fit in int64 cents */
	CAG_CENTS_INVALID			/* not a well-formed numeric */
} CagCentsStatus;

/*
 * Convert a value in PostgreSQL's numeric storage format to cents, rounded
 * half away from zero.  data points at the bytes after the varlena header
 * (short or long numeric header, then base-10000 digits in native byte
 * order), len is their number.  The data need not be aligned.
 */
extern CagCentsStatus cag_numeric_to_cents(const unsigned char *data, size_t len, int64_t *cents);

/*
 * The common case of cag_numeric_to_cents, inline, for the aggregates'
 * transition functions: a short-format numeric (what PostgreSQL stores for
 * most values) of at least 1 in magnitude, below 10^16 (at most four
 * base-10000 digits of dollars: no overflow) and with no digit below the
 * hundredths' one (numeric(p,2), and every value rounded to the cent).
 * Gives the cents that cag_numeric_to_cents would, or false for anything
 * else -- a long header, a special value, an amount below 1, more digits,
 * a malformed numeric -- which the caller hands to cag_numeric_to_cents.
 */
static inline bool
cag_numeric_to_cents_fast(const unsigned char *data, size_t len, int64_t *cents)
{
	uint16_t	header;
	int			weight;
	size_t		ndigits;
	uint64_t	mag = 0;
	int16_t		d;

	if (len < sizeof(uint16_t) || (len & 1) != 0)
		return false;
	memcpy(&header, data, sizeof(header));
	/* short format (10), weight >= 0 (its sign bit 0x0040 clear), <= 3 */
	weight = header & 0x003F;
	ndigits = (len - sizeof(uint16_t)) / 2;
	if ((header & 0xC040) != 0x8000 || weight > 3 || ndigits > (size_t) weight + 2)
		return false;
	for (int i = 0; i <= weight; i++)
	{
		d = 0;
		if ((size_t) i < ndigits)
			memcpy(&d, data + sizeof(uint16_t) + 2 * i, sizeof(d));
		if ((uint16_t) d > 9999)
			return false;
		mag = mag * 10000 + (uint64_t) d;
	}
	mag *= 100;
	if (ndigits == (size_t) weight + 2)
	{
		/* the digit of weight -1: cents, and the rounding */
		memcpy(&d, data + sizeof(uint16_t) + 2 * (weight + 1), sizeof(d));
		if ((uint16_t) d > 9999)
			return false;
		mag += (uint64_t) (d / 100 + (d % 100 >= 50));
	}
	*cents = (header & 0x2000) ? -(int64_t) mag : (int64_t) mag;
	return true;
}

/*
 * The totals of purchases, as the text and binary forms of a summary or a
 * share state hold them in fields "count" and "amount": a count of at
 * least 0, no amount without purchases.  The failure gets the given kind.
 */
extern bool cag_check_whole(int64_t count, int64_t amount, CagErrorKind kind,
							CagParseError *err);

/*
 * A group of purchases (count, amount) that is part of a whole: count
 * within [0, whole_count], no amount without purchases, and the whole
 * amount when it is the whole.  The names are the fields' paths in the
 * text form; why says why the group is part of the whole.
 */
extern bool cag_check_part(int64_t count, int64_t amount, const char *count_name,
						   const char *amount_name, int64_t whole_count, int64_t whole_amount,
						   const char *whole_count_name, const char *whole_amount_name,
						   const char *why, CagErrorKind kind, CagParseError *err);

#endif							/* CAG_CENTS_CORE_H */
