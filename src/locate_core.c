/*-------------------------------------------------------------------------
 *
 * locate_core.c
 *	  The rules that locate an address, server-free (see locate_core.h).
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "fold_core.h"
#include "locate_core.h"
#include "postal_code_core.h"

/* ISO 3166 codes of countries that are codes of provinces too. */
static const char *const iso_not_provinces[] = {"nl", "pe", "sk"};

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

CagPlace
cag_locate_read_country(const char *str, size_t len)
{
	char		key[4];
	size_t		i;

	if (str != NULL && len <= 16 &&
		cag_fold_key(str, len, '\0', key, sizeof(key)) == 2)
		for (i = 0; i < sizeof(iso_not_provinces) / sizeof(iso_not_provinces[0]); i++)
			if (strcmp(key, iso_not_provinces[i]) == 0)
			{
				CagPlace	p;

				memset(&p, 0, sizeof(p));
				p.kind = CAG_PLACE_OTHER_COUNTRY;
				return p;
			}
	return cag_read_country(str, len);
}

static void
place(CagLocation *out, CagLocateSide side, CagLocateEvidence ev)
{
	out->side = side;
	out->side_evidence = ev;
}

static void
set_region(CagLocation *out, int region, CagLocateEvidence ev)
{
	out->region = region;
	out->region_evidence = ev;
}

/* Canada or not: step 1 of the rules. */
static void
decide_side(const CagLocateFacts *f, CagLocation *out)
{
	bool		other_country;

	out->country = cag_locate_read_country(f->country, f->country_len);
	out->province = cag_read_province(f->province, f->province_len);
	other_country = out->country.kind == CAG_PLACE_OTHER_COUNTRY;
	if (other_country && out->province.kind == CAG_PLACE_PROVINCE)
		out->province_ignored = true;

	if (f->has_postal_code)
	{
		place(out, postal_code_is_quebec(f->postal_code) ? CAG_LOCATE_QUEBEC :
			  CAG_LOCATE_OUTSIDE, CAG_LOCATE_POSTAL_CODE);
		return;
	}
	if (other_country)
	{
		place(out, CAG_LOCATE_OUTSIDE, CAG_LOCATE_COUNTRY);
		return;
	}
	if (out->province.kind == CAG_PLACE_PROVINCE)
	{
		place(out, strcmp(out->province.code, "QC") == 0 ? CAG_LOCATE_QUEBEC :
			  CAG_LOCATE_OUTSIDE, CAG_LOCATE_PROVINCE);
		return;
	}
	if (out->province.kind == CAG_PLACE_US_STATE &&
		out->country.kind != CAG_PLACE_CANADA && !out->province.ambiguous)
	{
		place(out, CAG_LOCATE_OUTSIDE, CAG_LOCATE_PROVINCE);
		return;
	}
	if (cag_region_bits_count(f->city_regions) > 0)
		place(out, CAG_LOCATE_QUEBEC, CAG_LOCATE_CITY);
}

void
cag_locate(const CagLocateFacts *f, CagLocation *out)
{
	uint32_t	fsa;
	uint32_t	city;
	int			nfsa;
	int			ncity;

	memset(out, 0, sizeof(*out));
	decide_side(f, out);
	if (out->side == CAG_LOCATE_OUTSIDE)
		return;

	/* a postal code in Québec: its FSA's candidates; else none */
	fsa = f->has_postal_code ? f->fsa_regions & CAG_REGION_BITS_ALL : 0;
	city = f->has_city ? f->city_regions & CAG_REGION_BITS_ALL : 0;
	nfsa = cag_region_bits_count(fsa);
	ncity = cag_region_bits_count(city);

	if (nfsa == 1)
	{
		set_region(out, cag_region_bits_first(fsa), CAG_LOCATE_POSTAL_CODE);
		out->conflict = ncity > 0 && (city & fsa) == 0;
	}
	else if (nfsa > 1 && cag_region_bits_count(fsa & city) == 1)
		set_region(out, cag_region_bits_first(fsa & city), CAG_LOCATE_FSA_CANDIDATES_CITY);
	else if (ncity == 1)
	{
		set_region(out, cag_region_bits_first(city), CAG_LOCATE_CITY);
		out->conflict = nfsa > 1 && (city & fsa) == 0;
	}
	else
		out->conflict = nfsa > 1 && ncity > 0 && (city & fsa) == 0;
}

const char *
cag_locate_evidence_name(CagLocateEvidence ev)
{
	switch (ev)
	{
		case CAG_LOCATE_NONE:
			return NULL;
		case CAG_LOCATE_POSTAL_CODE:
			return "postal_code";
		case CAG_LOCATE_FSA_CANDIDATES_CITY:
			return "fsa_candidates+city";
		case CAG_LOCATE_CITY:
			return "city";
		case CAG_LOCATE_PROVINCE:
			return "province";
		case CAG_LOCATE_COUNTRY:
			return "country";
	}
	return NULL;
}
