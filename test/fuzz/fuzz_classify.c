/*
 * libFuzzer harness for the classification rules (src/classify_core.c):
 * the province and country readers and cag_classify.
 *
 * The first 12 bytes are the facts of a purchase (supplier region, postal
 * code, region of the postal code, delivery regions, category, labels,
 * group purchase); the rest is a province and a country field separated by
 * a NUL byte.  Properties checked: the readers never crash and give a
 * two-letter code exactly for provinces and states; every input gives a
 * class that satisfies the invariants of purchase_class; the recorded
 * rules agree with the class (the origin comes from the first source that
 * says something, regional only for a supplier region among the delivery
 * regions, outside_region for every supplier outside Québec), and each of
 * eco, food, Québec food and group purchase is known (its flag or none)
 * exactly when its facts are (labels, category, group purchase), unknown
 * (its *_unknown flag) otherwise.
 */
#include <stdlib.h>
#include <string.h>

#include "classify_core.h"
#include "postal_code_core.h"
#include "purchase_class_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_place(CagPlace p)
{
	bool		coded = p.kind == CAG_PLACE_PROVINCE || p.kind == CAG_PLACE_US_STATE;

	if (coded != (p.code[0] != '\0'))
		abort();
	if (coded && (p.code[0] < 'A' || p.code[0] > 'Z' || p.code[1] < 'A' ||
				  p.code[1] > 'Z' || p.code[2] != '\0'))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagPurchaseFacts f;
	CagClassification c;
	CagParseError err;
	const char *rest;
	size_t		restlen;
	const char *sep;
	int			ev;
	uint32_t	pc;

	if (size < 12)
		return 0;
	memset(&f, 0, sizeof(f));
	f.supplier_region = data[0] % 18;
	pc = ((uint32_t) data[1] << 24 | (uint32_t) data[2] << 16 |
		  (uint32_t) data[3] << 8 | data[4]) % (POSTAL_CODE_MAX + 1);
	f.has_postal_code = (data[5] & 1) && postal_code_check((int32_t) pc, &err);
	f.postal_code = (int32_t) pc;
	f.postal_region = data[5] >> 1 & 0x1F;	/* 0..31: out of range too */
	f.delivery = (uint32_t) data[6] << 16 | (uint32_t) data[7] << 8 | data[8];
	f.has_category = data[9] & 1;
	f.food_category = data[9] & 2;
	f.eco_label = data[9] & 4;
	f.food_label = data[9] & 8;
	f.has_labels = data[9] & 16;	/* without labels, the label facts are ignored */
	f.group_purchase = (data[10] % 3) - 1;
	(void) data[11];

	rest = (const char *) data + 12;
	restlen = size - 12;
	sep = memchr(rest, '\0', restlen);
	if (sep != NULL)
	{
		f.province = rest;
		f.province_len = (size_t) (sep - rest);
		f.country = sep + 1;
		f.country_len = restlen - f.province_len - 1;
	}
	else if (data[11] & 1)
	{
		f.country = rest;
		f.country_len = restlen;
	}
	else
	{
		f.province = rest;
		f.province_len = restlen;
	}

	check_place(cag_read_province(rest, restlen));
	check_place(cag_read_country(rest, restlen));

	cag_classify(&f, &c);
	if (!purchase_class_check(c.bits, CAG_ERR_SYNTAX, &err))
		abort();
	check_place(c.province);
	check_place(c.country);

	/* the origin comes from the first source that says something */
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
		if (c.says[ev] != CAG_SIDE_NONE)
			break;
	if (ev == CAG_EV_COUNT ? c.origin_rule != -1 : c.origin_rule != ev)
		abort();
	if ((c.bits & PC_QUEBEC) != (c.origin_rule >= 0 && c.says[c.origin_rule] == CAG_SIDE_QUEBEC ? PC_QUEBEC : 0))
		abort();
	if ((c.bits & PC_OUTSIDE_QUEBEC) && !(c.bits & PC_OUTSIDE_REGION))
		abort();
	if ((c.bits & PC_REGIONAL) &&
		(c.supplier_region < 1 || c.supplier_region > 17 ||
		 !(f.delivery & ((uint32_t) 1 << c.supplier_region))))
		abort();
	if (((c.bits & PC_REGIONAL) != 0) != (c.region_rule == CAG_REGION_SAME))
		abort();
	if (!(c.bits & (PC_REGIONAL | PC_OUTSIDE_REGION)) !=
		(c.region_rule == CAG_REGION_SUPPLIER_UNKNOWN ||
		 c.region_rule == CAG_REGION_DELIVERY_UNKNOWN ||
		 c.region_rule == CAG_REGION_BOTH_UNKNOWN))
		abort();
	if (((c.bits & PC_QUEBEC_FOOD) != 0) !=
		(f.has_category && f.food_category && f.has_labels && f.food_label))
		abort();
	/* known or unknown on eco, food, Québec food and group purchase */
	if (((c.bits & PC_ECO) != 0) != (f.has_labels && f.eco_label) ||
		((c.bits & PC_ECO_UNKNOWN) != 0) != !f.has_labels)
		abort();
	if (((c.bits & PC_FOOD) != 0) != (f.has_category && f.food_category) ||
		((c.bits & PC_FOOD_UNKNOWN) != 0) != !f.has_category)
		abort();
	if (((c.bits & PC_QUEBEC_FOOD_UNKNOWN) != 0) !=
		(!f.has_category || (f.food_category && !f.has_labels)))
		abort();
	if (((c.bits & PC_GROUP_PURCHASE) != 0) != (f.group_purchase == 1) ||
		((c.bits & PC_GROUP_PURCHASE_UNKNOWN) != 0) != (f.group_purchase < 0))
		abort();
	(void) cag_evidence_name((CagEvidence) (data[11] % (CAG_EV_COUNT + 1)));
	(void) cag_region_rule_name((CagRegionRule) (data[11] % 6));
	return 0;
}
