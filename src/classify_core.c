/*-------------------------------------------------------------------------
 *
 * classify_core.c
 *	  The rules of purchase classification, server-free.
 *
 * The origin of the supplier (Québec or not) and its region are where the
 * location rules (locate_core.c) place it; the region dimension compares
 * that region with the delivery regions; the other dimensions read the
 * reference lists' verdicts.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "classify_core.h"
#include "purchase_class_core.h"

const char *
cag_region_rule_name(CagRegionRule rule)
{
	switch (rule)
	{
		case CAG_REGION_SAME:
			return "same_region";
		case CAG_REGION_OTHER:
			return "other_region";
		case CAG_REGION_SUPPLIER_OUTSIDE_QUEBEC:
			return "supplier_outside_quebec";
		case CAG_REGION_SUPPLIER_UNKNOWN:
			return "supplier_region_unknown";
		case CAG_REGION_DELIVERY_UNKNOWN:
			return "delivery_region_unknown";
		case CAG_REGION_BOTH_UNKNOWN:
			return "supplier_and_delivery_region_unknown";
	}
	return "?";
}

static void
decide_region(const CagPurchaseFacts *f, CagClassification *c)
{
	uint32_t	delivery = f->delivery & CAG_REGION_BITS_ALL;

	if (f->supplier_side == CAG_SIDE_OUTSIDE)
	{
		c->region_rule = CAG_REGION_SUPPLIER_OUTSIDE_QUEBEC;
		c->bits |= PC_OUTSIDE_REGION;
	}
	else if (f->supplier_region == 0)
		c->region_rule = delivery == 0 ? CAG_REGION_BOTH_UNKNOWN :
			CAG_REGION_SUPPLIER_UNKNOWN;
	else if (delivery == 0)
		c->region_rule = CAG_REGION_DELIVERY_UNKNOWN;
	else if (delivery & CAG_REGION_BIT(f->supplier_region))
	{
		c->region_rule = CAG_REGION_SAME;
		c->bits |= PC_REGIONAL;
	}
	else
	{
		c->region_rule = CAG_REGION_OTHER;
		c->bits |= PC_OUTSIDE_REGION;
	}
}

/*
 * Eco, food, Québec food, group purchase: each known (its flag, or none)
 * or unknown (its *_unknown flag).  Labels NULL leave eco and Québec food
 * unknown ('{}' says none); a NULL category leaves food, and so Québec food,
 * unknown; a NULL group_purchase leaves it unknown.
 */
static void
decide_labels_and_group(const CagPurchaseFacts *f, CagClassification *c)
{
	if (!f->has_labels)
		c->bits |= PC_ECO_UNKNOWN;
	else if (f->eco_label)
		c->bits |= PC_ECO;
	if (!f->has_category)
		c->bits |= PC_FOOD_UNKNOWN | PC_QUEBEC_FOOD_UNKNOWN;
	else if (f->food_category)
	{
		c->bits |= PC_FOOD;
		if (!f->has_labels)
			c->bits |= PC_QUEBEC_FOOD_UNKNOWN;
		else if (f->food_label)
			c->bits |= PC_QUEBEC_FOOD;
	}
	if (f->group_purchase < 0)
		c->bits |= PC_GROUP_PURCHASE_UNKNOWN;
	else if (f->group_purchase == 1)
		c->bits |= PC_GROUP_PURCHASE;
}

void
cag_classify(const CagPurchaseFacts *f, CagClassification *c)
{
	memset(c, 0, sizeof(*c));
	/* (a region of Québec is in Québec, whatever placed it there) */
	if (f->supplier_side == CAG_SIDE_QUEBEC ||
		(f->supplier_side == CAG_SIDE_NONE && f->supplier_region != 0))
		c->bits |= PC_QUEBEC;
	else if (f->supplier_side == CAG_SIDE_OUTSIDE)
		c->bits |= PC_OUTSIDE_QUEBEC;
	decide_region(f, c);
	decide_labels_and_group(f, c);
}
