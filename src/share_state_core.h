/*-------------------------------------------------------------------------
 *
 * share_state_core.h
 *	  The state of share_agg, server-free.
 *
 * A ShareState holds the number and amount of purchases and of those
 * matching a condition (share_agg).  It is stored as a fixed-size struct
 * (the SQL type share_state); its text form is a JSON object with a format
 * version (json_reader_core.h), its amounts are in cents (cents_core.h).
 *
 * Arithmetic never wraps: every function that adds reports an overflow by
 * returning false, leaving the struct in an unspecified state (the caller
 * raises an error).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SHARE_STATE_CORE_H
#define CAG_SHARE_STATE_CORE_H

#include "cents_core.h"

/* Format version written in the text and binary forms and in the struct. */
#define SHARE_STATE_VERSION		1

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

/* Room for the text form, NUL included. */
#define SHARE_STATE_TEXT_MAX	256

extern void share_state_init(ShareState *s);

/* Add one purchase; returns false on overflow. */
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

/* Remove one purchase added by share_state_add_row (inverse transition). */
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

/* a += b; false on overflow. */
extern bool share_state_add(ShareState *a, const ShareState *b);
extern bool share_state_equal(const ShareState *a, const ShareState *b);

/*
 * Check that a state could have been produced by share_agg: known version,
 * count >= 0, no amount without purchases, the matching purchases some of
 * the purchases.
 */
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

/* Parse the text form (JSON, keys in any order); then share_state_check. */
extern bool share_state_parse(const char *str, ShareState *s, CagParseError *err);

/* Write the canonical text form into buf (SHARE_STATE_TEXT_MAX bytes). */
extern void share_state_format(const ShareState *s, char *buf);

#endif							/* CAG_SHARE_STATE_CORE_H */
