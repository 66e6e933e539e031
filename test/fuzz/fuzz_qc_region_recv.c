/*
 * libFuzzer harness for the binary input of qc_region (qc_region_from_binary,
 * the function qc_region_recv calls).
 *
 * Properties: no crash or out-of-bounds read for any bytes; a rejected field
 * carries a binary error with a detail; an accepted one is a code from 1 to
 * 17, is sent back as the same byte, and its code and names parse back to
 * it.
 */
#include "qc_region_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	int			code;
	int			again;
	unsigned char sent[QC_REGION_BINARY_LEN];
	char		text[3];

	if (!qc_region_from_binary((const char *) data, size, &code, &err))
	{
		expect_binary_failure(&err);
		return 0;
	}
	if (code < QC_REGION_MIN || code > QC_REGION_MAX || !qc_region_check(code, &err))
		abort();
	qc_region_to_binary(code, sent);
	expect_same_bytes(data, size, sent, sizeof(sent));
	qc_region_format_code(code, text);
	if (!qc_region_parse(text, &again, &err) || again != code)
		abort();
	if (!qc_region_parse(qc_region_name_fr(code), &again, &err) || again != code)
		abort();
	return 0;
}
