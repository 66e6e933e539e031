/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  What differs between the PostgreSQL versions cag_ovt supports (15, 17
 *	  and 18), in one place.  Included by cag_ovt.h right after postgres.h,
 *	  so every server file sees it; the server-free cores do not need it.
 *
 * The code is written for the newest version; this header supplies the
 * newer spelling on older servers.  When support for a version is dropped,
 * delete its branch here and nothing else changes.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_COMPAT_H
#define CAG_COMPAT_H

/*
 * 16 moved the varlena macros (VARDATA_ANY, VARSIZE_ANY_EXHDR,
 * SET_VARSIZE...) from postgres.h to varatt.h, which postgres.h no longer
 * includes.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * 18 replaced pg_attribute_noreturn(), written after a declaration, with
 * pg_noreturn, written before it (the C11 function specifier).  Before 18,
 * pg_attribute_noreturn() is GCC's __attribute__((noreturn)) (or nothing),
 * which may stand before the declaration too.
 */
#ifndef pg_noreturn
#define pg_noreturn pg_attribute_noreturn()
#endif

/*
 * The local transaction id of this backend's current top-level
 * transaction: PGPROC.lxid until 16, PGPROC.vxid.lxid from 17.  Use it
 * where storage/proc.h is included.
 */
#if PG_VERSION_NUM >= 170000
#define cag_my_lxid() (MyProc->vxid.lxid)
#else
#define cag_my_lxid() (MyProc->lxid)
#endif

/*
 * PostgreSQL's JSON parser (common/jsonapi.h).  16 made the semantic
 * actions return an error code (void before): an action is written
 *
 *	static CagJsonAction on_x(void *state) { ...; CAG_JSON_ACTION_DONE; }
 *
 * 17 takes the lexer's context to initialize first (NULL: a new one), 15
 * and 16 do not: the code passes NULL, and this drops it.
 */
#include "common/jsonapi.h"

#if PG_VERSION_NUM >= 160000
typedef JsonParseErrorType CagJsonAction;
#define CAG_JSON_ACTION_DONE return JSON_SUCCESS
#else
typedef void CagJsonAction;
#define CAG_JSON_ACTION_DONE return
#endif

#if PG_VERSION_NUM < 170000
#define makeJsonLexContextCstringLen(lex, json, len, encoding, need_escapes) \
	((void) (lex), (makeJsonLexContextCstringLen) ((json), (int) (len), (encoding), (need_escapes)))
#endif

#endif							/* CAG_COMPAT_H */
