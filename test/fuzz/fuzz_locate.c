/*
 * libFuzzer harness for the rules that locate a supplier or a buyer
 * (cag_locate in src/locate_core.c).
 *
 * The input is split into the facts: the party, a region and a municipality
 * given, a postal code (valid or absent), the regions of the FSA, the city,
 * the name and the registry, and the province and country fields.
 * Properties: the region is 0 or 1..17 and has a rule exactly when it is
 * known; a party placed outside Québec has no region; a region given
 * decides; a region decided by an evidence is one that evidence gives, and
 * one of the FSA's when the FSA's several candidates came first; a
 * conflict names an evidence that gave regions; the side comes from the
 * first evidence that says something; the names of the rules are never
 * NULL for a known region.
 */
#include <stdlib.h>
#include <string.h>

#include "locate_core.h"
#include "postal_code_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint32_t
bits24(const uint8_t *p)
{
	return ((uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16)) << 1;
}

/* The regions the facts give for an evidence of step 2. */
static uint32_t
evidence_bits(const CagLocateFacts *f, int ev)
{
	switch (ev)
	{
		case CAG_EV_POSTAL_CODE:
			return f->fsa_regions & CAG_REGION_BITS_ALL;
		case CAG_EV_CITY:
			return f->city_regions & CAG_REGION_BITS_ALL;
		case CAG_EV_NAME:
			return f->name_regions & CAG_REGION_BITS_ALL;
		case CAG_EV_REGISTRY:
			return f->registry_regions & CAG_REGION_BITS_ALL;
		default:
			return 0;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagLocateFacts f;
	CagLocation out;
	size_t		split;
	uint32_t	code;
	int			ev;

	if (size < 24)
		return 0;
	memset(&f, 0, sizeof(f));
	f.party = data[0] & 1 ? CAG_PARTY_BUYER : CAG_PARTY_SUPPLIER;
	f.region = (data[0] >> 1) % 40 < 18 ? (data[0] >> 1) % 40 : 0;
	f.has_municipality = data[1] & 1;
	f.municipality_region = (data[1] >> 1) % 18;
	code = (uint32_t) data[2] | ((uint32_t) data[3] << 8) | ((uint32_t) data[4] << 16);
	f.has_postal_code = (data[5] & 1) && code <= (uint32_t) POSTAL_CODE_MAX;
	if (f.has_postal_code)
	{
		CagParseError err;

		f.postal_code = (int32_t) code;
		if (!postal_code_check(f.postal_code, &err))
			f.has_postal_code = false;
	}
	f.has_city = data[5] & 2;
	f.fsa_regions = bits24(data + 6);
	f.city_regions = bits24(data + 9);
	f.name_regions = data[5] & 4 ? bits24(data + 12) : 0;
	f.registry_regions = data[5] & 8 ? bits24(data + 15) : 0;
	data += 20;
	size -= 20;
	split = data[-1] % (size + 1);
	if (data[-2] & 1)
	{
		f.province = (const char *) data;
		f.province_len = split;
	}
	if (data[-2] & 2)
	{
		f.country = (const char *) data + split;
		f.country_len = size - split;
	}
	cag_locate(&f, &out);

	if (out.region < 0 || out.region > 17)
		abort();
	if ((out.region == 0) != (out.region_rule < 0))
		abort();
	if ((out.region_rule < 0) != (cag_region_rule_text(&out, f.party) == NULL))
		abort();
	if (out.side == CAG_SIDE_OUTSIDE && out.region != 0)
		abort();
	if (out.side != CAG_SIDE_OUTSIDE && f.region != 0 &&
		(out.region != f.region || out.region_rule != CAG_EV_REGION))
		abort();
	if (out.region_rule == CAG_EV_REGION && out.region != f.region)
		abort();
	if (out.region_rule == CAG_EV_MUNICIPALITY &&
		(!f.has_municipality || out.region != f.municipality_region))
		abort();
	if (out.region_rule >= 0 && out.region_rule != CAG_EV_REGION &&
		out.region_rule != CAG_EV_MUNICIPALITY &&
		!(evidence_bits(&f, out.region_rule) & CAG_REGION_BIT(out.region)))
		abort();
	if (out.fsa_candidates &&
		(cag_region_bits_count(f.fsa_regions & CAG_REGION_BITS_ALL) < 2 ||
		 !(f.fsa_regions & CAG_REGION_BIT(out.region)) || out.region_rule == CAG_EV_POSTAL_CODE))
		abort();
	if (out.conflict >= 0 && evidence_bits(&f, out.conflict) == 0)
		abort();
	if (out.conflict >= 0 && out.region != 0 &&
		(evidence_bits(&f, out.conflict) & CAG_REGION_BIT(out.region)))
		abort();

	/* the side: the first evidence that says something */
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
		if (out.says[ev] != CAG_SIDE_NONE)
			break;
	if (ev == CAG_EV_COUNT ? out.side_rule != -1 || out.side != CAG_SIDE_NONE
		: out.side_rule != ev || out.side != out.says[ev])
		abort();
	if (out.province_note == CAG_PROVINCE_OTHER_COUNTRY && out.says[CAG_EV_PROVINCE] != CAG_SIDE_NONE)
		abort();
	for (ev = 0; ev <= CAG_EV_COUNT; ev++)
		if (cag_evidence_name((CagEvidence) ev, f.party) == NULL)
			abort();
	return 0;
}
