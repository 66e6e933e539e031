/*-------------------------------------------------------------------------
 *
 * place_core.c
 *	  Province and country fields as people write them, server-free.
 *
 * The fields are folded to keys by cag_fold_key (words in lower-case ASCII
 * joined by hyphens: "Province de Québec" gives "province-de-quebec",
 * "N.-É." gives "n-e") and looked up in fixed lists.  Keep the lists in
 * step with doc/reference.md and sql/classify.sql.
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "fold_core.h"
#include "place_core.h"

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

/*
 * Two-letter codes of provinces and territories that are also ISO 3166
 * codes of countries: in a country field, which holds country codes (SEAO's
 * pays: CAN, USA, NL...), they are those countries -- NL the Netherlands,
 * PE Peru, SK Slovakia, NU Niue, YT Mayotte -- not Canada.
 */
static const char *const iso_countries_like_provinces[] = {
	"nl", "pe", "sk", "nu", "yt",
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

/*
 * The last field read and what it said: a file repeats the same few
 * spellings ("QC", "CAN") row after row, and each row reads them several
 * times (the loader's checks, the location of its parties, the trigger).
 */
typedef struct PlaceMemo
{
	CagPlace	(*read) (const char *str, size_t len);
	size_t		len;			/* 0: empty */
	char		str[16];
	CagPlace	place;
} PlaceMemo;

/* What m's function says of a field, from the memo when it read it last. */
static CagPlace
memo_read(PlaceMemo *m, const char *str, size_t len)
{
	CagPlace	p;

	if (str != NULL && len > 0 && len == m->len && memcmp(str, m->str, len) == 0)
		return m->place;
	p = m->read(str, len);
	if (str != NULL && len > 0 && len <= sizeof(m->str))
	{
		memcpy(m->str, str, len);
		m->len = len;
		m->place = p;
	}
	return p;
}

static CagPlace read_province(const char *str, size_t len);
static CagPlace read_country(const char *str, size_t len);

static PlaceMemo province_memo = {.read = read_province};
static PlaceMemo country_memo = {.read = read_country};

CagPlace
cag_read_province(const char *str, size_t len)
{
	return memo_read(&province_memo, str, len);
}

CagPlace
cag_read_country(const char *str, size_t len)
{
	return memo_read(&country_memo, str, len);
}

static CagPlace
read_province(const char *str, size_t len)
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

static CagPlace
read_country(const char *str, size_t len)
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
	if (in_list(iso_countries_like_provinces, LENGTHOF(iso_countries_like_provinces), key))
		return place(CAG_PLACE_OTHER_COUNTRY, NULL);
	if (in_list(canada_keys, LENGTHOF(canada_keys), key) || province_code(key) != NULL)
		return place(CAG_PLACE_CANADA, NULL);
	if (in_list(no_country_keys, LENGTHOF(no_country_keys), key))
		return place(CAG_PLACE_UNRECOGNIZED, NULL);
	for (p = key; *p; p++)
		if (!cag_is_digit((unsigned char) *p) && *p != '-')
			letters = true;
	return place(letters ? CAG_PLACE_OTHER_COUNTRY : CAG_PLACE_UNRECOGNIZED, NULL);
}
