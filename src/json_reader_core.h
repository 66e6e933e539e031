/*-------------------------------------------------------------------------
 *
 * json_reader_core.h
 *	  A strict JSON reader for a fixed schema, server-free.
 *
 * The text forms of spend_summary and share_state are JSON objects whose
 * keys are fixed: every key must be present exactly once and no other key
 * is allowed, in any order, with JSON white space anywhere between tokens,
 * so that what is read is exactly what the output wrote.  Values are a
 * format version, counts (JSON integers: no sign, no leading zero, no
 * fraction or exponent), amounts (JSON numbers with exactly two decimals,
 * the value in dollars of an integer number of cents) or nested objects.
 * A failure names the field by its path ("flags.quebec.count").
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_JSON_READER_CORE_H
#define CAG_JSON_READER_CORE_H

#include "core.h"

typedef enum CagJsonFieldKind
{
	CAG_JSON_VERSION,			/* the integer format version */
	CAG_JSON_COUNT,				/* an integer >= 0 */
	CAG_JSON_AMOUNT,			/* dollars with exactly two decimals, to cents */
	CAG_JSON_OBJECT				/* a nested object of fields */
} CagJsonFieldKind;

/* A field of an object: its key, what its value is, where it goes. */
typedef struct CagJsonField
{
	const char *key;
	CagJsonFieldKind kind;
	int64_t    *target;			/* CAG_JSON_VERSION, _COUNT, _AMOUNT */
	struct CagJsonField *children;	/* CAG_JSON_OBJECT */
	int			nchildren;
	bool		seen;			/* set while reading */
} CagJsonField;

/*
 * Read str, a JSON object with exactly the given fields, into their
 * targets.  typname names the type in messages; version is the only
 * format version a CAG_JSON_VERSION field accepts (the fields are that
 * version's); oldest is the oldest version the type reads, for messages.
 */
extern bool cag_json_read(const char *str, const char *typname, int version, int oldest,
						  CagJsonField *fields, int n, CagParseError *err);

/*
 * The format version str says it is in, for a type that reads several: the
 * integer of its outermost "version" key, found without reading the rest;
 * -1 when it cannot be found so (cag_json_read then says what is wrong).
 */
extern int	cag_json_peek_version(const char *str);

#endif							/* CAG_JSON_READER_CORE_H */
