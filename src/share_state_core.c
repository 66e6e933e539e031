/*-------------------------------------------------------------------------
 *
 * share_state_core.c
 *	  The state of share_agg, server-free: arithmetic, checks, binary and
 *	  text forms.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "json_reader_core.h"
#include "share_state_core.h"

_Static_assert(sizeof(ShareState) == SHARE_STATE_SIZE, "ShareState size");

void
share_state_init(ShareState *s)
{
	memset(s, 0, sizeof(*s));
	s->version = SHARE_STATE_VERSION;
}

bool
share_state_add(ShareState *a, const ShareState *b)
{
	bool		overflow;

	overflow = __builtin_add_overflow(a->count, b->count, &a->count);
	overflow |= __builtin_add_overflow(a->amount, b->amount, &a->amount);
	overflow |= __builtin_add_overflow(a->matching_count, b->matching_count, &a->matching_count);
	overflow |= __builtin_add_overflow(a->matching_amount, b->matching_amount, &a->matching_amount);
	return !overflow;
}

bool
share_state_equal(const ShareState *a, const ShareState *b)
{
	return a->version == b->version && a->count == b->count &&
		a->amount == b->amount && a->matching_count == b->matching_count &&
		a->matching_amount == b->matching_amount;
}

bool
share_state_check(const ShareState *s, CagErrorKind kind, CagParseError *err)
{
	cag_error_clear(err);
	if (s->version != SHARE_STATE_VERSION)
	{
		cag_fail(err, kind, "Format version %d is not known; this version of cag_ovt reads version %d.",
				 (int) s->version, SHARE_STATE_VERSION);
		cag_hint(err, "A state written by a newer cag_ovt needs that version of the extension.");
		return false;
	}
	return cag_check_whole(s->count, s->amount, kind, err) &&
		cag_check_part(s->matching_count, s->matching_amount, "matching_count", "matching_amount",
				   s->count, s->amount, "count", "amount",
				   "the matching purchases are some of the purchases", kind, err);
}

bool
share_state_from_binary(const char *data, size_t len, ShareState *s,
						CagParseError *err)
{
	size_t		offset = 4;

	cag_error_clear(err);
	share_state_init(s);
	if (!cag_binary_version(data, len, "share state", &s->version, err))
		return false;
	if (s->version != SHARE_STATE_VERSION)
		return share_state_check(s, CAG_ERR_BINARY, err);
	if (len != SHARE_STATE_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a share state of format version %d has %d bytes, not %zu.",
						SHARE_STATE_VERSION, (int) SHARE_STATE_BINARY_LEN, len);
	s->count = cag_read_int64(data, &offset);
	s->amount = cag_read_int64(data, &offset);
	s->matching_count = cag_read_int64(data, &offset);
	s->matching_amount = cag_read_int64(data, &offset);
	return share_state_check(s, CAG_ERR_BINARY, err);
}

void
share_state_to_binary(const ShareState *s, unsigned char *buf)
{
	size_t		offset = 4;

	cag_put_uint32(buf, (uint32_t) s->version);
	cag_write_int64(buf, &offset, s->count);
	cag_write_int64(buf, &offset, s->amount);
	cag_write_int64(buf, &offset, s->matching_count);
	cag_write_int64(buf, &offset, s->matching_amount);
}

bool
share_state_parse(const char *str, ShareState *s, CagParseError *err)
{
	CagJsonField top[5];
	int64_t		version = 0;

	cag_error_clear(err);
	share_state_init(s);
	top[0] = (CagJsonField) {"version", CAG_JSON_VERSION, &version, NULL, 0, false};
	top[1] = (CagJsonField) {"count", CAG_JSON_COUNT, &s->count, NULL, 0, false};
	top[2] = (CagJsonField) {"amount", CAG_JSON_AMOUNT, &s->amount, NULL, 0, false};
	top[3] = (CagJsonField) {"matching_count", CAG_JSON_COUNT, &s->matching_count, NULL, 0, false};
	top[4] = (CagJsonField) {"matching_amount", CAG_JSON_AMOUNT, &s->matching_amount, NULL, 0, false};

	if (!cag_json_read(str, "share_state", SHARE_STATE_VERSION, SHARE_STATE_VERSION, top, 5, err))
		return false;
	s->version = (int32_t) version;
	return share_state_check(s, CAG_ERR_SYNTAX, err);
}

void
share_state_format(const ShareState *s, char *buf)
{
	char		a[CAG_CENTS_TEXT_MAX];
	char		m[CAG_CENTS_TEXT_MAX];

	snprintf(buf, SHARE_STATE_TEXT_MAX,
			 "{\"version\": %d, \"count\": %lld, \"amount\": %s, \"matching_count\": %lld, \"matching_amount\": %s}",
			 (int) s->version, (long long) s->count, cag_cents_format(s->amount, a),
			 (long long) s->matching_count, cag_cents_format(s->matching_amount, m));
}
