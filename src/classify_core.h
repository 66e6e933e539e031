/*-------------------------------------------------------------------------
 *
 * classify_core.h
 *	  The rules of purchase classification, server-free.
 *
 * The server side (classify.c) gathers the facts of a purchase -- what its
 * reference lists say about its labels and category, the region of its
 * postal code -- and cag_classify() applies the rules: it decides every
 * dimension of the class and records why, for explain_classification.
 * Reading a province or country field as people write it is here too.
 * Nothing allocates or fails, so that the fuzz harness can check that
 * every input gives a class that satisfies the invariants of
 * purchase_class.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_CLASSIFY_CORE_H
#define CAG_CLASSIFY_CORE_H

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
 * Canadian province named there counts as Canada); text without a letter,
 * or a marker such as "N/A" or "inconnu", says nothing; any other text is
 * another country.
 */
extern CagPlace cag_read_country(const char *str, size_t len);

/* The sources of evidence on the supplier's location, by priority. */
typedef enum CagEvidence
{
	CAG_EV_POSTAL_CODE = 0,
	CAG_EV_SUPPLIER_REGION,
	CAG_EV_PROVINCE,
	CAG_EV_COUNTRY,
	CAG_EV_COUNT
} CagEvidence;

/* What one source says about the supplier's location. */
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
	CAG_PROVINCE_CA_AMBIGUOUS	/* "CA" without a country: California or
								 * Canada (the name California is not
								 * ambiguous) */
} CagProvinceNote;

/* How the region dimension was decided. */
typedef enum CagRegionRule
{
	CAG_REGION_SAME = 0,		/* regional: supplier region is a delivery
								 * region */
	CAG_REGION_OTHER,			/* outside_region: both known, different */
	CAG_REGION_SUPPLIER_OUTSIDE_QUEBEC, /* outside_region */
	CAG_REGION_SUPPLIER_UNKNOWN,	/* unknown */
	CAG_REGION_DELIVERY_UNKNOWN,	/* unknown */
	CAG_REGION_BOTH_UNKNOWN		/* unknown */
} CagRegionRule;

/* Where the supplier's region comes from. */
typedef enum CagRegionSource
{
	CAG_REGION_FROM_NONE = 0,
	CAG_REGION_FROM_SUPPLIER_REGION,
	CAG_REGION_FROM_POSTAL_CODE
} CagRegionSource;

/* The facts of a purchase, as the server gathered them. */
typedef struct CagPurchaseFacts
{
	int			supplier_region;	/* 1..17, 0 when NULL */
	const char *province;		/* UTF-8, NULL when NULL */
	size_t		province_len;
	const char *country;		/* UTF-8, NULL when NULL */
	size_t		country_len;
	bool		has_postal_code;
	int32_t		postal_code;	/* packed (postal_code_core.h), valid */
	int			postal_region;	/* region of the postal code's FSA on the
								 * date, 0 when unknown or not in Québec */
	uint32_t	delivery;		/* bit r set: region r (1..17) is a delivery
								 * region */
	bool		has_category;	/* false: whether food is unknown */
	bool		food_category;	/* the category is within a food category */
	bool		has_labels;		/* false (labels NULL): what labels the
								 * purchase carries is unknown; '{}' is known
								 * to carry none */
	bool		eco_label;		/* one of the labels is an eco label */
	bool		food_label;		/* one of the labels is a food label */
	int			group_purchase; /* 1 true, 0 false, -1 NULL: unknown */
} CagPurchaseFacts;

/* The decision, with what the explanation needs. */
typedef struct CagClassification
{
	uint16_t	bits;			/* PC_* flags, always a valid class */

	/* origin: what each source says, and which one decided */
	bool		present[CAG_EV_COUNT];	/* the source has a value */
	CagSide		says[CAG_EV_COUNT];
	CagPlace	province;
	CagPlace	country;
	CagProvinceNote province_note;
	int			origin_rule;	/* CagEvidence that decided, -1: unknown */

	/* region */
	int			supplier_region;	/* the supplier's region, 0 unknown */
	CagRegionSource region_source;
	CagRegionRule region_rule;
	bool		region_conflict;	/* supplier_region and the postal code's
									 * region differ */
} CagClassification;

/* Apply the rules (see doc/reference.md, "Classification rules"). */
extern void cag_classify(const CagPurchaseFacts *facts, CagClassification *out);

/* Names used in explanations: "postal_code", "supplier_region"... */
extern const char *cag_evidence_name(CagEvidence ev);

/* "same_region", "other_region", "supplier_outside_quebec"... */
extern const char *cag_region_rule_name(CagRegionRule rule);

#endif							/* CAG_CLASSIFY_CORE_H */
