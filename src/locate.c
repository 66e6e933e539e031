/*-------------------------------------------------------------------------
 *
 * locate.c
 *	  Locating a supplier or a buyer: the facts of locate_core's rules
 *	  looked up as far as the rules need them (see locate.h), the location
 *	  as JSON, and the SQL function locate().
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "geography.h"
#include "locate.h"
#include "postal_code_core.h"
#include "qc_region.h"
#include "qc_region_core.h"

PG_FUNCTION_INFO_V1(locate);

void
cag_party_address_init(CagPartyAddress *a, CagParty party, DateADT as_of)
{
	memset(a, 0, sizeof(*a));
	a->party = party;
	a->municipality = -1;
	a->as_of = as_of;
}

void
cag_locate_preload(void)
{
	cag_geography_preload();
	cag_locality_preload();
	cag_registry_preload();
}

/* Step 1 of the lookups: what needs no name lookup. */
static void
address_facts(const CagPartyAddress *a, CagLocateFacts *f)
{
	memset(f, 0, sizeof(*f));
	f->party = a->party;
	f->region = a->region;
	if (a->municipality >= 0)
	{
		f->has_municipality = true;
		f->municipality_region = cag_region_of_prefix(a->municipality / 1000, a->as_of);
	}
	f->has_postal_code = a->has_postal_code;
	f->postal_code = a->postal_code;
	f->province = a->province;
	f->province_len = a->province_len;
	f->country = a->country;
	f->country_len = a->country_len;
}

static void
postal_code_facts(CagLocateFacts *f, DateADT as_of, bool *by_ldu)
{
	*by_ldu = false;
	if (f->has_postal_code)
		f->fsa_regions = cag_postal_code_regions(f->postal_code, as_of, by_ldu);
}

/*
 * Whether the city can change the decision: not when a region or a
 * municipality is given, nor when the postal code decides alone (outside
 * Québec, or an FSA with one region).
 */
static bool
city_matters(const CagLocateFacts *f)
{
	if (f->region != 0 || (f->has_municipality && f->municipality_region != 0))
		return false;
	if (f->has_postal_code &&
		(!postal_code_is_quebec(f->postal_code) ||
		 cag_region_bits_count(f->fsa_regions) == 1))
		return false;
	return true;
}

void
cag_locate_party(const CagPartyAddress *a, bool explain, CagLocation *out, CagPartyFacts *pf)
{
	CagLocateFacts *f = &pf->facts;

	memset(pf, 0, sizeof(*pf));
	pf->city.municipality = pf->name.municipality = -1;
	address_facts(a, f);
	postal_code_facts(f, a->as_of, &pf->by_ldu);
	if (a->city != NULL && (explain || city_matters(f)))
	{
		pf->city_looked_up = true;
		cag_locality_lookup(a->city, a->city_len, a->as_of, &pf->city);
		f->has_city = pf->city.valid;
		f->city_regions = pf->city.regions;
		if (!f->has_postal_code && pf->city.has_postal_code)
		{
			/* a postal code typed into the city field counts */
			pf->postal_code_in_city = true;
			f->has_postal_code = true;
			f->postal_code = pf->city.postal_code;
			postal_code_facts(f, a->as_of, &pf->by_ldu);
		}
	}
	cag_locate(f, out);
	if (out->side == CAG_SIDE_OUTSIDE || out->region != 0)
		return;

	/* nothing placed it in a region: its name, then its registry */
	if (a->name != NULL)
	{
		pf->name_looked_up = true;
		cag_party_name_lookup(a->name, a->name_len, a->as_of, &pf->name);
		f->name_regions = pf->name.regions;
	}
	if (a->name != NULL || a->id != NULL)
	{
		pf->registry_looked_up = true;
		cag_registry_lookup(a->party, a->id, a->id_len, a->name, a->name_len, a->as_of,
							&pf->registry);
		f->registry_regions = pf->registry.regions;
	}
	if (f->name_regions != 0 || f->registry_regions != 0)
		cag_locate(f, out);
}

/* ---------------------------------------------------------------------
 * The location as JSON
 * ---------------------------------------------------------------------
 */

static const char *
side_text(CagSide side)
{
	return side == CAG_SIDE_QUEBEC ? "quebec" :
		side == CAG_SIDE_OUTSIDE ? "outside_quebec" : NULL;
}

static void
json_regions(JsonWriter *w, const char *key, uint32 bits)
{
	int			r;

	jw_key(w, key);
	jw_array_begin(w);
	for (r = QC_REGION_MIN; r <= QC_REGION_MAX; r++)
		if (bits & CAG_REGION_BIT(r))
			jw_string(w, qc_region_server_name(r, false));
	jw_array_end(w);
}

/* UTF-8 text of len bytes, in the server encoding ("?" for what it lacks). */
static const char *
utf8_text(const char *str, size_t len)
{
	return str == NULL ? NULL : cag_utf8_message_to_server(pnstrdup(str, len));
}

/* What a locality lookup found, as an object. */
static void
json_match(JsonWriter *w, const char *key, const char *value, size_t len,
		   const CagLocalityMatch *m)
{
	jw_key(w, key);
	jw_object_begin(w);
	jw_member(w, "value", utf8_text(value, len));
	jw_member(w, "key", m->valid ? cag_utf8_to_server(m->key) : NULL);
	jw_key(w, "recognized");
	jw_bool(w, m->recognized);
	if (m->recognized)
	{
		jw_member(w, "municipality",
				  m->municipality >= 0 ? psprintf("%05d", (int) m->municipality) : NULL);
		json_regions(w, "regions", m->regions);
	}
	jw_object_end(w);
}

static const char *
postal_code_text(int32 value)
{
	char	   *buf = palloc(POSTAL_CODE_TEXT_LEN);

	postal_code_format(value, buf);
	return buf;
}

const char *
cag_evidence_value(const CagPartyAddress *a, const CagPartyFacts *pf, CagEvidence ev)
{
	switch (ev)
	{
		case CAG_EV_POSTAL_CODE:
			return pf->facts.has_postal_code ? postal_code_text(pf->facts.postal_code) : NULL;
		case CAG_EV_REGION:
			return a->region ? qc_region_server_name(a->region, false) : NULL;
		case CAG_EV_MUNICIPALITY:
			return a->municipality >= 0 ? psprintf("%05d", (int) a->municipality) : NULL;
		case CAG_EV_PROVINCE:
			return utf8_text(a->province, a->province_len);
		case CAG_EV_COUNTRY:
			return utf8_text(a->country, a->country_len);
		case CAG_EV_CITY:
			return utf8_text(a->city, a->city_len);
		case CAG_EV_NAME:
			return utf8_text(a->name, a->name_len);
		case CAG_EV_REGISTRY:
			return pf->registry.found ? pf->registry.name : NULL;
		case CAG_EV_COUNT:
			break;
	}
	return NULL;
}

static void
json_postal_code(JsonWriter *w, const CagPartyFacts *pf)
{
	const CagLocateFacts *f = &pf->facts;

	if (!f->has_postal_code)
		return;
	jw_member(w, "postal_code", postal_code_text(f->postal_code));
	if (pf->postal_code_in_city)
	{
		jw_key(w, "postal_code_in_city");
		jw_bool(w, true);
	}
	if (postal_code_is_quebec(f->postal_code))
		json_regions(w, pf->by_ldu ? "ldu_regions" : "fsa_regions", f->fsa_regions);
}

static void
json_registry(JsonWriter *w, const CagPartyFacts *pf)
{
	const CagRegistryMatch *m = &pf->registry;

	jw_key(w, "registry");
	jw_object_begin(w);
	jw_key(w, "found");
	jw_bool(w, m->found);
	if (m->found)
	{
		jw_member(w, "name", m->name);
		jw_member(w, "by", m->by_id ? "id" : "name");
		json_regions(w, "regions", m->regions);
	}
	jw_object_end(w);
}

void
cag_locate_json(JsonWriter *w, const CagPartyAddress *a, const CagLocation *loc,
				const CagPartyFacts *pf)
{
	jw_object_begin(w);
	jw_member(w, "region", loc->region ? qc_region_server_name(loc->region, false) : NULL);
	jw_member(w, "evidence", cag_region_rule_text(loc, a->party));
	jw_member(w, "side", side_text(loc->side));
	jw_member(w, "side_evidence", loc->side_rule < 0 ? NULL :
			  cag_evidence_name((CagEvidence) loc->side_rule, a->party));
	jw_member(w, "conflict", loc->conflict < 0 ? NULL :
			  cag_evidence_name((CagEvidence) loc->conflict, a->party));
	if (a->municipality >= 0)
		jw_member(w, "municipality", cag_evidence_value(a, pf, CAG_EV_MUNICIPALITY));
	json_postal_code(w, pf);
	if (pf->city_looked_up)
		json_match(w, "city", a->city, a->city_len, &pf->city);
	if (pf->name_looked_up)
		json_match(w, "name", a->name, a->name_len, &pf->name);
	if (pf->registry_looked_up)
		json_registry(w, pf);
	if (loc->province_note == CAG_PROVINCE_OTHER_COUNTRY)
		jw_member(w, "province_ignored", "a province, but the country is another one");
	jw_object_end(w);
}

/* ---------------------------------------------------------------------
 * locate(postal_code, city, province, country, as_of, name, party)
 * ---------------------------------------------------------------------
 */

static const char *
text_arg(FunctionCallInfo fcinfo, int argno, size_t *len)
{
	const char *str;

	*len = 0;
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NULL;
	cag_text_to_utf8(PG_GETARG_DATUM(argno), &str, len);
	return str;
}

static CagParty
party_arg(FunctionCallInfo fcinfo, int argno)
{
	char	   *party;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return CAG_PARTY_SUPPLIER;
	party = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	if (strcmp(party, "supplier") == 0)
		return CAG_PARTY_SUPPLIER;
	if (strcmp(party, "buyer") == 0)
		return CAG_PARTY_BUYER;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid party: \"%s\"", party),
			 errhint("The party is \"supplier\" or \"buyer\".")));
	return CAG_PARTY_SUPPLIER;	/* not reached */
}

Datum
locate(PG_FUNCTION_ARGS)
{
	CagPartyAddress a;
	CagLocation loc;
	CagPartyFacts pf;
	JsonWriter	w;

	cag_party_address_init(&a, party_arg(fcinfo, 6), cag_as_of_arg(fcinfo, 4));
	a.has_postal_code = !PG_ARGISNULL(0);
	if (a.has_postal_code)
	{
		a.postal_code = PG_GETARG_INT32(0);
		if (a.postal_code < 0 || a.postal_code > POSTAL_CODE_MAX)
			elog(ERROR, "invalid postal_code value %d", a.postal_code);
	}
	a.city = text_arg(fcinfo, 1, &a.city_len);
	a.province = text_arg(fcinfo, 2, &a.province_len);
	a.country = text_arg(fcinfo, 3, &a.country_len);
	a.name = text_arg(fcinfo, 5, &a.name_len);
	cag_locate_party(&a, true, &loc, &pf);

	jw_init(&w);
	cag_locate_json(&w, &a, &loc, &pf);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(w.buf.data)));
}
