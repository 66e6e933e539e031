/*
 * libFuzzer harness for the streaming fingerprint (src/fingerprint_core.c),
 * against a reference written differently.
 *
 * The input is cut into up to four strings (its first byte says where) and
 * folded in as strings, integers and a NULL.  The reference builds the
 * whole stream of bytes first (each string's length as 8 little-endian
 * bytes, then its bytes zero-padded to 8, a 4-byte integer as 8 bytes of
 * its 32 bits, a NULL as 8 bytes 0xff) and folds it word by word,
 * assembling each word byte by byte; the core must give the same value,
 * whatever the alignment of the input.  Besides: the same strings cut
 * elsewhere, a NULL before them, the integer -1 for a NULL or one byte
 * changed give another value (a collision of 64 bits would be
 * a failure here, at odds of 2^-64 each), and a value known on one machine
 * is the value on every machine.
 */
#include <stdlib.h>
#include <string.h>

#include "fingerprint_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXPARTS 4

/* The input in parts: cut[i] is where part i ends. */
typedef struct Parts
{
	const uint8_t *data;
	size_t		cut[MAXPARTS];
	int			n;
} Parts;

/* The byte stream the fingerprint reads, as the reference builds it. */
typedef struct Stream
{
	uint8_t    *bytes;
	size_t		len;
} Stream;

static void
put_word(Stream *s, uint64_t w)
{
	int			i;

	for (i = 0; i < 8; i++)
		s->bytes[s->len++] = (uint8_t) (w >> (8 * i));
}

static void
put_string(Stream *s, const uint8_t *p, size_t len)
{
	put_word(s, len);
	memcpy(s->bytes + s->len, p, len);
	s->len += len;
	while (s->len % 8 != 0)
		s->bytes[s->len++] = 0;
}

static uint64_t
reference(const Parts *parts, int32_t number, bool null_first)
{
	Stream		s;
	CagFingerprint fp;
	size_t		start = 0;
	size_t		i;
	int			k;

	s.bytes = malloc(parts->cut[parts->n - 1] + 8 * (3 * MAXPARTS + 4));
	s.len = 0;
	if (null_first)
		put_word(&s, UINT64_MAX);
	for (k = 0; k < parts->n; k++)
	{
		put_string(&s, parts->data + start, parts->cut[k] - start);
		start = parts->cut[k];
	}
	put_word(&s, (uint32_t) number);
	cag_fingerprint_init(&fp);
	for (i = 0; i < s.len; i += 8)
	{
		uint64_t	w = 0;
		int			b;

		for (b = 7; b >= 0; b--)
			w = (w << 8) | s.bytes[i + b];
		cag_fingerprint_word(&fp, w);
	}
	free(s.bytes);
	return cag_fingerprint_value(&fp);
}

/* What the loader does: the parts as byte strings, then the number. */
static uint64_t
fingerprint(const Parts *parts, const uint8_t *data, int32_t number, bool null_first)
{
	CagFingerprint fp;
	size_t		start = 0;
	int			k;

	cag_fingerprint_init(&fp);
	if (null_first)
		cag_fingerprint_null(&fp);
	for (k = 0; k < parts->n; k++)
	{
		cag_fingerprint_bytes(&fp, data + start, parts->cut[k] - start);
		start = parts->cut[k];
	}
	cag_fingerprint_int32(&fp, number);
	return cag_fingerprint_value(&fp);
}

static void
known_values(void)
{
	CagFingerprint fp;
	CagFingerprint other;

	cag_fingerprint_init(&fp);
	if (cag_fingerprint_value(&fp) != UINT64_C(0xe220a8397b1dcdaf))
		abort();
	cag_fingerprint_str(&fp, "Ville de Québec");
	cag_fingerprint_null(&fp);
	cag_fingerprint_int32(&fp, -5);
	cag_fingerprint_int64(&fp, INT64_C(1143567890));
	if (cag_fingerprint_value(&fp) != UINT64_C(0xc779f8e259b9ef02))
		abort();
	/* the integer -1 is no NULL */
	cag_fingerprint_init(&fp);
	other = fp;
	cag_fingerprint_int32(&fp, -1);
	cag_fingerprint_null(&other);
	if (cag_fingerprint_value(&fp) == cag_fingerprint_value(&other))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Parts		parts;
	Parts		other;
	uint8_t    *copy;
	uint64_t	value;
	int32_t		number = -1;
	size_t		body;
	int			k;

	known_values();
	if (size < 1)
		return 0;
	/* the first byte: how many parts, and where the first cut falls */
	body = size - 1;
	parts.data = data + 1;
	parts.n = 1 + data[0] % MAXPARTS;
	for (k = 0; k < parts.n - 1; k++)
		parts.cut[k] = body * (size_t) (k + 1 + (data[0] >> 4) % 2) / (size_t) (parts.n + 1);
	parts.cut[parts.n - 1] = body;

	value = fingerprint(&parts, parts.data, number, false);
	if (value != reference(&parts, number, false))
		abort();
	/* unaligned, and in memory of its own */
	copy = malloc(body + 1);
	memcpy(copy + 1, parts.data, body);
	if (fingerprint(&parts, copy + 1, number, false) != value)
		abort();
	free(copy);
	/* a NULL first */
	if (fingerprint(&parts, parts.data, number, true) == value ||
		fingerprint(&parts, parts.data, number, true) != reference(&parts, number, true))
		abort();
	/* the same bytes cut elsewhere */
	if (parts.n > 1 && parts.cut[0] > 0)
	{
		other = parts;
		other.cut[0]--;
		if (fingerprint(&other, parts.data, number, false) == value)
			abort();
	}
	/* one byte changed */
	if (body > 0)
	{
		copy = malloc(body);
		memcpy(copy, parts.data, body);
		copy[body / 2] ^= (uint8_t) (1 + data[0] % 255);
		if (fingerprint(&parts, copy, number, false) == value)
			abort();
		free(copy);
	}
	return 0;
}
