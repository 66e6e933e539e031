/*-------------------------------------------------------------------------
 *
 * place_core.h
 *	  Province and country fields as people write them, server-free.
 *
 * What a supplier's province field (QC, PQ, Québec, Ont., NY...) and
 * country field (CAN, CA, Canada, USA, NL...) say, for the location rules
 * (locate_core.h) and the SEAO loaders' checks (seao_rules_core.c).
 * Nothing here allocates or fails.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_PLACE_CORE_H
#define CAG_PLACE_CORE_H

#include "core.h"

/* What a province or a country field says. */
typedef enum CagPlaceKind
{
	CAG_PLACE_NONE = 0,			/* NULL, or nothing but spaces and punctuation */
	CAG_PLACE_UNRECOGNIZED,		/* no province, state or country ("-1", "15") */
	CAG_PLACE_PROVINCE,			/* a Canadian province or territory */
	CAG_PLACE_US_STATE,			/* a state, district or territory of the US */
	CAG_PLACE_CANADA,			/* country: Canada */
	CAG_PLACE_OTHER_COUNTRY		/* country: any other */
} CagPlaceKind;

typedef struct CagPlace
{
	CagPlaceKind kind;
	char		code[3];		/* province or state code ("QC", "ON",
								 * "CA"), else "" */
	bool		ambiguous;		/* written "CA": California, or Canada's
								 * country code */
} CagPlace;

/*
 * Read a province field (len bytes of UTF-8): the 13 provinces and
 * territories by code, French or English name and usual abbreviations, and
 * the US states by code or name, in any case, with or without accents,
 * spaces or punctuation.
 */
extern CagPlace cag_read_province(const char *str, size_t len);

/*
 * Read a country field: Canada in any spelling (CA, CAN, Canada; a
 * Canadian province named there counts as Canada, except the two-letter
 * codes that are ISO 3166 codes of countries: NL is the Netherlands, PE
 * Peru, SK Slovakia, NU Niue, YT Mayotte); text without a letter, or a
 * marker such as "N/A" or "inconnu", says nothing; any other text is
 * another country.
 */
extern CagPlace cag_read_country(const char *str, size_t len);

#endif							/* CAG_PLACE_CORE_H */
