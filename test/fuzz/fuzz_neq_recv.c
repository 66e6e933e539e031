/*
 * libFuzzer harness for the binary input of neq (neq_from_binary, the
 * function neq_recv calls).
 *
 * Properties: no crash or out-of-bounds read for any bytes; a rejected field
 * carries a binary error with a detail; an accepted one passes the check,
 * is sent back as the same 8 bytes, and its text form parses to the same
 * value.
 */
#include "neq_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	int64_t		value;
	unsigned char sent[NEQ_BINARY_LEN];
	char		text[11];
	int64_t		again;

	if (!neq_from_binary((const char *) data, size, &value, &err))
	{
		expect_binary_failure(&err);
		return 0;
	}
	if (!neq_check(value, &err))
		abort();
	neq_to_binary(value, sent);
	expect_same_bytes(data, size, sent, sizeof(sent));
	neq_format(value, text);
	if (!neq_parse(text, &again, &err) || again != value)
		abort();
	return 0;
}
