/*-------------------------------------------------------------------------
 *
 * postal_code_core.h
 *	  Canadian postal code (A9A 9A9): parsing, packing, server-free.
 *
 * A postal code is packed into an int32 so that integer order is the order
 * of the normalized text form: letters count 0 (A) to 25 (Z), digits 0 to
 * 9, and the six characters are the digits of a mixed-radix number
 * (26, 10, 26, 10, 26, 10).  The largest value, for "Z9Z 9Z9", is
 * POSTAL_CODE_MAX.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_POSTAL_CODE_CORE_H
#define CAG_POSTAL_CODE_CORE_H

#include "core.h"

#define POSTAL_CODE_MAX INT32_C(17575999)

/* Length of the text output "A9A 9A9" with its terminating NUL. */
#define POSTAL_CODE_TEXT_LEN 8

/* Length of the binary form: the six characters, upper case, no space. */
#define POSTAL_CODE_BINARY_LEN 6

/*
 * Parse the text form.  Tolerates lower case, white space around the code
 * and between its halves, and one hyphen between the halves.
 */
extern bool postal_code_parse(const char *str, int32_t *result, CagParseError *err);

/*
 * Check and pack the binary form: exactly six bytes, the characters of the
 * code in upper case without a separator.  Failures are CAG_ERR_BINARY, with
 * the bytes received (escaped) in err->value.
 */
extern bool postal_code_from_chars(const char *chars, size_t len, int32_t *result,
								   CagParseError *err);

/* Check a packed value (range and every character). */
extern bool postal_code_check(int32_t value, CagParseError *err);

/* Write "A9A 9A9" and a terminating NUL into buf[POSTAL_CODE_TEXT_LEN]. */
extern void postal_code_format(int32_t value, char *buf);

/* Write the six characters (no NUL) into buf[POSTAL_CODE_BINARY_LEN]. */
extern void postal_code_chars(int32_t value, char *buf);

/* Two-letter code of the province or territory: "QC", "ON", "NU"... */
extern const char *postal_code_province(int32_t value);

/* First letter G, H or J. */
extern bool postal_code_is_quebec(int32_t value);

/*
 * Forward sortation areas (FSA: the first three characters of a postal
 * code, letter, digit, letter) are numbered (letter * 10 + digit) * 26 +
 * letter, letters counted from A = 0: from 0 to FSA_COUNT - 1.  This is
 * the one numbering of FSAs (the geography cache indexes its tables by
 * it).  A packed postal code is its FSA's number times 2600 plus the last
 * three characters, so the number of a postal code's FSA is a division.
 */
#define FSA_COUNT (26 * 10 * 26)

/* The number of an FSA written as an upper-case letter, a digit and an upper-case letter. */
static inline int
fsa_index(const char *fsa)
{
	return ((fsa[0] - 'A') * 10 + (fsa[1] - '0')) * 26 + (fsa[2] - 'A');
}

/* The number of the FSA of a packed postal code. */
static inline int
postal_code_fsa_index(int32_t value)
{
	return (int) (value / 2600);
}

/*
 * Parse an FSA written as text: a letter, a digit and a letter, in any
 * case, white space around.  On success store its number in *index.
 */
extern bool fsa_parse(const char *str, int *index, CagParseError *err);

/* Second character 0: a rural forward sortation area. */
extern bool postal_code_is_rural(int32_t value);

#endif							/* CAG_POSTAL_CODE_CORE_H */
