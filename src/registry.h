/*-------------------------------------------------------------------------
 *
 * registry.h
 *	  Where the registry known_parties places a supplier or a buyer.
 *
 * The registry (src/registries.sql) holds, for a supplier's name or NEQ
 * and for a buyer's name or identifier, its municipality or its region:
 * filled by the loaders from every purchase whose party they located by
 * its address (learn_locations), edited by the DBA.  They are read through
 * the reference cache (refcache.h).  Names are compared by their label key
 * (normalize_label: accents, case, spaces and punctuation dropped).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_REGISTRY_H
#define CAG_REGISTRY_H

#include "postgres.h"

#include "utils/date.h"

#include "locate_core.h"

/* What a registry says of a party. */
typedef struct CagRegistryMatch
{
	bool		found;			/* an entry has the party's id or name */
	bool		by_id;			/* ... found by the identifier */
	uint32		regions;		/* the regions its entries give on the date;
								 * 0 when they give none (ambiguous) */
	const char *name;			/* the entry's name (server encoding) */
} CagRegistryMatch;

/*
 * Look a party up in its registry on date as_of: by its identifier first
 * (the NEQ of a supplier, as ten digits; a buyer's identifier in the
 * source), then by its name (UTF-8).  id or name may be NULL.  In a
 * database without the registry (1.0, 1.1), nothing is found.
 */
extern void cag_registry_lookup(CagParty party, const char *id, size_t id_len,
								const char *name, size_t name_len, DateADT as_of,
								CagRegistryMatch *out);

/* Load the caches now (for the loaders, see cag_geography_preload). */
extern void cag_registry_preload(void);

#endif							/* CAG_REGISTRY_H */
