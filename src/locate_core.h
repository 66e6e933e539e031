/*-------------------------------------------------------------------------
 *
 * locate_core.h
 *	  Where a supplier or a buyer is, decided from all the evidence of a
 *	  purchase: a region or municipality given, postal code, city,
 *	  province, country, the party's name, the registries.  Server-free.
 *
 * The server looks the facts up (locate.c: the candidate regions of the
 * postal code's forward sortation area on the date, from fsa_regions; the
 * regions of the municipalities the city may be, from municipalities,
 * former_municipalities and locality_aliases; those of the municipality a
 * public body is named after, "Ville de Granby"; the region the registry
 * known_parties holds for the party) and cag_locate()
 * applies the rules, the same for the classification's trigger, its SQL
 * functions and the SEAO loaders.  doc/reference.md ("Locating suppliers
 * and buyers") states them for users:
 *
 * 1. In Québec or not: the first evidence, in this order, that says one or
 *	  the other decides -- a valid Canadian postal code (in Québec when its
 *	  first letter is G, H or J); a region or a municipality given (in
 *	  Québec); the province field, read as a Canadian province or a US
 *	  state only when the country is Canada or says nothing ("NL" with the
 *	  country "NL" is the Netherlands); the country field, when it names
 *	  another country; a city, a name or a registry entry that gives a
 *	  region of Québec.  Evidence that says the opposite of the decision is
 *	  a conflict of the origin.
 *
 * 2. The region, of a party in Québec (or not placed):
 *	  - a region given decides ("supplier_region", "buyer_region"), then a
 *		municipality given ("buyer_municipality");
 *	  - else the candidates narrow, evidence by evidence: the FSA's regions
 *		on the date, then the city's, then the name's, then the registry's.
 *		An evidence whose regions meet none of the candidates is left out
 *		(a conflict, recorded: the postal code wins over the city).  The
 *		evidence that leaves one candidate decides: "postal_code",
 *		"city", "name", "supplier_registry"... prefixed by
 *		"fsa_candidates+" when the FSA's several candidates came first;
 *	  - else the region is unknown.
 *
 * Nothing allocates or fails: every input gives a location.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_LOCATE_CORE_H
#define CAG_LOCATE_CORE_H

#include "place_core.h"

/* Regions as a bit set: bit r (1..17) for region r. */
#define CAG_REGION_BIT(r) ((uint32_t) 1 << (r))
#define CAG_REGION_BITS_ALL ((((uint32_t) 1 << 18) - 1) & ~(uint32_t) 1)

/* Whose address. */
typedef enum CagParty
{
	CAG_PARTY_SUPPLIER = 0,
	CAG_PARTY_BUYER
} CagParty;

/* The evidence, in the order in which it decides whether in Québec. */
typedef enum CagEvidence
{
	CAG_EV_POSTAL_CODE = 0,
	CAG_EV_REGION,				/* a region given */
	CAG_EV_MUNICIPALITY,		/* a MAMH code given */
	CAG_EV_PROVINCE,
	CAG_EV_COUNTRY,
	CAG_EV_CITY,
	CAG_EV_NAME,				/* a public body named after its municipality */
	CAG_EV_REGISTRY,			/* known_parties */
	CAG_EV_COUNT
} CagEvidence;

/* What one evidence says of the party. */
typedef enum CagSide
{
	CAG_SIDE_NONE = 0,			/* nothing (absent, unrecognized, Canada) */
	CAG_SIDE_QUEBEC,
	CAG_SIDE_OUTSIDE
} CagSide;

/* Why a province field says nothing although it names a place. */
typedef enum CagProvinceNote
{
	CAG_PROVINCE_NOTE_NONE = 0,
	CAG_PROVINCE_STATE_IN_CANADA,	/* a US state, but the country is Canada */
	CAG_PROVINCE_CA_AMBIGUOUS,	/* "CA" without a country: California or
								 * Canada (the name California is not
								 * ambiguous) */
	CAG_PROVINCE_OTHER_COUNTRY	/* a province, but the country is another
								 * one ("NL" with the country "NL") */
} CagProvinceNote;

/* The facts of an address, as the server looked them up. */
typedef struct CagLocateFacts
{
	CagParty	party;
	int			region;			/* a region given, 1..17; 0 none */
	bool		has_municipality;	/* a MAMH code given */
	int			municipality_region;	/* its region on the date, 0 unknown */
	bool		has_postal_code;
	int32_t		postal_code;	/* packed (postal_code_core.h), valid */
	uint32_t	fsa_regions;	/* candidate regions of its FSA on the date;
								 * 0 when not in the table or not in Québec */
	bool		has_city;		/* the city field holds a name */
	uint32_t	city_regions;	/* regions it may mean on the date; 0 when
								 * not recognized */
	uint32_t	name_regions;	/* regions of the municipality the party's
								 * name says it is the body of; 0 none */
	uint32_t	registry_regions;	/* of the party's registry entry; 0 none */
	const char *province;		/* UTF-8, NULL when absent */
	size_t		province_len;
	const char *country;		/* UTF-8, NULL when absent */
	size_t		country_len;
} CagLocateFacts;

/* The decision. */
typedef struct CagLocation
{
	/* in Québec or not */
	bool		present[CAG_EV_COUNT];	/* the evidence was given */
	CagSide		says[CAG_EV_COUNT];
	CagSide		side;
	int			side_rule;		/* CagEvidence that decided; -1 none */
	CagPlace	province;		/* how the fields read */
	CagPlace	country;
	CagProvinceNote province_note;

	/* the region */
	int			region;			/* 1..17, 0 unknown */
	int			region_rule;	/* CagEvidence that decided; -1 unknown */
	bool		fsa_candidates; /* ... among the FSA's several candidates */
	int			conflict;		/* CagEvidence whose regions the decision
								 * left out (the city against the postal
								 * code, the postal code against a region
								 * given); -1 none */
} CagLocation;

/* Apply the rules above. */
extern void cag_locate(const CagLocateFacts *facts, CagLocation *out);

/*
 * The name of an evidence for a party: "postal_code", "supplier_region",
 * "buyer_municipality", "province", "country", "city", "name",
 * "supplier_registry"...
 */
extern const char *cag_evidence_name(CagEvidence ev, CagParty party);

/*
 * The name of the evidence that decided the region ("postal_code",
 * "fsa_candidates+city", "buyer_registry"...); NULL when unknown.  These
 * are the values of purchases.supplier_located_by and buyer_located_by.
 */
extern const char *cag_region_rule_text(const CagLocation *loc, CagParty party);

/* Number of regions in a bit set, and the lowest. */
extern int	cag_region_bits_count(uint32_t bits);
extern int	cag_region_bits_first(uint32_t bits);

#endif							/* CAG_LOCATE_CORE_H */
