/*
 * libFuzzer harness for the binary input of unspsc (unspsc_from_binary, the
 * function unspsc_recv calls).
 *
 * Properties: no crash or out-of-bounds read for any bytes; a rejected field
 * carries a binary error with a detail; an accepted one passes the check,
 * is sent back as the same 4 bytes, its text form parses to the same value,
 * and its ancestors and range end are valid codes.
 */
#include "unspsc_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	int32_t		value;
	unsigned char sent[UNSPSC_BINARY_LEN];
	char		text[UNSPSC_TEXT_LEN];
	int32_t		again;
	int			level;

	if (!unspsc_from_binary((const char *) data, size, &value, &err))
	{
		expect_binary_failure(&err);
		return 0;
	}
	if (!unspsc_check(value, &err))
		abort();
	unspsc_to_binary(value, sent);
	expect_same_bytes(data, size, sent, sizeof(sent));
	unspsc_format(value, text);
	if (!unspsc_parse(text, &again, &err) || again != value)
		abort();
	for (level = UNSPSC_SEGMENT; level <= UNSPSC_COMMODITY; level++)
	{
		int32_t		ancestor = unspsc_ancestor(value, (UnspscLevel) level);

		if (ancestor >= 0 && (!unspsc_check(ancestor, &err) || !unspsc_within(value, ancestor)))
			abort();
	}
	if (!unspsc_check(unspsc_range_end(value), &err))
		abort();
	return 0;
}
