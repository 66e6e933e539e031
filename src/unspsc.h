/*-------------------------------------------------------------------------
 *
 * unspsc.h
 *	  SQL type unspsc: what unspsc.c and unspsc_support.c share.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_UNSPSC_H
#define CAG_UNSPSC_H

#include "postgres.h"

#include "utils/array.h"

/* The codes a code's path has at most: its segment, family, class, itself. */
#define UNSPSC_MAX_PATH	4

/* A code's ancestors from its segment down, then the code: an elemtype[]. */
extern ArrayType *unspsc_path_array(int32 value, Oid elemtype);

#endif							/* CAG_UNSPSC_H */
