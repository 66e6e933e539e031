/*-------------------------------------------------------------------------
 *
 * neq_core.c
 *	  Québec enterprise number (NEQ): parsing and checking, server-free.
 *
 * An NEQ has 10 digits.  The first two give the legal form; the last is a
 * Luhn check digit computed over digits 3 to 10 (the first two take no part
 * in it).
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "neq_core.h"

/* Luhn check digit that digits 3..9 of a 10-digit number call for. */
static int
neq_expected_check_digit(const int *digits)
{
	int			sum = 0;
	int			i;

	/* digits[8] is doubled, digits[7] not, ... digits[2] doubled */
	for (i = 8; i >= 2; i--)
	{
		int			d = digits[i];

		if ((8 - i) % 2 == 0)
		{
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	return (10 - sum % 10) % 10;
}

static bool
neq_check_digits(const int *digits, CagParseError *err)
{
	int			expected = neq_expected_check_digit(digits);

	if (digits[9] != expected)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "The check digit is %d, but digits 3 to 9 call for %d.",
				 digits[9], expected);
		cag_hint(err, "Check the number against the Registraire des entreprises du Québec.");
		return false;
	}
	return true;
}

bool
neq_parse(const char *str, int64_t *result, CagParseError *err)
{
	const unsigned char *p = (const unsigned char *) str;
	int			digits[10];
	int			ndigits = 0;
	bool		last_was_sep = false;
	int64_t		value = 0;
	int			i;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);
	while (cag_is_space(*p))
		p++;
	if (*p == '\0')
		return cag_fail(err, CAG_ERR_SYNTAX, "An NEQ has 10 digits; the value is empty.");

	for (; *p; p++)
	{
		if (cag_is_digit(*p))
		{
			if (ndigits < 10)
				digits[ndigits] = *p - '0';
			ndigits++;
			last_was_sep = false;
		}
		else if (*p == ' ' || *p == '-')
		{
			const unsigned char *q = p;

			/* trailing white space is allowed, separators only inside */
			while (cag_is_space(*q))
				q++;
			if (*q == '\0')
				break;
			if (ndigits == 0 || last_was_sep)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"Spaces and hyphens are allowed only one at a time between digits.");
			last_was_sep = true;
		}
		else
		{
			const unsigned char *q = p;

			while (cag_is_space(*q))
				q++;
			if (*q == '\0')
				break;
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Character %s is not allowed in an NEQ, which has 10 digits.",
							cag_describe_char((const char *) p, strlen((const char *) p),
											  cbuf, sizeof(cbuf)));
		}
	}
	if (last_was_sep)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Spaces and hyphens are allowed only one at a time between digits.");
	if (ndigits != 10)
		return cag_fail(err, CAG_ERR_SYNTAX, "An NEQ has 10 digits, not %d.", ndigits);
	if (!neq_check_digits(digits, err))
		return false;
	for (i = 0; i < 10; i++)
		value = value * 10 + digits[i];
	*result = value;
	return true;
}

bool
neq_check(int64_t value, CagParseError *err)
{
	int			digits[10];
	int			i;

	cag_error_clear(err);
	if (value < 0 || value > NEQ_MAX)
		return cag_fail(err, CAG_ERR_BINARY,
						"An NEQ is between 0 and 9999999999, not %lld.", (long long) value);
	for (i = 9; i >= 0; i--)
	{
		digits[i] = (int) (value % 10);
		value /= 10;
	}
	if (!neq_check_digits(digits, err))
	{
		err->kind = CAG_ERR_BINARY;
		return false;
	}
	return true;
}

bool
neq_from_binary(const char *data, size_t len, int64_t *result, CagParseError *err)
{
	int64_t		value;

	cag_error_clear(err);
	if (len != NEQ_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of an NEQ has 8 bytes (an int8), not %zu.", len);
	value = (int64_t) cag_get_uint64((const unsigned char *) data);
	if (!neq_check(value, err))
	{
		cag_error_value(err, "%lld", (long long) value);
		return false;
	}
	*result = value;
	return true;
}

void
neq_to_binary(int64_t value, unsigned char *buf)
{
	cag_put_uint64(buf, (uint64_t) value);
}

void
neq_format(int64_t value, char *buf)
{
	int			i;

	for (i = 9; i >= 0; i--)
	{
		buf[i] = (char) ('0' + value % 10);
		value /= 10;
	}
	buf[10] = '\0';
}

const char *
neq_legal_form_name(int64_t value)
{
	switch ((int) (value / INT64_C(100000000)))
	{
		case 11:
			return "personne morale";
		case 22:
			return "entreprise individuelle";
		case 33:
			return "société de personnes";
		case 88:
			return "autorité publique";
		default:
			return NULL;
	}
}
