/*-------------------------------------------------------------------------
 *
 * registry.h
 *	  Where the registry known_parties places a supplier or a buyer.
 *
 * The registry (src/registries.sql) holds, for a supplier's name or NEQ
 * and for a buyer's name or identifier, its municipality or its region:
 * filled by the loaders from every purchase whose party they located by
 * its address (cag_registry_learner_finish), edited by the DBA.  It is read through
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

/*
 * What a load learns (the SEAO loader, seao_rows.c): the parties it located
 * by their address, by party and label key of the name.  At the end,
 * cag_registry_learner_finish writes them into known_parties with SPI, as
 * the current user: a name not known yet gives a row (learned), the region
 * of its purchases when they are all in one region, else a row that
 * locates nothing; a learned row that another region contradicts is made
 * ambiguous; a row of the DBA is left alone.  The trigger of purchases,
 * which runs after, then finds them.
 */
typedef struct CagRegistryLearner CagRegistryLearner;

extern CagRegistryLearner *cag_registry_learner_create(MemoryContext cxt);

/*
 * A party located in region (1..17) on date as_of, by its address: the
 * strings UTF-8 (name, id and city of len bytes, NULL when absent),
 * source and ref (the purchase's, for the row's column source) in the
 * server encoding.  Its municipality is its city's when that is in the
 * region, else name_municipality (that of a public body named after its
 * municipality) or -1; a row gets one when all the purchases of the name
 * give the same.  A name known already is compared on as_of.
 */
extern void cag_registry_learn(CagRegistryLearner *l, CagParty party,
							   const char *name, size_t name_len,
							   const char *id, size_t id_len, int region,
							   int32 name_municipality,
							   bool has_postal_code, int32 postal_code,
							   const char *city, size_t city_len,
							   const char *source, const char *ref, DateADT as_of);

/* Write what was learned; returns the number of rows added or changed. */
extern uint64 cag_registry_learner_finish(CagRegistryLearner *l);

#endif							/* CAG_REGISTRY_H */
