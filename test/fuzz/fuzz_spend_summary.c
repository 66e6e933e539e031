/*
 * libFuzzer harness for the spend_summary text parser (src/spend_summary_core.c).
 *
 * Properties checked on every input: the parser never crashes or reads out
 * of bounds (AddressSanitizer, UBSan: no signed overflow); a parsed summary
 * passes the consistency check; formatting then parsing again gives the
 * same summary and the same text; a failure carries a detail.  The input
 * read as a raw struct (the binary form) is also checked: a struct that
 * passes the check formats within the buffer and parses back to itself.
 * Read as a summary stored by 1.1 (SpendSummaryV1), it is either refused
 * with a detail or gives, with nothing unknown and nothing unpriced, a
 * summary that passes the check, and its 1.1 text form (written here as
 * 1.1 wrote it) parses to the same summary.
 */
#include <stdio.h>
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

/* The text form of a version-1 summary, as 1.1 wrote it. */
static void
format_v1(const SpendSummaryV1 *old, char *buf, size_t len)
{
	char		a[CAG_CENTS_TEXT_MAX];
	size_t		n;

	n = snprintf(buf, len, "{\"version\": 1, \"count\": %lld, \"amount\": %s, \"flags\": {",
				 (long long) old->count, cag_cents_format(old->amount, a));
	for (int i = 0; i < SPEND_NCOUNTED; i++)
		n += snprintf(buf + n, len - n, "%s\"%s\": {\"count\": %lld, \"amount\": %s}",
					  i ? ", " : "", purchase_class_flag_names[i], (long long) old->flags[i].count,
					  cag_cents_format(old->flags[i].amount, a));
	snprintf(buf + n, len - n, "}}");
}

static void
check_v1(const uint8_t *data)
{
	SpendSummaryV1 old;
	SpendSummary s;
	SpendSummary parsed;
	CagParseError err;
	char		text[SPEND_SUMMARY_TEXT_MAX];

	memcpy(&old, data, sizeof(old));
	old.version = SPEND_SUMMARY_VERSION_1;
	old.reserved = 0;
	if (!spend_summary_from_v1(&old, &s, CAG_ERR_BINARY, &err))
	{
		if (err.kind != CAG_ERR_BINARY || err.detail[0] == '\0')
			abort();
		return;
	}
	if (s.unpriced != 0 || s.count != (uint64_t) old.count || s.amount != old.amount)
		abort();
	for (int i = SPEND_NCOUNTED; i < PC_NFLAGS; i++)
		if (s.flag_amount[i] != 0)
			abort();
	if (!spend_summary_check(&s, CAG_ERR_BINARY, &err))
		return;					/* a struct 1.1 could not have stored */
	round_trip(&s);
	format_v1(&old, text, sizeof(text));
	if (!spend_summary_parse(text, &parsed, &err) || !spend_summary_equal(&s, &parsed))
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
	if (size >= sizeof(SpendSummaryV1))
		check_v1(data);
	free(str);
	return 0;
}
