/*-------------------------------------------------------------------------
 *
 * locate.c
 *	  Localities, FSAs and addresses, read from the reference tables (see
 *	  locate.h and src/locate.sql).
 *
 * Two reference-cache sources:
 *
 * - "fsa regions" (table fsa_regions): for each FSA, numbered as
 *	 postal_code_fsa_index numbers it, its rows (region, valid_from,
 *	 valid_until) in one array; a lookup scans the few rows of its FSA.
 *
 * - "localities" (municipalities, former_municipalities, locality_aliases):
 *	 a hash table (simplehash) from the first key of each name
 *	 (cag_locality_keys) to its entries.  An entry is a municipality (or,
 *	 for some aliases, only a region), a period and a tier:
 *		0  a municipality demerged in 2006, between its merger and its
 *		   reconstitution: its name means the city it was part of;
 *		1  the name of a municipality of the directory;
 *		2  a former municipality (it means its successor, at any date: the
 *		   successor covers its territory), an alias.
 *	 A lookup keeps the entries valid on the date, of the lowest tier
 *	 found: a current name is not hidden by a former municipality or a
 *	 borough of the same name elsewhere.  The keys of the text are tried
 *	 from the most literal.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "geography.h"
#include "locality_core.h"
#include "locate.h"
#include "postal_code_core.h"
#include "qc_region.h"
#include "qc_region_core.h"
#include "refcache.h"

PG_FUNCTION_INFO_V1(locality_keys);
PG_FUNCTION_INFO_V1(municipality_of_locality);
PG_FUNCTION_INFO_V1(region_of_locality);
PG_FUNCTION_INFO_V1(regions_of_fsa);
PG_FUNCTION_INFO_V1(locate);

/* ---------------------------------------------------------------------
 * FSA regions
 * ---------------------------------------------------------------------
 */

typedef struct FsaRow
{
	uint8		region;
	DateADT		valid_from;
	DateADT		valid_until;
} FsaRow;

typedef struct FsaData
{
	int			first[FSA_COUNT];
	uint8		count[FSA_COUNT];
	FsaRow	   *rows;
} FsaData;

typedef struct FsaLoadRow
{
	int			index;
	FsaRow		row;
} FsaLoadRow;

static void *fsa_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource fsa_source = {
	.name = "fsa regions",
	.tables = {"fsa_regions", NULL},
	.load = fsa_load,
};

static void
bad_row(const char *table, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("invalid row in reference table cag_ovt.%s", table),
			 errdetail("%s", detail),
			 errhint("Correct the row: the table's constraints forbid it.")));
}

static int
region_code_of(const char *table, Datum d)
{
	int			code = (unsigned char) DatumGetChar(d);

	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		bad_row(table, psprintf("A region code is out of range: %d.", code));
	return code;
}

static Datum
column(SPITupleTable *tt, uint64 row, int col, bool *isnull)
{
	return SPI_getbinval(tt->vals[row], tt->tupdesc, col, isnull);
}

static int
cmp_fsa_load(const void *a, const void *b)
{
	const FsaLoadRow *x = a;
	const FsaLoadRow *y = b;

	return (x->index > y->index) - (x->index < y->index);
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
			d[k] = column(tt, i, k + 1, &isnull[k]);
			if (isnull[k])
				bad_row("fsa_regions", "A column is NULL.");
		}
		fsa = TextDatumGetCString(d[0]);
		if (strlen(fsa) != 3 || fsa[0] < 'A' || fsa[0] > 'Z' || fsa[1] < '0' ||
			fsa[1] > '9' || fsa[2] < 'A' || fsa[2] > 'Z')
			bad_row("fsa_regions", psprintf("The FSA \"%s\" is not an upper-case letter, a digit and an upper-case letter.", fsa));
		rows[i].index = fsa_index(fsa);
		rows[i].row.region = (uint8) region_code_of("fsa_regions", d[1]);
		rows[i].row.valid_from = DatumGetDateADT(d[2]);
		rows[i].row.valid_until = DatumGetDateADT(d[3]);
	}
	if (n > 0)
		qsort(rows, n, sizeof(FsaLoadRow), cmp_fsa_load);
	f->rows = MemoryContextAlloc(cxt, sizeof(FsaRow) * (n + 1));
	for (i = 0; i < n; i++)
	{
		int			idx = rows[i].index;

		if (f->count[idx] == 0)
			f->first[idx] = (int) i;
		if (f->count[idx] == UINT8_MAX)
			bad_row("fsa_regions", "An FSA has more than 255 rows.");
		f->count[idx]++;
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

bool
cag_fsa_table_region(int fsa, DateADT as_of, int *region)
{
	const FsaData *f = cag_refcache_get_optional(&fsa_source);
	uint32		bits;

	if (f == NULL)
		return false;
	bits = fsa_bits(f, fsa, as_of);
	*region = cag_region_bits_count(bits) == 1 ? cag_region_bits_first(bits) : 0;
	return true;
}

/* ---------------------------------------------------------------------
 * Localities
 * ---------------------------------------------------------------------
 */

typedef struct LocEntry
{
	int32		code;			/* MAMH code, -1: region only */
	uint8		region;			/* when code is -1 */
	uint8		tier;
	DateADT		valid_from;
	DateADT		valid_until;
} LocEntry;

/* an element of the hash table: a key and its entries */
typedef struct LocKey
{
	const char *key;
	uint32		hash;
	int			first;
	int			count;
	char		status;			/* for simplehash */
} LocKey;

#define SH_PREFIX lockeys
#define SH_ELEMENT_TYPE LocKey
#define SH_KEY_TYPE const char *
#define SH_KEY key
#define SH_HASH_KEY(tb, k) hash_bytes((const unsigned char *) (k), (int) strlen(k))
#define SH_EQUAL(tb, a, b) (strcmp((a), (b)) == 0)
#define SH_SCOPE static inline
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) ((a)->hash)
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct LocData
{
	lockeys_hash *keys;
	LocEntry   *entries;
} LocData;

typedef struct LocLoadRow
{
	char	   *key;
	LocEntry	entry;
} LocLoadRow;

typedef struct LocLoad
{
	LocLoadRow *rows;
	int			n;
	int			size;
} LocLoad;

static void *loc_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource loc_source = {
	.name = "localities",
	.tables = {"municipalities", "former_municipalities", "locality_aliases", NULL},
	.load = loc_load,
};

/* The first key of a name of a reference table, or an error naming the row. */
static char *
name_key(const char *table, const char *name)
{
	const char *utf8 = cag_cstring_to_utf8(name);
	CagLocalityKeys keys;
	CagParseError err;

	if (!cag_locality_keys(utf8, strlen(utf8), &keys, &err))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("invalid row in reference table cag_ovt.%s", table),
				 errdetail("The name \"%s\" cannot be read as a locality: %s", name, err.detail),
				 errhint("Correct or delete the row: a name needs a letter and at most 400 bytes.")));
	return pstrdup(keys.key[0]);
}

static int32
code_of(const char *table, const char *code)
{
	if (strlen(code) != 5 || strspn(code, "0123456789") != 5)
		bad_row(table, psprintf("The MAMH code \"%s\" is not 5 digits.", code));
	return (int32) atoi(code);
}

static void
add_entry(LocLoad *l, char *key, int32 code, int region, int tier,
		  DateADT from, DateADT until)
{
	LocLoadRow *r;

	if (l->n == l->size)
	{
		l->size = l->size * 2 + 64;
		l->rows = l->rows ? repalloc(l->rows, sizeof(LocLoadRow) * l->size) :
			palloc(sizeof(LocLoadRow) * l->size);
	}
	r = &l->rows[l->n++];
	r->key = key;
	r->entry.code = code;
	r->entry.region = (uint8) region;
	r->entry.tier = (uint8) tier;
	r->entry.valid_from = from;
	r->entry.valid_until = until;
}

static int
cmp_loc_load(const void *a, const void *b)
{
	return strcmp(((const LocLoadRow *) a)->key, ((const LocLoadRow *) b)->key);
}

static void
load_municipalities(CagRefSource *source, LocLoad *l)
{
	Oid			types[2] = {TEXTOID, TEXTOID};
	SPITupleTable *tt = cag_refcache_select(source, 0, "code, name", 2, types);
	uint64		n = SPI_processed;
	uint64		i;

	for (i = 0; i < n; i++)
	{
		bool		null1;
		bool		null2;
		Datum		code = column(tt, i, 1, &null1);
		Datum		name = column(tt, i, 2, &null2);

		if (null1 || null2)
			bad_row("municipalities", "A code or a name is NULL.");
		add_entry(l, name_key("municipalities", TextDatumGetCString(name)),
				  code_of("municipalities", TextDatumGetCString(code)), 0, 1,
				  DATEVAL_NOBEGIN, DATEVAL_NOEND);
	}
}

static void
load_formers(CagRefSource *source, LocLoad *l)
{
	Oid			types[4] = {TEXTOID, DATEOID, TEXTOID, DATEOID};
	SPITupleTable *tt = cag_refcache_select(source, 1, "name, ended_on, successor, restored_on",
											4, types);
	uint64		n = SPI_processed;
	uint64		i;

	for (i = 0; i < n; i++)
	{
		bool		isnull[4];
		Datum		d[4];
		int			k;
		char	   *key;
		int32		successor;

		for (k = 0; k < 4; k++)
			d[k] = column(tt, i, k + 1, &isnull[k]);
		if (isnull[0] || isnull[1] || isnull[2])
			bad_row("former_municipalities", "A name, date or successor is NULL.");
		key = name_key("former_municipalities", TextDatumGetCString(d[0]));
		successor = code_of("former_municipalities", TextDatumGetCString(d[2]));
		if (isnull[3])
			add_entry(l, key, successor, 0, 2, DATEVAL_NOBEGIN, DATEVAL_NOEND);
		else
			add_entry(l, key, successor, 0, 0, DatumGetDateADT(d[1]), DatumGetDateADT(d[3]));
	}
}

static void
load_aliases(CagRefSource *source, LocLoad *l)
{
	Oid			types[3] = {TEXTOID, TEXTARRAYOID, cag_type_oid("qc_region")};
	SPITupleTable *tt = cag_refcache_select(source, 2, "alias, municipalities, region", 3, types);
	uint64		n = SPI_processed;
	uint64		i;

	for (i = 0; i < n; i++)
	{
		bool		isnull[3];
		Datum		d[3];
		int			k;
		char	   *key;

		for (k = 0; k < 3; k++)
			d[k] = column(tt, i, k + 1, &isnull[k]);
		if (isnull[0] || isnull[1] == isnull[2])
			bad_row("locality_aliases", "An alias needs a name and either municipalities or a region.");
		key = name_key("locality_aliases", TextDatumGetCString(d[0]));
		if (!isnull[2])
			add_entry(l, key, -1, region_code_of("locality_aliases", d[2]), 2,
					  DATEVAL_NOBEGIN, DATEVAL_NOEND);
		else
		{
			Datum	   *codes;
			bool	   *nulls;
			int			ncodes;

			deconstruct_array(DatumGetArrayTypeP(d[1]), TEXTOID, -1, false, TYPALIGN_INT,
							  &codes, &nulls, &ncodes);
			for (k = 0; k < ncodes; k++)
			{
				if (nulls[k])
					bad_row("locality_aliases", "A municipality code is NULL.");
				add_entry(l, key, code_of("locality_aliases", TextDatumGetCString(codes[k])),
						  0, 2, DATEVAL_NOBEGIN, DATEVAL_NOEND);
			}
		}
	}
}

static void *
loc_load(CagRefSource *source, MemoryContext cxt)
{
	LocData    *data = MemoryContextAllocZero(cxt, sizeof(LocData));
	LocLoad		l = {NULL, 0, 0};
	int			i;

	load_municipalities(source, &l);
	load_formers(source, &l);
	load_aliases(source, &l);
	if (l.n > 0)
		qsort(l.rows, l.n, sizeof(LocLoadRow), cmp_loc_load);

	data->entries = MemoryContextAlloc(cxt, sizeof(LocEntry) * (l.n + 1));
	data->keys = lockeys_create(cxt, l.n + 1, NULL);
	for (i = 0; i < l.n; i++)
	{
		LocKey	   *k;
		bool		found;

		data->entries[i] = l.rows[i].entry;
		if (i > 0 && strcmp(l.rows[i].key, l.rows[i - 1].key) == 0)
		{
			k = lockeys_lookup(data->keys, l.rows[i].key);
			k->count++;
			continue;
		}
		k = lockeys_insert(data->keys, MemoryContextStrdup(cxt, l.rows[i].key), &found);
		k->first = i;
		k->count = 1;
	}
	return data;
}

/* Region of an entry on a date. */
static int
entry_region(const LocEntry *e, DateADT as_of)
{
	return e->code >= 0 ? cag_region_of_prefix(e->code / 1000, as_of) : e->region;
}

#define MATCH_CODES 16

/*
 * The entries of key k of the given tier valid on date as_of (and in region
 * only_region, unless 0): their regions and distinct municipalities.
 */
static void
collect(const LocData *data, const LocKey *k, int tier, DateADT as_of, int only_region,
		CagLocalityMatch *out)
{
	int32		codes[MATCH_CODES];
	int			ncodes = 0;
	int			i;
	int			j;

	out->regions = 0;
	out->nmunicipalities = 0;
	for (i = 0; i < k->count; i++)
	{
		const LocEntry *e = &data->entries[k->first + i];
		int			region;

		if (e->tier != tier || e->valid_from > as_of || as_of >= e->valid_until)
			continue;
		region = entry_region(e, as_of);
		if (only_region != 0 && region != only_region)
			continue;
		if (region != 0)
			out->regions |= CAG_REGION_BIT(region);
		if (e->code < 0)
			continue;
		for (j = 0; j < ncodes && codes[j] != e->code; j++)
			;
		if (j < ncodes)
			continue;
		if (ncodes < MATCH_CODES)
			codes[ncodes++] = e->code;
		out->nmunicipalities++;
	}
	out->municipality = out->nmunicipalities == 1 ? codes[0] : -1;
}

/*
 * Match one key on date as_of: the entries of the lowest tier valid then;
 * when they span several regions and the text named one of them in
 * parentheses, only that region's.  Returns false when the key is unknown
 * or nothing of it is valid on the date.
 */
static bool
match_key(const LocData *data, const char *key, DateADT as_of, int qualifier,
		  CagLocalityMatch *out)
{
	LocKey	   *k = lockeys_lookup(data->keys, key);
	int			tier = 3;
	int			i;

	if (k == NULL)
		return false;
	for (i = 0; i < k->count; i++)
	{
		const LocEntry *e = &data->entries[k->first + i];

		if (e->valid_from <= as_of && as_of < e->valid_until && e->tier < tier)
			tier = e->tier;
	}
	if (tier == 3)
		return false;
	collect(data, k, tier, as_of, 0, out);
	if (qualifier != 0 && cag_region_bits_count(out->regions) > 1 &&
		(out->regions & CAG_REGION_BIT(qualifier)))
		collect(data, k, tier, as_of, qualifier, out);
	out->recognized = true;
	strlcpy(out->key, key, sizeof(out->key));
	return true;
}

void
cag_locality_lookup(const char *str, size_t len, DateADT as_of, CagLocalityMatch *out)
{
	CagLocalityKeys keys;
	CagParseError err;
	const LocData *data;
	int			i;

	memset(out, 0, sizeof(*out));
	out->municipality = -1;
	if (!cag_locality_keys(str, len, &keys, &err))
		return;
	out->valid = true;
	out->qualifier_region = keys.qualifier_region;
	out->has_postal_code = keys.has_postal_code;
	out->postal_code = keys.postal_code;
	strlcpy(out->key, keys.key[0], sizeof(out->key));
	data = cag_refcache_get_optional(&loc_source);
	if (data == NULL)
		return;
	for (i = 0; i < keys.nkeys; i++)
		if (match_key(data, keys.key[i], as_of, keys.qualifier_region, out))
			return;
}

void
cag_locate_preload(void)
{
	(void) cag_refcache_get_optional(&fsa_source);
	(void) cag_refcache_get_optional(&loc_source);
}

void
cag_locate_address(const CagAddress *a, CagLocation *out, CagLocalityMatch *city)
{
	CagLocateFacts f;
	CagLocalityMatch local;

	if (city == NULL)
		city = &local;
	memset(&f, 0, sizeof(f));
	memset(city, 0, sizeof(*city));
	city->municipality = -1;
	if (a->city != NULL)
		cag_locality_lookup(a->city, a->city_len, a->as_of, city);
	f.has_postal_code = a->has_postal_code;
	f.postal_code = a->postal_code;
	if (!f.has_postal_code && city->has_postal_code)
	{
		f.has_postal_code = true;
		f.postal_code = city->postal_code;
	}
	if (f.has_postal_code && postal_code_is_quebec(f.postal_code))
		f.fsa_regions = cag_fsa_regions(postal_code_fsa_index(f.postal_code), a->as_of);
	f.has_city = city->valid;
	f.city_regions = city->regions;
	f.province = a->province;
	f.province_len = a->province_len;
	f.country = a->country;
	f.country_len = a->country_len;
	cag_locate(&f, out);
}

/* ---------------------------------------------------------------------
 * SQL functions
 * ---------------------------------------------------------------------
 */

static DateADT
as_of_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return GetSQLCurrentDate();
	return PG_GETARG_DATEADT(argno);
}

static const char *
text_arg_utf8(FunctionCallInfo fcinfo, int argno)
{
	if (PG_ARGISNULL(argno))
		return NULL;
	return cag_cstring_to_utf8(text_to_cstring(PG_GETARG_TEXT_PP(argno)));
}

Datum
locality_keys(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *utf8 = cag_cstring_to_utf8(str);
	CagLocalityKeys keys;
	CagParseError err;
	Datum		elems[CAG_LOCALITY_NKEYS];
	int			i;

	if (!cag_locality_keys(utf8, strlen(utf8), &keys, &err))
		cag_report_parse_error("locality", str, &err);
	for (i = 0; i < keys.nkeys; i++)
		elems[i] = CStringGetTextDatum(cag_utf8_to_server(keys.key[i]));
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, keys.nkeys, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
lookup_arg(FunctionCallInfo fcinfo, CagLocalityMatch *m)
{
	const char *utf8 = text_arg_utf8(fcinfo, 0);

	cag_locality_lookup(utf8, strlen(utf8), as_of_arg(fcinfo, 1), m);
}

Datum
municipality_of_locality(PG_FUNCTION_ARGS)
{
	CagLocalityMatch m;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	lookup_arg(fcinfo, &m);
	if (m.municipality < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%05d", (int) m.municipality)));
}

Datum
region_of_locality(PG_FUNCTION_ARGS)
{
	CagLocalityMatch m;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	lookup_arg(fcinfo, &m);
	if (cag_region_bits_count(m.regions) != 1)
		PG_RETURN_NULL();
	PG_RETURN_CHAR((char) cag_region_bits_first(m.regions));
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
						   as_of_arg(fcinfo, 1));
	if (bits == 0)
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(region_array(bits));
}

/* JSON helpers: "key": value, with a comma before all but the first */
static void
json_key(StringInfo buf, bool *first, const char *key)
{
	if (!*first)
		appendStringInfoString(buf, ", ");
	*first = false;
	escape_json(buf, key);
	appendStringInfoString(buf, ": ");
}

static void
json_text(StringInfo buf, bool *first, const char *key, const char *value)
{
	json_key(buf, first, key);
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

static void
json_regions(StringInfo buf, bool *first, const char *key, uint32 bits)
{
	bool		f2 = true;
	int			r;

	json_key(buf, first, key);
	appendStringInfoChar(buf, '[');
	for (r = QC_REGION_MIN; r <= QC_REGION_MAX; r++)
		if (bits & CAG_REGION_BIT(r))
		{
			if (!f2)
				appendStringInfoString(buf, ", ");
			f2 = false;
			escape_json(buf, qc_region_server_name(r, false));
		}
	appendStringInfoChar(buf, ']');
}

static const char *
side_name(CagLocateSide side)
{
	return side == CAG_LOCATE_QUEBEC ? "quebec" :
		side == CAG_LOCATE_OUTSIDE ? "outside_quebec" : NULL;
}

Datum
locate(PG_FUNCTION_ARGS)
{
	CagAddress	a;
	CagLocation where;
	CagLocalityMatch city;
	StringInfoData buf;
	bool		first = true;
	char		pc[POSTAL_CODE_TEXT_LEN];
	int32		used_code;
	bool		used_has;

	memset(&a, 0, sizeof(a));
	a.has_postal_code = !PG_ARGISNULL(0);
	if (a.has_postal_code)
	{
		a.postal_code = PG_GETARG_INT32(0);
		if (a.postal_code < 0 || a.postal_code > POSTAL_CODE_MAX)
			elog(ERROR, "invalid postal_code value %d", a.postal_code);
	}
	a.city = text_arg_utf8(fcinfo, 1);
	a.city_len = a.city ? strlen(a.city) : 0;
	a.province = text_arg_utf8(fcinfo, 2);
	a.province_len = a.province ? strlen(a.province) : 0;
	a.country = text_arg_utf8(fcinfo, 3);
	a.country_len = a.country ? strlen(a.country) : 0;
	a.as_of = as_of_arg(fcinfo, 4);
	cag_locate_address(&a, &where, &city);

	used_has = a.has_postal_code || city.has_postal_code;
	used_code = a.has_postal_code ? a.postal_code : city.postal_code;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_text(&buf, &first, "region",
			  where.region ? qc_region_server_name(where.region, false) : NULL);
	json_text(&buf, &first, "evidence", cag_locate_evidence_name(where.region_evidence));
	json_text(&buf, &first, "side", side_name(where.side));
	json_text(&buf, &first, "side_evidence", cag_locate_evidence_name(where.side_evidence));
	json_key(&buf, &first, "conflict");
	appendStringInfoString(&buf, where.conflict ? "true" : "false");
	if (used_has)
	{
		postal_code_format(used_code, pc);
		json_text(&buf, &first, "postal_code", pc);
		if (!a.has_postal_code)
		{
			json_key(&buf, &first, "postal_code_in_city");
			appendStringInfoString(&buf, "true");
		}
		if (postal_code_is_quebec(used_code))
			json_regions(&buf, &first, "fsa_regions",
						 cag_fsa_regions(postal_code_fsa_index(used_code), a.as_of));
	}
	if (a.city != NULL)
	{
		json_text(&buf, &first, "city_key", city.valid ? cag_utf8_to_server(city.key) : NULL);
		json_key(&buf, &first, "city_recognized");
		appendStringInfoString(&buf, city.recognized ? "true" : "false");
		if (city.recognized)
		{
			json_text(&buf, &first, "city_municipality",
					  city.municipality >= 0 ? psprintf("%05d", (int) city.municipality) : NULL);
			json_regions(&buf, &first, "city_regions", city.regions);
		}
	}
	if (where.province_ignored)
	{
		json_key(&buf, &first, "province_ignored");
		appendStringInfoString(&buf, "true");
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}
