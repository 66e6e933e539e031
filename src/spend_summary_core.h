/*-------------------------------------------------------------------------
 *
 * spend_summary_core.h
 *	  Exact spend summaries and share states, server-free.
 *
 * A SpendSummary holds, in integer cents, the number and amount of
 * purchases and, for each purchase_class flag, the number and amount of the
 * purchases that carry it.  A ShareState holds the number and amount of
 * purchases and of those matching a condition (share_agg).  Both are stored
 * as fixed-size structs (the SQL types spend_summary and share_state); their
 * text form is a JSON object with a format version.
 *
 * Arithmetic never wraps: every function that adds reports an overflow by
 * returning false, leaving the struct in an unspecified state (the caller
 * raises an error).
 *
 * This file also holds the decoder of PostgreSQL's numeric storage format
 * into cents (cag_numeric_to_cents), used by the aggregates.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SPEND_SUMMARY_CORE_H
#define CAG_SPEND_SUMMARY_CORE_H

#include "core.h"
#include "purchase_class_core.h"

/* Format version written in the text and binary forms and in the struct. */
#define SPEND_SUMMARY_VERSION	1
#define SHARE_STATE_VERSION		1

typedef struct SpendFlagTotals
{
	int64_t		count;			/* purchases carrying the flag */
	int64_t		amount;			/* their amount, in cents */
} SpendFlagTotals;

typedef struct SpendSummary
{
	int32_t		version;		/* SPEND_SUMMARY_VERSION */
	int32_t		reserved;		/* always zero */
	int64_t		count;			/* purchases */
	int64_t		amount;			/* their amount, in cents */
	SpendFlagTotals flags[PC_NFLAGS];	/* indexed by PurchaseClassFlag */
} SpendSummary;

#define SPEND_SUMMARY_SIZE		152

typedef struct ShareState
{
	int32_t		version;		/* SHARE_STATE_VERSION */
	int32_t		reserved;		/* always zero */
	int64_t		count;			/* purchases (non-NULL amounts) */
	int64_t		amount;			/* their amount, in cents */
	int64_t		matching_count; /* those whose condition is true */
	int64_t		matching_amount;	/* their amount, in cents */
} ShareState;

#define SHARE_STATE_SIZE		40

/* Room for the text form of either struct, NUL included. */
#define SPEND_SUMMARY_TEXT_MAX	1024

/* Room for an amount in cents written as dollars: "-92233720368547758.08". */
#define CAG_CENTS_TEXT_MAX		24

/* ---- summaries ---- */

extern void spend_summary_init(SpendSummary *s);

/*
 * Add one purchase of the given amount (cents) and flags.  Returns false on
 * overflow.
 */
static inline bool
spend_summary_add_row(SpendSummary *s, int64_t cents, uint32_t bits)
{
	bool		overflow;

	overflow = __builtin_add_overflow(s->count, 1, &s->count);
	overflow |= __builtin_add_overflow(s->amount, cents, &s->amount);
	while (bits != 0)
	{
		SpendFlagTotals *f = &s->flags[__builtin_ctz(bits)];

		overflow |= __builtin_add_overflow(f->count, 1, &f->count);
		overflow |= __builtin_add_overflow(f->amount, cents, &f->amount);
		bits &= bits - 1;
	}
	return !overflow;
}

/* Remove one purchase added by spend_summary_add_row (inverse transition). */
static inline bool
spend_summary_remove_row(SpendSummary *s, int64_t cents, uint32_t bits)
{
	bool		overflow;

	overflow = __builtin_sub_overflow(s->count, 1, &s->count);
	overflow |= __builtin_sub_overflow(s->amount, cents, &s->amount);
	while (bits != 0)
	{
		SpendFlagTotals *f = &s->flags[__builtin_ctz(bits)];

		overflow |= __builtin_sub_overflow(f->count, 1, &f->count);
		overflow |= __builtin_sub_overflow(f->amount, cents, &f->amount);
		bits &= bits - 1;
	}
	return !overflow;
}

/* a += b; a -= b.  Return false on overflow. */
extern bool spend_summary_add(SpendSummary *a, const SpendSummary *b);
extern bool spend_summary_subtract(SpendSummary *a, const SpendSummary *b);

/* Field by field equality. */
extern bool spend_summary_equal(const SpendSummary *a, const SpendSummary *b);

/*
 * Check that a summary could have been produced by aggregating purchases:
 * known version, counts >= 0, each flag count <= count, exclusive flags'
 * counts add up to no more than count, regional <= quebec, quebec_food <=
 * food, no amount without purchases, and amounts that must be equal are
 * (a flag carried by every purchase has the total amount, and so on).  The
 * failure gets the given kind and a detail naming the fields.
 */
extern bool spend_summary_check(const SpendSummary *s, CagErrorKind kind, CagParseError *err);

/*
 * Binary form: int32 format version, int64 count, int64 amount (cents), then
 * for each flag in bit order int64 count and int64 amount (cents), all
 * big-endian: 148 bytes for version 1.
 */
#define SPEND_SUMMARY_BINARY_LEN	(4 + 8 * 2 * (1 + PC_NFLAGS))

/*
 * Decode and check the binary form (len bytes, all of the field): a known
 * version, the length of that version, then spend_summary_check.
 */
extern bool spend_summary_from_binary(const char *data, size_t len, SpendSummary *s,
									  CagParseError *err);

/* Write the binary form into buf[SPEND_SUMMARY_BINARY_LEN]. */
extern void spend_summary_to_binary(const SpendSummary *s, unsigned char *buf);

/* Parse the text form (JSON); accepts any key order and JSON white space. */
extern bool spend_summary_parse(const char *str, SpendSummary *s, CagParseError *err);

/* Write the canonical text form into buf (SPEND_SUMMARY_TEXT_MAX bytes). */
extern void spend_summary_format(const SpendSummary *s, char *buf);

/* ---- share states ---- */

extern void share_state_init(ShareState *s);

static inline bool
share_state_add_row(ShareState *s, int64_t cents, bool matches)
{
	bool		overflow;

	overflow = __builtin_add_overflow(s->count, 1, &s->count);
	overflow |= __builtin_add_overflow(s->amount, cents, &s->amount);
	if (matches)
	{
		overflow |= __builtin_add_overflow(s->matching_count, 1, &s->matching_count);
		overflow |= __builtin_add_overflow(s->matching_amount, cents, &s->matching_amount);
	}
	return !overflow;
}

static inline bool
share_state_remove_row(ShareState *s, int64_t cents, bool matches)
{
	bool		overflow;

	overflow = __builtin_sub_overflow(s->count, 1, &s->count);
	overflow |= __builtin_sub_overflow(s->amount, cents, &s->amount);
	if (matches)
	{
		overflow |= __builtin_sub_overflow(s->matching_count, 1, &s->matching_count);
		overflow |= __builtin_sub_overflow(s->matching_amount, cents, &s->matching_amount);
	}
	return !overflow;
}

extern bool share_state_add(ShareState *a, const ShareState *b);
extern bool share_state_equal(const ShareState *a, const ShareState *b);
extern bool share_state_check(const ShareState *s, CagErrorKind kind, CagParseError *err);

/*
 * Binary form: int32 format version, then int64 count, amount (cents),
 * matching_count and matching_amount (cents), big-endian: 36 bytes for
 * version 1.  Decoded and checked like spend_summary_from_binary.
 */
#define SHARE_STATE_BINARY_LEN		(4 + 8 * 4)

extern bool share_state_from_binary(const char *data, size_t len, ShareState *s,
									CagParseError *err);
extern void share_state_to_binary(const ShareState *s, unsigned char *buf);
extern bool share_state_parse(const char *str, ShareState *s, CagParseError *err);
extern void share_state_format(const ShareState *s, char *buf);

/* ---- amounts ---- */

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

#endif							/* CAG_SPEND_SUMMARY_CORE_H */
