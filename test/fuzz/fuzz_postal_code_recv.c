/*
 * libFuzzer harness for the binary input of postal_code
 * (postal_code_from_chars, the function postal_code_recv calls).
 *
 * Properties: no crash or out-of-bounds read for any bytes; a rejected field
 * carries a binary error with a detail and the bytes, escaped, as its value
 * (empty only for an empty field); an accepted one passes the check, is
 * sent back as the same six characters, and its text form parses to the
 * same value.
 */
#include "postal_code_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	int32_t		value;
	char		sent[POSTAL_CODE_BINARY_LEN];
	char		text[POSTAL_CODE_TEXT_LEN];
	int32_t		again;

	if (!postal_code_from_chars((const char *) data, size, &value, &err))
	{
		expect_binary_failure(&err);
		if ((size > 0) != (err.value[0] != '\0'))
			abort();
		return 0;
	}
	if (!postal_code_check(value, &err))
		abort();
	postal_code_chars(value, sent);
	expect_same_bytes(data, size, (const unsigned char *) sent, sizeof(sent));
	postal_code_format(value, text);
	if (!postal_code_parse(text, &again, &err) || again != value)
		abort();
	return 0;
}
