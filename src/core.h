/*-------------------------------------------------------------------------
 *
 * core.h
 *	  Server-independent parsing support shared by the cag_ovt types.
 *
 * The parsers of every type (files named *_core.c) include only this header
 * and the C standard library, so that they can be compiled outside the
 * server: the fuzz harnesses under test/fuzz link them directly.  A parser
 * never allocates, never aborts and reports a failure through a
 * CagParseError, which the server side (cag_ovt.c) turns into an ereport.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_OVT_CORE_H
#define CAG_OVT_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What went wrong; decides the SQLSTATE the server reports. */
typedef enum CagErrorKind
{
	CAG_OK = 0,
	CAG_ERR_SYNTAX,				/* 22P02 invalid_text_representation */
	CAG_ERR_RANGE,				/* 22003 numeric_value_out_of_range */
	CAG_ERR_BINARY				/* 22P03 invalid_binary_representation */
} CagErrorKind;

#define CAG_MSG_LEN 256
#define CAG_VALUE_LEN 80

typedef struct CagParseError
{
	CagErrorKind kind;
	char		detail[CAG_MSG_LEN];	/* full sentence, or empty */
	char		hint[CAG_MSG_LEN];	/* full sentence, or empty */

	/*
	 * Binary input only: the rejected value as text, for the message
	 * ("invalid binary value for type T: value"), or empty when the bytes
	 * could not be decoded into a value (wrong length, unknown version).
	 */
	char		value[CAG_VALUE_LEN];
} CagParseError;

/*
 * Memory for the server-free code that needs some (the SEAO XML reader,
 * the SEAO rules' texts): the server's palloc, or malloc in a fuzz harness.
 * alloc and realloc return NULL when they fail or do not return (palloc
 * raises its error); free may be called with NULL.
 */
typedef struct CagAllocator
{
	void	   *(*alloc) (void *arg, size_t size);
	void	   *(*realloc) (void *arg, void *ptr, size_t size);
	void		(*free) (void *arg, void *ptr);
	void	   *arg;
} CagAllocator;

#if defined(__GNUC__) || defined(__clang__)
#define CAG_PRINTF(f, a) __attribute__((format(printf, f, a)))
/* an error path: kept out of the hot code around it */
#define CAG_COLD __attribute__((cold, noinline))
/*
 * Shared by a few files, not for other callers: the server module is built
 * with -fPIC, where a function of default visibility is called through the
 * PLT and never inlined (it could be interposed); a hidden one stays a
 * direct call, inlined where the compiler likes, as if it were static.
 */
#define CAG_INTERNAL __attribute__((visibility("hidden")))
#else
#define CAG_PRINTF(f, a)
#define CAG_COLD
#define CAG_INTERNAL
#endif

/* Reset an error to "no error". */
extern void cag_error_clear(CagParseError *err);

/*
 * Record an error of the given kind with a detail sentence; returns false so
 * that a parser can write "return cag_fail(...)".
 */
extern bool cag_fail(CagParseError *err, CagErrorKind kind, const char *fmt,...) CAG_PRINTF(3, 4);

/* Add (or replace) the hint of an error already recorded. */
extern void cag_hint(CagParseError *err, const char *fmt,...) CAG_PRINTF(2, 3);

/* Record the value a binary input failure is about (see CagParseError). */
extern void cag_error_value(CagParseError *err, const char *fmt,...) CAG_PRINTF(2, 3);

/*
 * Binary forms (send/recv).  A recv function hands the bytes of its field,
 * all of them, to the type's <type>_from_binary function in its *_core.c,
 * which checks the length, decodes and validates exactly like text input;
 * send uses <type>_to_binary.  Integers are big-endian (network order), as
 * PostgreSQL's own int2/int4/int8 send them.
 */
static inline uint16_t
cag_get_uint16(const unsigned char *p)
{
	return (uint16_t) ((p[0] << 8) | p[1]);
}

static inline uint32_t
cag_get_uint32(const unsigned char *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) |
		((uint32_t) p[2] << 8) | (uint32_t) p[3];
}

static inline uint64_t
cag_get_uint64(const unsigned char *p)
{
	return ((uint64_t) cag_get_uint32(p) << 32) | cag_get_uint32(p + 4);
}

static inline void
cag_put_uint16(unsigned char *p, uint16_t v)
{
	p[0] = (unsigned char) (v >> 8);
	p[1] = (unsigned char) v;
}

static inline void
cag_put_uint32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char) (v >> 24);
	p[1] = (unsigned char) (v >> 16);
	p[2] = (unsigned char) (v >> 8);
	p[3] = (unsigned char) v;
}

static inline void
cag_put_uint64(unsigned char *p, uint64_t v)
{
	cag_put_uint32(p, (uint32_t) (v >> 32));
	cag_put_uint32(p + 4, (uint32_t) v);
}

/* The int64 at data + *offset (big-endian), advancing *offset by 8. */
static inline int64_t
cag_read_int64(const char *data, size_t *offset)
{
	int64_t		v = (int64_t) cag_get_uint64((const unsigned char *) data + *offset);

	*offset += 8;
	return v;
}

/* Write v at buf + *offset (big-endian), advancing *offset by 8. */
static inline void
cag_write_int64(unsigned char *buf, size_t *offset, int64_t v)
{
	cag_put_uint64(buf + *offset, (uint64_t) v);
	*offset += 8;
}

/*
 * The format version at the start of the binary form of a versioned struct
 * (int32): false with a CAG_ERR_BINARY error when there are fewer than 4
 * bytes.  "what" names the struct ("spend summary").
 */
extern bool cag_binary_version(const char *data, size_t len, const char *what,
							   int32_t *version, CagParseError *err);

/*
 * Write up to 16 bytes for a message into buf: printable ASCII as is,
 * other bytes and backslash as \xNN, "..." after the 16th.  buf needs
 * CAG_VALUE_LEN bytes.
 */
extern void cag_printable_bytes(const char *bytes, size_t len, char *buf, size_t buflen);

/* ASCII helpers that ignore the locale. */
static inline bool
cag_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline bool
cag_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
cag_is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline unsigned char
cag_to_upper(unsigned char c)
{
	return (c >= 'a' && c <= 'z') ? (unsigned char) (c - 'a' + 'A') : c;
}

static inline unsigned char
cag_to_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c - 'A' + 'a') : c;
}

/*
 * An ISO 4217 currency code (the loaders' and the conversion's): three
 * ASCII letters, any case, into code[4] in upper case; false for anything
 * else.
 */
static inline bool
cag_currency_code(const char *currency, char *code)
{
	for (int i = 0; i < 3; i++)
	{
		if (!cag_is_alpha((unsigned char) currency[i]))
			return false;
		code[i] = (char) cag_to_upper((unsigned char) currency[i]);
	}
	code[3] = '\0';
	return currency[3] == '\0';
}

/*
 * Describe the character at s[0] (of at most len bytes) for an error
 * message: the character in double quotes when it is printable ASCII, the
 * character in double quotes followed by its code point when it is a
 * well-formed UTF-8 sequence ("–" (U+2013)), U+00XX for an ASCII control
 * character, else the byte in hexadecimal.  Writes into buf (at least
 * CAG_CHAR_DESC_LEN bytes) and returns buf.
 */
#define CAG_CHAR_DESC_LEN 32

extern const char *cag_describe_char(const char *s, size_t len, char *buf, size_t buflen);

#endif							/* CAG_OVT_CORE_H */
