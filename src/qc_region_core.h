/*-------------------------------------------------------------------------
 *
 * qc_region_core.h
 *	  Québec administrative regions: parsing and names, server-free.
 *
 * A region is stored as its code, 1 to 17, in one byte.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_QC_REGION_CORE_H
#define CAG_QC_REGION_CORE_H

#include "core.h"

#define QC_REGION_MIN 1
#define QC_REGION_MAX 17

/*
 * Parse the text form (UTF-8): a code ("05", "5"), the official name or one
 * of the spellings described in doc/reference.md.  On success stores the
 * code (1..17) in *result.
 */
extern bool qc_region_parse(const char *str, int *result, CagParseError *err);

/* Check a stored value (used by binary input): 1..17. */
extern bool qc_region_check(int value, CagParseError *err);

/* Binary form: the code in one byte. */
#define QC_REGION_BINARY_LEN 1

/* Decode and check the binary form (len bytes, all of the field). */
extern bool qc_region_from_binary(const char *data, size_t len, int *result,
								  CagParseError *err);

/* Write the binary form into buf[QC_REGION_BINARY_LEN]. */
extern void qc_region_to_binary(int code, unsigned char *buf);

/* Official French name (UTF-8; regions 02 and 11 take an EN DASH). */
extern const char *qc_region_name_fr(int code);

/* English name: the usual English name, or the French one where none is in use. */
extern const char *qc_region_name_en(int code);

/*
 * The French (or English) name folded to ASCII: no accents, hyphens for
 * dashes; for servers whose encoding cannot hold the name.
 */
extern const char *qc_region_name_ascii(int code, bool english);

/* Write the two-digit code and a terminating NUL into buf[3]. */
extern void qc_region_format_code(int code, char *buf);

#endif							/* CAG_QC_REGION_CORE_H */
