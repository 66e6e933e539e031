/*-------------------------------------------------------------------------
 *
 * locality.h
 *	  What a locality name means on a date, from the reference tables
 *	  municipalities, former_municipalities and locality_aliases.
 *
 * The names are compared by their keys (locality_core.h); the tables are
 * read through the reference cache (refcache.h), one load per backend and
 * per change.  Regions are bit sets (CAG_REGION_BIT of locate_core.h).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_LOCALITY_H
#define CAG_LOCALITY_H

#include "postgres.h"

#include "utils/date.h"

#include "locality_core.h"

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
 * bad text: valid is false then.  In a database without the tables (1.0,
 * 1.1), nothing is recognized.
 */
extern void cag_locality_lookup(const char *str, size_t len, DateADT as_of,
								CagLocalityMatch *out);

/*
 * The same from the keys of the text (cag_locality_keys), for a caller that
 * looks one text up on several dates; NULL for a text that has none
 * (cag_locality_keys failed): valid is false then.
 */
extern void cag_locality_match(const CagLocalityKeys *keys, DateADT as_of,
							   CagLocalityMatch *out);

/*
 * The same for a party's name that is the name of a public body named
 * after its municipality (cag_party_name_keys): only its last key is looked
 * up; valid is false for any other name.
 */
extern void cag_party_name_lookup(const char *str, size_t len, DateADT as_of,
								  CagLocalityMatch *out);

/* Load the cache now (for the loaders, see cag_geography_preload). */
extern void cag_locality_preload(void);

#endif							/* CAG_LOCALITY_H */
