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
