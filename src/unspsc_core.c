/*-------------------------------------------------------------------------
 *
 * unspsc_core.c
 *	  UNSPSC codes: parsing and hierarchy, server-free.
 *
 * The text parser checks, in this order: characters that cannot be part of
 * a code (named with their position in the value), the number of digits,
 * where the separators are, then the value (segment 10 to 99, no non-zero
 * pair after a 00 pair).
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "unspsc_core.h"

#define NDIGITS 8

static const char *const pair_names[4] = {"segment", "family", "class", "commodity"};

/* Divisor that isolates the pairs above level: 10^(8 - 2 * level). */
static const int32_t level_unit[5] = {100000000, 1000000, 10000, 100, 1};

static inline bool
is_separator(unsigned char c)
{
	return c == '-' || c == '.' || c == ' ';
}

/* The value checks shared by text and binary input. */
static bool
check_value(int32_t value, CagErrorKind kind, CagParseError *err)
{
	int			pairs[4];
	int			i;

	for (i = 3; i >= 0; i--)
	{
		pairs[i] = (int) (value % 100);
		value /= 100;
	}
	if (pairs[0] < 10)
		return cag_fail(err, kind,
						"The segment is %02d: UNSPSC segments run from 10 to 99.", pairs[0]);
	for (i = 1; i < 4; i++)
	{
		if (pairs[i] != 0 && pairs[i - 1] == 0)
			return cag_fail(err, kind,
							"The %s is %02d although the %s is 00: a level below a 00 pair must be 00 too.",
							pair_names[i], pairs[i], pair_names[i - 1]);
	}
	return true;
}

bool
unspsc_parse(const char *str, int32_t *result, CagParseError *err)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		len = strlen(str);
	size_t		start;
	size_t		end;
	size_t		i;
	int			ndigits;
	int32_t		value;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);

	start = 0;
	while (start < len && cag_is_space(s[start]))
		start++;
	end = len;
	while (end > start && cag_is_space(s[end - 1]))
		end--;
	if (start == end)
		return cag_fail(err, CAG_ERR_SYNTAX, "An UNSPSC code has 8 digits; the value is empty.");

	/*
	 * 1. Characters that have no place in a code.  Every character before
	 * the first such one is ASCII, so its byte offset gives its position in
	 * the value, counted from 1.
	 */
	ndigits = 0;
	for (i = start; i < end; i++)
	{
		if (cag_is_digit(s[i]))
		{
			ndigits++;
			continue;
		}
		if (is_separator(s[i]))
			continue;
		cag_describe_char((const char *) s + i, len - i, cbuf, sizeof(cbuf));
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Character %s at position %d is not allowed in an UNSPSC code, which has 8 digits.",
						cbuf, (int) i + 1);
	}

	/* 2. The number of digits. */
	if (ndigits != NDIGITS)
		return cag_fail(err, CAG_ERR_SYNTAX, "An UNSPSC code has 8 digits, not %d.", ndigits);

	/* 3. Separators: at most one, between two pairs. */
	ndigits = 0;
	value = 0;
	for (i = start; i < end; i++)
	{
		if (cag_is_digit(s[i]))
		{
			value = value * 10 + (s[i] - '0');
			ndigits++;
			continue;
		}
		if (ndigits == 0)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"A hyphen or dot may only come between two pairs of digits, not before the first digit.");
		if (ndigits == NDIGITS)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"A hyphen or dot may only come between two pairs of digits, not after the last digit.");
		if (ndigits % 2 != 0)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Separators may only come between two pairs of digits (after digit 2, 4 or 6), not after digit %d.",
							ndigits);
		if (!cag_is_digit(s[i + 1]))
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Only one hyphen, space or dot may separate two pairs of digits.");
	}

	/* 4. The value. */
	if (!check_value(value, CAG_ERR_SYNTAX, err))
		return false;
	*result = value;
	return true;
}

bool
unspsc_check(int32_t value, CagParseError *err)
{
	cag_error_clear(err);
	if (value < UNSPSC_MIN || value > UNSPSC_MAX)
		return cag_fail(err, CAG_ERR_BINARY,
						"An UNSPSC code is a number from %d to %d, not %d.",
						(int) UNSPSC_MIN, (int) UNSPSC_MAX, (int) value);
	return check_value(value, CAG_ERR_BINARY, err);
}

bool
unspsc_from_binary(const char *data, size_t len, int32_t *result, CagParseError *err)
{
	int32_t		value;

	cag_error_clear(err);
	if (len != UNSPSC_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of an UNSPSC code has 4 bytes (an int4), not %zu.", len);
	value = (int32_t) cag_get_uint32((const unsigned char *) data);
	if (!unspsc_check(value, err))
	{
		cag_error_value(err, "%d", (int) value);
		return false;
	}
	*result = value;
	return true;
}

void
unspsc_to_binary(int32_t value, unsigned char *buf)
{
	cag_put_uint32(buf, (uint32_t) value);
}

void
unspsc_format(int32_t value, char *buf)
{
	int			i;

	for (i = NDIGITS - 1; i >= 0; i--)
	{
		buf[i] = (char) ('0' + value % 10);
		value /= 10;
	}
	buf[NDIGITS] = '\0';
}

UnspscLevel
unspsc_level(int32_t value)
{
	if (value % 100 != 0)
		return UNSPSC_COMMODITY;
	if (value % 10000 != 0)
		return UNSPSC_CLASS;
	if (value % 1000000 != 0)
		return UNSPSC_FAMILY;
	return UNSPSC_SEGMENT;
}

const char *
unspsc_level_name(UnspscLevel level)
{
	return pair_names[level - 1];
}

int32_t
unspsc_ancestor(int32_t value, UnspscLevel level)
{
	if (unspsc_level(value) < level)
		return -1;
	return value - value % level_unit[level];
}

int32_t
unspsc_range_end(int32_t value)
{
	return value + level_unit[unspsc_level(value)] - 1;
}

bool
unspsc_within(int32_t a, int32_t b)
{
	return a >= b && a <= unspsc_range_end(b);
}
