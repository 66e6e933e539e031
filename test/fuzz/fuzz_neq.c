/*
 * libFuzzer harness for the neq parser (src/neq_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer), a parsed value is in range and passes the
 * binary check, and formatting then parsing again gives the same value.
 */
#include <stdlib.h>
#include <string.h>

#include "neq_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	int64_t		value;

	memcpy(str, data, size);
	str[size] = '\0';
	if (neq_parse(str, &value, &err))
	{
		char		buf[11];
		int64_t		again;

		if (!neq_check(value, &err))
			abort();
		neq_format(value, buf);
		if (!neq_parse(buf, &again, &err) || again != value)
			abort();
		(void) neq_legal_form_name(value);
	}
	else if (err.kind == CAG_OK || err.detail[0] == '\0')
		abort();				/* a failure must say why */
	free(str);
	return 0;
}
