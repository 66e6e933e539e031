/*-------------------------------------------------------------------------
 *
 * locate_core.c
 *	  The rules that locate a supplier or a buyer, server-free (see
 *	  locate_core.h).
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "locate_core.h"
#include "postal_code_core.h"

int
cag_region_bits_count(uint32_t bits)
{
	int			n = 0;

	bits &= CAG_REGION_BITS_ALL;
	while (bits != 0)
	{
		bits &= bits - 1;
		n++;
	}
	return n;
}

int
cag_region_bits_first(uint32_t bits)
{
	int			r;

	for (r = 1; r <= 17; r++)
		if (bits & CAG_REGION_BIT(r))
			return r;
	return 0;
}

/* What the province field says, the country read first. */
static void
read_province(const CagLocateFacts *f, CagLocation *out)
{
	CagSide    *says = &out->says[CAG_EV_PROVINCE];

	out->present[CAG_EV_PROVINCE] = f->province != NULL;
	out->province = cag_read_province(f->province, f->province_len);
	if (out->province.kind == CAG_PLACE_PROVINCE)
	{
		if (out->country.kind == CAG_PLACE_OTHER_COUNTRY)
			out->province_note = CAG_PROVINCE_OTHER_COUNTRY;
		else
			*says = strcmp(out->province.code, "QC") == 0 ? CAG_SIDE_QUEBEC : CAG_SIDE_OUTSIDE;
	}
	else if (out->province.kind == CAG_PLACE_US_STATE)
	{
		if (out->country.kind == CAG_PLACE_CANADA)
			out->province_note = CAG_PROVINCE_STATE_IN_CANADA;
		else if (out->province.ambiguous && out->country.kind != CAG_PLACE_OTHER_COUNTRY)
			out->province_note = CAG_PROVINCE_CA_AMBIGUOUS;
		else
			*says = CAG_SIDE_OUTSIDE;
	}
}

/* A region set says Québec when it names a region. */
static void
read_regions(CagLocation *out, CagEvidence ev, bool present, uint32_t bits)
{
	out->present[ev] = present;
	if ((bits & CAG_REGION_BITS_ALL) != 0)
		out->says[ev] = CAG_SIDE_QUEBEC;
}

/* Step 1: what every evidence says, and the first that says something. */
static void
decide_side(const CagLocateFacts *f, CagLocation *out)
{
	int			ev;

	out->present[CAG_EV_POSTAL_CODE] = f->has_postal_code;
	if (f->has_postal_code)
		out->says[CAG_EV_POSTAL_CODE] = postal_code_is_quebec(f->postal_code) ?
			CAG_SIDE_QUEBEC : CAG_SIDE_OUTSIDE;
	out->present[CAG_EV_REGION] = f->region != 0;
	if (f->region != 0)
		out->says[CAG_EV_REGION] = CAG_SIDE_QUEBEC;
	out->present[CAG_EV_MUNICIPALITY] = f->has_municipality;
	if (f->has_municipality)
		out->says[CAG_EV_MUNICIPALITY] = CAG_SIDE_QUEBEC;

	/* the country first: it decides what a province code means */
	out->present[CAG_EV_COUNTRY] = f->country != NULL;
	out->country = cag_read_country(f->country, f->country_len);
	if (out->country.kind == CAG_PLACE_OTHER_COUNTRY)
		out->says[CAG_EV_COUNTRY] = CAG_SIDE_OUTSIDE;
	read_province(f, out);

	read_regions(out, CAG_EV_CITY, f->has_city, f->city_regions);
	read_regions(out, CAG_EV_NAME, f->name_regions != 0, f->name_regions);
	read_regions(out, CAG_EV_REGISTRY, f->registry_regions != 0, f->registry_regions);

	out->side_rule = -1;
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
		if (out->says[ev] != CAG_SIDE_NONE)
		{
			out->side_rule = ev;
			out->side = out->says[ev];
			break;
		}
}

/* A region given decides; the FSA's candidates that do not have it conflict. */
static bool
decide_given(const CagLocateFacts *f, CagLocation *out)
{
	int			region = f->region;
	CagEvidence ev = CAG_EV_REGION;

	if (region == 0 && f->has_municipality)
	{
		region = f->municipality_region;
		ev = CAG_EV_MUNICIPALITY;
	}
	if (region == 0)
		return false;
	out->region = region;
	out->region_rule = ev;
	if ((f->fsa_regions & CAG_REGION_BITS_ALL) != 0 &&
		(f->fsa_regions & CAG_REGION_BIT(region)) == 0)
		out->conflict = CAG_EV_POSTAL_CODE;
	return true;
}

/* Step 2: the candidates narrow, evidence by evidence. */
static void
decide_region(const CagLocateFacts *f, CagLocation *out)
{
	static const CagEvidence order[] = {
		CAG_EV_POSTAL_CODE, CAG_EV_CITY, CAG_EV_NAME, CAG_EV_REGISTRY
	};
	uint32_t	candidates = CAG_REGION_BITS_ALL;
	bool		fsa_several = false;
	size_t		i;

	if (decide_given(f, out))
		return;
	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++)
	{
		CagEvidence ev = order[i];
		uint32_t	bits = ev == CAG_EV_POSTAL_CODE ? f->fsa_regions :
			ev == CAG_EV_CITY ? f->city_regions :
			ev == CAG_EV_NAME ? f->name_regions : f->registry_regions;

		bits &= CAG_REGION_BITS_ALL;
		if (bits == 0)
			continue;
		if ((candidates & bits) == 0)
		{
			/* it names none of the candidates: left out */
			if (out->conflict < 0)
				out->conflict = ev;
			continue;
		}
		candidates &= bits;
		if (cag_region_bits_count(candidates) == 1)
		{
			out->region = cag_region_bits_first(candidates);
			out->region_rule = ev;
			out->fsa_candidates = fsa_several;
			break;
		}
		if (ev == CAG_EV_POSTAL_CODE)
			fsa_several = true;
	}

	/*
	 * The FSA decided alone: a city that names none of its regions is what
	 * it left out, although no later evidence was needed.
	 */
	if (out->region_rule == CAG_EV_POSTAL_CODE && out->conflict < 0 &&
		(f->city_regions & CAG_REGION_BITS_ALL) != 0 &&
		(f->city_regions & CAG_REGION_BIT(out->region)) == 0)
		out->conflict = CAG_EV_CITY;
}

void
cag_locate(const CagLocateFacts *f, CagLocation *out)
{
	memset(out, 0, sizeof(*out));
	out->region_rule = -1;
	out->conflict = -1;
	decide_side(f, out);
	if (out->side == CAG_SIDE_OUTSIDE)
		return;
	decide_region(f, out);
}

const char *
cag_evidence_name(CagEvidence ev, CagParty party)
{
	bool		buyer = party == CAG_PARTY_BUYER;

	switch (ev)
	{
		case CAG_EV_POSTAL_CODE:
			return "postal_code";
		case CAG_EV_REGION:
			return buyer ? "buyer_region" : "supplier_region";
		case CAG_EV_MUNICIPALITY:
			return buyer ? "buyer_municipality" : "supplier_municipality";
		case CAG_EV_PROVINCE:
			return "province";
		case CAG_EV_COUNTRY:
			return "country";
		case CAG_EV_CITY:
			return "city";
		case CAG_EV_NAME:
			return "name";
		case CAG_EV_REGISTRY:
			return buyer ? "buyer_registry" : "supplier_registry";
		case CAG_EV_COUNT:
			break;
	}
	return "?";
}

const char *
cag_region_rule_text(const CagLocation *loc, CagParty party)
{
	bool		buyer = party == CAG_PARTY_BUYER;

	if (loc->region_rule < 0)
		return NULL;
	if (!loc->fsa_candidates)
		return cag_evidence_name((CagEvidence) loc->region_rule, party);
	switch (loc->region_rule)
	{
		case CAG_EV_CITY:
			return "fsa_candidates+city";
		case CAG_EV_NAME:
			return "fsa_candidates+name";
		case CAG_EV_REGISTRY:
			return buyer ? "fsa_candidates+buyer_registry" : "fsa_candidates+supplier_registry";
		default:
			break;
	}
	return cag_evidence_name((CagEvidence) loc->region_rule, party);
}
