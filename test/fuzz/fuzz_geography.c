/*
 * libFuzzer harness for the geographic codes (src/geography_core.c).
 *
 * The input, as a string, is read as a MAMH geographic code.  Properties
 * checked: no crash or out-of-bounds read (AddressSanitizer, UBSan); a
 * failure carries a detail; a code read is five digits once the white
 * space around it is dropped, and its prefix is its first two.
 */
#include <stdlib.h>
#include <string.h>

#include "geography_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	int			prefix;

	memcpy(str, data, size);
	str[size] = '\0';
	if (municipality_code_parse(str, &prefix, &err))
	{
		const char *p = str;
		size_t		len;
		size_t		i;

		while (cag_is_space((unsigned char) *p))
			p++;
		len = strlen(p);
		while (len > 0 && cag_is_space((unsigned char) p[len - 1]))
			len--;
		if (len != 5)
			abort();
		for (i = 0; i < len; i++)
			if (!cag_is_digit((unsigned char) p[i]))
				abort();
		if (prefix != (p[0] - '0') * 10 + (p[1] - '0'))
			abort();
	}
	else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
		abort();
	free(str);
	return 0;
}
