/*-------------------------------------------------------------------------
 *
 * neq_core.h
 *	  Québec enterprise number (NEQ): parsing and checking, server-free.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_NEQ_CORE_H
#define CAG_NEQ_CORE_H

#include "core.h"

#define NEQ_MAX INT64_C(9999999999)

/* Parse the text form; tolerates spaces and hyphens between digits. */
extern bool neq_parse(const char *str, int64_t *result, CagParseError *err);

/* Check a stored value (used by binary input): range and check digit. */
extern bool neq_check(int64_t value, CagParseError *err);

/* Binary form: the number as an int8 (8 bytes, big-endian). */
#define NEQ_BINARY_LEN 8

/* Decode and check the binary form (len bytes, all of the field). */
extern bool neq_from_binary(const char *data, size_t len, int64_t *result,
							CagParseError *err);

/* Write the binary form into buf[NEQ_BINARY_LEN]. */
extern void neq_to_binary(int64_t value, unsigned char *buf);

/* Write the 10 digits and a terminating NUL into buf[11]. */
extern void neq_format(int64_t value, char *buf);

/* Legal form named by the two first digits, or NULL when not known. */
extern const char *neq_legal_form_name(int64_t value);

#endif							/* CAG_NEQ_CORE_H */
