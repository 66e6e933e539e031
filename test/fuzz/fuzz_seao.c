/*
 * libFuzzer harness for the SEAO field parsers (src/seao_core.c).
 *
 * The input, as a string, goes through every parser.  Properties checked:
 * no crash or out-of-bounds read (AddressSanitizer, UBSan: no signed
 * overflow); a failure carries a detail; a region is 1 to 19 but not 10 and
 * maps to an official region (0 only for 19); a region list has as many
 * bits as it says; an amount is within the purchases' range and, written
 * back with two decimals, parses to itself without rounding; a date is on
 * the calendar and, written back, parses to itself; an OCID's notice is a
 * suffix of it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seao_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
must_fail_with_detail(const CagParseError *err)
{
	if (err->kind == CAG_OK || err->detail[0] == '\0')
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	CagParseError err;
	int			code;
	SeaoRegionList list;
	int64_t		cents;
	bool		rounded;
	int			y,
				m,
				d;
	int64_t		usecs;
	size_t		start,
				len;
	const char *notice;

	memcpy(str, data, size);
	str[size] = '\0';

	if (seao_region_parse(str, &code, &err))
	{
		if (code < 1 || code > 19 || code == 10)
			abort();
		if ((seao_region_official(code) == 0) != (code == SEAO_REGION_OUTSIDE))
			abort();
	}
	else
		must_fail_with_detail(&err);

	if (seao_region_list_parse(str, &list, &err))
	{
		if (__builtin_popcount(list.regions) != list.nregions || (list.regions & 1) ||
			list.regions >= (UINT32_C(1) << 18))
			abort();
		if (list.nregions == 0 && !list.outside)
			abort();
	}
	else
		must_fail_with_detail(&err);

	if (seao_amount_parse(str, &cents, &rounded, &err))
	{
		char		buf[64];
		int64_t		again;
		bool		again_rounded;
		int64_t		a = cents < 0 ? -cents : cents;

		if (a > SEAO_AMOUNT_MAX_CENTS)
			abort();
		snprintf(buf, sizeof(buf), "%s%lld.%02lld", cents < 0 ? "-" : "",
				 (long long) (a / 100), (long long) (a % 100));
		if (!seao_amount_parse(buf, &again, &again_rounded, &err) || again != cents ||
			again_rounded)
			abort();
	}
	else
		must_fail_with_detail(&err);

	if (seao_date_parse(str, &y, &m, &d, &err))
	{
		char		buf[32];
		int			y2,
					m2,
					d2;

		if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
			abort();
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
		if (!seao_date_parse(buf, &y2, &m2, &d2, &err) || y2 != y || m2 != m || d2 != d)
			abort();
		/* consecutive days are consecutive */
		if (d > 1 && seao_days_since_2000(y, m, d) != seao_days_since_2000(y, m, d - 1) + 1)
			abort();
	}
	else
		must_fail_with_detail(&err);

	if (!seao_timestamp_parse(str, &usecs, &err))
		must_fail_with_detail(&err);

	/* a local date and time: the same day as the date it starts with */
	if (seao_local_timestamp_parse(str, &usecs, &err))
	{
		int			y;
		int			m;
		int			d;

		if (!seao_date_parse(str, &y, &m, &d, &err) ||
			usecs / (INT64_C(86400) * 1000000) - (usecs < 0 && usecs % (INT64_C(86400) * 1000000) != 0) !=
			seao_days_since_2000(y, m, d))
			abort();
	}
	else
		must_fail_with_detail(&err);

	if (seao_notice_number_parse(str, &start, &len, &err))
	{
		if (len == 0 || len > 18 || start + len > size)
			abort();
	}
	else
		must_fail_with_detail(&err);

	notice = seao_ocid_notice(str);
	if (notice < str || notice > str + strlen(str))
		abort();

	free(str);
	return 0;
}
