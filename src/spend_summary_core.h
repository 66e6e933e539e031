/*-------------------------------------------------------------------------
 *
 * spend_summary_core.h
 *	  Exact spend summaries, server-free.
 *
 * A SpendSummary holds, in integer cents of Canadian dollars (cents_core.h),
 * the number and amount of purchases and, for each purchase_class flag,
 * the amount of the purchases that carry it, with their number for the
 * flags of 1.1 (PC_FLAG_QUEBEC to PC_FLAG_GROUP_PURCHASE).  The *_unknown
 * flags give the amount whose status is unknown on a dimension, so that a
 * share is computed over the amount known on its dimension.  A purchase
 * whose amount in dollars is unknown (no exchange rate) counts among the
 * purchases and in its flags' counts, with no amount: the number of such
 * purchases is kept too (unpriced).
 *
 * It is stored as a fixed-size struct of SPEND_SUMMARY_SIZE bytes (the SQL
 * type spend_summary), whatever its format version: a summary written by
 * 1.1 (format version 1, SpendSummaryV1) stays in users' tables as it was
 * and is read with the meaning it had, every purchase known on eco, food,
 * Québec food and group purchase, every amount in dollars
 * (spend_summary_from_v1).  The text form is a JSON object with a format
 * version (json_reader_core.h); the text and binary forms of both versions
 * are read, the current one is written.
 *
 * Arithmetic never wraps: every function that adds reports an overflow by
 * returning false, leaving the struct in an unspecified state (the caller
 * raises an error).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SPEND_SUMMARY_CORE_H
#define CAG_SPEND_SUMMARY_CORE_H

#include <string.h>

#include "cents_core.h"
#include "purchase_class_core.h"

/* Format version written in the text and binary forms and in the struct. */
#define SPEND_SUMMARY_VERSION	2
/* The format of 1.1, read (text, binary, stored) and never written. */
#define SPEND_SUMMARY_VERSION_1 1

/* Flags whose number of purchases a summary keeps: those of 1.1. */
#define SPEND_NCOUNTED			8

/* The most purchases a summary counts (its counts are 32 bits). */
#define SPEND_COUNT_MAX			UINT32_MAX

typedef struct SpendSummary
{
	int32_t		version;		/* SPEND_SUMMARY_VERSION */
	uint32_t	count;			/* purchases */
	int64_t		amount;			/* their amount, in cents (unpriced: none) */
	int64_t		flag_amount[PC_NFLAGS]; /* by PurchaseClassFlag */
	uint32_t	flag_count[SPEND_NCOUNTED]; /* by PurchaseClassFlag */
	uint32_t	unpriced;		/* purchases whose amount is unknown */
	uint32_t	reserved;		/* always zero */
} SpendSummary;

/* Format version 1 as 1.1 stored it (native byte order). */
typedef struct SpendSummaryV1
{
	int32_t		version;		/* SPEND_SUMMARY_VERSION_1 */
	int32_t		reserved;
	int64_t		count;
	int64_t		amount;
	struct
	{
		int64_t		count;
		int64_t		amount;
	}			flags[SPEND_NCOUNTED];
} SpendSummaryV1;

/* Both versions have the size of the SQL type, which cannot change. */
#define SPEND_SUMMARY_SIZE		152

/* Room for the text form, NUL included. */
#define SPEND_SUMMARY_TEXT_MAX	1280

extern void spend_summary_init(SpendSummary *s);

/*
 * A summary written by 1.1, in the current format, with the meaning it
 * had: nothing unknown, nothing unpriced.  False (with the given kind) when
 * a count is negative or exceeds SPEND_COUNT_MAX.
 */
extern bool spend_summary_from_v1(const SpendSummaryV1 *old, SpendSummary *s,
								  CagErrorKind kind, CagParseError *err);

/* Add or remove cents to the amounts of the flags in bits. */
static inline bool
spend_flag_amounts(SpendSummary *s, int64_t cents, uint32_t bits, bool add)
{
	bool		overflow = false;

	while (bits != 0)
	{
		int64_t    *a = &s->flag_amount[__builtin_ctz(bits)];

		overflow |= add ? __builtin_add_overflow(*a, cents, a) :
			__builtin_sub_overflow(*a, cents, a);
		bits &= bits - 1;
	}
	return !overflow;
}

/* Add or remove one purchase to the counts of the counted flags in bits. */
static inline bool
spend_flag_counts(SpendSummary *s, uint32_t bits, bool add)
{
	bool		overflow = false;

	bits &= (1U << SPEND_NCOUNTED) - 1;
	while (bits != 0)
	{
		uint32_t   *c = &s->flag_count[__builtin_ctz(bits)];

		overflow |= add ? __builtin_add_overflow(*c, 1, c) : __builtin_sub_overflow(*c, 1, c);
		bits &= bits - 1;
	}
	return !overflow;
}

/*
 * Adding one purchase, the aggregates' hot path, is branch-free and works
 * on two flags (amounts) or four (counts) at a time, in GCC's vector types
 * (SSE2 on x86-64, NEON on ARM; both GCC and clang compile them): adding 0
 * to the flags the purchase does not carry costs less than the
 * mispredicted branches of a loop over the bits set, since the classes of
 * a column vary from row to row.
 */
typedef uint64_t spend_u64x2 __attribute__((vector_size(16)));
typedef uint32_t spend_u32x4 __attribute__((vector_size(16)));

/*
 * The flags' counts need no overflow check of their own: each is at most
 * count (spend_summary_check holds for every summary the functions see:
 * read from text or binary, or made by adding valid summaries and rows),
 * so when count does not overflow neither do they.  Amounts do: a flag
 * amount is checked with the sign rule of two's complement (a + m
 * overflows when the result's sign differs from both operands').
 */
static inline bool
spend_summary_add_row(SpendSummary *s, int64_t cents, uint32_t bits)
{
	const spend_u64x2 c = {(uint64_t) cents, (uint64_t) cents};
	const spend_u32x4 b = {bits, bits, bits, bits};
	spend_u64x2 sign = {0, 0};
	bool		overflow;

	if (__builtin_expect(s->count == SPEND_COUNT_MAX, 0))
		return false;
	s->count++;
	overflow = __builtin_add_overflow(s->amount, cents, &s->amount);
#pragma GCC unroll 6
	for (int i = 0; i < PC_NFLAGS; i += 2)
	{
		/* both 32-bit halves of lane k test flag i + k */
		const spend_u32x4 sel = {1U << i, 1U << i, 1U << (i + 1), 1U << (i + 1)};
		spend_u64x2 a,
					m,
					r;

		memcpy(&a, &s->flag_amount[i], sizeof(a));
		m = c & (spend_u64x2) ((b & sel) == sel);
		r = a + m;
		sign |= (a ^ r) & (m ^ r);
		memcpy(&s->flag_amount[i], &r, sizeof(r));
	}
#pragma GCC unroll 2
	for (int i = 0; i < SPEND_NCOUNTED; i += 4)
	{
		const spend_u32x4 sel = {1U << i, 1U << (i + 1), 1U << (i + 2), 1U << (i + 3)};
		spend_u32x4 n;

		memcpy(&n, &s->flag_count[i], sizeof(n));
		n -= (spend_u32x4) ((b & sel) == sel);	/* true is -1 */
		memcpy(&s->flag_count[i], &n, sizeof(n));
	}
	return !overflow && (int64_t) (sign[0] | sign[1]) >= 0;
}

/* Add one purchase whose amount is unknown (no amount, counted). */
static inline bool
spend_summary_add_unpriced(SpendSummary *s, uint32_t bits)
{
	bool		overflow;

	overflow = __builtin_add_overflow(s->count, 1, &s->count);
	overflow |= __builtin_add_overflow(s->unpriced, 1, &s->unpriced);
	overflow |= !spend_flag_counts(s, bits, true);
	return !overflow;
}

/* Remove one purchase added by spend_summary_add_row (inverse transition). */
static inline bool
spend_summary_remove_row(SpendSummary *s, int64_t cents, uint32_t bits)
{
	bool		overflow;

	overflow = __builtin_sub_overflow(s->count, 1, &s->count);
	overflow |= __builtin_sub_overflow(s->amount, cents, &s->amount);
	overflow |= !spend_flag_amounts(s, cents, bits, false);
	overflow |= !spend_flag_counts(s, bits, false);
	return !overflow;
}

/* Remove one purchase added by spend_summary_add_unpriced. */
static inline bool
spend_summary_remove_unpriced(SpendSummary *s, uint32_t bits)
{
	bool		overflow;

	overflow = __builtin_sub_overflow(s->count, 1, &s->count);
	overflow |= __builtin_sub_overflow(s->unpriced, 1, &s->unpriced);
	overflow |= !spend_flag_counts(s, bits, false);
	return !overflow;
}

/* a += b; a -= b.  Return false on overflow. */
extern bool spend_summary_add(SpendSummary *a, const SpendSummary *b);
extern bool spend_summary_subtract(SpendSummary *a, const SpendSummary *b);

/* Field by field equality. */
extern bool spend_summary_equal(const SpendSummary *a, const SpendSummary *b);

/*
 * Check that a summary could have been produced by aggregating purchases:
 * known version, unpriced <= count, each flag count <= count, exclusive
 * flags' counts add up to no more than count, regional <= quebec,
 * quebec_food <= food, no amount without priced purchases, and amounts
 * that must be equal are (a flag carried by every purchase has the total
 * amount, a dimension that every purchase is known to have no unknown
 * amount, and so on).  The failure gets the given kind and a detail naming
 * the fields.
 */
extern bool spend_summary_check(const SpendSummary *s, CagErrorKind kind, CagParseError *err);

/*
 * Binary form of version 2: int32 format version, int64 count, int64
 * amount (cents), int64 unpriced count, then for each counted flag in bit
 * order int64 count and int64 amount (cents), then for each *_unknown flag
 * in bit order int64 amount (cents), all big-endian: 188 bytes.  Version 1
 * (read only): int32 version, int64 count, int64 amount, then for each of
 * its 8 flags int64 count and int64 amount: 148 bytes.
 */
#define SPEND_SUMMARY_BINARY_LEN	(4 + 8 * (3 + 2 * SPEND_NCOUNTED + (PC_NFLAGS - SPEND_NCOUNTED)))
#define SPEND_SUMMARY_BINARY_LEN_1	(4 + 8 * 2 * (1 + SPEND_NCOUNTED))

/*
 * Decode and check the binary form (len bytes, all of the field): a known
 * version, the length of that version, then spend_summary_check.
 */
extern bool spend_summary_from_binary(const char *data, size_t len, SpendSummary *s,
									  CagParseError *err);

/* Write the binary form into buf[SPEND_SUMMARY_BINARY_LEN]. */
extern void spend_summary_to_binary(const SpendSummary *s, unsigned char *buf);

/*
 * Parse the text form (JSON) of either version; accepts any key order and
 * JSON white space.
 */
extern bool spend_summary_parse(const char *str, SpendSummary *s, CagParseError *err);

/* Write the canonical text form into buf (SPEND_SUMMARY_TEXT_MAX bytes). */
extern void spend_summary_format(const SpendSummary *s, char *buf);

#endif							/* CAG_SPEND_SUMMARY_CORE_H */
