/*
 * libFuzzer harness for the binary input of share_state
 * (share_state_from_binary, the function share_state_recv calls).
 *
 * Properties: no crash, no out-of-bounds read, no signed overflow for any
 * bytes (truncated, oversized, any version); a rejected field carries a
 * binary error with a detail; an accepted one passes the consistency
 * check, is sent back as the same 36 bytes, and its text form parses to
 * the same state.
 */
#include "share_state_core.h"
#include "recv_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagParseError err;
	ShareState s;
	ShareState again;
	unsigned char sent[SHARE_STATE_BINARY_LEN];
	char		text[SHARE_STATE_TEXT_MAX];

	if (!share_state_from_binary((const char *) data, size, &s, &err))
	{
		expect_binary_failure(&err);
		return 0;
	}
	if (!share_state_check(&s, CAG_ERR_BINARY, &err))
		abort();
	share_state_to_binary(&s, sent);
	expect_same_bytes(data, size, sent, sizeof(sent));
	share_state_format(&s, text);
	if (!share_state_parse(text, &again, &err) || !share_state_equal(&s, &again))
		abort();
	return 0;
}
