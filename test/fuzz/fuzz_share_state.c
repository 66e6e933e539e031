/*
 * libFuzzer harness for the share_state text parser (src/share_state_core.c).
 *
 * Properties checked on every input: no crash, no out-of-bounds read, no
 * signed overflow; a parsed state passes the consistency check and formats
 * then parses back to itself; a failure carries a detail.  The input read
 * as a raw struct is also checked like the binary form.
 */
#include <stdlib.h>
#include <string.h>

#include "share_state_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(const ShareState *s)
{
	char		buf[SHARE_STATE_TEXT_MAX];
	ShareState	again;
	CagParseError err;

	share_state_format(s, buf);
	if (strlen(buf) >= SHARE_STATE_TEXT_MAX - 1)
		abort();
	if (!share_state_parse(buf, &again, &err) || !share_state_equal(s, &again))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	ShareState	s;

	memcpy(str, data, size);
	str[size] = '\0';
	if (share_state_parse(str, &s, &err))
	{
		if (!share_state_check(&s, CAG_ERR_BINARY, &err))
			abort();
		round_trip(&s);
	}
	else if (err.kind == CAG_OK || err.kind == CAG_ERR_BINARY || err.detail[0] == '\0')
		abort();

	if (size >= sizeof(ShareState))
	{
		ShareState	raw;

		memcpy(&raw, data, sizeof(raw));
		raw.version = SHARE_STATE_VERSION;
		raw.reserved = 0;
		if (share_state_check(&raw, CAG_ERR_BINARY, &err))
			round_trip(&raw);
		else if (err.kind != CAG_ERR_BINARY || err.detail[0] == '\0')
			abort();
	}
	free(str);
	return 0;
}
