/*-------------------------------------------------------------------------
 *
 * classify_explain.c
 *	  explain_classification: why a purchase has its class, as jsonb.
 *
 * For each dimension of the class (origin, region, eco, food, Québec food,
 * group purchase), the result, the rule that decided it and the values it
 * read; for the origin, what every source says and the sources that say
 * the opposite of the decision; the defaults the trigger filled in a row.
 * doc/reference.md describes the keys.
 *
 *-------------------------------------------------------------------------
 */
#include "classify.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/json.h"

#include "json_writer.h"
#include "postal_code_core.h"
#include "purchase_class.h"
#include "qc_region.h"
#include "qc_region_core.h"
#include "unspsc_core.h"

static const char *
region_text(int code)
{
	return code == 0 ? NULL : qc_region_server_name(code, false);
}

static const char *
unspsc_text(int32 value)
{
	char	   *buf = palloc(UNSPSC_TEXT_LEN);

	unspsc_format(value, buf);
	return buf;
}

static const char *
side_name(CagSide side)
{
	return side == CAG_SIDE_QUEBEC ? "quebec" :
		side == CAG_SIDE_OUTSIDE ? "outside_quebec" : "nothing";
}

/* How a province or country field reads ("CA-QC"), and a note on it. */
static void
place_reading(const CagLocation *loc, CagEvidence ev, const CagPlace *pl,
			  const char **reads_as, const char **note)
{
	*reads_as = NULL;
	*note = NULL;
	switch (pl->kind)
	{
		case CAG_PLACE_PROVINCE:
			*reads_as = psprintf("CA-%s", pl->code);
			if (loc->province_note == CAG_PROVINCE_OTHER_COUNTRY)
				*note = "a province, but the country is another one";
			break;
		case CAG_PLACE_US_STATE:
			*reads_as = psprintf("US-%s", pl->code);
			if (loc->province_note == CAG_PROVINCE_STATE_IN_CANADA)
				*note = "a US state, but the country is Canada";
			else if (loc->province_note == CAG_PROVINCE_CA_AMBIGUOUS)
				*note = "CA without a country is California or Canada";
			break;
		case CAG_PLACE_CANADA:
			*reads_as = "CA";
			break;
		case CAG_PLACE_OTHER_COUNTRY:
			*note = "another country than Canada";
			break;
		case CAG_PLACE_UNRECOGNIZED:
			*note = ev == CAG_EV_PROVINCE ?
				"not a province, territory or US state" : "not a country";
			break;
		case CAG_PLACE_NONE:
			*note = "empty";
			break;
	}
}

/* What each evidence given says of the supplier's origin. */
static void
explain_evidence(JsonWriter *w, const Classified *c)
{
	const CagLocation *loc = &c->supplier_location;
	int			ev;

	jw_object_begin(w);
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
	{
		const CagPlace *pl = ev == CAG_EV_PROVINCE ? &loc->province :
			ev == CAG_EV_COUNTRY ? &loc->country : NULL;

		if (!loc->present[ev])
			continue;
		jw_key(w, cag_evidence_name((CagEvidence) ev, CAG_PARTY_SUPPLIER));
		jw_object_begin(w);
		jw_member(w, "value", cag_evidence_value(&c->supplier, &c->supplier_facts, (CagEvidence) ev));
		jw_member(w, "says", side_name(loc->says[ev]));
		if (ev == CAG_EV_POSTAL_CODE)
			jw_member(w, "reads_as",
					  psprintf("CA-%s", postal_code_province(c->supplier_facts.facts.postal_code)));
		else if (pl != NULL)
		{
			const char *reads_as;
			const char *note;

			place_reading(loc, (CagEvidence) ev, pl, &reads_as, &note);
			jw_member(w, "reads_as", reads_as);
			if (note != NULL)
				jw_member(w, "note", note);
		}
		jw_object_end(w);
	}
	jw_object_end(w);
}

/* The evidence that says the opposite of the decision. */
static void
explain_origin_conflicts(JsonWriter *w, const Classified *c)
{
	const CagLocation *loc = &c->supplier_location;
	const char *winner;
	int			ev;

	jw_array_begin(w);
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
	{
		if (loc->side_rule < 0 || ev == loc->side_rule ||
			loc->says[ev] == CAG_SIDE_NONE || loc->says[ev] == loc->side)
			continue;
		winner = cag_evidence_name((CagEvidence) loc->side_rule, CAG_PARTY_SUPPLIER);
		jw_object_begin(w);
		jw_member(w, cag_evidence_name((CagEvidence) ev, CAG_PARTY_SUPPLIER),
				  cag_evidence_value(&c->supplier, &c->supplier_facts, (CagEvidence) ev));
		jw_member(w, winner, cag_evidence_value(&c->supplier, &c->supplier_facts,
												(CagEvidence) loc->side_rule));
		jw_member(w, "decided_by", winner);
		jw_object_end(w);
	}
	jw_array_end(w);
}

static void
explain_origin(JsonWriter *w, const Classified *c)
{
	const CagClassification *cls = &c->cls;
	const CagLocation *loc = &c->supplier_location;

	jw_object_begin(w);
	jw_member(w, "result",
			  cls->bits & PC_QUEBEC ? "quebec" :
			  cls->bits & PC_OUTSIDE_QUEBEC ? "outside_quebec" : "unknown");
	jw_member(w, "rule", loc->side_rule < 0 ? "no_evidence" :
			  cag_evidence_name((CagEvidence) loc->side_rule, CAG_PARTY_SUPPLIER));
	jw_member(w, "value", loc->side_rule < 0 ? NULL :
			  cag_evidence_value(&c->supplier, &c->supplier_facts, (CagEvidence) loc->side_rule));
	jw_key(w, "evidence");
	explain_evidence(w, c);
	jw_key(w, "conflicts");
	explain_origin_conflicts(w, c);
	jw_object_end(w);
}

/* The regions an evidence gives, for a conflict; 0 for a region given. */
static uint32
evidence_regions(const CagPartyFacts *pf, CagEvidence ev)
{
	switch (ev)
	{
		case CAG_EV_POSTAL_CODE:
			return pf->facts.fsa_regions;
		case CAG_EV_CITY:
			return pf->facts.city_regions;
		case CAG_EV_NAME:
			return pf->facts.name_regions;
		case CAG_EV_REGISTRY:
			return pf->facts.registry_regions;
		default:
			return 0;
	}
}

/* An evidence of a conflict: its value and the regions it gives. */
static void
conflict_evidence(JsonWriter *w, const CagPartyAddress *a, const CagPartyFacts *pf,
				  CagEvidence ev)
{
	const char *name = cag_evidence_name(ev, a->party);
	uint32		bits = evidence_regions(pf, ev);
	int			r;

	jw_member(w, name, cag_evidence_value(a, pf, ev));
	if (bits == 0)
		return;
	jw_key(w, psprintf("%s_regions", name));
	jw_array_begin(w);
	for (r = QC_REGION_MIN; r <= QC_REGION_MAX; r++)
		if (bits & CAG_REGION_BIT(r))
			jw_string(w, region_text(r));
	jw_array_end(w);
}

/*
 * A conflict of a location: the evidence the decision left out, the one
 * that decided, and the decision.
 */
static void
explain_location_conflicts(JsonWriter *w, const CagPartyAddress *a, const CagLocation *loc,
						   const CagPartyFacts *pf)
{
	jw_array_begin(w);
	if (loc->conflict >= 0)
	{
		const char *decided = cag_region_rule_text(loc, a->party);

		jw_object_begin(w);
		conflict_evidence(w, a, pf, (CagEvidence) loc->conflict);
		if (loc->region_rule >= 0 && loc->region_rule != loc->conflict)
			conflict_evidence(w, a, pf, (CagEvidence) loc->region_rule);
		else if (loc->region_rule < 0 && loc->conflict != CAG_EV_POSTAL_CODE &&
				 pf->facts.has_postal_code)
			conflict_evidence(w, a, pf, CAG_EV_POSTAL_CODE);
		jw_member(w, "decided_by", decided != NULL ? decided : "nothing");
		jw_object_end(w);
	}
	jw_array_end(w);
}

static void
explain_region(JsonWriter *w, const Classified *c)
{
	const CagClassification *cls = &c->cls;
	const CagLocation *loc = &c->supplier_location;
	const CagLocateFacts *f = &c->supplier_facts.facts;
	int			r;

	jw_object_begin(w);
	jw_member(w, "result",
			  cls->bits & PC_REGIONAL ? "regional" :
			  cls->bits & PC_OUTSIDE_REGION ? "outside_region" : "unknown");
	jw_member(w, "rule", cag_region_rule_name(cls->region_rule));
	jw_member(w, "value", region_text(c->facts.supplier_region));
	jw_member(w, "supplier_region_from", cag_region_rule_text(loc, CAG_PARTY_SUPPLIER));
	if (f->has_postal_code && postal_code_is_quebec(f->postal_code))
		jw_member(w, "postal_code_region",
				  region_text(cag_region_bits_count(f->fsa_regions) == 1 ?
							  cag_region_bits_first(f->fsa_regions) : 0));
	jw_key(w, "supplier_location");
	cag_locate_json(w, &c->supplier, loc, &c->supplier_facts);
	jw_key(w, "delivery_regions");
	jw_array_begin(w);
	for (r = QC_REGION_MIN; r <= QC_REGION_MAX; r++)
		if (c->facts.delivery & ((uint32) 1 << r))
			jw_string(w, region_text(r));
	jw_array_end(w);
	jw_key(w, "conflicts");
	explain_location_conflicts(w, &c->supplier, loc, &c->supplier_facts);
	jw_object_end(w);
}

/* The label at position index (from 1) of the labels array, as text. */
static const char *
label_at(const ClassifyArgs *a, int index)
{
	ArrayType  *arr = DatumGetArrayTypeP(a->value[ARG_LABELS]);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	Assert(index >= 1 && index <= n && !nulls[index - 1]);
	return TextDatumGetCString(elems[index - 1]);
}

static void
explain_label(JsonWriter *w, const ClassifyArgs *a, const LabelEntry *e, int index,
			  const char *extra_key)
{
	jw_member(w, "value", label_at(a, index));
	jw_member(w, "label", e->label);
	jw_member(w, "name", e->name);
	jw_member(w, extra_key, e->extra);
}

static void
explain_eco(JsonWriter *w, const ClassifyArgs *a, const Classified *c)
{
	jw_object_begin(w);
	if (c->labels.eco != NULL)
	{
		jw_member(w, "result", "eco");
		jw_member(w, "rule", "eco_label");
		explain_label(w, a, c->labels.eco, c->labels.eco_index, "category");
	}
	else if (!c->facts.has_labels)
	{
		/* labels NULL: what the purchase carries is not known */
		jw_member(w, "result", "unknown");
		jw_member(w, "rule", "labels_unknown");
	}
	else
	{
		jw_member(w, "result", "not_eco");
		jw_member(w, "rule", c->labels.nlabels > 0 ? "no_eco_label" : "no_labels");
	}
	jw_object_end(w);
}

static void
explain_food(JsonWriter *w, const ClassifyArgs *a, const Classified *c)
{
	jw_object_begin(w);
	if (!c->facts.has_category)
	{
		jw_member(w, "result", "unknown");
		jw_member(w, "rule", "no_category");
	}
	else
	{
		jw_member(w, "result", c->facts.food_category ? "food" : "not_food");
		jw_member(w, "rule", c->facts.food_category ? "food_category" : "not_a_food_category");
		jw_member(w, "value", unspsc_text(DatumGetInt32(a->value[ARG_CATEGORY])));
		if (c->facts.food_category)
			jw_member(w, "food_category", unspsc_text(c->food_category));
	}
	jw_object_end(w);
}

static void
explain_quebec_food(JsonWriter *w, const ClassifyArgs *a, const Classified *c)
{
	const char *result;
	const char *rule;

	if (c->cls.bits & PC_QUEBEC_FOOD)
	{
		result = "quebec_food";
		rule = "food_label";
	}
	else if (c->facts.has_category && !c->facts.food_category)
	{
		result = "not_quebec_food";
		rule = "not_food";
	}
	else if (!c->facts.has_category)
	{
		/* whether the purchase is food is unknown, even with a food label */
		result = "unknown";
		rule = "no_category";
	}
	else if (!c->facts.has_labels)
	{
		/* food, but its labels (NULL) are unknown */
		result = "unknown";
		rule = "labels_unknown";
	}
	else
	{
		result = "not_quebec_food";
		rule = c->labels.nlabels > 0 ? "no_food_label" : "no_labels";
	}
	jw_object_begin(w);
	jw_member(w, "result", result);
	jw_member(w, "rule", rule);
	if (c->labels.food != NULL)
		explain_label(w, a, c->labels.food, c->labels.food_index, "kind");
	jw_object_end(w);
}

static void
explain_group(JsonWriter *w, const Classified *c)
{
	jw_object_begin(w);
	jw_member(w, "result", c->facts.group_purchase < 0 ? "unknown" :
			  c->facts.group_purchase ? "group_purchase" : "not_group_purchase");
	jw_member(w, "rule", c->facts.group_purchase < 0 ? "no_value" : "group_purchase_flag");
	jw_key(w, "value");
	if (c->facts.group_purchase < 0)
		jw_null(w);
	else
		jw_bool(w, c->facts.group_purchase);
	jw_object_end(w);
}

/* One default the trigger applied: {"value": ..., "rule": from, from: code} */
static void
explain_default(JsonWriter *w, const char *column, int region, const char *from,
				const char *code)
{
	jw_key(w, column);
	jw_object_begin(w);
	jw_member(w, "value", region_text(region));
	jw_member(w, "rule", from);
	if (code != NULL)
		jw_member(w, from, code);
	jw_object_end(w);
}

Datum
classify_explain(const ClassifyArgs *a, const Classified *c, const ClassifyDefaults *d)
{
	JsonWriter	w;
	char		classbuf[PC_TEXT_MAX];
	char		datebuf[MAXDATELEN + 1];

	jw_init(&w);
	jw_object_begin(&w);
	purchase_class_format(c->cls.bits, classbuf);
	jw_member(&w, "class", classbuf);
	jw_key(&w, "origin");
	explain_origin(&w, c);
	jw_key(&w, "region");
	explain_region(&w, c);
	jw_key(&w, "eco");
	explain_eco(&w, a, c);
	jw_key(&w, "food");
	explain_food(&w, a, c);
	jw_key(&w, "quebec_food");
	explain_quebec_food(&w, a, c);
	jw_key(&w, "group_purchase");
	explain_group(&w, c);
	jw_member(&w, "as_of",
			  JsonEncodeDateTime(datebuf, DateADTGetDatum(c->as_of), DATEOID, NULL));
	if (d != NULL && (d->buyer_located || d->delivery_region != 0))
	{
		jw_key(&w, "derived");
		jw_object_begin(&w);
		if (d->buyer_located)
		{
			jw_key(&w, "buyer_region");
			jw_object_begin(&w);
			jw_member(&w, "value", region_text(d->buyer_location->region));
			jw_member(&w, "rule", cag_region_rule_text(d->buyer_location, CAG_PARTY_BUYER));
			jw_member(&w, cag_evidence_name((CagEvidence) d->buyer_location->region_rule,
											CAG_PARTY_BUYER),
					  cag_evidence_value(d->buyer, d->buyer_facts,
										 (CagEvidence) d->buyer_location->region_rule));
			jw_key(&w, "buyer_location");
			cag_locate_json(&w, d->buyer, d->buyer_location, d->buyer_facts);
			jw_key(&w, "conflicts");
			explain_location_conflicts(&w, d->buyer, d->buyer_location, d->buyer_facts);
			jw_object_end(&w);
		}
		if (d->delivery_region != 0)
			explain_default(&w, "delivery_region", d->delivery_region, d->delivery_from,
							d->delivery_municipality);
		jw_object_end(&w);
	}
	jw_object_end(&w);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(w.buf.data));
}
