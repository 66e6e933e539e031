/*
 * libFuzzer harness for the postal_code parser (src/postal_code_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer); a failure says why; a parsed value is in
 * range, passes the binary check, and is the input's letters and digits in
 * upper case once white space and the hyphen are removed; formatting then
 * parsing gives the same value, and so does the binary form.  The first six
 * bytes are also tried as a binary value: when accepted they must parse as
 * text to the same value.  The input is also read as a forward sortation
 * area: the number of an FSA parsed is in range, and that of a postal code
 * is the number of its first three characters (one numbering).
 */
#include <stdlib.h>
#include <string.h>

#include "postal_code_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_value(int32_t value)
{
	CagParseError err;
	char		text[POSTAL_CODE_TEXT_LEN];
	char		chars[POSTAL_CODE_BINARY_LEN];
	int32_t		again;
	int			fsa;

	if (value < 0 || value > POSTAL_CODE_MAX)
		abort();
	if (!postal_code_check(value, &err))
		abort();
	postal_code_format(value, text);
	if (strlen(text) != 7 || text[3] != ' ')
		abort();
	if (!postal_code_parse(text, &again, &err) || again != value)
		abort();
	postal_code_chars(value, chars);
	if (!postal_code_from_chars(chars, sizeof(chars), &again, &err) || again != value)
		abort();
	if (postal_code_province(value) == NULL)
		abort();
	if (postal_code_is_quebec(value) != (chars[0] == 'G' || chars[0] == 'H' || chars[0] == 'J'))
		abort();
	if (postal_code_is_rural(value) != (chars[1] == '0'))
		abort();
	if (postal_code_fsa_index(value) != fsa_index(chars))
		abort();
	memcpy(text, chars, 3);
	text[3] = '\0';
	if (!fsa_parse(text, &fsa, &err) || fsa != postal_code_fsa_index(value))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	int32_t		value;
	int			fsa;

	memcpy(str, data, size);
	str[size] = '\0';
	if (fsa_parse(str, &fsa, &err))
	{
		if (fsa < 0 || fsa >= FSA_COUNT)
			abort();
	}
	else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
		abort();
	if (postal_code_parse(str, &value, &err))
	{
		char		chars[POSTAL_CODE_BINARY_LEN];
		char		kept[POSTAL_CODE_BINARY_LEN];
		size_t		nkept = 0;
		size_t		i;

		check_value(value);
		/* the value is what the input says, without separators */
		for (i = 0; str[i]; i++)
		{
			unsigned char c = (unsigned char) str[i];

			if (cag_is_space(c) || c == '-')
				continue;
			if (nkept == sizeof(kept))
				abort();
			kept[nkept++] = (char) cag_to_upper(c);
		}
		postal_code_chars(value, chars);
		if (nkept != sizeof(kept) || memcmp(kept, chars, sizeof(chars)) != 0)
			abort();
	}
	else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
		abort();				/* a failure must say why */

	if (size >= POSTAL_CODE_BINARY_LEN)
	{
		if (postal_code_from_chars((const char *) data, POSTAL_CODE_BINARY_LEN, &value, &err))
		{
			char		text[POSTAL_CODE_BINARY_LEN + 1];
			int32_t		again;

			check_value(value);
			memcpy(text, data, POSTAL_CODE_BINARY_LEN);
			text[POSTAL_CODE_BINARY_LEN] = '\0';
			if (!postal_code_parse(text, &again, &err) || again != value)
				abort();
		}
		else if (err.kind != CAG_ERR_BINARY || err.detail[0] == '\0')
			abort();
	}
	if (!postal_code_from_chars((const char *) data, size < 16 ? size : 16, &value, &err) &&
		err.detail[0] == '\0')
		abort();
	free(str);
	return 0;
}
