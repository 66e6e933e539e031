/*
 * libFuzzer harness for the rules that locate an address
 * (cag_locate in src/locate_core.c).
 *
 * sources: src/fold_core.c src/postal_code_core.c src/classify_core.c src/purchase_class_core.c
 *
 * The input is split into the facts: a postal code (valid or absent), the
 * FSA's and the city's regions, and the province and country fields.
 * Properties: the region is 0 or 1..17 and has evidence exactly when it is
 * known; a region from the postal code is the FSA's only one; a region from
 * "fsa_candidates+city" is in both; a region from the city is the city's
 * only one; an address placed outside Québec has no region; a conflict
 * needs a city and a postal code in Québec.
 */
#include <stdlib.h>
#include <string.h>

#include "locate_core.h"
#include "postal_code_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagLocateFacts f;
	CagLocation out;
	size_t		split;
	uint32_t	code;

	if (size < 12)
		return 0;
	memset(&f, 0, sizeof(f));
	code = (uint32_t) data[0] | ((uint32_t) data[1] << 8) | ((uint32_t) data[2] << 16);
	f.has_postal_code = (data[3] & 1) && code <= (uint32_t) POSTAL_CODE_MAX;
	if (f.has_postal_code)
	{
		CagParseError err;

		f.postal_code = (int32_t) code;
		if (!postal_code_check(f.postal_code, &err))
			f.has_postal_code = false;
	}
	f.fsa_regions = ((uint32_t) data[4] | ((uint32_t) data[5] << 8) | ((uint32_t) data[6] << 16)) << 1;
	f.city_regions = ((uint32_t) data[7] | ((uint32_t) data[8] << 8) | ((uint32_t) data[9] << 16)) << 1;
	f.has_city = data[3] & 2;
	data += 11;
	size -= 11;
	split = size > 0 ? data[-1] % (size + 1) : 0;
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
	if ((out.region == 0) != (out.region_evidence == CAG_LOCATE_NONE))
		abort();
	if (out.side == CAG_LOCATE_OUTSIDE && out.region != 0)
		abort();
	if (out.region_evidence == CAG_LOCATE_POSTAL_CODE &&
		(!f.has_postal_code || (f.fsa_regions & CAG_REGION_BITS_ALL) != CAG_REGION_BIT(out.region)))
		abort();
	if (out.region_evidence == CAG_LOCATE_FSA_CANDIDATES_CITY &&
		(!(f.fsa_regions & CAG_REGION_BIT(out.region)) || !(f.city_regions & CAG_REGION_BIT(out.region))))
		abort();
	if (out.region_evidence == CAG_LOCATE_CITY &&
		(!f.has_city || (f.city_regions & CAG_REGION_BITS_ALL) != CAG_REGION_BIT(out.region)))
		abort();
	if (out.conflict && (!f.has_city || !f.has_postal_code || !postal_code_is_quebec(f.postal_code)))
		abort();
	if ((out.side == CAG_LOCATE_UNPLACED) != (out.side_evidence == CAG_LOCATE_NONE))
		abort();
	return 0;
}
