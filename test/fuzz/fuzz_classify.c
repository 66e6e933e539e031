/*
 * libFuzzer harness for the classification rules (src/classify_core.c)
 * and the province and country readers (src/place_core.c).
 *
 * The first 12 bytes are the facts of a purchase (where the location rules
 * place the supplier, its region, delivery regions, category, labels,
 * group purchase); the rest is a province and a country field separated by
 * a NUL byte.  Properties checked: the readers never crash and give a
 * two-letter code exactly for provinces and states, and a country field of
 * two letters that is a province's code and an ISO country's (NL, PE, SK,
 * NU, YT) is another country; every input gives a class that satisfies the
 * invariants of purchase_class; the origin is the supplier's side (a
 * region of Québec without a side is Québec); the
 * recorded rules agree with the class (regional only for a supplier region
 * among the delivery regions, outside_region for every supplier outside
 * Québec), and each of eco, food, Québec food and group purchase is known
 * (its flag or none) exactly when its facts are (labels, category, group
 * purchase), unknown (its *_unknown flag) otherwise.
 */
#include <stdlib.h>
#include <string.h>

#include "classify_core.h"
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
	const char *province = NULL;
	size_t		province_len = 0;
	const char *country = NULL;
	size_t		country_len = 0;
	CagPlace	p;

	if (size < 12)
		return 0;
	memset(&f, 0, sizeof(f));
	f.supplier_region = data[0] % 18;
	f.supplier_side = (CagSide) (data[1] % 3);
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
		province = rest;
		province_len = (size_t) (sep - rest);
		country = sep + 1;
		country_len = restlen - province_len - 1;
	}
	else if (data[11] & 1)
	{
		country = rest;
		country_len = restlen;
	}
	else
	{
		province = rest;
		province_len = restlen;
	}

	check_place(cag_read_province(province, province_len));
	p = cag_read_country(country, country_len);
	check_place(p);
	if (country_len == 2 && p.kind == CAG_PLACE_CANADA)
	{
		/* NL, PE, SK, NU, YT are countries there, not provinces */
		char		c2[3] = {(char) (country[0] | 0x20), (char) (country[1] | 0x20), '\0'};

		if (strcmp(c2, "nl") == 0 || strcmp(c2, "pe") == 0 || strcmp(c2, "sk") == 0 ||
			strcmp(c2, "nu") == 0 || strcmp(c2, "yt") == 0)
			abort();
	}

	cag_classify(&f, &c);
	if (!purchase_class_check(c.bits, CAG_ERR_SYNTAX, &err))
		abort();

	/* the origin is where the location rules place the supplier */
	if (((c.bits & PC_QUEBEC) != 0) !=
		(f.supplier_side == CAG_SIDE_QUEBEC ||
		 (f.supplier_side == CAG_SIDE_NONE && f.supplier_region != 0)) ||
		((c.bits & PC_OUTSIDE_QUEBEC) != 0) != (f.supplier_side == CAG_SIDE_OUTSIDE))
		abort();
	if ((c.bits & PC_OUTSIDE_QUEBEC) && !(c.bits & PC_OUTSIDE_REGION))
		abort();
	if ((c.bits & PC_REGIONAL) &&
		(f.supplier_region < 1 || f.supplier_region > 17 ||
		 !(f.delivery & ((uint32_t) 1 << f.supplier_region))))
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
	(void) cag_region_rule_name((CagRegionRule) (data[11] % 6));
	return 0;
}
