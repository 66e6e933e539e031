/*-------------------------------------------------------------------------
 *
 * locate_core.h
 *	  Where a supplier or a buyer is, decided from all the evidence of its
 *	  address: postal code, city, province and country.  Server-free.
 *
 * The server looks the facts up (the candidate regions of the postal
 * code's forward sortation area on the date, from cag_ovt.fsa_regions; the
 * regions of the municipalities the city may be on the date, from
 * cag_ovt.municipalities, former_municipalities and locality_aliases) and
 * cag_locate() applies the rules, in this order of precedence:
 *
 * 1. Canada or not.  A valid Canadian postal code places the address: in
 *	  Québec (G, H, J) or in another province.  Without one, the country
 *	  field, when it names another country, places it outside Québec; then
 *	  the province field, read as a Canadian province or a US state only
 *	  when the country is Canada or says nothing ("NL" in a country field
 *	  is the Netherlands, "PE" Peru, "SK" Slovakia: never provinces).
 *	  Without any of these, a city recognized as a Québec municipality
 *	  places it in Québec.
 *
 * 2. The region, for an address in Québec (or not placed at all):
 *	  - an FSA with one candidate region on the date gives it
 *		(evidence "postal_code"); a city that names none of its
 *		municipalities' regions is a conflict, recorded, and the postal
 *		code wins;
 *	  - an FSA with several candidates and a city whose regions meet them in
 *		exactly one region gives that region ("fsa_candidates+city");
 *	  - otherwise a city whose municipalities are all in one region gives it
 *		("city"); when it is not among the FSA's candidates, that is a
 *		conflict too;
 *	  - otherwise the region is unknown.
 *
 * Nothing allocates or fails: every input gives a location.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_LOCATE_CORE_H
#define CAG_LOCATE_CORE_H

#include "classify_core.h"

/* Regions as a bit set: bit r (1..17) for region r. */
#define CAG_REGION_BIT(r) ((uint32_t) 1 << (r))
#define CAG_REGION_BITS_ALL ((((uint32_t) 1 << 18) - 1) & ~(uint32_t) 1)

/* What decided. */
typedef enum CagLocateEvidence
{
	CAG_LOCATE_NONE = 0,
	CAG_LOCATE_POSTAL_CODE,		/* the postal code (its FSA's only region) */
	CAG_LOCATE_FSA_CANDIDATES_CITY, /* the city chose among the FSA's regions */
	CAG_LOCATE_CITY,			/* the city alone */
	CAG_LOCATE_PROVINCE,		/* the province field */
	CAG_LOCATE_COUNTRY			/* the country field */
} CagLocateEvidence;

/* In Québec or not. */
typedef enum CagLocateSide
{
	CAG_LOCATE_UNPLACED = 0,
	CAG_LOCATE_QUEBEC,
	CAG_LOCATE_OUTSIDE
} CagLocateSide;

/* The facts of an address, as the server looked them up. */
typedef struct CagLocateFacts
{
	bool		has_postal_code;
	int32_t		postal_code;	/* packed (postal_code_core.h), valid */
	uint32_t	fsa_regions;	/* candidate regions of the FSA on the date;
								 * 0 when the FSA is not in the table */
	bool		has_city;		/* the city field holds a name */
	uint32_t	city_regions;	/* regions of the municipalities the city
								 * may be, on the date; 0 when not
								 * recognized */
	const char *province;		/* UTF-8, NULL when absent */
	size_t		province_len;
	const char *country;		/* UTF-8, NULL when absent */
	size_t		country_len;
} CagLocateFacts;

/* The decision. */
typedef struct CagLocation
{
	int			region;			/* 1..17, 0 unknown */
	CagLocateEvidence region_evidence;	/* NONE when region is 0 */
	CagLocateSide side;
	CagLocateEvidence side_evidence;	/* NONE when unplaced */
	bool		conflict;		/* city and postal code disagree (in Québec) */
	bool		province_ignored;	/* a province code in the province
									 * field, not read because the country
									 * is another one */
	CagPlace	province;		/* how the fields were read */
	CagPlace	country;
} CagLocation;

/* Apply the rules above. */
extern void cag_locate(const CagLocateFacts *facts, CagLocation *out);

/* "postal_code", "fsa_candidates+city", "city", "province", "country"; NULL for none. */
extern const char *cag_locate_evidence_name(CagLocateEvidence ev);

/* Number of regions in a bit set, and the lowest. */
extern int	cag_region_bits_count(uint32_t bits);
extern int	cag_region_bits_first(uint32_t bits);

/*
 * Read a country field as cag_read_country does, except that the ISO codes
 * of countries that are also the codes of Canadian provinces (NL, PE, SK)
 * are those countries.
 */
extern CagPlace cag_locate_read_country(const char *str, size_t len);

#endif							/* CAG_LOCATE_CORE_H */
