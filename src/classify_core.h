/*-------------------------------------------------------------------------
 *
 * classify_core.h
 *	  The rules of purchase classification, server-free.
 *
 * The server side (classify.c) gathers the facts of a purchase -- what its
 * reference lists say about its labels and category, where the location
 * rules (locate_core.h) place its supplier -- and cag_classify() applies
 * the rules: it decides every dimension of the class and records why, for
 * explain_classification.  Nothing allocates or fails, so that the fuzz
 * harness can check that every input gives a class that satisfies the
 * invariants of purchase_class.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_CLASSIFY_CORE_H
#define CAG_CLASSIFY_CORE_H

#include "locate_core.h"

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

/* The facts of a purchase, as the server gathered them. */
typedef struct CagPurchaseFacts
{
	CagSide		supplier_side;	/* where the location rules place the
								 * supplier (cag_locate) */
	int			supplier_region;	/* its region, 1..17; 0 unknown */
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

/* The decision. */
typedef struct CagClassification
{
	uint16_t	bits;			/* PC_* flags, always a valid class */
	CagRegionRule region_rule;
} CagClassification;

/* Apply the rules (see doc/reference.md, "Classification rules"). */
extern void cag_classify(const CagPurchaseFacts *facts, CagClassification *out);

/* "same_region", "other_region", "supplier_outside_quebec"... */
extern const char *cag_region_rule_name(CagRegionRule rule);

#endif							/* CAG_CLASSIFY_CORE_H */
