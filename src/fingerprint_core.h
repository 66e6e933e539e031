/*-------------------------------------------------------------------------
 *
 * fingerprint_core.h
 *	  A streaming 64-bit fingerprint, server-free.
 *
 * What the SEAO loader records of a notice (load_notices.digest): a
 * fingerprint of its rows and of its bids, to tell a notice loaded again
 * unchanged from one whose content changed.  It is no cryptographic hash:
 * it tells apart content that differs by accident, not content built to
 * collide.
 *
 * The state takes 64-bit words, one multiply-rotate-multiply step each (the
 * step of MurmurHash3's 64-bit lane); a byte string is its length, then its
 * bytes eight at a time, read as little-endian words whatever the machine,
 * so that the same values give the same fingerprint on every platform.
 * Every string is preceded by its length, and a NULL is a word that no
 * length can be: a sequence of values has a single reading, and two
 * sequences differ by more than where a value ends.  The final value goes
 * through a finaliser that spreads every bit of the state over all 64.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_FINGERPRINT_CORE_H
#define CAG_FINGERPRINT_CORE_H

#include <string.h>

#include "core.h"

typedef struct CagFingerprint
{
	uint64_t	h;
} CagFingerprint;

/* What stands for a NULL: no string is that long. */
#define CAG_FINGERPRINT_NULL	UINT64_MAX

static inline uint64_t
cag_fingerprint_rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static inline void
cag_fingerprint_init(CagFingerprint *fp)
{
	fp->h = UINT64_C(0x9e3779b97f4a7c15);
}

/* Fold a 64-bit word into the fingerprint. */
static inline void
cag_fingerprint_word(CagFingerprint *fp, uint64_t w)
{
	w *= UINT64_C(0x87c37b91114253d5);
	w = cag_fingerprint_rotl(w, 31);
	w *= UINT64_C(0x4cf5ad432745937f);
	fp->h ^= w;
	fp->h = cag_fingerprint_rotl(fp->h, 27) * 5 + UINT64_C(0x52dce729);
}

/* Fold a NULL (a value that is absent). */
static inline void
cag_fingerprint_null(CagFingerprint *fp)
{
	cag_fingerprint_word(fp, CAG_FINGERPRINT_NULL);
}

/*
 * Bytes as a little-endian word, whatever the machine's order and alignment
 * (compilers read them with one load where they can).
 */
static inline uint64_t
cag_fingerprint_le32(const unsigned char *p)
{
	return (uint64_t) p[0] | ((uint64_t) p[1] << 8) | ((uint64_t) p[2] << 16) |
		((uint64_t) p[3] << 24);
}

static inline uint64_t
cag_fingerprint_le64(const unsigned char *p)
{
	return cag_fingerprint_le32(p) | (cag_fingerprint_le32(p + 4) << 32);
}

/*
 * Fold a byte string: its length, then its bytes eight at a time, the last
 * ones zero-padded to a word (read without a loop: as overlapping loads
 * within the string, the bytes read twice falling on themselves).
 */
static inline void
cag_fingerprint_bytes(CagFingerprint *fp, const void *data, size_t len)
{
	const unsigned char *p = data;
	const unsigned char *end = p + len;
	size_t		rest = len % 8;
	size_t		n;
	uint64_t	tail;

	cag_fingerprint_word(fp, (uint64_t) len);
	for (n = len / 8; n > 0; n--, p += 8)
		cag_fingerprint_word(fp, cag_fingerprint_le64(p));
	if (rest == 0)
		return;
	if (len >= 8)
		tail = cag_fingerprint_le64(end - 8) >> (8 * (8 - rest));
	else if (rest >= 4)
		tail = cag_fingerprint_le32(p) | (cag_fingerprint_le32(end - 4) << (8 * (rest - 4)));
	else
		tail = (uint64_t) p[0] | ((uint64_t) p[rest / 2] << (8 * (rest / 2))) |
			((uint64_t) p[rest - 1] << (8 * (rest - 1)));
	cag_fingerprint_word(fp, tail);
}

/* Fold a 4-byte integer (a word of its 32 bits: never the NULL's). */
static inline void
cag_fingerprint_int32(CagFingerprint *fp, int32_t v)
{
	cag_fingerprint_word(fp, (uint64_t) (uint32_t) v);
}

/*
 * Fold an 8-byte integer: as cag_fingerprint_bytes would its little-endian
 * bytes.
 */
static inline void
cag_fingerprint_int64(CagFingerprint *fp, int64_t v)
{
	cag_fingerprint_word(fp, 8);
	cag_fingerprint_word(fp, (uint64_t) v);
}

/* Fold a C string, or a NULL when str is NULL. */
static inline void
cag_fingerprint_str(CagFingerprint *fp, const char *str)
{
	if (str == NULL)
		cag_fingerprint_null(fp);
	else
		cag_fingerprint_bytes(fp, str, strlen(str));
}

/* The fingerprint of what was folded so far (the state is left as is). */
extern uint64_t cag_fingerprint_value(const CagFingerprint *fp);

#endif							/* CAG_FINGERPRINT_CORE_H */
