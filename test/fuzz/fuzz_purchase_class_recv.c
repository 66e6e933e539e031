/*
 * libFuzzer harness for the binary input of purchase_class
 * (purchase_class_from_binary, the function purchase_class_recv calls).
 *
 * Properties: no crash or out-of-bounds read for any bytes; a rejected field
 * carries a binary error with a detail; an accepted one uses only the flag
 * bits, passes the check, is sent back as the same 2 bytes, and its text
 * form parses to the same class.
 */
#include "purchase_class_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	uint16_t	bits;
	uint16_t	again;
	unsigned char sent[PC_BINARY_LEN];
	char		text[PC_TEXT_MAX];

	if (!purchase_class_from_binary((const char *) data, size, &bits, &err))
	{
		expect_binary_failure(&err);
		return 0;
	}
	if ((bits & ~PC_ALL_FLAGS) || !purchase_class_check(bits, CAG_ERR_BINARY, &err))
		abort();
	purchase_class_to_binary(bits, sent);
	expect_same_bytes(data, size, sent, sizeof(sent));
	purchase_class_format(bits, text);
	if (!purchase_class_parse(text, &again, &err) || again != bits)
		abort();
	return 0;
}
