/*-------------------------------------------------------------------------
 *
 * cag_ovt.h
 *	  Server-side declarations shared by the cag_ovt modules.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_OVT_H
#define CAG_OVT_H

#include "postgres.h"
#include "compat.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/date.h"

#include "core.h"

/*
 * Report a parse failure recorded by a *_core.c parser as an ERROR that
 * names the type and the value: 22P02 for text input, 22003 for values out
 * of range, 22P03 for binary input (input is then the decoded value, or
 * "").  Never returns.
 */
pg_noreturn extern void cag_report_parse_error(const char *typname, const char *input,
											   const CagParseError *err);

/*
 * For recv functions: the bytes of the field, all that is left of buf
 * (PostgreSQL hands a recv function exactly its field, in COPY, arrays,
 * records and bind parameters), consumed.  Their number goes to *len.
 */
extern const char *cag_recv_field(StringInfo buf, size_t *len);

/*
 * Return the text of a cstring in UTF-8 (the parsers work on UTF-8).  The
 * input itself is returned when the server encoding is UTF-8 or SQL_ASCII.
 * Characters that cannot be converted raise the usual conversion error.
 */
extern const char *cag_cstring_to_utf8(const char *str);

/*
 * The bytes of a text datum in UTF-8, not NUL-terminated: the datum itself
 * in a UTF-8 or SQL_ASCII database (no copy), a converted copy otherwise.
 */
extern void cag_text_to_utf8(Datum d, const char **str, size_t *len);

/* Return a UTF-8 cstring in the server encoding (for output functions). */
extern char *cag_utf8_to_server(const char *str);

/*
 * Convert a UTF-8 cstring to the server encoding without raising an error:
 * returns false (and leaves *result alone) when a character has no
 * equivalent in the server encoding, so that the caller can fall back on
 * another spelling.
 */
extern bool cag_utf8_to_server_noerror(const char *str, char **result);

/*
 * Convert a UTF-8 message (error detail or hint) to the server encoding,
 * replacing the characters the server encoding cannot hold with "?".
 */
extern char *cag_utf8_message_to_server(const char *msg);

/*
 * A CagAllocator (core.h) for the server-free code: palloc in memory
 * context cxt, or in the current one when cxt is NULL; repalloc, pfree.
 */
extern CagAllocator cag_allocator(MemoryContext cxt);

/*
 * The fiscal year (1 April to 31 March) of a date, named by the year it
 * starts in: 2020 for 2020-04-01 to 2021-03-31.  Years are numbered as
 * PostgreSQL counts them inside (astronomical numbering, as ISO 8601): year
 * 0 is 1 BC, so every date PostgreSQL accepts has one, from -4713 (4713 BC
 * is year -4712) to 5874897.  False for an infinite date, which belongs to
 * no fiscal year.
 */
extern bool cag_fiscal_year_of(DateADT date, int32 *fiscal_year);

/* Fiscal years of the dates PostgreSQL accepts: 4713 BC to 5874897 AD. */
#define CAG_FISCAL_YEAR_MIN (-4713)
#define CAG_FISCAL_YEAR_MAX 5874897

#endif							/* CAG_OVT_H */
