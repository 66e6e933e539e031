/*
 * Checks shared by the libFuzzer harnesses of the binary input paths
 * (test/fuzz/fuzz_<type>_recv.c).  Each harness hands the fuzzer's bytes,
 * as one field, to <type>_from_binary: the very function the type's recv
 * calls with the bytes PostgreSQL gives it.
 */
#ifndef CAG_FUZZ_RECV_CHECK_H
#define CAG_FUZZ_RECV_CHECK_H

#include <stdlib.h>
#include <string.h>

#include "core.h"

/* A rejected field: a binary error that says why, a bounded value. */
static inline void
expect_binary_failure(const CagParseError *err)
{
	if (err->kind != CAG_ERR_BINARY || err->detail[0] == '\0')
		abort();
	if (memchr(err->detail, '\0', sizeof(err->detail)) == NULL ||
		memchr(err->hint, '\0', sizeof(err->hint)) == NULL ||
		memchr(err->value, '\0', sizeof(err->value)) == NULL)
		abort();
}

/*
 * An accepted field: the binary form is canonical, so sending the decoded
 * value must give back exactly the bytes received.
 */
static inline void
expect_same_bytes(const uint8_t *data, size_t size, const unsigned char *sent, size_t sent_len)
{
	if (size != sent_len || memcmp(data, sent, size) != 0)
		abort();
}

#endif							/* CAG_FUZZ_RECV_CHECK_H */
