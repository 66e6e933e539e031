/*-------------------------------------------------------------------------
 *
 * spend_summary_core.h
 *	  Exact spend summaries, server-free.
 *
 * A SpendSummary holds, in integer cents (cents_core.h), the number and
 * amount of purchases and, for each purchase_class flag, the number and
 * amount of the purchases that carry it.  It is stored as a fixed-size
 * struct (the SQL type spend_summary); its text form is a JSON object with
 * a format version (json_reader_core.h).  The state of share_agg is in
 * share_state_core.h.
 *
 * Arithmetic never wraps: every function that adds reports an overflow by
 * returning false, leaving the struct in an unspecified state (the caller
 * raises an error).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SPEND_SUMMARY_CORE_H
#define CAG_SPEND_SUMMARY_CORE_H

#include "cents_core.h"
#include "purchase_class_core.h"

/* Format version written in the text and binary forms and in the struct. */
#define SPEND_SUMMARY_VERSION	1

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

/* Room for the text form, NUL included. */
#define SPEND_SUMMARY_TEXT_MAX	1024

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

#endif							/* CAG_SPEND_SUMMARY_CORE_H */
