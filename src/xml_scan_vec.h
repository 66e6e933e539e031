/*-------------------------------------------------------------------------
 *
 * xml_scan_vec.h
 *	  The XML scanner's wide steps: sixteen bytes at once (GCC's vector
 *	  extension: SSE2 on x86-64, NEON on ARM, plain code elsewhere), for
 *	  runs of character data and of name characters, and for counting line
 *	  feeds.  Only for xml_scan_core.c: each function reads whole blocks of
 *	  sixteen bytes and leaves the bytes after the last one to the caller's
 *	  byte-by-byte loop (xml_scan_core.c's tables say the same as the
 *	  comparisons here).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_XML_SCAN_VEC_H
#define CAG_XML_SCAN_VEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The bytes as signed, so that those of 0x80 and above are negative. */
typedef signed char Bytes16 __attribute__((vector_size(16)));
typedef unsigned char UBytes16 __attribute__((vector_size(16)));

/* Sixteen bytes at p. */
static inline Bytes16
vec_load(const unsigned char *p)
{
	Bytes16		v;

	memcpy(&v, p, 16);
	return v;
}

/*
 * A bit for each byte of m (each 0 or -1), bit i set when byte i is -1
 * (the first byte in memory is bit 0).
 */
static inline unsigned int
vec_bits(Bytes16 m)
{
#ifdef __SSE2__
	return (unsigned int) _mm_movemask_epi8((__m128i) m);
#else
	unsigned char b[16];
	unsigned int bits = 0;
	int			i;

	memcpy(b, &m, 16);
	for (i = 0; i < 16; i++)
		bits |= (unsigned int) (b[i] & 1) << i;
	return bits;
#endif
}

/* The index of the first set bit of bits (16 bits), or 16. */
static inline int
vec_first(unsigned int bits)
{
	return __builtin_ctz(bits | 0x10000u);
}

/*
 * Character data (xml_scan_core.c's PLAIN bytes, and a carriage return
 * right before a line feed): from p, block by block while at least 17
 * bytes remain (the byte after each block is read, for its carriage
 * return), the first byte that is not; *cr set when a carriage return was
 * passed.  Where it stops, to be read byte by byte.
 */
static inline const unsigned char *
vec_plain_run(const unsigned char *p, const unsigned char *end, bool *cr)
{
	while (end - p > 16)
	{
		Bytes16		v = vec_load(p);
		Bytes16		next = vec_load(p + 1);
		Bytes16		isc = (v == '\r');
		unsigned int stop;
		unsigned int crs;
		int			n;

		/*
		 * The bytes that go on, as SSE2 computes them without a NOT: from
		 * the space (not the high ones: negative), tab, line feed, carriage
		 * return before a line feed; but (xor: they are among the first)
		 * '<', '&', ']'.
		 */
		stop = ~vec_bits(((v > 0x1F) | (v == '\t') | (v == '\n') | (isc & (next == '\n'))) ^
						 ((v == '<') | (v == '&') | (v == ']')));
		crs = vec_bits(isc);
		n = vec_first(stop);
		if (crs & ((1u << n) - 1))
			*cr = true;
		p += n;
		if (n < 16)
			break;
	}
	return p;
}

/*
 * The ASCII letters of v (ranges as xors of two comparisons: no NOT in
 * SSE2).
 */
static inline Bytes16
vec_letters(Bytes16 v)
{
	Bytes16		lower = v | 0x20;

	return (lower > 'a' - 1) ^ (lower > 'z');
}

/*
 * ASCII name characters (letters, digits, '_', ':', '.', '-'): from p,
 * block by block while at least 16 bytes remain, the first byte that is
 * not one; where it stops, to be read byte by byte.
 */
static inline const unsigned char *
vec_name_run(const unsigned char *p, const unsigned char *end)
{
	while (end - p >= 16)
	{
		Bytes16		v = vec_load(p);
		int			n;

		n = vec_first(~vec_bits(vec_letters(v) | ((v > '0' - 1) ^ (v > '9')) |
								(v == '_') | (v == ':') | (v == '.') | (v == '-')));
		p += n;
		if (n < 16)
			break;
	}
	return p;
}

/*
 * The line feeds in [p, end): 32 bytes at once, counted in each of the
 * sixteen lanes of two counters (at most 255 rounds before the lanes are
 * added up).
 */
static inline size_t
vec_count_newlines(const unsigned char *p, const unsigned char *end)
{
	size_t		n = 0;

	while (end - p >= 32)
	{
		UBytes16	c1 = {0};
		UBytes16	c2 = {0};
		unsigned char lanes[16];
		size_t		rounds = (size_t) (end - p) / 32;
		const unsigned char *stop;
		int			i;

		if (rounds > 255)
			rounds = 255;
		for (stop = p + rounds * 32; p < stop; p += 32)
		{
			c1 -= (UBytes16) (vec_load(p) == '\n');
			c2 -= (UBytes16) (vec_load(p + 16) == '\n');
		}
		memcpy(lanes, &c1, 16);
		for (i = 0; i < 16; i++)
			n += lanes[i];
		memcpy(lanes, &c2, 16);
		for (i = 0; i < 16; i++)
			n += lanes[i];
	}
	for (; p < end; p++)
		n += *p == '\n';
	return n;
}

#endif							/* CAG_XML_SCAN_VEC_H */
