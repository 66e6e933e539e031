/*-------------------------------------------------------------------------
 *
 * locality.c
 *	  Localities as people write them, read from the reference tables
 *	  municipalities, former_municipalities and locality_aliases (see
 *	  locality.h); locality_keys, municipality_of_locality and
 *	  region_of_locality.
 *
 * The reference cache (refcache.h) keeps a hash table (simplehash) from the
 * first key of each name (cag_locality_keys) to its entries.  An entry is a
 * municipality (or, for some aliases, only a region), a period and a tier:
 *	0  a municipality demerged in 2006, between its merger and its
 *	   reconstitution: its name means the city it was part of;
 *	1  the name of a municipality of the directory;
 *	2  a former municipality (it means its successor, at any date: the
 *	   successor covers its territory), an alias.
 * A lookup keeps the entries valid on the date, of the lowest tier found:
 * a current name is not hidden by a former municipality or a borough of
 * the same name elsewhere.  The keys of the text are tried from the most
 * literal.
 *
 * The tables former_municipalities and locality_aliases are new in 1.2: in
 * a database at 1.0 or 1.1 the source is absent and nothing is recognized.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "geography.h"
#include "locality.h"
#include "locate_core.h"
#include "refcache.h"

PG_FUNCTION_INFO_V1(locality_keys);
PG_FUNCTION_INFO_V1(municipality_of_locality);
PG_FUNCTION_INFO_V1(region_of_locality);

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
		cag_refcache_bad_row(table, psprintf("The MAMH code \"%s\" is not 5 digits.", code));
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
		Datum		code = SPI_getbinval(tt->vals[i], tt->tupdesc, 1, &null1);
		Datum		name = SPI_getbinval(tt->vals[i], tt->tupdesc, 2, &null2);

		if (null1 || null2)
			cag_refcache_bad_row("municipalities", "A code or a name is NULL.");
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
			d[k] = SPI_getbinval(tt->vals[i], tt->tupdesc, k + 1, &isnull[k]);
		if (isnull[0] || isnull[1] || isnull[2])
			cag_refcache_bad_row("former_municipalities", "A name, date or successor is NULL.");
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
			d[k] = SPI_getbinval(tt->vals[i], tt->tupdesc, k + 1, &isnull[k]);
		if (isnull[0] || isnull[1] == isnull[2])
			cag_refcache_bad_row("locality_aliases", "An alias needs a name and either municipalities or a region.");
		key = name_key("locality_aliases", TextDatumGetCString(d[0]));
		if (!isnull[2])
			add_entry(l, key, -1, cag_refcache_region("locality_aliases", d[2]), 2,
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
					cag_refcache_bad_row("locality_aliases", "A municipality code is NULL.");
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
cag_locality_match(const CagLocalityKeys *keys, DateADT as_of, CagLocalityMatch *out)
{
	const LocData *data;
	int			i;

	memset(out, 0, sizeof(*out));
	out->municipality = -1;
	if (keys == NULL)
		return;
	out->valid = true;
	out->qualifier_region = keys->qualifier_region;
	out->has_postal_code = keys->has_postal_code;
	out->postal_code = keys->postal_code;
	strlcpy(out->key, keys->key[0], sizeof(out->key));
	data = cag_refcache_get_optional(&loc_source);
	if (data == NULL)
		return;
	for (i = 0; i < keys->nkeys; i++)
		if (match_key(data, keys->key[i], as_of, keys->qualifier_region, out))
			return;
}

void
cag_locality_lookup(const char *str, size_t len, DateADT as_of, CagLocalityMatch *out)
{
	CagLocalityKeys keys;
	CagParseError err;

	cag_locality_match(cag_locality_keys(str, len, &keys, &err) ? &keys : NULL, as_of, out);
}

void
cag_party_name_lookup(const char *str, size_t len, DateADT as_of, CagLocalityMatch *out)
{
	CagLocalityKeys keys;
	CagParseError err;
	const LocData *data;

	memset(out, 0, sizeof(*out));
	out->municipality = -1;
	if (!cag_party_name_keys(str, len, &keys, &err))
		return;
	out->valid = true;
	out->qualifier_region = keys.qualifier_region;
	strlcpy(out->key, keys.key[keys.nkeys - 1], sizeof(out->key));
	data = cag_refcache_get_optional(&loc_source);
	if (data != NULL)
		(void) match_key(data, keys.key[keys.nkeys - 1], as_of, keys.qualifier_region, out);
}

void
cag_locality_preload(void)
{
	(void) cag_refcache_get_optional(&loc_source);
}

/* ---------------------------------------------------------------------
 * SQL functions
 * ---------------------------------------------------------------------
 */

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
	const char *utf8;
	size_t		len;

	cag_text_to_utf8(PG_GETARG_DATUM(0), &utf8, &len);
	cag_locality_lookup(utf8, len, cag_as_of_arg(fcinfo, 1), m);
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
