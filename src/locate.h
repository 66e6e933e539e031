/*-------------------------------------------------------------------------
 *
 * locate.h
 *	  Locating an address from the reference tables, for the other modules
 *	  (the classification, the loaders).
 *
 * The tables cag_ovt.fsa_regions, municipalities, former_municipalities and
 * locality_aliases are read through the reference cache (refcache.h): one
 * load per backend and per change, then lookups in memory (a hash of
 * locality keys; an array indexed by FSA).  Regions are bit sets
 * (CAG_REGION_BIT of locate_core.h); dates are DateADT.
 *
 * Typical use by a loader or the classification:
 *
 *		CagAddress	a = {0};
 *		CagLocation where;
 *
 *		a.has_postal_code = true;	a.postal_code = packed;
 *		a.city = city_utf8;			a.city_len = strlen(city_utf8);
 *		a.province = ...;			a.country = ...;
 *		a.as_of = purchased_on;
 *		cag_locate_address(&a, &where, NULL);
 *		where.region (0 unknown), where.region_evidence, where.conflict...
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_LOCATE_H
#define CAG_LOCATE_H

#include "postgres.h"

#include "utils/date.h"

#include "locality_core.h"
#include "locate_core.h"

/*
 * Candidate regions of an FSA on date as_of (the FSA's number, fsa_index of
 * postal_code_core.h); 0 when the FSA is not in cag_ovt.fsa_regions or
 * serves no region on that date.
 */
extern uint32 cag_fsa_regions(int fsa, DateADT as_of);

/*
 * The one region of an FSA on date as_of in table fsa_regions into
 * *region (0 when unknown or several); false, without a lookup, when the
 * table does not exist (a database at 1.0 or 1.1: geography.c falls back on
 * the town halls).  Use cag_region_of_fsa (geography.h).
 */
extern bool cag_fsa_table_region(int fsa, DateADT as_of, int *region);

/* Load the caches of FSAs and localities now (cag_geography_preload). */
extern void cag_locate_preload(void);

/* What a locality name means on a date. */
typedef struct CagLocalityMatch
{
	bool		valid;			/* the text could be read as a name */
	bool		recognized;		/* one of its keys is a known locality */
	uint32		regions;		/* regions of what it may mean, on the date */
	int32		municipality;	/* MAMH code when it means exactly one
								 * municipality, else -1 */
	int			nmunicipalities;	/* municipalities it may mean */
	int			qualifier_region;	/* region named in trailing parentheses */
	bool		has_postal_code;	/* a postal code typed into the name */
	int32		postal_code;
	char		key[CAG_LOCALITY_KEY_MAX + 1];	/* the key that matched, or
												 * the first key */
} CagLocalityMatch;

/*
 * Look a locality up (len bytes of UTF-8) on date as_of.  Never raises for
 * bad text: valid is false then.
 */
extern void cag_locality_lookup(const char *str, size_t len, DateADT as_of,
								CagLocalityMatch *out);

/* An address as a source gives it; strings are UTF-8, NULL when absent. */
typedef struct CagAddress
{
	bool		has_postal_code;
	int32		postal_code;	/* packed, valid (postal_code_core.h) */
	const char *city;
	size_t		city_len;
	const char *province;
	size_t		province_len;
	const char *country;
	size_t		country_len;
	DateADT		as_of;
} CagAddress;

/*
 * Locate an address: look its FSA and its city up, then apply the rules of
 * cag_locate (locate_core.h).  A postal code typed into the city field
 * counts when the postal code is absent.  city (may be NULL) receives what
 * the city field means.
 */
extern void cag_locate_address(const CagAddress *address, CagLocation *out,
							   CagLocalityMatch *city);

#endif							/* CAG_LOCATE_H */
