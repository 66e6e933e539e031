/*
 * libFuzzer harness for the unspsc parser and hierarchy (src/unspsc_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer); a failure says why; a parsed value passes
 * the binary check and is the input's digits; formatting then parsing gives
 * the same value; its ancestors, path and range end agree with "within".
 * The first four bytes are also tried as a binary value: when accepted, the
 * value's text form must parse to it, and when rejected it must not.
 */
#include <stdlib.h>
#include <string.h>

#include "unspsc_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_value(int32_t value)
{
	CagParseError err;
	char		text[UNSPSC_TEXT_LEN];
	int32_t		again;
	int32_t		end;
	UnspscLevel level;
	int			l;

	if (!unspsc_check(value, &err))
		abort();
	unspsc_format(value, text);
	if (strlen(text) != 8)
		abort();
	if (!unspsc_parse(text, &again, &err) || again != value)
		abort();

	level = unspsc_level(value);
	if (level < UNSPSC_SEGMENT || level > UNSPSC_COMMODITY)
		abort();
	if (unspsc_level_name(level) == NULL)
		abort();
	for (l = UNSPSC_SEGMENT; l <= UNSPSC_COMMODITY; l++)
	{
		int32_t		a = unspsc_ancestor(value, (UnspscLevel) l);

		if (l > (int) level)
		{
			if (a != -1)
				abort();
			continue;
		}
		if (!unspsc_check(a, &err) || unspsc_level(a) != (UnspscLevel) l)
			abort();
		if (!unspsc_within(value, a) || (a != value && unspsc_within(a, value)))
			abort();
		if ((l == (int) level) != (a == value))
			abort();
	}
	end = unspsc_range_end(value);
	if (!unspsc_check(end, &err) || !unspsc_within(end, value) || end < value)
		abort();
	if (end < UNSPSC_MAX && unspsc_within(end + 1, value))
		abort();
	if (value > UNSPSC_MIN && unspsc_within(value - 1, value))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	int32_t		value;

	memcpy(str, data, size);
	str[size] = '\0';
	if (unspsc_parse(str, &value, &err))
	{
		int32_t		digits = 0;
		int			ndigits = 0;
		size_t		i;

		check_value(value);
		for (i = 0; str[i]; i++)
		{
			if (cag_is_digit((unsigned char) str[i]))
			{
				digits = digits * 10 + (str[i] - '0');
				if (++ndigits > 8)
					abort();
			}
		}
		if (ndigits != 8 || digits != value)
			abort();
	}
	else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
		abort();				/* a failure must say why */

	if (size >= 4)
	{
		int32_t		raw = (int32_t) (((uint32_t) data[0] << 24) | ((uint32_t) data[1] << 16) |
									 ((uint32_t) data[2] << 8) | (uint32_t) data[3]);

		if (unspsc_check(raw, &err))
			check_value(raw);
		else
		{
			if (err.kind != CAG_ERR_BINARY || err.detail[0] == '\0')
				abort();
			/* text input must reject it too */
			if (raw >= UNSPSC_MIN && raw <= UNSPSC_MAX)
			{
				char		text[UNSPSC_TEXT_LEN];

				unspsc_format(raw, text);
				if (unspsc_parse(text, &value, &err))
					abort();
			}
		}
	}
	free(str);
	return 0;
}
