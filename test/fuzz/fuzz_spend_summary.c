/*
 * libFuzzer harness for the spend_summary text parser (src/spend_summary_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer, UBSan: no signed overflow); a parsed summary
 * passes the consistency check; formatting then parsing again gives the
 * same summary and the same text; a failure carries a detail.  The input
 * read as a raw struct (the binary form) is also checked: a struct that
 * passes the check formats within the buffer and parses back to itself.
 */
#include <stdlib.h>
#include <string.h>

#include "spend_summary_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(const SpendSummary *s)
{
	char		buf[SPEND_SUMMARY_TEXT_MAX];
	char		again_buf[SPEND_SUMMARY_TEXT_MAX];
	SpendSummary again;
	CagParseError err;

	spend_summary_format(s, buf);
	if (strlen(buf) >= SPEND_SUMMARY_TEXT_MAX - 1)
		abort();				/* possibly truncated */
	if (!spend_summary_parse(buf, &again, &err) || !spend_summary_equal(s, &again))
		abort();
	spend_summary_format(&again, again_buf);
	if (strcmp(buf, again_buf) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	SpendSummary s;

	memcpy(str, data, size);
	str[size] = '\0';
	if (spend_summary_parse(str, &s, &err))
	{
		if (!spend_summary_check(&s, CAG_ERR_BINARY, &err))
			abort();
		round_trip(&s);
	}
	else if (err.kind == CAG_OK || err.kind == CAG_ERR_BINARY || err.detail[0] == '\0')
		abort();				/* a failure must say why */

	if (size >= sizeof(SpendSummary))
	{
		SpendSummary raw;

		memcpy(&raw, data, sizeof(raw));
		raw.version = SPEND_SUMMARY_VERSION;
		raw.reserved = 0;
		if (spend_summary_check(&raw, CAG_ERR_BINARY, &err))
		{
			SpendSummary sum = raw;

			round_trip(&raw);
			/* a valid summary added to itself is valid, unless it overflows */
			if (spend_summary_add(&sum, &raw))
			{
				if (!spend_summary_check(&sum, CAG_ERR_BINARY, &err))
					abort();
				if (!spend_summary_subtract(&sum, &raw) || !spend_summary_equal(&sum, &raw))
					abort();
			}
		}
		else if (err.kind != CAG_ERR_BINARY || err.detail[0] == '\0')
			abort();
	}
	free(str);
	return 0;
}
