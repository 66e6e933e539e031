/*-------------------------------------------------------------------------
 *
 * geography_core.h
 *	  Geographic codes as text, server-free.
 *
 * The geography of the server side (geography.c) answers from the
 * reference tables; reading the codes people write is here, so that it
 * can be fuzzed.  Forward sortation areas are read by fsa_parse of
 * postal_code_core.h (an FSA is half a postal code).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_GEOGRAPHY_CORE_H
#define CAG_GEOGRAPHY_CORE_H

#include "core.h"

/*
 * Parse a MAMH geographic code (the ministry's code of a municipality):
 * 5 ASCII digits, white space around ignored.  On success store its
 * prefix, the first two digits (0..99, the MRC or equivalent territory),
 * in *prefix.
 */
extern bool municipality_code_parse(const char *str, int *prefix, CagParseError *err);

#endif							/* CAG_GEOGRAPHY_CORE_H */
