/*-------------------------------------------------------------------------
 *
 * postal_code_core.c
 *	  Canadian postal code (A9A 9A9): parsing, packing, server-free.
 *
 * The six characters of a postal code alternate letter, digit, letter,
 * digit, letter, digit; the first three are the forward sortation area
 * (FSA), the last three the local delivery unit.  The letters D, F, I, O, Q
 * and U are never used, and W and Z never start a code.
 *
 * The text parser checks, in this order, so that the detail names the
 * first problem a reader would see: characters that cannot be part of a
 * postal code at all (named with their position in the value), then each
 * letter and digit of the code (named with their position in the code,
 * 1 to 6, not counting spaces or the hyphen), then the number of letters
 * and digits, then where the spaces and hyphens are.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "postal_code_core.h"

#define NCHARS 6

/* Letters never used in Canadian postal codes, anywhere. */
static const char never_used[] = "DFIOQU";

/* Radix of each position: letters 26, digits 10. */
static const int32_t radix[NCHARS] = {26, 10, 26, 10, 26, 10};

static inline bool
is_letter_position(int pos)
{
	return pos % 2 == 0;
}

/*
 * Check the character c at position pos (0-based) of the code.  On success
 * store its upper-case form in *out.
 */
static bool
check_code_char(int pos, unsigned char c, CagErrorKind kind, unsigned char *out,
				CagParseError *err)
{
	char		cbuf[CAG_CHAR_DESC_LEN];
	unsigned char u;

	if (is_letter_position(pos))
	{
		if (!cag_is_alpha(c))
		{
			cag_describe_char((const char *) &c, 1, cbuf, sizeof(cbuf));
			cag_fail(err, kind, "Character %d %s must be a letter.", pos + 1, cbuf);
			if (pos == 0 && cag_is_digit(c))
				cag_hint(err, "Canadian postal codes start with a letter: this may be the postal code of another country, such as a United States ZIP code.");
			return false;
		}
		u = cag_to_upper(c);
		if (strchr(never_used, u) != NULL || (pos == 0 && (u == 'W' || u == 'Z')))
		{
			cag_describe_char((const char *) &c, 1, cbuf, sizeof(cbuf));
			if (pos == 0 && (u == 'W' || u == 'Z'))
				return cag_fail(err, kind, "%s never starts a Canadian postal code.", cbuf);
			return cag_fail(err, kind,
							"The letter %s (character %d) is never used in Canadian postal codes.",
							cbuf, pos + 1);
		}
		*out = u;
	}
	else
	{
		if (!cag_is_digit(c))
		{
			cag_describe_char((const char *) &c, 1, cbuf, sizeof(cbuf));
			return cag_fail(err, kind, "Character %d %s must be a digit.", pos + 1, cbuf);
		}
		*out = c;
	}
	return true;
}

static int32_t
pack(const unsigned char *code)
{
	int32_t		value = 0;
	int			i;

	for (i = 0; i < NCHARS; i++)
		value = value * radix[i] +
			(is_letter_position(i) ? code[i] - 'A' : code[i] - '0');
	return value;
}

bool
postal_code_parse(const char *str, int32_t *result, CagParseError *err)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		len = strlen(str);
	size_t		start;
	size_t		i;
	int			ncode;
	int			nhyphens;
	unsigned char code[NCHARS];
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);

	start = 0;
	while (start < len && cag_is_space(s[start]))
		start++;
	if (start == len)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A Canadian postal code has 6 letters and digits (A9A 9A9); the value is empty.");

	/*
	 * 1. Characters that have no place in a postal code.  Every character
	 * before the first such one is ASCII, so its byte offset gives its
	 * position in the value, counted from 1.
	 */
	for (i = 0; i < len; i++)
	{
		unsigned char c = s[i];

		if (cag_is_alpha(c) || cag_is_digit(c) || cag_is_space(c) || c == '-')
			continue;
		cag_describe_char((const char *) s + i, len - i, cbuf, sizeof(cbuf));
		cag_fail(err, CAG_ERR_SYNTAX,
				 "Character %s at position %d is not allowed in a postal code.",
				 cbuf, (int) i + 1);
		cag_hint(err, "A Canadian postal code has the form A9A 9A9: letters and digits, with spaces or one hyphen between the two halves.");
		return false;
	}

	/* 2. Each letter and digit of the code, in order. */
	ncode = 0;
	for (i = start; i < len; i++)
	{
		if (!cag_is_alpha(s[i]) && !cag_is_digit(s[i]))
			continue;
		if (ncode < NCHARS && !check_code_char(ncode, s[i], CAG_ERR_SYNTAX, &code[ncode], err))
			return false;
		ncode++;
	}

	/* 3. Their number. */
	if (ncode != NCHARS)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A Canadian postal code has 6 letters and digits (A9A 9A9), not %d.",
						ncode);

	/*
	 * 4. Spaces and hyphens: any white space before and after the code, and
	 * between its halves any white space with at most one hyphen.
	 */
	ncode = 0;
	nhyphens = 0;
	for (i = start; i < len; i++)
	{
		unsigned char c = s[i];

		if (cag_is_alpha(c) || cag_is_digit(c))
		{
			ncode++;
			continue;
		}
		if (ncode == NCHARS)
		{
			if (c == '-')
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A hyphen may only separate the two halves of a postal code, not end it.");
			continue;			/* trailing white space */
		}
		if (ncode == 0)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"A hyphen may only separate the two halves of a postal code, not start it.");
		if (ncode != 3)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Spaces and hyphens may only separate the two halves of a postal code (after character 3), not follow character %d.",
							ncode);
		if (c == '-' && ++nhyphens > 1)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Only one hyphen may separate the two halves of a postal code.");
	}

	*result = pack(code);
	return true;
}

/* postal_code_from_chars without the value for the message. */
static bool
from_chars(const char *chars, size_t len, int32_t *result, CagParseError *err)
{
	unsigned char code[NCHARS];
	int			i;

	if (len != NCHARS)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a postal code has 6 bytes, not %zu.", len);
	for (i = 0; i < NCHARS; i++)
	{
		unsigned char c = (unsigned char) chars[i];

		if (!check_code_char(i, c, CAG_ERR_BINARY, &code[i], err))
			return false;
		if (c != code[i])
			return cag_fail(err, CAG_ERR_BINARY,
							"Character %d \"%c\" must be in upper case in the binary form.",
							i + 1, c);
	}
	*result = pack(code);
	return true;
}

bool
postal_code_from_chars(const char *chars, size_t len, int32_t *result, CagParseError *err)
{
	cag_error_clear(err);
	if (from_chars(chars, len, result, err))
		return true;
	/* the message shows the bytes received, whatever their number */
	cag_printable_bytes(chars, len, err->value, sizeof(err->value));
	return false;
}

void
postal_code_chars(int32_t value, char *buf)
{
	int			i;

	for (i = NCHARS - 1; i >= 0; i--)
	{
		int32_t		d = value % radix[i];

		buf[i] = (char) (is_letter_position(i) ? 'A' + d : '0' + d);
		value /= radix[i];
	}
}

bool
postal_code_check(int32_t value, CagParseError *err)
{
	char		chars[NCHARS];

	cag_error_clear(err);
	if (value < 0 || value > POSTAL_CODE_MAX)
		return cag_fail(err, CAG_ERR_BINARY,
						"A packed postal code is between 0 and %d, not %d.",
						(int) POSTAL_CODE_MAX, (int) value);
	postal_code_chars(value, chars);
	return postal_code_from_chars(chars, NCHARS, &value, err);
}

void
postal_code_format(int32_t value, char *buf)
{
	char		chars[NCHARS];

	postal_code_chars(value, chars);
	memcpy(buf, chars, 3);
	buf[3] = ' ';
	memcpy(buf + 4, chars + 3, 3);
	buf[7] = '\0';
}

const char *
postal_code_province(int32_t value)
{
	char		chars[NCHARS];

	postal_code_chars(value, chars);
	switch (chars[0])
	{
		case 'A':
			return "NL";
		case 'B':
			return "NS";
		case 'C':
			return "PE";
		case 'E':
			return "NB";
		case 'G':
		case 'H':
		case 'J':
			return "QC";
		case 'K':
		case 'L':
		case 'M':
		case 'N':
		case 'P':
			return "ON";
		case 'R':
			return "MB";
		case 'S':
			return "SK";
		case 'T':
			return "AB";
		case 'V':
			return "BC";
		case 'X':
			/* X0A, X0B and X0C are Nunavut; the other X FSAs the NWT */
			if (chars[1] == '0' && (chars[2] == 'A' || chars[2] == 'B' || chars[2] == 'C'))
				return "NU";
			return "NT";
		case 'Y':
			return "YT";
		default:
			return NULL;		/* not reached for a checked value */
	}
}

bool
postal_code_is_quebec(int32_t value)
{
	/* the first letter is the most significant digit: 10*26*10*26*10 */
	int32_t		first = value / 676000;

	return first == 'G' - 'A' || first == 'H' - 'A' || first == 'J' - 'A';
}

bool
postal_code_is_rural(int32_t value)
{
	char		chars[NCHARS];

	postal_code_chars(value, chars);
	return chars[1] == '0';
}

bool
fsa_parse(const char *str, int *index, CagParseError *err)
{
	const unsigned char *p = (const unsigned char *) str;
	const unsigned char *end;
	char		fsa[3];

	cag_error_clear(err);
	while (cag_is_space(*p))
		p++;
	end = p + strlen((const char *) p);
	while (end > p && cag_is_space(end[-1]))
		end--;
	if (end - p != 3 || !cag_is_alpha(p[0]) || !cag_is_digit(p[1]) ||
		!cag_is_alpha(p[2]))
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "A forward sortation area is a letter, a digit and a letter, such as J0E.");
		cag_hint(err, "For a postal code, pass its first three characters.");
		return false;
	}
	fsa[0] = (char) cag_to_upper(p[0]);
	fsa[1] = (char) p[1];
	fsa[2] = (char) cag_to_upper(p[2]);
	*index = fsa_index(fsa);
	return true;
}
