/*-------------------------------------------------------------------------
 *
 * cents_core.c
 *	  Amounts in integer cents, server-free: written as dollars, decoded
 *	  from PostgreSQL's numeric storage format, and the checks of a group
 *	  of purchases' count and amount.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "cents_core.h"

char *
cag_cents_format(int64_t cents, char *buf)
{
	uint64_t	mag = cents < 0 ? (uint64_t) 0 - (uint64_t) cents : (uint64_t) cents;
	char		tmp[CAG_CENTS_TEXT_MAX];
	int			n = 0;
	char	   *p = buf;

	/* digits in reverse, at least three so that "0.05" gets its zeros */
	do
	{
		tmp[n++] = (char) ('0' + mag % 10);
		mag /= 10;
	} while (mag != 0 || n < 3);
	if (cents < 0)
		*p++ = '-';
	while (n > 2)
		*p++ = tmp[--n];
	*p++ = '.';
	*p++ = tmp[1];
	*p++ = tmp[0];
	*p = '\0';
	return buf;
}

/* One base-10000 digit of a numeric, unaligned, native byte order. */
static inline int
numeric_digit(const unsigned char *digits, size_t i)
{
	int16_t		d;

	memcpy(&d, digits + 2 * i, sizeof(d));
	return d;
}

/*
 * Numeric storage format (PostgreSQL's numeric.c, stable since 9.1, the
 * special values since 14): after the varlena header comes a 16-bit word.
 * Its two high bits are 00 (positive) or 01 (negative) for the long
 * format, which continues with an int16 weight; 10 for the short format,
 * whose word also holds the sign (0x2000), the display scale (0x1F80) and a
 * 7-bit signed weight (0x007F); 11 for the special values NaN (0xC000),
 * +Infinity (0xD000) and -Infinity (0xF000).  Then come base-10000 digits
 * (int16, 0..9999): the first has weight "weight" (its value is digit *
 * 10000^weight), the next weight - 1, and so on.  Leading and trailing zero
 * digits are normally stripped, so digits may stop above the units.
 *
 * cents = value * 100 rounded half away from zero: the integer digits give
 * whole dollars, the digit of weight -1 gives cents (digit / 100) and the
 * rounding (digit % 100 >= 50: the digits below cannot add up to a
 * hundredth of a cent, so they cannot change the rounding).
 */
CagCentsStatus
cag_numeric_to_cents(const unsigned char *data, size_t len, int64_t *cents)
{
	uint16_t	header;
	int			weight;
	bool		negative;
	size_t		hdrsz;
	const unsigned char *digits;
	size_t		ndigits;
	uint64_t	mag = 0;
	size_t		i;
	int			w;

	if (len < sizeof(uint16_t))
		return CAG_CENTS_INVALID;
	memcpy(&header, data, sizeof(header));
	switch (header & 0xC000)
	{
		case 0xC000:			/* special */
			if (len != sizeof(uint16_t))
				return CAG_CENTS_INVALID;
			if (header == 0xC000)
				return CAG_CENTS_NAN;
			if (header == 0xD000)
				return CAG_CENTS_PINF;
			if (header == 0xF000)
				return CAG_CENTS_NINF;
			return CAG_CENTS_INVALID;
		case 0x8000:			/* short */
			negative = (header & 0x2000) != 0;
			weight = (header & 0x0040) ? (int) (header & 0x003F) - 64 : (int) (header & 0x003F);
			hdrsz = sizeof(uint16_t);
			break;
		default:				/* long: 0x0000 positive, 0x4000 negative */
			{
				int16_t		w16;

				if (len < 2 * sizeof(uint16_t))
					return CAG_CENTS_INVALID;
				negative = (header & 0xC000) == 0x4000;
				memcpy(&w16, data + sizeof(uint16_t), sizeof(w16));
				weight = w16;
				hdrsz = 2 * sizeof(uint16_t);
			}
			break;
	}
	if ((len - hdrsz) % 2 != 0)
		return CAG_CENTS_INVALID;
	digits = data + hdrsz;
	ndigits = (len - hdrsz) / 2;

	/* whole dollars: weights "weight" down to 0 */
	for (i = 0, w = weight; w >= 0; i++, w--)
	{
		int			d = i < ndigits ? numeric_digit(digits, i) : 0;

		if (d < 0 || d > 9999)
			return CAG_CENTS_INVALID;
		if (mag == 0 && d == 0)
			continue;
		if (__builtin_mul_overflow(mag, (uint64_t) 10000, &mag) ||
			__builtin_add_overflow(mag, (uint64_t) d, &mag))
			return CAG_CENTS_OVERFLOW;
	}
	if (__builtin_mul_overflow(mag, (uint64_t) 100, &mag))
		return CAG_CENTS_OVERFLOW;

	/* the digit of weight -1 holds cents and decides the rounding */
	if (weight >= -1 && (size_t) (weight + 1) < ndigits)
	{
		int			d = numeric_digit(digits, (size_t) (weight + 1));

		if (d < 0 || d > 9999)
			return CAG_CENTS_INVALID;
		if (__builtin_add_overflow(mag, (uint64_t) (d / 100 + (d % 100 >= 50)), &mag))
			return CAG_CENTS_OVERFLOW;
	}
	/* the other digits do not change the result, but must be digits */
	for (i = weight + 2 > 0 ? (size_t) (weight + 2) : 0; i < ndigits; i++)
	{
		int			d = numeric_digit(digits, i);

		if (d < 0 || d > 9999)
			return CAG_CENTS_INVALID;
	}

	if (negative)
	{
		if (mag > (uint64_t) INT64_MAX + 1)
			return CAG_CENTS_OVERFLOW;
		*cents = (int64_t) ((uint64_t) 0 - mag);
	}
	else
	{
		if (mag > (uint64_t) INT64_MAX)
			return CAG_CENTS_OVERFLOW;
		*cents = (int64_t) mag;
	}
	return CAG_CENTS_OK;
}

/*
 * Check one group of purchases (count, amount) against the whole it is part
 * of: count within [0, whole_count], no amount without purchases, and the
 * whole amount when it is the whole.  Names are the JSON field paths.
 */
bool
cag_check_part(int64_t count, int64_t amount, const char *count_name, const char *amount_name,
			   int64_t whole_count, int64_t whole_amount,
			   const char *whole_count_name, const char *whole_amount_name,
			   const char *why, CagErrorKind kind, CagParseError *err)
{
	char		abuf[CAG_CENTS_TEXT_MAX];
	char		wbuf[CAG_CENTS_TEXT_MAX];

	if (count < 0)
		return cag_fail(err, kind, "Field \"%s\" is negative (%lld); a count is at least 0.",
						count_name, (long long) count);
	if (count > whole_count)
		return cag_fail(err, kind,
						"Field \"%s\" (%lld) exceeds field \"%s\" (%lld): %s.",
						count_name, (long long) count, whole_count_name,
						(long long) whole_count, why);
	if (count == 0 && amount != 0)
		return cag_fail(err, kind,
						"Field \"%s\" is %s but field \"%s\" is 0: no purchase, no amount.",
						amount_name, cag_cents_format(amount, abuf), count_name);
	if (count == whole_count && amount != whole_amount)
		return cag_fail(err, kind,
						"Field \"%s\" is %s but field \"%s\" is %s, while both count %lld purchases: the same purchases have the same amount.",
						amount_name, cag_cents_format(amount, abuf), whole_amount_name,
						cag_cents_format(whole_amount, wbuf), (long long) count);
	return true;
}

/* The totals: a count of at least 0, no amount without purchases. */
bool
cag_check_whole(int64_t count, int64_t amount, CagErrorKind kind, CagParseError *err)
{
	char		abuf[CAG_CENTS_TEXT_MAX];

	if (count < 0)
		return cag_fail(err, kind, "Field \"count\" is negative (%lld); a count is at least 0.",
						(long long) count);
	if (count == 0 && amount != 0)
		return cag_fail(err, kind,
						"Field \"amount\" is %s but field \"count\" is 0: no purchase, no amount.",
						cag_cents_format(amount, abuf));
	return true;
}
