/*
 * libFuzzer harness for the purchase_class parser (src/purchase_class_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer); a parsed class uses only the 8 flag bits
 * and passes the invariant check; formatting then parsing again gives the
 * same class and the same text; a failure carries a detail.  The input
 * read as 16 bits is also checked: a class that passes the check formats
 * and parses back to itself.  The input taken as a flag name (the operand
 * of ?, ?| and ?&) names a flag whose name it is, ignoring ASCII case, or
 * fails with a detail and a hint.
 */
#include <stdlib.h>
#include <string.h>

#include "purchase_class_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(uint16_t bits)
{
	char		buf[PC_TEXT_MAX];
	char		again_buf[PC_TEXT_MAX];
	uint16_t	again;
	CagParseError err;

	purchase_class_format(bits, buf);
	if (strlen(buf) >= PC_TEXT_MAX)
		abort();
	if (!purchase_class_parse(buf, &again, &err) || again != bits)
		abort();
	purchase_class_format(again, again_buf);
	if (strcmp(buf, again_buf) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	uint16_t	bits;

	memcpy(str, data, size);
	str[size] = '\0';
	if (purchase_class_parse(str, &bits, &err))
	{
		if (bits & ~PC_ALL_FLAGS)
			abort();
		if (!purchase_class_check(bits, CAG_ERR_BINARY, &err))
			abort();
		round_trip(bits);
	}
	else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
		abort();				/* a failure must say why */

	{
		int			flag;

		if (purchase_class_named_flag((const char *) data, size, &flag, &err))
		{
			size_t		i;

			if (flag < 0 || flag >= PC_NFLAGS ||
				strlen(purchase_class_flag_names[flag]) != size)
				abort();
			for (i = 0; i < size; i++)
				if (cag_to_lower(data[i]) != (unsigned char) purchase_class_flag_names[flag][i])
					abort();
		}
		else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0' || err.hint[0] == '\0')
			abort();
	}

	if (size >= 2)
	{
		uint16_t	raw;

		memcpy(&raw, data, sizeof(raw));
		if (purchase_class_check(raw, CAG_ERR_BINARY, &err))
			round_trip(raw);
		else if (err.kind != CAG_ERR_BINARY || err.detail[0] == '\0')
			abort();
	}
	free(str);
	return 0;
}
