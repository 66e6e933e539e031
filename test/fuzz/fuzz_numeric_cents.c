/*
 * libFuzzer harness for the numeric-to-cents decoder (cag_numeric_to_cents
 * in src/cents_core.c), against a reference written differently.
 *
 * The input is the body of a numeric (what follows the varlena header).
 * The reference expands the base-10000 digits to decimal digits and rounds
 * half away from zero on the third decimal, in 128-bit arithmetic; the
 * decoder must give the same status and, when it succeeds, the same cents.
 * A malformed numeric that is also too large may be reported either way.
 * The inline fast path (cag_numeric_to_cents_fast), when it takes a
 * numeric, must give the reference's cents for it.
 */
#include <stdlib.h>
#include <string.h>

#include "cents_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static CagCentsStatus
reference(const uint8_t *data, size_t size, int64_t *cents, bool *also_overflow)
{
	uint16_t	h;
	int			weight;
	bool		neg;
	size_t		hdr;
	size_t		n;
	size_t		i;
	unsigned __int128 whole = 0;	/* saturates at 2^100 */
	unsigned __int128 limit;
	bool		huge = false;
	bool		bad = false;
	int			frac[8] = {0};	/* first 8 decimal digits after the point */
	unsigned __int128 total;

	*also_overflow = false;
	if (size < 2)
		return CAG_CENTS_INVALID;
	memcpy(&h, data, 2);
	if ((h >> 14) == 3)
	{
		if (size != 2)
			return CAG_CENTS_INVALID;
		if (h == 0xC000)
			return CAG_CENTS_NAN;
		if (h == 0xD000)
			return CAG_CENTS_PINF;
		if (h == 0xF000)
			return CAG_CENTS_NINF;
		return CAG_CENTS_INVALID;
	}
	if ((h >> 14) == 2)
	{
		int			w7 = h & 0x7F;

		neg = (h >> 13) & 1;
		weight = w7 >= 64 ? w7 - 128 : w7;
		hdr = 2;
	}
	else
	{
		int16_t		w16;

		if (size < 4)
			return CAG_CENTS_INVALID;
		neg = (h >> 14) == 1;
		memcpy(&w16, data + 2, 2);
		weight = w16;
		hdr = 4;
	}
	if ((size - hdr) & 1)
		return CAG_CENTS_INVALID;
	n = (size - hdr) / 2;
	for (i = 0; i < n; i++)
	{
		int16_t		d;
		long		w = (long) weight - (long) i;

		memcpy(&d, data + hdr + 2 * i, 2);
		if (d < 0 || d > 9999)
		{
			bad = true;
			continue;
		}
		if (w >= 0)
		{
			/* whole += d * 10000^w, saturating */
			unsigned __int128 term = (unsigned __int128) d;
			long		k;

			for (k = 0; k < w && term != 0; k++)
			{
				term *= 10000;
				if (term > ((unsigned __int128) 1 << 100))
				{
					huge = true;
					break;
				}
			}
			if (!huge)
				whole += term;
			if (whole > ((unsigned __int128) 1 << 100))
				huge = true;
		}
		else if (w == -1 || w == -2)
		{
			int			base = (int) (-w - 1) * 4;

			frac[base] = d / 1000;
			frac[base + 1] = d / 100 % 10;
			frac[base + 2] = d / 10 % 10;
			frac[base + 3] = d % 10;
		}
	}
	limit = neg ? (unsigned __int128) INT64_MAX + 1 : (unsigned __int128) INT64_MAX;
	total = huge ? limit + 1 : whole * 100 + (unsigned) (frac[0] * 10 + frac[1]) + (frac[2] >= 5);
	if (bad)
	{
		*also_overflow = total > limit;
		return CAG_CENTS_INVALID;
	}
	if (total > limit)
		return CAG_CENTS_OVERFLOW;
	*cents = neg ? (int64_t) ((uint64_t) 0 - (uint64_t) total) : (int64_t) total;
	return CAG_CENTS_OK;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *copy = malloc(size ? size : 1);
	int64_t		got = 0,
				want = 0,
				fast = 0;
	bool		also_overflow;
	CagCentsStatus st_got;
	CagCentsStatus st_want;

	/* an exact-size copy, so that ASan sees any read past the end */
	memcpy(copy, data, size);
	st_got = cag_numeric_to_cents(copy, size, &got);
	st_want = reference(copy, size, &want, &also_overflow);
	if (st_got != st_want &&
		!(st_want == CAG_CENTS_INVALID && also_overflow && st_got == CAG_CENTS_OVERFLOW))
		abort();
	if (st_got == CAG_CENTS_OK && got != want)
		abort();
	if (cag_numeric_to_cents_fast(copy, size, &fast) &&
		(st_want != CAG_CENTS_OK || fast != want))
		abort();
	free(copy);
	return 0;
}
