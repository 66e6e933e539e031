/*-------------------------------------------------------------------------
 *
 * locate.h
 *	  Locating a supplier or a buyer from what a purchase says of it, for
 *	  the classification, its trigger and the SEAO loaders.
 *
 * The server looks the facts up -- the FSA's candidate regions
 * (geography.h), what the city and a public body's name mean (locality.h),
 * the registries (registry.h) -- and the rules of locate_core.h decide.
 * Lookups are made only as far as the rules need them: a postal code whose
 * FSA serves one region decides alone, unless an explanation asks what the
 * city says too.
 *
 *		CagPartyAddress a;
 *		CagPartyFacts facts;
 *		CagLocation where;
 *
 *		cag_party_address_init(&a, CAG_PARTY_SUPPLIER, purchased_on);
 *		a.has_postal_code = true;	a.postal_code = packed;
 *		a.city = city_utf8;			a.city_len = strlen(city_utf8);
 *		cag_locate_party(&a, false, &where, &facts);
 *		where.region (0 unknown), cag_region_rule_text(&where, a.party)...
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_LOCATE_H
#define CAG_LOCATE_H

#include "postgres.h"

#include "utils/date.h"

#include "json_writer.h"
#include "locality.h"
#include "locate_core.h"
#include "registry.h"

/* What a purchase says of a party; strings UTF-8, NULL when absent. */
typedef struct CagPartyAddress
{
	CagParty	party;
	int			region;			/* a region given, 0 none */
	int32		municipality;	/* a MAMH code given, -1 none */
	bool		has_postal_code;
	int32		postal_code;	/* packed, valid (postal_code_core.h) */
	const char *city;
	size_t		city_len;
	const char *name;
	size_t		name_len;
	const char *id;				/* a supplier's NEQ as ten digits, a
								 * buyer's identifier */
	size_t		id_len;
	const char *province;
	size_t		province_len;
	const char *country;
	size_t		country_len;
	DateADT		as_of;
} CagPartyAddress;

/* What was looked up, for the explanations. */
typedef struct CagPartyFacts
{
	CagLocateFacts facts;		/* what the rules read */
	bool		postal_code_in_city;	/* the postal code was typed into
										 * the city field */
	bool		by_ldu;			/* its local delivery unit placed it
								 * (ldu_communities) */
	bool		city_looked_up;
	CagLocalityMatch city;
	bool		name_looked_up;
	CagLocalityMatch name;
	bool		registry_looked_up;
	CagRegistryMatch registry;
} CagPartyFacts;

/* An address with nothing in it, for a party, on a date. */
extern void cag_party_address_init(CagPartyAddress *a, CagParty party, DateADT as_of);

/*
 * Locate a party.  explain: look everything up that can be compared (the
 * city against a postal code that decides alone), for an explanation.
 */
extern void cag_locate_party(const CagPartyAddress *a, bool explain, CagLocation *out,
							 CagPartyFacts *facts);

/*
 * The location as a JSON object (region, evidence, side, conflict and what
 * each evidence read), for locate() and explain_classification.
 */
extern void cag_locate_json(JsonWriter *w, const CagPartyAddress *a, const CagLocation *loc,
							const CagPartyFacts *facts);

/* The value of an evidence as text (server encoding), NULL when absent. */
extern const char *cag_evidence_value(const CagPartyAddress *a, const CagPartyFacts *facts,
									  CagEvidence ev);

/* Load the caches the location reads (cag_geography_preload). */
extern void cag_locate_preload(void);

#endif							/* CAG_LOCATE_H */
