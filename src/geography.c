/*-------------------------------------------------------------------------
 *
 * geography.c
 *	  Region of a municipality (by the prefix of its MAMH geographic code)
 *	  and of a forward sortation area, on a date.
 *
 * The reference cache (refcache.c) keeps one "geography" structure per
 * backend, built from two tables of schema cag_ovt:
 *
 * - municipalities: the first two digits of the MAMH code identify the MRC
 *	 or equivalent territory; the region of a prefix is the region its
 *	 municipalities have in the table (never the census division's).  The
 *	 table gives the map after every recorded territory change.
 *
 * - mrc_region_changes: a prefix that moved from one region to another on a
 *	 date.  On a date before a change, a prefix is in the change's
 *	 from_region: the region on date d is the from_region of the earliest
 *	 change after d, or the table's region when there is none.
 *
 * An FSA's region is derived from the town-hall postal codes only: the
 * prefixes of the municipalities whose town hall is in the FSA, all in one
 * region on that date, or unknown.
 *
 * A second, smaller structure ("regions") holds the column counts_as_region
 * of table regions: which regions are outside the centres, for the
 * aggregates that tell purchases from suppliers outside the centres from
 * the others (see cag_region_outside_centres).
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <stdlib.h>
#include <string.h>

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "geography.h"
#include "geography_core.h"
#include "postal_code_core.h"
#include "qc_region_core.h"
#include "refcache.h"

PG_FUNCTION_INFO_V1(region_of_municipality_text);
PG_FUNCTION_INFO_V1(region_of_municipality_int);
PG_FUNCTION_INFO_V1(region_of_fsa);
PG_FUNCTION_INFO_V1(region_of_postal_code);

#define GEO_PREFIXES 100
#define GEO_MIXED 0xFF			/* municipalities of a prefix in several regions */

typedef struct GeoChange
{
	int			prefix;
	DateADT		effective_on;
	uint8		from_region;
	uint8		to_region;
} GeoChange;

typedef struct GeoData
{
	uint8		prefix_region[GEO_PREFIXES];	/* 0 unknown, 1..17, GEO_MIXED */
	int			change_first[GEO_PREFIXES];
	int			change_count[GEO_PREFIXES];
	GeoChange  *changes;		/* by prefix, then date */
	DateADT		last_change;	/* no change after it: the table's map holds */
	int			fsa_first[FSA_COUNT];
	uint8		fsa_count[FSA_COUNT];
	uint8	   *fsa_prefixes;	/* distinct prefixes of each FSA */
	uint8		fsa_region_now[FSA_COUNT];	/* after the last change; 0 unknown */
} GeoData;

static void *geo_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource geo_source = {
	.name = "geography",
	.tables = {"municipalities", "mrc_region_changes", NULL},
	.load = geo_load,
};

static void
bad_row(const char *table, const char *fmt, const char *value)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("invalid row in reference table cag_ovt.%s", table),
			 errdetail(fmt, value),
			 errhint("Correct the row: the table's constraints forbid it.")));
}

static int
region_of_datum(const char *table, Datum d)
{
	int			code = (unsigned char) DatumGetChar(d);

	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		bad_row(table, "A region code is out of range: %s.", psprintf("%d", code));
	return code;
}

static int
cmp_int(const void *a, const void *b)
{
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return (x > y) - (x < y);
}

static int
cmp_change(const void *a, const void *b)
{
	const GeoChange *x = a;
	const GeoChange *y = b;

	if (x->prefix != y->prefix)
		return (x->prefix > y->prefix) - (x->prefix < y->prefix);
	return (x->effective_on > y->effective_on) - (x->effective_on < y->effective_on);
}

/*
 * Table municipalities: the region of each prefix, and the distinct
 * prefixes of each FSA.
 */
static void
load_municipalities(GeoData *g, CagRefSource *source, MemoryContext cxt)
{
	Oid			types[3] = {TEXTOID, cag_type_oid("qc_region"), TEXTOID};
	SPITupleTable *tt;
	uint64		n;
	uint64		i;
	int		   *pairs;
	int			npairs = 0;
	int			nprefixes = 0;

	tt = cag_refcache_select(source, 0, "code, region, fsa", 3, types);
	n = SPI_processed;
	pairs = palloc(sizeof(int) * (n + 1));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = tt->vals[i];
		bool		isnull;
		Datum		d;
		char	   *code;
		int			prefix;
		int			region;

		d = SPI_getbinval(tup, tt->tupdesc, 1, &isnull);
		if (isnull)
			bad_row("municipalities", "%s", "A code is NULL.");
		code = TextDatumGetCString(d);
		if (strlen(code) != 5 || strspn(code, "0123456789") != 5)
			bad_row("municipalities", "The code \"%s\" is not 5 digits.", code);
		prefix = (code[0] - '0') * 10 + (code[1] - '0');

		d = SPI_getbinval(tup, tt->tupdesc, 2, &isnull);
		if (isnull)
			bad_row("municipalities", "The region of municipality %s is NULL.", code);
		region = region_of_datum("municipalities", d);
		if (g->prefix_region[prefix] == 0)
			g->prefix_region[prefix] = (uint8) region;
		else if (g->prefix_region[prefix] != region)
			g->prefix_region[prefix] = GEO_MIXED;

		d = SPI_getbinval(tup, tt->tupdesc, 3, &isnull);
		if (!isnull)
		{
			char	   *fsa = TextDatumGetCString(d);

			if (strlen(fsa) != 3 || fsa[0] < 'A' || fsa[0] > 'Z' ||
				!cag_is_digit((unsigned char) fsa[1]) || fsa[2] < 'A' || fsa[2] > 'Z')
				bad_row("municipalities", "The FSA \"%s\" is not an upper-case letter, a digit and an upper-case letter.", fsa);
			pairs[npairs++] = fsa_index(fsa) * GEO_PREFIXES + prefix;
		}
	}

	/* distinct (FSA, prefix) pairs, grouped by FSA */
	if (npairs > 0)
		qsort(pairs, npairs, sizeof(int), cmp_int);
	g->fsa_prefixes = MemoryContextAlloc(cxt, npairs + 1);
	for (i = 0; i < (uint64) npairs; i++)
	{
		int			fsa;

		if (i > 0 && pairs[i] == pairs[i - 1])
			continue;
		fsa = pairs[i] / GEO_PREFIXES;
		if (g->fsa_count[fsa] == 0)
			g->fsa_first[fsa] = nprefixes;
		g->fsa_count[fsa]++;
		g->fsa_prefixes[nprefixes++] = (uint8) (pairs[i] % GEO_PREFIXES);
	}
}

/* Table mrc_region_changes: the territory changes, by prefix and date. */
static void
load_changes(GeoData *g, CagRefSource *source, MemoryContext cxt)
{
	Oid			region_type = cag_type_oid("qc_region");
	Oid			types[4] = {TEXTOID, region_type, region_type, DATEOID};
	SPITupleTable *tt;
	uint64		n;
	uint64		i;
	GeoChange  *changes;
	int			nchanges = 0;

	tt = cag_refcache_select(source, 1, "prefix, from_region, to_region, effective_on",
							 4, types);
	n = SPI_processed;
	changes = MemoryContextAlloc(cxt, sizeof(GeoChange) * (n + 1));
	g->last_change = DATEVAL_NOBEGIN;
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = tt->vals[i];
		bool		isnull;
		Datum		d;
		char	   *prefix;
		GeoChange  *c = &changes[nchanges];

		d = SPI_getbinval(tup, tt->tupdesc, 1, &isnull);
		if (isnull)
			bad_row("mrc_region_changes", "%s", "A prefix is NULL.");
		prefix = TextDatumGetCString(d);
		if (strlen(prefix) != 2 || strspn(prefix, "0123456789") != 2)
			bad_row("mrc_region_changes", "The prefix \"%s\" is not 2 digits.", prefix);
		c->prefix = (prefix[0] - '0') * 10 + (prefix[1] - '0');
		d = SPI_getbinval(tup, tt->tupdesc, 2, &isnull);
		if (isnull)
			bad_row("mrc_region_changes", "The from_region of prefix %s is NULL.", prefix);
		c->from_region = (uint8) region_of_datum("mrc_region_changes", d);
		d = SPI_getbinval(tup, tt->tupdesc, 3, &isnull);
		if (isnull)
			bad_row("mrc_region_changes", "The to_region of prefix %s is NULL.", prefix);
		c->to_region = (uint8) region_of_datum("mrc_region_changes", d);
		d = SPI_getbinval(tup, tt->tupdesc, 4, &isnull);
		if (isnull)
			bad_row("mrc_region_changes", "The date of the change of prefix %s is NULL.", prefix);
		c->effective_on = DatumGetDateADT(d);
		if (c->effective_on > g->last_change)
			g->last_change = c->effective_on;
		nchanges++;
	}
	if (nchanges > 0)
		qsort(changes, nchanges, sizeof(GeoChange), cmp_change);
	for (i = 0; i < (uint64) nchanges; i++)
	{
		int			p = changes[i].prefix;

		if (g->change_count[p] == 0)
			g->change_first[p] = (int) i;
		g->change_count[p]++;
	}
	g->changes = changes;
}

static void *
geo_load(CagRefSource *source, MemoryContext cxt)
{
	GeoData    *g = MemoryContextAllocZero(cxt, sizeof(GeoData));
	int			fsa;

	load_municipalities(g, source, cxt);
	load_changes(g, source, cxt);

	/* the FSA map after the last change */
	for (fsa = 0; fsa < FSA_COUNT; fsa++)
	{
		int			region = 0;
		int			k;

		for (k = 0; k < g->fsa_count[fsa]; k++)
		{
			int			r = g->prefix_region[g->fsa_prefixes[g->fsa_first[fsa] + k]];

			if (r == GEO_MIXED || (region != 0 && r != region))
			{
				region = 0;
				break;
			}
			region = r;
		}
		g->fsa_region_now[fsa] = (uint8) region;
	}
	return g;
}

void
cag_geography_preload(void)
{
	(void) cag_refcache_get(&geo_source);
}

/* Region of a prefix on a date, from a loaded structure. */
static int
geo_prefix_region(const GeoData *g, int prefix, DateADT as_of)
{
	int			region = g->prefix_region[prefix];
	int			k;

	if (region == 0 || region == GEO_MIXED)
		return 0;
	/* the earliest change after as_of says where the prefix was */
	for (k = 0; k < g->change_count[prefix]; k++)
	{
		const GeoChange *c = &g->changes[g->change_first[prefix] + k];

		if (c->effective_on > as_of)
			return c->from_region;
	}
	return region;
}

int
cag_region_of_prefix(int prefix, DateADT as_of)
{
	const GeoData *g = cag_refcache_get(&geo_source);

	if (prefix < 0 || prefix >= GEO_PREFIXES)
		return 0;
	return geo_prefix_region(g, prefix, as_of);
}

int
cag_region_of_fsa(int fsa, DateADT as_of)
{
	const GeoData *g = cag_refcache_get(&geo_source);
	int			region = 0;
	int			k;

	if (as_of >= g->last_change)
		return g->fsa_region_now[fsa];
	for (k = 0; k < g->fsa_count[fsa]; k++)
	{
		int			r = geo_prefix_region(g, g->fsa_prefixes[g->fsa_first[fsa] + k], as_of);

		if (r == 0 || (region != 0 && r != region))
			return 0;
		region = r;
	}
	return region;
}

static DateADT
as_of_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return GetSQLCurrentDate();
	return PG_GETARG_DATEADT(argno);
}

static Datum
region_result(FunctionCallInfo fcinfo, int region)
{
	if (region == 0)
		PG_RETURN_NULL();
	PG_RETURN_CHAR((char) region);
}

int
cag_municipality_prefix(const char *str)
{
	CagParseError err;
	int			prefix;

	if (!municipality_code_parse(cag_cstring_to_utf8(str), &prefix, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid MAMH geographic code: \"%s\"", str),
				 errdetail("%s", cag_utf8_message_to_server(err.detail))));
	return prefix;
}

/* ---------------------------------------------------------------------
 * Outside the centres: regions.counts_as_region
 * ---------------------------------------------------------------------
 */

typedef struct RegionsData
{
	int8		outside_centres[QC_REGION_MAX + 1];	/* counts_as_region; -1: no row */
} RegionsData;

static void *regions_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource regions_source = {
	.name = "regions",
	.tables = {"regions", NULL},
	.load = regions_load,
};

static void *
regions_load(CagRefSource *source, MemoryContext cxt)
{
	Oid			types[2] = {cag_type_oid("qc_region"), BOOLOID};
	RegionsData *r = MemoryContextAlloc(cxt, sizeof(RegionsData));
	SPITupleTable *tt;
	uint64		n;
	uint64		i;

	memset(r->outside_centres, -1, sizeof(r->outside_centres));
	tt = cag_refcache_select(source, 0, "region, counts_as_region", 2, types);
	n = SPI_processed;
	for (i = 0; i < n; i++)
	{
		bool		isnull;
		Datum		d;
		int			region;

		d = SPI_getbinval(tt->vals[i], tt->tupdesc, 1, &isnull);
		if (isnull)
			bad_row("regions", "%s", "A region is NULL.");
		region = region_of_datum("regions", d);
		d = SPI_getbinval(tt->vals[i], tt->tupdesc, 2, &isnull);
		if (isnull)
			bad_row("regions", "The column counts_as_region of region %s is NULL.",
					psprintf("%02d", region));
		r->outside_centres[region] = DatumGetBool(d) ? 1 : 0;
	}
	return r;
}

int
cag_region_outside_centres(int region)
{
	const RegionsData *r;

	if (region < QC_REGION_MIN || region > QC_REGION_MAX)
		return -1;
	r = cag_refcache_get(&regions_source);
	return r->outside_centres[region];
}

int
cag_region_of_postal_code(int32 postal_code, DateADT as_of)
{
	if (!postal_code_is_quebec(postal_code))
		return 0;
	return cag_region_of_fsa(postal_code_fsa_index(postal_code), as_of);
}

Datum
region_of_municipality_text(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return region_result(fcinfo,
						 cag_region_of_prefix(cag_municipality_prefix(text_to_cstring(PG_GETARG_TEXT_PP(0))),
											  as_of_arg(fcinfo, 1)));
}

Datum
region_of_municipality_int(PG_FUNCTION_ARGS)
{
	int32		code;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	code = PG_GETARG_INT32(0);
	if (code < 0 || code > 99999)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid MAMH geographic code: %d", code),
				 errdetail("A MAMH geographic code is between 00000 and 99999.")));
	return region_result(fcinfo, cag_region_of_prefix(code / 1000, as_of_arg(fcinfo, 1)));
}

Datum
region_of_fsa(PG_FUNCTION_ARGS)
{
	char	   *str;
	CagParseError err;
	int			fsa;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	if (!fsa_parse(str, &fsa, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid forward sortation area: \"%s\"", str),
				 errdetail("%s", err.detail),
				 errhint("%s", err.hint)));
	return region_result(fcinfo, cag_region_of_fsa(fsa, as_of_arg(fcinfo, 1)));
}

Datum
region_of_postal_code(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return region_result(fcinfo,
						 cag_region_of_postal_code(PG_GETARG_INT32(0), as_of_arg(fcinfo, 1)));
}
