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
 * An FSA's region comes from table fsa_regions (locate.c): its one region
 * on the date, or unknown.  In a database still at a version without that
 * table (1.0, 1.1: the library serves them until ALTER EXTENSION UPDATE),
 * it is derived from the town-hall postal codes as those versions did: the
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
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "geography.h"
#include "geography_core.h"
#include "locate_core.h"
#include "postal_code_core.h"
#include "qc_region_core.h"
#include "refcache.h"

PG_FUNCTION_INFO_V1(region_of_municipality_text);
PG_FUNCTION_INFO_V1(region_of_municipality_int);
PG_FUNCTION_INFO_V1(region_of_fsa);
PG_FUNCTION_INFO_V1(region_of_postal_code);
PG_FUNCTION_INFO_V1(regions_of_fsa);

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
static void *fsa_load(CagRefSource *source, MemoryContext cxt);
static void *ldu_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource geo_source = {
	.name = "geography",
	.tables = {"municipalities", "mrc_region_changes", NULL},
	.load = geo_load,
};

/* optional: 1.0 and 1.1 have no such tables (see the file's comment) */
static CagRefSource fsa_source = {
	.name = "fsa regions",
	.tables = {"fsa_regions", NULL},
	.load = fsa_load,
};
static CagRefSource ldu_source = {
	.name = "ldu communities",
	.tables = {"ldu_communities", NULL},
	.load = ldu_load,
};

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
			cag_refcache_bad_row("municipalities", "A code is NULL.");
		code = TextDatumGetCString(d);
		if (strlen(code) != 5 || strspn(code, "0123456789") != 5)
			cag_refcache_bad_row("municipalities", psprintf("The code \"%s\" is not 5 digits.", code));
		prefix = (code[0] - '0') * 10 + (code[1] - '0');

		d = SPI_getbinval(tup, tt->tupdesc, 2, &isnull);
		if (isnull)
			cag_refcache_bad_row("municipalities", psprintf("The region of municipality %s is NULL.", code));
		region = cag_refcache_region("municipalities", d);
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
				cag_refcache_bad_row("municipalities", psprintf("The FSA \"%s\" is not an upper-case letter, a digit and an upper-case letter.", fsa));
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
			cag_refcache_bad_row("mrc_region_changes", "A prefix is NULL.");
		prefix = TextDatumGetCString(d);
		if (strlen(prefix) != 2 || strspn(prefix, "0123456789") != 2)
			cag_refcache_bad_row("mrc_region_changes", psprintf("The prefix \"%s\" is not 2 digits.", prefix));
		c->prefix = (prefix[0] - '0') * 10 + (prefix[1] - '0');
		d = SPI_getbinval(tup, tt->tupdesc, 2, &isnull);
		if (isnull)
			cag_refcache_bad_row("mrc_region_changes", psprintf("The from_region of prefix %s is NULL.", prefix));
		c->from_region = (uint8) cag_refcache_region("mrc_region_changes", d);
		d = SPI_getbinval(tup, tt->tupdesc, 3, &isnull);
		if (isnull)
			cag_refcache_bad_row("mrc_region_changes", psprintf("The to_region of prefix %s is NULL.", prefix));
		c->to_region = (uint8) cag_refcache_region("mrc_region_changes", d);
		d = SPI_getbinval(tup, tt->tupdesc, 4, &isnull);
		if (isnull)
			cag_refcache_bad_row("mrc_region_changes", psprintf("The date of the change of prefix %s is NULL.", prefix));
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
	(void) cag_refcache_get_optional(&fsa_source);
	(void) cag_refcache_get_optional(&ldu_source);
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

/* Region of an FSA from the town halls (versions without fsa_regions). */
static int
town_hall_region_of_fsa(int fsa, DateADT as_of)
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

/* ---------------------------------------------------------------------
 * FSAs: table fsa_regions
 * ---------------------------------------------------------------------
 */

typedef struct FsaRow
{
	uint8		region;
	DateADT		valid_from;
	DateADT		valid_until;
} FsaRow;

/* the rows of each FSA, by the FSA's number */
typedef struct FsaData
{
	int			first[FSA_COUNT];
	uint8		count[FSA_COUNT];
	FsaRow	   *rows;
} FsaData;

typedef struct FsaLoadRow
{
	int			fsa;
	FsaRow		row;
} FsaLoadRow;


static int
cmp_fsa_load(const void *a, const void *b)
{
	const FsaLoadRow *x = a;
	const FsaLoadRow *y = b;

	return (x->fsa > y->fsa) - (x->fsa < y->fsa);
}

static void *
fsa_load(CagRefSource *source, MemoryContext cxt)
{
	Oid			types[4] = {TEXTOID, cag_type_oid("qc_region"), DATEOID, DATEOID};
	FsaData    *f = MemoryContextAllocZero(cxt, sizeof(FsaData));
	SPITupleTable *tt;
	FsaLoadRow *rows;
	uint64		n;
	uint64		i;

	tt = cag_refcache_select(source, 0, "fsa, region, valid_from, valid_until", 4, types);
	n = SPI_processed;
	rows = palloc(sizeof(FsaLoadRow) * (n + 1));
	for (i = 0; i < n; i++)
	{
		bool		isnull[4];
		Datum		d[4];
		char	   *fsa;
		int			k;

		for (k = 0; k < 4; k++)
		{
			d[k] = SPI_getbinval(tt->vals[i], tt->tupdesc, k + 1, &isnull[k]);
			if (isnull[k])
				cag_refcache_bad_row("fsa_regions", "A column is NULL.");
		}
		fsa = TextDatumGetCString(d[0]);
		if (strlen(fsa) != 3 || fsa[0] < 'A' || fsa[0] > 'Z' ||
			!cag_is_digit((unsigned char) fsa[1]) || fsa[2] < 'A' || fsa[2] > 'Z')
			cag_refcache_bad_row("fsa_regions",
								 psprintf("The FSA \"%s\" is not an upper-case letter, a digit and an upper-case letter.", fsa));
		rows[i].fsa = fsa_index(fsa);
		rows[i].row.region = (uint8) cag_refcache_region("fsa_regions", d[1]);
		rows[i].row.valid_from = DatumGetDateADT(d[2]);
		rows[i].row.valid_until = DatumGetDateADT(d[3]);
	}
	if (n > 0)
		qsort(rows, n, sizeof(FsaLoadRow), cmp_fsa_load);
	f->rows = MemoryContextAlloc(cxt, sizeof(FsaRow) * (n + 1));
	for (i = 0; i < n; i++)
	{
		int			fsa = rows[i].fsa;

		if (f->count[fsa] == 0)
			f->first[fsa] = (int) i;
		if (f->count[fsa] == UINT8_MAX)
			cag_refcache_bad_row("fsa_regions", "An FSA has more than 255 rows.");
		f->count[fsa]++;
		f->rows[i] = rows[i].row;
	}
	return f;
}

/* The rows of an FSA valid on a date, as a bit set of regions. */
static uint32
fsa_bits(const FsaData *f, int fsa, DateADT as_of)
{
	uint32		bits = 0;
	int			k;

	for (k = 0; k < f->count[fsa]; k++)
	{
		const FsaRow *r = &f->rows[f->first[fsa] + k];

		if (r->valid_from <= as_of && as_of < r->valid_until)
			bits |= CAG_REGION_BIT(r->region);
	}
	return bits;
}

uint32
cag_fsa_regions(int fsa, DateADT as_of)
{
	const FsaData *f;

	if (fsa < 0 || fsa >= FSA_COUNT)
		return 0;
	f = cag_refcache_get_optional(&fsa_source);
	return f == NULL ? 0 : fsa_bits(f, fsa, as_of);
}

int
cag_region_of_fsa(int fsa, DateADT as_of)
{
	const FsaData *f = cag_refcache_get_optional(&fsa_source);
	uint32		bits;

	if (f == NULL)
		return town_hall_region_of_fsa(fsa, as_of);
	bits = fsa_bits(f, fsa, as_of);
	return cag_region_bits_count(bits) == 1 ? cag_region_bits_first(bits) : 0;
}

int
cag_fsa_arg(const char *str)
{
	CagParseError err;
	int			fsa;

	if (!fsa_parse(str, &fsa, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid forward sortation area: \"%s\"", str),
				 errdetail("%s", err.detail),
				 errhint("%s", err.hint)));
	return fsa;
}

DateADT
cag_as_of_arg(FunctionCallInfo fcinfo, int argno)
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
			cag_refcache_bad_row("regions", "A region is NULL.");
		region = cag_refcache_region("regions", d);
		d = SPI_getbinval(tt->vals[i], tt->tupdesc, 2, &isnull);
		if (isnull)
			cag_refcache_bad_row("regions", psprintf("The column counts_as_region of region %02d is NULL.", region));
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

/* ---------------------------------------------------------------------
 * Full postal codes of rural FSAs: table ldu_communities
 * ---------------------------------------------------------------------
 */

typedef struct LduEntry
{
	int32		postal_code;	/* packed */
	int32		municipality;	/* MAMH code, -1 none */
	uint8		region;			/* when no municipality */
} LduEntry;

typedef struct LduData
{
	LduEntry   *entries;		/* sorted by postal code */
	int			n;
} LduData;

static int
cmp_ldu(const void *a, const void *b)
{
	int32		x = ((const LduEntry *) a)->postal_code;
	int32		y = ((const LduEntry *) b)->postal_code;

	return (x > y) - (x < y);
}

static void *
ldu_load(CagRefSource *source, MemoryContext cxt)
{
	Oid			types[3] = {cag_type_oid("postal_code"), TEXTOID, cag_type_oid("qc_region")};
	SPITupleTable *tt = cag_refcache_select(source, 0, "postal_code, municipality, region", 3, types);
	LduData    *l = MemoryContextAllocZero(cxt, sizeof(LduData));
	uint64		i;

	l->entries = MemoryContextAlloc(cxt, sizeof(LduEntry) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		LduEntry   *e = &l->entries[l->n];
		bool		isnull[3];
		Datum		d[3];
		int			k;

		for (k = 0; k < 3; k++)
			d[k] = SPI_getbinval(tt->vals[i], tt->tupdesc, k + 1, &isnull[k]);
		if (isnull[0] || isnull[1] == isnull[2])
			cag_refcache_bad_row("ldu_communities",
								 "A postal code needs either a municipality or a region.");
		e->postal_code = DatumGetInt32(d[0]);
		e->municipality = -1;
		if (!isnull[1])
		{
			char	   *code = TextDatumGetCString(d[1]);

			if (strlen(code) != 5 || strspn(code, "0123456789") != 5)
				cag_refcache_bad_row("ldu_communities",
									 psprintf("The MAMH code \"%s\" is not 5 digits.", code));
			e->municipality = (int32) atoi(code);
		}
		else
			e->region = (uint8) cag_refcache_region("ldu_communities", d[2]);
		l->n++;
	}
	if (l->n > 1)
		qsort(l->entries, l->n, sizeof(LduEntry), cmp_ldu);
	return l;
}

/* The region of a full postal code on a date in ldu_communities; 0 none. */
static int
ldu_region(int32 postal_code, DateADT as_of)
{
	const LduData *l = cag_refcache_get_optional(&ldu_source);
	LduEntry	probe;
	const LduEntry *e;

	if (l == NULL || l->n == 0)
		return 0;
	probe.postal_code = postal_code;
	e = bsearch(&probe, l->entries, l->n, sizeof(LduEntry), cmp_ldu);
	if (e == NULL)
		return 0;
	return e->municipality >= 0 ? cag_region_of_prefix(e->municipality / 1000, as_of) : e->region;
}

uint32
cag_postal_code_regions(int32 postal_code, DateADT as_of, bool *by_ldu)
{
	uint32		bits;
	int			region;

	*by_ldu = false;
	if (!postal_code_is_quebec(postal_code))
		return 0;
	bits = cag_fsa_regions(postal_code_fsa_index(postal_code), as_of);
	if (cag_region_bits_count(bits) > 1 && (region = ldu_region(postal_code, as_of)) != 0 &&
		(bits & CAG_REGION_BIT(region)) != 0)
	{
		*by_ldu = true;
		return CAG_REGION_BIT(region);
	}
	return bits;
}

int
cag_region_of_postal_code(int32 postal_code, DateADT as_of)
{
	const FsaData *f;
	uint32		bits;
	bool		by_ldu;

	if (!postal_code_is_quebec(postal_code))
		return 0;
	f = cag_refcache_get_optional(&fsa_source);
	if (f == NULL)
		return town_hall_region_of_fsa(postal_code_fsa_index(postal_code), as_of);
	bits = cag_postal_code_regions(postal_code, as_of, &by_ldu);
	return cag_region_bits_count(bits) == 1 ? cag_region_bits_first(bits) : 0;
}

Datum
region_of_municipality_text(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return region_result(fcinfo,
						 cag_region_of_prefix(cag_municipality_prefix(text_to_cstring(PG_GETARG_TEXT_PP(0))),
											  cag_as_of_arg(fcinfo, 1)));
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
	return region_result(fcinfo, cag_region_of_prefix(code / 1000, cag_as_of_arg(fcinfo, 1)));
}

Datum
region_of_fsa(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return region_result(fcinfo,
						 cag_region_of_fsa(cag_fsa_arg(text_to_cstring(PG_GETARG_TEXT_PP(0))),
										   cag_as_of_arg(fcinfo, 1)));
}

Datum
region_of_postal_code(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return region_result(fcinfo,
						 cag_region_of_postal_code(PG_GETARG_INT32(0), cag_as_of_arg(fcinfo, 1)));
}

/* The regions of a bit set as a qc_region[] */
static ArrayType *
region_array(uint32 bits)
{
	Datum		elems[QC_REGION_MAX];
	int			n = 0;
	int			r;

	for (r = QC_REGION_MIN; r <= QC_REGION_MAX; r++)
		if (bits & CAG_REGION_BIT(r))
			elems[n++] = CharGetDatum((char) r);
	return construct_array(elems, n, cag_type_oid("qc_region"), 1, true, TYPALIGN_CHAR);
}

Datum
regions_of_fsa(PG_FUNCTION_ARGS)
{
	uint32		bits;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	bits = cag_fsa_regions(cag_fsa_arg(text_to_cstring(PG_GETARG_TEXT_PP(0))),
						   cag_as_of_arg(fcinfo, 1));
	if (bits == 0)
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(region_array(bits));
}
