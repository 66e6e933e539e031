/*
 * libFuzzer harness for the qc_region parser (src/qc_region_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer), a parsed value is a valid code, every
 * failure carries a detail, and the code, the French name, the English
 * name and their ASCII spellings all parse back to the same code.
 */
#include <stdlib.h>
#include <string.h>

#include "qc_region_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
must_parse_to(const char *text, int code)
{
	CagParseError err;
	int			again;

	if (text == NULL || !qc_region_parse(text, &again, &err) || again != code)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	int			code;

	memcpy(str, data, size);
	str[size] = '\0';
	if (qc_region_parse(str, &code, &err))
	{
		char		buf[3];

		if (!qc_region_check(code, &err))
			abort();
		qc_region_format_code(code, buf);
		must_parse_to(buf, code);
		must_parse_to(qc_region_name_fr(code), code);
		must_parse_to(qc_region_name_en(code), code);
		must_parse_to(qc_region_name_ascii(code, false), code);
		must_parse_to(qc_region_name_ascii(code, true), code);
	}
	else if (err.kind == CAG_OK || err.detail[0] == '\0')
		abort();				/* a failure must say why */
	free(str);
	return 0;
}
