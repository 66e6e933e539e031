/*-------------------------------------------------------------------------
 *
 * pg_compat.h
 *	  What differs between the PostgreSQL versions cag_ovt builds on
 *	  (15 and later), in one place.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_PG_COMPAT_H
#define CAG_PG_COMPAT_H

#include "common/jsonapi.h"

/*
 * The semantic actions of PostgreSQL's JSON parser return an error code
 * since 16 (void before): write an action as
 *
 *	static CagJsonAction on_x(void *state) { ...; CAG_JSON_ACTION_DONE; }
 */
#if PG_VERSION_NUM >= 160000
typedef JsonParseErrorType CagJsonAction;
#define CAG_JSON_ACTION_DONE return JSON_SUCCESS
#else
typedef void CagJsonAction;
#define CAG_JSON_ACTION_DONE return
#endif

/*
 * A lexer over len bytes of JSON in the given encoding (17 takes the
 * context to initialize first, NULL for a new one).
 */
#if PG_VERSION_NUM >= 170000
#define cag_json_lexer(json, len, encoding, need_escapes) \
	makeJsonLexContextCstringLen(NULL, (json), (len), (encoding), (need_escapes))
#else
#define cag_json_lexer(json, len, encoding, need_escapes) \
	makeJsonLexContextCstringLen((json), (int) (len), (encoding), (need_escapes))
#endif

#endif							/* CAG_PG_COMPAT_H */
