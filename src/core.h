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

typedef struct CagParseError
{
	CagErrorKind kind;
	char		detail[CAG_MSG_LEN];	/* full sentence, or empty */
	char		hint[CAG_MSG_LEN];	/* full sentence, or empty */
} CagParseError;

#if defined(__GNUC__) || defined(__clang__)
#define CAG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CAG_PRINTF(f, a)
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
 * Describe the character at s[0] (of at most len bytes) for an error
 * message: the character in double quotes when it is printable ASCII or a
 * well-formed UTF-8 sequence, U+00XX for an ASCII control character, else
 * the byte in hexadecimal.  Writes into buf (at least 16 bytes) and returns buf.
 */
extern const char *cag_describe_char(const char *s, size_t len, char *buf, size_t buflen);

#endif							/* CAG_OVT_CORE_H */
