/*-------------------------------------------------------------------------
 *
 * registry.c
 *	  The registry of parties, known_parties, read through the reference
 *	  cache (see registry.h and src/registries.sql).
 *
 * The cache holds its entries (municipality or region, or neither for a
 * name seen in several regions), for suppliers and for buyers, with two
 * sorted indexes each, by label key of the name and by identifier; a
 * lookup is two binary searches.  The registries are consulted only for a party that its
 * address does not place (locate.c), so the lookups are rare.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <stdlib.h>
#include <string.h>

#include "catalog/pg_type.h"
#include "utils/builtins.h"

#include "fold_core.h"
#include "geography.h"
#include "registry.h"
#include "refcache.h"

typedef struct RegEntry
{
	const char *key;			/* label key of the name */
	const char *id;				/* identifier, or NULL */
	const char *name;			/* as in the table */
	int32		municipality;	/* MAMH code, -1 none */
	uint8		region;			/* 0 none */
} RegEntry;

/* The entries of one party, with two sorted indexes. */
typedef struct RegIndex
{
	const RegEntry **by_key;	/* sorted by key */
	int			n;
	const RegEntry **by_id;		/* those with an id, sorted by id */
	int			nids;
} RegIndex;

typedef struct RegData
{
	RegIndex	party[2];		/* by CagParty */
} RegData;

static void *registry_load(CagRefSource *source, MemoryContext cxt);

/* optional: new in 1.2 */
static CagRefSource registry_source = {
	.name = "known parties",
	.tables = {"known_parties", NULL},
	.load = registry_load,
};

/* The label key of a name (UTF-8), in cxt; "" for a name without a word. */
static char *
name_key(MemoryContext cxt, const char *name, size_t len)
{
	char	   *key = MemoryContextAlloc(cxt, len + 1);

	if (cag_fold_key(name, len, '\0', key, len + 1) == CAG_FOLD_TOO_LONG)
		key[0] = '\0';			/* cannot happen: a key is never longer */
	return key;
}

static int
cmp_by_key(const void *a, const void *b)
{
	return strcmp((*(const RegEntry *const *) a)->key, (*(const RegEntry *const *) b)->key);
}

static int
cmp_by_id(const void *a, const void *b)
{
	return strcmp((*(const RegEntry *const *) a)->id, (*(const RegEntry *const *) b)->id);
}

/* An entry from a row of the table; its party into *party. */
static void
entry_of_row(MemoryContext cxt, SPITupleTable *tt, uint64 i, RegEntry *e, CagParty *party)
{
	bool		isnull[5];
	Datum		d[5];
	const char *utf8;
	char	   *role;
	int			k;

	for (k = 0; k < 5; k++)
		d[k] = SPI_getbinval(tt->vals[i], tt->tupdesc, k + 1, &isnull[k]);
	if (isnull[0] || isnull[1])
		cag_refcache_bad_row("known_parties", "A party or a name is NULL.");
	role = TextDatumGetCString(d[0]);
	if (strcmp(role, "supplier") == 0)
		*party = CAG_PARTY_SUPPLIER;
	else if (strcmp(role, "buyer") == 0)
		*party = CAG_PARTY_BUYER;
	else
		cag_refcache_bad_row("known_parties",
							 psprintf("The party \"%s\" is neither supplier nor buyer.", role));
	e->name = MemoryContextStrdup(cxt, TextDatumGetCString(d[1]));
	utf8 = cag_cstring_to_utf8(e->name);
	e->key = name_key(cxt, utf8, strlen(utf8));
	e->id = isnull[2] ? NULL : MemoryContextStrdup(cxt, TextDatumGetCString(d[2]));
	e->municipality = -1;
	if (!isnull[3])
	{
		char	   *code = TextDatumGetCString(d[3]);

		if (strlen(code) != 5 || strspn(code, "0123456789") != 5)
			cag_refcache_bad_row("known_parties",
								 psprintf("The MAMH code \"%s\" is not 5 digits.", code));
		e->municipality = (int32) atoi(code);
	}
	if (!isnull[4])
		e->region = (uint8) cag_refcache_region("known_parties", d[4]);
}

static void *
registry_load(CagRefSource *source, MemoryContext cxt)
{
	Oid			types[5] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, cag_type_oid("qc_region")};
	SPITupleTable *tt;
	RegData    *r = MemoryContextAllocZero(cxt, sizeof(RegData));
	RegEntry   *entries;
	uint64		n;
	uint64		i;
	int			p;

	tt = cag_refcache_select(source, 0, "party, name, identifier, municipality, region", 5, types);
	n = SPI_processed;
	entries = MemoryContextAllocZero(cxt, sizeof(RegEntry) * (n + 1));
	for (p = 0; p < 2; p++)
	{
		r->party[p].by_key = MemoryContextAlloc(cxt, sizeof(RegEntry *) * (n + 1));
		r->party[p].by_id = MemoryContextAlloc(cxt, sizeof(RegEntry *) * (n + 1));
	}
	for (i = 0; i < n; i++)
	{
		CagParty	party = CAG_PARTY_SUPPLIER;
		RegIndex   *x;

		entry_of_row(cxt, tt, i, &entries[i], &party);
		x = &r->party[party];
		x->by_key[x->n++] = &entries[i];
		if (entries[i].id != NULL)
			x->by_id[x->nids++] = &entries[i];
	}
	for (p = 0; p < 2; p++)
	{
		qsort(r->party[p].by_key, r->party[p].n, sizeof(RegEntry *), cmp_by_key);
		qsort(r->party[p].by_id, r->party[p].nids, sizeof(RegEntry *), cmp_by_id);
	}
	return r;
}

/* The region of an entry on a date: its municipality's, else its own. */
static int
entry_region(const RegEntry *e, DateADT as_of)
{
	if (e->municipality >= 0)
		return cag_region_of_prefix(e->municipality / 1000, as_of);
	return e->region;
}

/*
 * The entries whose key (id when by_id) is key: their regions into out.
 * Returns whether there is one.
 */
static bool
find(const RegIndex *r, bool by_id, const char *key, DateADT as_of, CagRegistryMatch *out)
{
	const RegEntry *const *index = by_id ? r->by_id : r->by_key;
	int			n = by_id ? r->nids : r->n;
	int			lo = 0;
	int			hi = n;

	/* the first entry whose key is not below key */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const char *k = by_id ? index[mid]->id : index[mid]->key;

		if (strcmp(k, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == n || strcmp(by_id ? index[lo]->id : index[lo]->key, key) != 0)
		return false;
	out->found = true;
	out->by_id = by_id;
	out->name = index[lo]->name;
	for (; lo < n && strcmp(by_id ? index[lo]->id : index[lo]->key, key) == 0; lo++)
	{
		int			region = entry_region(index[lo], as_of);

		if (region != 0)
			out->regions |= CAG_REGION_BIT(region);
	}
	return true;
}

void
cag_registry_lookup(CagParty party, const char *id, size_t id_len,
					const char *name, size_t name_len, DateADT as_of,
					CagRegistryMatch *out)
{
	const RegData *data;
	const RegIndex *r;

	memset(out, 0, sizeof(*out));
	data = cag_refcache_get_optional(&registry_source);
	if (data == NULL)
		return;
	r = &data->party[party];
	if (id != NULL && id_len > 0 && find(r, true, pnstrdup(id, id_len), as_of, out))
		return;
	if (name != NULL)
	{
		char	   *key = name_key(CurrentMemoryContext, name, name_len);

		if (key[0] != '\0')
			(void) find(r, false, key, as_of, out);
	}
}

void
cag_registry_preload(void)
{
	(void) cag_refcache_get_optional(&registry_source);
}
