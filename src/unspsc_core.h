/*-------------------------------------------------------------------------
 *
 * unspsc_core.h
 *	  UNSPSC codes (United Nations Standard Products and Services Code):
 *	  parsing and hierarchy, server-free.
 *
 * A code is the 8-digit number itself, so that integer order is text
 * order.  Its four pairs of digits are the segment, family, class and
 * commodity; a pair of 00 means "not at this level", and every pair after
 * a 00 pair is 00 too.  The code is at the level of its last non-zero pair.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_UNSPSC_CORE_H
#define CAG_UNSPSC_CORE_H

#include "core.h"

#define UNSPSC_MIN INT32_C(10000000)
#define UNSPSC_MAX INT32_C(99999999)

/* Length of the text output with its terminating NUL. */
#define UNSPSC_TEXT_LEN 9

typedef enum UnspscLevel
{
	UNSPSC_SEGMENT = 1,
	UNSPSC_FAMILY = 2,
	UNSPSC_CLASS = 3,
	UNSPSC_COMMODITY = 4
} UnspscLevel;

/*
 * Parse the text form: 8 digits, with optionally one hyphen, space or dot
 * between the pairs, and white space around.
 */
extern bool unspsc_parse(const char *str, int32_t *result, CagParseError *err);

/* Check a stored value (used by binary input): range and hierarchy. */
extern bool unspsc_check(int32_t value, CagParseError *err);

/* Binary form: the 8-digit number as an int4 (4 bytes, big-endian). */
#define UNSPSC_BINARY_LEN 4

/* Decode and check the binary form (len bytes, all of the field). */
extern bool unspsc_from_binary(const char *data, size_t len, int32_t *result,
							   CagParseError *err);

/* Write the binary form into buf[UNSPSC_BINARY_LEN]. */
extern void unspsc_to_binary(int32_t value, unsigned char *buf);

/* Write the 8 digits and a terminating NUL into buf[UNSPSC_TEXT_LEN]. */
extern void unspsc_format(int32_t value, char *buf);

/* Level of a valid code. */
extern UnspscLevel unspsc_level(int32_t value);

/* Name of a level: "segment", "family", "class" or "commodity". */
extern const char *unspsc_level_name(UnspscLevel level);

/*
 * The ancestor of a code at the given level (the code itself when it is at
 * that level), or -1 when the code is above that level.
 */
extern int32_t unspsc_ancestor(int32_t value, UnspscLevel level);

/*
 * The greatest code within a code: x is within c exactly when
 * c <= x <= unspsc_range_end(c).  Always a valid code itself.
 */
extern int32_t unspsc_range_end(int32_t value);

/* True when a is within b (b is a or one of its ancestors). */
extern bool unspsc_within(int32_t a, int32_t b);

#endif							/* CAG_UNSPSC_CORE_H */
