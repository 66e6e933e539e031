/*
 * libFuzzer harness for the binary input of spend_summary
 * (spend_summary_from_binary, the function spend_summary_recv calls).
 *
 * Properties: no crash, no out-of-bounds read, no signed overflow for any
 * bytes (truncated, oversized, any version); a rejected field carries a
 * binary error with a detail; an accepted one passes the consistency
 * check, is sent back as the same bytes (a summary of the current format,
 * 188 bytes) or, read from the 148 bytes of format 1, as the current
 * format with nothing unknown and nothing unpriced, which decodes to the
 * same summary; its text form parses to the same summary.
 */
#include "spend_summary_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	SpendSummary s;
	SpendSummary again;
	unsigned char sent[SPEND_SUMMARY_BINARY_LEN];
	char		text[SPEND_SUMMARY_TEXT_MAX];

	if (!spend_summary_from_binary((const char *) data, size, &s, &err))
	{
		expect_binary_failure(&err);
		return 0;
	}
	if (!spend_summary_check(&s, CAG_ERR_BINARY, &err))
		abort();
	spend_summary_to_binary(&s, sent);
	if (size == SPEND_SUMMARY_BINARY_LEN_1)
	{
		if (s.unpriced != 0)
			abort();
		for (int i = SPEND_NCOUNTED; i < PC_NFLAGS; i++)
			if (s.flag_amount[i] != 0)
				abort();
		if (!spend_summary_from_binary((const char *) sent, sizeof(sent), &again, &err) ||
			!spend_summary_equal(&s, &again))
			abort();
	}
	else
		expect_same_bytes(data, size, sent, sizeof(sent));
	spend_summary_format(&s, text);
	if (strlen(text) >= SPEND_SUMMARY_TEXT_MAX - 1)
		abort();
	if (!spend_summary_parse(text, &again, &err) || !spend_summary_equal(&s, &again))
		abort();
	return 0;
}
