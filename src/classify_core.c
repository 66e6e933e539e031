/*-------------------------------------------------------------------------
 *
 * classify_core.c
 *	  The rules of purchase classification, server-free.
 *
 * Province and country fields are folded to keys by cag_fold_key (words in
 * lower-case ASCII joined by hyphens: "Province de Québec" gives
 * "province-de-quebec", "N.-É." gives "n-e") and looked up in fixed lists.
 * Keep the lists in step with doc/reference.md and sql/classify.sql.
 *
 * The origin of the supplier is decided by the first source, in priority
 * order, that says Québec or outside Québec: the postal code, then the
 * supplier's region (a Québec region is Québec), then the province field,
 * then the country field.  Sources that say the opposite are conflicts,
 * which the explanation lists.
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "classify_core.h"
#include "fold_core.h"
#include "postal_code_core.h"
#include "purchase_class_core.h"

typedef struct PlaceKey
{
	const char *key;
	const char *code;
} PlaceKey;

/* Canadian provinces and territories: codes, names, abbreviations. */
static const PlaceKey provinces[] = {
	{"qc", "QC"}, {"pq", "QC"}, {"p-q", "QC"}, {"q-c", "QC"}, {"que", "QC"},
	{"quebec", "QC"},
	{"on", "ON"}, {"o-n", "ON"}, {"ont", "ON"}, {"ontario", "ON"},
	{"nl", "NL"}, {"n-l", "NL"}, {"nf", "NL"}, {"nfld", "NL"}, {"t-n-l", "NL"},
	{"tnl", "NL"}, {"newfoundland-and-labrador", "NL"},
	{"newfoundland-labrador", "NL"}, {"newfoundland", "NL"},
	{"terre-neuve-et-labrador", "NL"}, {"terre-neuve-labrador", "NL"},
	{"terre-neuve", "NL"}, {"labrador", "NL"},
	{"ns", "NS"}, {"n-s", "NS"}, {"n-e", "NS"}, {"nova-scotia", "NS"},
	{"nouvelle-ecosse", "NS"},
	{"pe", "PE"}, {"p-e", "PE"}, {"pei", "PE"}, {"p-e-i", "PE"}, {"ipe", "PE"},
	{"i-p-e", "PE"}, {"prince-edward-island", "PE"},
	{"ile-du-prince-edouard", "PE"},
	{"nb", "NB"}, {"n-b", "NB"}, {"new-brunswick", "NB"},
	{"nouveau-brunswick", "NB"},
	{"mb", "MB"}, {"m-b", "MB"}, {"man", "MB"}, {"manitoba", "MB"},
	{"sk", "SK"}, {"s-k", "SK"}, {"sask", "SK"}, {"saskatchewan", "SK"},
	{"ab", "AB"}, {"a-b", "AB"}, {"alta", "AB"}, {"alb", "AB"}, {"alberta", "AB"},
	{"bc", "BC"}, {"b-c", "BC"}, {"c-b", "BC"}, {"british-columbia", "BC"},
	{"colombie-britannique", "BC"},
	{"yt", "YT"}, {"y-t", "YT"}, {"yk", "YT"}, {"yuk", "YT"}, {"yukon", "YT"},
	{"yukon-territory", "YT"}, {"territoire-du-yukon", "YT"},
	{"nt", "NT"}, {"n-t", "NT"}, {"nwt", "NT"}, {"n-w-t", "NT"}, {"tno", "NT"},
	{"t-n-o", "NT"}, {"northwest-territories", "NT"},
	{"north-west-territories", "NT"}, {"territoires-du-nord-ouest", "NT"},
	{"nu", "NU"}, {"nvt", "NU"}, {"nunavut", "NU"}, {"territoire-du-nunavut", "NU"},
};

/* States, the federal district and the inhabited territories of the US. */
static const PlaceKey us_states[] = {
	{"al", "AL"}, {"alabama", "AL"},
	{"ak", "AK"}, {"alaska", "AK"},
	{"az", "AZ"}, {"arizona", "AZ"},
	{"ar", "AR"}, {"arkansas", "AR"},
	{"ca", "CA"}, {"california", "CA"}, {"californie", "CA"},
	{"co", "CO"}, {"colorado", "CO"},
	{"ct", "CT"}, {"connecticut", "CT"},
	{"de", "DE"}, {"delaware", "DE"},
	{"dc", "DC"}, {"d-c", "DC"}, {"district-of-columbia", "DC"},
	{"washington-dc", "DC"}, {"washington-d-c", "DC"},
	{"fl", "FL"}, {"florida", "FL"}, {"floride", "FL"},
	{"ga", "GA"}, {"georgia", "GA"}, {"georgie", "GA"},
	{"hi", "HI"}, {"hawaii", "HI"}, {"hawai", "HI"},
	{"id", "ID"}, {"idaho", "ID"},
	{"il", "IL"}, {"illinois", "IL"},
	{"in", "IN"}, {"indiana", "IN"},
	{"ia", "IA"}, {"iowa", "IA"},
	{"ks", "KS"}, {"kansas", "KS"},
	{"ky", "KY"}, {"kentucky", "KY"},
	{"la", "LA"}, {"louisiana", "LA"}, {"louisiane", "LA"},
	{"me", "ME"}, {"maine", "ME"},
	{"md", "MD"}, {"maryland", "MD"},
	{"ma", "MA"}, {"massachusetts", "MA"},
	{"mi", "MI"}, {"michigan", "MI"},
	{"mn", "MN"}, {"minnesota", "MN"},
	{"ms", "MS"}, {"mississippi", "MS"},
	{"mo", "MO"}, {"missouri", "MO"},
	{"mt", "MT"}, {"montana", "MT"},
	{"ne", "NE"}, {"nebraska", "NE"},
	{"nv", "NV"}, {"nevada", "NV"},
	{"nh", "NH"}, {"new-hampshire", "NH"},
	{"nj", "NJ"}, {"new-jersey", "NJ"},
	{"nm", "NM"}, {"new-mexico", "NM"}, {"nouveau-mexique", "NM"},
	{"ny", "NY"}, {"new-york", "NY"}, {"etat-de-new-york", "NY"},
	{"nc", "NC"}, {"north-carolina", "NC"}, {"caroline-du-nord", "NC"},
	{"nd", "ND"}, {"north-dakota", "ND"}, {"dakota-du-nord", "ND"},
	{"oh", "OH"}, {"ohio", "OH"},
	{"ok", "OK"}, {"oklahoma", "OK"},
	{"or", "OR"}, {"oregon", "OR"},
	{"pa", "PA"}, {"pennsylvania", "PA"}, {"pennsylvanie", "PA"},
	{"ri", "RI"}, {"rhode-island", "RI"},
	{"sc", "SC"}, {"south-carolina", "SC"}, {"caroline-du-sud", "SC"},
	{"sd", "SD"}, {"south-dakota", "SD"}, {"dakota-du-sud", "SD"},
	{"tn", "TN"}, {"tennessee", "TN"},
	{"tx", "TX"}, {"texas", "TX"},
	{"ut", "UT"}, {"utah", "UT"},
	{"vt", "VT"}, {"vermont", "VT"},
	{"va", "VA"}, {"virginia", "VA"}, {"virginie", "VA"},
	{"wa", "WA"}, {"washington", "WA"}, {"washington-state", "WA"},
	{"wv", "WV"}, {"west-virginia", "WV"}, {"virginie-occidentale", "WV"},
	{"wi", "WI"}, {"wisconsin", "WI"},
	{"wy", "WY"}, {"wyoming", "WY"},
	{"pr", "PR"}, {"puerto-rico", "PR"}, {"porto-rico", "PR"},
	{"gu", "GU"}, {"guam", "GU"},
	{"vi", "VI"}, {"us-virgin-islands", "VI"},
	{"as", "AS"}, {"american-samoa", "AS"},
	{"mp", "MP"}, {"northern-mariana-islands", "MP"},
};

/* Canada as a country. */
static const char *const canada_keys[] = {
	"ca", "c-a", "can", "canada", "cdn",
};

/* Country fields that say nothing. */
static const char *const no_country_keys[] = {
	"n-a", "n-d", "s-o", "unknown", "inconnu", "inconnue", "none", "aucun",
	"aucune", "null", "nil", "na", "nd",
};

/* Longest key worth folding: longer text is no name of a place. */
#define PLACE_KEY_MAX 64

static int
cmp_place_key(const void *a, const void *b)
{
	return strcmp(((const PlaceKey *) a)->key, ((const PlaceKey *) b)->key);
}

/*
 * The lists sorted by key, made on first use (the lists above stay in the
 * order a reader checks them against the documentation).
 */
static PlaceKey sorted_provinces[sizeof(provinces) / sizeof(provinces[0])];
static PlaceKey sorted_us_states[sizeof(us_states) / sizeof(us_states[0])];
static bool sorted = false;

static void
sort_keys(void)
{
	memcpy(sorted_provinces, provinces, sizeof(provinces));
	qsort(sorted_provinces, sizeof(provinces) / sizeof(provinces[0]), sizeof(PlaceKey),
		  cmp_place_key);
	memcpy(sorted_us_states, us_states, sizeof(us_states));
	qsort(sorted_us_states, sizeof(us_states) / sizeof(us_states[0]), sizeof(PlaceKey),
		  cmp_place_key);
	sorted = true;
}

/* The code of a key in a sorted list, or NULL. */
static const char *
find_key(const PlaceKey *keys, size_t n, const char *key)
{
	PlaceKey	probe;
	const PlaceKey *found;

	probe.key = key;
	probe.code = NULL;
	found = bsearch(&probe, keys, n, sizeof(PlaceKey), cmp_place_key);
	return found != NULL ? found->code : NULL;
}

static bool
in_list(const char *const *list, size_t n, const char *key)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], key) == 0)
			return true;
	return false;
}

#define LENGTHOF(a) (sizeof(a) / sizeof((a)[0]))

/* If key starts with prefix (a whole word or words), skip it. */
static const char *
skip_prefix(const char *key, const char *prefix)
{
	size_t		n = strlen(prefix);

	if (strncmp(key, prefix, n) == 0 && key[n] == '-' && key[n + 1] != '\0')
		return key + n + 1;
	return key;
}

/*
 * Drop the words around a name: "Province de Québec", "Province of
 * Ontario", "the Province of Quebec", "Québec, Canada", "Alberta
 * Province".  Writes into buf (PLACE_KEY_MAX bytes).
 */
static const char *
strip_province_words(const char *key, char *buf)
{
	static const char *const articles[] = {"la", "the"};
	static const char *const linkers[] = {"de-la", "de-l", "de", "du", "d", "of-the", "of"};
	const char *p = key;
	const char *q;
	size_t		i;
	size_t		n;

	for (i = 0; i < LENGTHOF(articles); i++)
		if ((q = skip_prefix(p, articles[i])) != p)
		{
			p = q;
			break;
		}
	if ((q = skip_prefix(p, "province")) != p)
	{
		p = q;
		for (i = 0; i < LENGTHOF(linkers); i++)
			if ((q = skip_prefix(p, linkers[i])) != p)
			{
				p = q;
				break;
			}
	}
	n = strlen(p);
	if (n > 9 && strcmp(p + n - 9, "-province") == 0)
		n -= 9;
	else if (n > 7 && strcmp(p + n - 7, "-canada") == 0)
		n -= 7;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return buf;
}

static bool
fold_place(const char *str, size_t len, char *key)
{
	return cag_fold_key(str, len, '-', key, PLACE_KEY_MAX) != CAG_FOLD_TOO_LONG;
}

static CagPlace
place(CagPlaceKind kind, const char *code)
{
	CagPlace	p;

	p.kind = kind;
	p.ambiguous = false;
	if (code != NULL)
	{
		p.code[0] = code[0];
		p.code[1] = code[1];
		p.code[2] = '\0';
	}
	else
		p.code[0] = '\0';
	return p;
}

/* A province of Canada by its key, or NULL. */
static const char *
province_code(const char *key)
{
	char		buf[PLACE_KEY_MAX];
	const char *code;

	if (!sorted)
		sort_keys();
	code = find_key(sorted_provinces, LENGTHOF(provinces), key);
	if (code == NULL)
		code = find_key(sorted_provinces, LENGTHOF(provinces), strip_province_words(key, buf));
	return code;
}

CagPlace
cag_read_province(const char *str, size_t len)
{
	char		key[PLACE_KEY_MAX];
	const char *code;

	if (str == NULL)
		return place(CAG_PLACE_NONE, NULL);
	if (!fold_place(str, len, key))
		return place(CAG_PLACE_UNRECOGNIZED, NULL);
	if (key[0] == '\0')
		return place(CAG_PLACE_NONE, NULL);
	if (!sorted)
		sort_keys();
	if ((code = province_code(key)) != NULL)
		return place(CAG_PLACE_PROVINCE, code);
	if ((code = find_key(sorted_us_states, LENGTHOF(us_states), key)) != NULL)
	{
		CagPlace	p = place(CAG_PLACE_US_STATE, code);

		p.ambiguous = strcmp(key, "ca") == 0 || strcmp(key, "c-a") == 0;
		return p;
	}
	return place(CAG_PLACE_UNRECOGNIZED, NULL);
}

CagPlace
cag_read_country(const char *str, size_t len)
{
	char		key[PLACE_KEY_MAX];
	const char *p;
	bool		letters = false;

	if (str == NULL)
		return place(CAG_PLACE_NONE, NULL);
	if (!fold_place(str, len, key))
		return place(CAG_PLACE_OTHER_COUNTRY, NULL);
	if (key[0] == '\0')
		return place(CAG_PLACE_NONE, NULL);
	if (in_list(canada_keys, LENGTHOF(canada_keys), key) || province_code(key) != NULL)
		return place(CAG_PLACE_CANADA, NULL);
	if (in_list(no_country_keys, LENGTHOF(no_country_keys), key))
		return place(CAG_PLACE_UNRECOGNIZED, NULL);
	for (p = key; *p; p++)
		if (!cag_is_digit((unsigned char) *p) && *p != '-')
			letters = true;
	return place(letters ? CAG_PLACE_OTHER_COUNTRY : CAG_PLACE_UNRECOGNIZED, NULL);
}

const char *
cag_evidence_name(CagEvidence ev)
{
	switch (ev)
	{
		case CAG_EV_POSTAL_CODE:
			return "postal_code";
		case CAG_EV_SUPPLIER_REGION:
			return "supplier_region";
		case CAG_EV_PROVINCE:
			return "province";
		case CAG_EV_COUNTRY:
			return "country";
		case CAG_EV_COUNT:
			break;
	}
	return "?";
}

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

/* Origin: what each source says, and the first one that says something. */
static void
decide_origin(const CagPurchaseFacts *f, CagClassification *c)
{
	int			ev;

	/* postal code: any valid Canadian code places the supplier */
	c->present[CAG_EV_POSTAL_CODE] = f->has_postal_code;
	if (f->has_postal_code)
		c->says[CAG_EV_POSTAL_CODE] = postal_code_is_quebec(f->postal_code) ?
			CAG_SIDE_QUEBEC : CAG_SIDE_OUTSIDE;

	/* a region of Québec is in Québec */
	c->present[CAG_EV_SUPPLIER_REGION] = f->supplier_region != 0;
	if (f->supplier_region != 0)
		c->says[CAG_EV_SUPPLIER_REGION] = CAG_SIDE_QUEBEC;

	/* the country, read first: it decides what a US state code means */
	c->present[CAG_EV_COUNTRY] = f->country != NULL;
	c->country = cag_read_country(f->country, f->country_len);
	if (c->country.kind == CAG_PLACE_OTHER_COUNTRY)
		c->says[CAG_EV_COUNTRY] = CAG_SIDE_OUTSIDE;

	c->present[CAG_EV_PROVINCE] = f->province != NULL;
	c->province = cag_read_province(f->province, f->province_len);
	if (c->province.kind == CAG_PLACE_PROVINCE)
		c->says[CAG_EV_PROVINCE] = strcmp(c->province.code, "QC") == 0 ?
			CAG_SIDE_QUEBEC : CAG_SIDE_OUTSIDE;
	else if (c->province.kind == CAG_PLACE_US_STATE)
	{
		if (c->country.kind == CAG_PLACE_CANADA)
			c->province_note = CAG_PROVINCE_STATE_IN_CANADA;
		else if (c->province.ambiguous && c->country.kind != CAG_PLACE_OTHER_COUNTRY)
			c->province_note = CAG_PROVINCE_CA_AMBIGUOUS;
		else
			c->says[CAG_EV_PROVINCE] = CAG_SIDE_OUTSIDE;
	}

	c->origin_rule = -1;
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
		if (c->says[ev] != CAG_SIDE_NONE)
		{
			c->origin_rule = ev;
			c->bits |= c->says[ev] == CAG_SIDE_QUEBEC ? PC_QUEBEC : PC_OUTSIDE_QUEBEC;
			break;
		}
}

static void
decide_region(const CagPurchaseFacts *f, CagClassification *c)
{
	uint32_t	delivery = f->delivery & (((uint32_t) 1 << 18) - 2);	/* bits 1..17 */

	if (f->supplier_region != 0)
	{
		c->supplier_region = f->supplier_region;
		c->region_source = CAG_REGION_FROM_SUPPLIER_REGION;
		c->region_conflict = f->has_postal_code && f->postal_region != 0 &&
			postal_code_is_quebec(f->postal_code) &&
			f->postal_region != f->supplier_region;
	}
	else if (f->has_postal_code && postal_code_is_quebec(f->postal_code) &&
			 f->postal_region >= 1 && f->postal_region <= 17)
	{
		c->supplier_region = f->postal_region;
		c->region_source = CAG_REGION_FROM_POSTAL_CODE;
	}

	if (c->bits & PC_OUTSIDE_QUEBEC)
	{
		c->region_rule = CAG_REGION_SUPPLIER_OUTSIDE_QUEBEC;
		c->bits |= PC_OUTSIDE_REGION;
	}
	else if (c->supplier_region == 0)
		c->region_rule = delivery == 0 ? CAG_REGION_BOTH_UNKNOWN :
			CAG_REGION_SUPPLIER_UNKNOWN;
	else if (delivery == 0)
		c->region_rule = CAG_REGION_DELIVERY_UNKNOWN;
	else if (delivery & ((uint32_t) 1 << c->supplier_region))
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
	decide_origin(f, c);
	decide_region(f, c);
	decide_labels_and_group(f, c);
}
