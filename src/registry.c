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
#include "catalog/namespace.h"
#include "common/hashfn.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/builtins.h"

#include "fold_core.h"
#include "geography.h"
#include "locality.h"
#include "postal_code_core.h"
#include "registry.h"
#include "refcache.h"

typedef struct RegEntry
{
	const char *key;			/* label key of the name */
	const char *id;				/* identifier, or NULL */
	const char *name;			/* as in the table */
	int32		municipality;	/* MAMH code, -1 none */
	uint8		region;			/* 0 none */
	bool		learned;		/* written by a load */
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
	bool		isnull[6];
	Datum		d[6];
	const char *utf8;
	char	   *role;
	int			k;

	for (k = 0; k < 6; k++)
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
	e->learned = !isnull[5] && DatumGetBool(d[5]);
}

static void *
registry_load(CagRefSource *source, MemoryContext cxt)
{
	Oid			types[6] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, cag_type_oid("qc_region"), BOOLOID};
	SPITupleTable *tt;
	RegData    *r = MemoryContextAllocZero(cxt, sizeof(RegData));
	RegEntry   *entries;
	uint64		n;
	uint64		i;
	int			p;

	tt = cag_refcache_select(source, 0, "party, name, identifier, municipality, region, learned",
							 6, types);
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

/* ---------------------------------------------------------------------
 * What a load learns
 * ---------------------------------------------------------------------
 */

/*
 * A string as the learner's tables key it: a name as the load spells it
 * or a label key, with its party (learn_key), or a city, whole (party 0).
 * A name or a label key is keyed by its first LEARN_KEY_MAX bytes, up to a
 * NUL: longer names that begin alike are taken for one.
 */
typedef struct LearnKey
{
	const char *str;
	uint32		len;
	uint32		party;			/* CagParty + 1, 0 for a city */
} LearnKey;

#define LEARN_KEY_MAX 254

static inline LearnKey
learn_key(uint32 party, const char *str, size_t len, size_t max)
{
	LearnKey	k;

	k.str = str;
	k.len = (uint32) strnlen(str, Min(len, max));
	k.party = party;
	return k;
}

static inline uint32
learn_key_hash(LearnKey k)
{
	return hash_combine(k.party, hash_bytes((const unsigned char *) k.str, (int) k.len));
}

static inline bool
learn_key_equal(LearnKey a, LearnKey b)
{
	return a.party == b.party && a.len == b.len && memcmp(a.str, b.str, a.len) == 0;
}

/* The learner's tables: a LearnKey and what it stands for. */
typedef struct LearnSlot
{
	LearnKey	k;
	uint32		hash;
	char		status;			/* for simplehash */
	void	   *value;
} LearnSlot;

#define SH_PREFIX learn_table
#define SH_ELEMENT_TYPE LearnSlot
#define SH_KEY_TYPE LearnKey
#define SH_KEY k
#define SH_HASH_KEY(tb, key) learn_key_hash(key)
#define SH_EQUAL(tb, a, b) learn_key_equal(a, b)
#define SH_SCOPE static inline
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) ((a)->hash)
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/*
 * The value of key k in table t, *found whether it was there: else a new
 * value of size bytes (zeroed) in cxt, under a copy of the key's string.
 */
static void *
learn_table_value(learn_table_hash *t, LearnKey k, Size size, MemoryContext cxt, bool *found)
{
	LearnSlot  *slot = learn_table_insert(t, k, found);

	if (!*found)
	{
		/* the value, then the copy */
		char	   *value = MemoryContextAllocZero(cxt, MAXALIGN(size) + k.len + 1);

		memcpy(value + MAXALIGN(size), k.str, k.len);
		slot->k.str = value + MAXALIGN(size);
		slot->value = value;
	}
	return slot->value;
}

/*
 * A name as the load spells it, with what its purchases said: a name seen
 * again is neither folded nor looked up again.  The spellings are grouped
 * by label key at the end (learner_groups).
 */
typedef struct Learned
{
	CagParty	party;
	uint32		seq;			/* order of first sight */
	char	   *name;			/* UTF-8, whole */
	size_t		name_len;
	char	   *id;				/* UTF-8 */
	size_t		id_len;
	uint32		regions;		/* where its purchases were located */
	int32		municipality;	/* of them all, -1 none or several */
	char	   *city;			/* UTF-8, of the first, to compare */
	size_t		city_len;
	bool		has_postal_code;
	int32		postal_code;
	char	   *source;			/* server encoding */
	DateADT		as_of;			/* the date of the first purchase */
} Learned;

/*
 * The keys of a city (cag_locality_keys), read once per load: a city is
 * looked up on the date of each party's first purchase.
 */
typedef struct LearnedCity
{
	bool		valid;			/* false: no name of a place */
	CagLocalityKeys keys;
} LearnedCity;

struct CagRegistryLearner
{
	MemoryContext cxt;
	learn_table_hash *seen;		/* names: Learned */
	learn_table_hash *cities;	/* cities: LearnedCity */
	uint32		count;
};

/* Several spellings of a name (one label key), merged. */
typedef struct LearnedGroup
{
	char	   *fullkey;		/* the label key, whole */
	const Learned *first;		/* the spelling seen first */
	uint32		regions;
	int32		municipality;
} LearnedGroup;

CagRegistryLearner *
cag_registry_learner_create(MemoryContext cxt)
{
	CagRegistryLearner *l = MemoryContextAllocZero(cxt, sizeof(CagRegistryLearner));

	l->cxt = cxt;
	l->seen = learn_table_create(cxt, 256, NULL);
	l->cities = learn_table_create(cxt, 256, NULL);
	return l;
}

/* A copy of len bytes in cxt, NUL-terminated; NULL stays NULL. */
static char *
learner_copy(MemoryContext cxt, const char *str, size_t len)
{
	char	   *copy;

	if (str == NULL)
		return NULL;
	copy = MemoryContextAlloc(cxt, len + 1);
	memcpy(copy, str, len);
	copy[len] = '\0';
	return copy;
}

/*
 * "source ref", the row's column source, in cxt (what psprintf("%s %s")
 * writes, without its formatting and its copy, for every party learned).
 */
static char *
learner_source(MemoryContext cxt, const char *source, const char *ref)
{
	size_t		slen = strlen(source);
	size_t		rlen = strlen(ref);
	char	   *s = MemoryContextAlloc(cxt, slen + 1 + rlen + 1);

	memcpy(s, source, slen);
	s[slen] = ' ';
	memcpy(s + slen + 1, ref, rlen + 1);
	return s;
}

/*
 * The municipality of a city (UTF-8) when it is in region on as_of, else
 * -1: cag_locality_lookup, with the city's keys read once per load.
 */
static int32
city_municipality(CagRegistryLearner *l, const char *city, size_t len, int region,
				  DateADT as_of)
{
	LearnKey	k;
	LearnedCity *c;
	CagLocalityMatch m;
	bool		found;

	if (city == NULL)
		return -1;
	k.str = city;
	k.len = (uint32) len;
	k.party = 0;
	c = learn_table_value(l->cities, k, sizeof(LearnedCity), l->cxt, &found);
	if (!found)
	{
		CagParseError err;

		c->valid = cag_locality_keys(city, len, &c->keys, &err);
	}
	cag_locality_match(c->valid ? &c->keys : NULL, as_of, &m);
	if (m.municipality >= 0 && cag_region_of_prefix(m.municipality / 1000, as_of) == region)
		return m.municipality;
	return -1;
}

void
cag_registry_learn(CagRegistryLearner *l, CagParty party, const char *name, size_t name_len,
				   const char *id, size_t id_len, int region, int32 name_municipality,
				   bool has_postal_code, int32 postal_code,
				   const char *city, size_t city_len, const char *source, const char *ref,
				   DateADT as_of)
{
	Learned    *e;
	bool		found;
	int32		municipality;

	if (name == NULL || name_len == 0 || region < 1 || region > 17)
		return;
	e = learn_table_value(l->seen, learn_key(party + 1, name, name_len, LEARN_KEY_MAX),
						  sizeof(Learned), l->cxt, &found);
	if (found)
	{
		e->regions |= CAG_REGION_BIT(region);
		if (e->municipality < 0)
			return;				/* none or several already */
		if (city != NULL && e->city != NULL && city_len == e->city_len &&
			memcmp(city, e->city, city_len) == 0)
			municipality = e->municipality; /* the same city */
		else
			municipality = city != NULL ? city_municipality(l, city, city_len, region, as_of) :
				name_municipality;
		if (municipality != e->municipality)
			e->municipality = -1;	/* several: none */
		return;
	}
	e->party = party;
	e->seq = l->count++;
	e->name = learner_copy(l->cxt, name, name_len);
	e->name_len = name_len;
	e->id = learner_copy(l->cxt, id, id_len);
	e->id_len = id_len;
	e->regions = CAG_REGION_BIT(region);
	e->municipality = city != NULL ? city_municipality(l, city, city_len, region, as_of) : -1;
	if (e->municipality < 0)
		e->municipality = name_municipality;
	e->city = learner_copy(l->cxt, city, city_len);
	e->city_len = city_len;
	e->has_postal_code = has_postal_code;
	e->postal_code = postal_code;
	e->source = learner_source(l->cxt, source, ref);
	e->as_of = as_of;
}

/*
 * The spellings learned, grouped by party and label key of the name (the
 * spelling seen first speaks for the group).
 */
static learn_table_hash *
learner_groups(CagRegistryLearner *l)
{
	learn_table_hash *groups = learn_table_create(CurrentMemoryContext, l->seen->members, NULL);
	learn_table_iterator it;
	LearnSlot  *slot;

	learn_table_start_iterate(l->seen, &it);
	while ((slot = learn_table_iterate(l->seen, &it)) != NULL)
	{
		const Learned *e = slot->value;
		char	   *key = name_key(CurrentMemoryContext, e->name, e->name_len);
		LearnedGroup *g;
		bool		found;

		if (key[0] == '\0')
			continue;
		g = learn_table_value(groups, learn_key(e->party + 1, key, strlen(key), LEARN_KEY_MAX),
							  sizeof(LearnedGroup), CurrentMemoryContext, &found);
		if (!found)
		{
			g->fullkey = key;
			g->first = e;
			g->regions = e->regions;
			g->municipality = e->municipality;
			continue;
		}
		g->regions |= e->regions;
		if (g->municipality != e->municipality)
			g->municipality = -1;
		if (e->seq < g->first->seq)
			g->first = e;
	}
	return groups;
}

/* A text[] of n strings, NULL elements where NULL. */
static Datum
text_array(char **items, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	bool	   *nulls = palloc(sizeof(bool) * (n + 1));
	int			dims[1] = {n};
	int			lbs[1] = {1};
	int			i;

	for (i = 0; i < n; i++)
	{
		nulls[i] = items[i] == NULL;
		elems[i] = nulls[i] ? (Datum) 0 : CStringGetTextDatum(items[i]);
	}
	return PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs, TEXTOID, -1, false,
											  TYPALIGN_INT));
}

/* Run a statement of the learner with its arrays. */
static uint64
learner_execute(const char *sql, int nargs, char ***columns, int n)
{
	Oid			types[9];
	Datum		values[9];
	int			i;
	int			ret;

	for (i = 0; i < nargs; i++)
	{
		types[i] = TEXTARRAYOID;
		values[i] = text_array(columns[i], n);
	}
	ret = SPI_execute_with_args(sql, nargs, types, values, NULL, false, 0);
	if (ret != SPI_OK_INSERT && ret != SPI_OK_UPDATE)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	return SPI_processed;
}

static const char learn_insert[] =
"INSERT INTO cag_ovt.known_parties "
"(party, name, identifier, municipality, region, postal_code, city, learned, source) "
"SELECT t.party, t.name, t.identifier, t.municipality, t.region::cag_ovt.qc_region, "
"t.postal_code::cag_ovt.postal_code, t.city, true, t.source "
"FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), "
"pg_catalog.unnest($4), pg_catalog.unnest($5), pg_catalog.unnest($6), pg_catalog.unnest($7), "
"pg_catalog.unnest($8)) "
"AS t(party, name, identifier, municipality, region, postal_code, city, source) "
"ON CONFLICT (party, name) DO NOTHING";

static const char learn_ambiguous[] =
"UPDATE cag_ovt.known_parties k SET municipality = NULL, region = NULL, "
"source = pg_catalog.concat_ws('; ', k.source, t.source) "
"FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) "
"AS t(party, name, source) "
"WHERE k.learned AND k.party OPERATOR(pg_catalog.=) t.party "
"AND k.name OPERATOR(pg_catalog.=) t.name";

/* The registry's learned entry of a key, when the one entry of the key is learned. */
static const RegEntry *
learned_entry(const RegIndex *r, const char *key, bool *any)
{
	int			lo = 0;
	int			hi = r->n;
	const RegEntry *e = NULL;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (strcmp(r->by_key[mid]->key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*any = false;
	for (; lo < r->n && strcmp(r->by_key[lo]->key, key) == 0; lo++)
	{
		*any = true;
		if (!r->by_key[lo]->learned)
			return NULL;		/* the DBA's: left alone */
		e = r->by_key[lo];
	}
	return e;
}

/*
 * Where a party learned is: its municipality's region when all its
 * purchases name one municipality (it may have changed region between
 * them), else the one region of its purchases; 0 when several.
 */
static int
learned_region(const LearnedGroup *g)
{
	if (g->municipality >= 0)
		return cag_region_of_prefix(g->municipality / 1000, g->first->as_of);
	return cag_region_bits_count(g->regions) == 1 ? cag_region_bits_first(g->regions) : 0;
}

/* UTF-8 text to the server encoding; NULL stays NULL. */
static char *
server_text(const char *str)
{
	return str == NULL ? NULL : cag_utf8_message_to_server(pstrdup(str));
}

/*
 * Whether the current user may write what a load learns.  A role that
 * loaded under 1.1 had the privileges the loaders needed then (purchases,
 * load_issues, load_notices): its loads go on, without learning, and say
 * so.
 */
static bool
may_learn(void)
{
	Oid			nsp = get_namespace_oid("cag_ovt", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid("known_parties", nsp) : InvalidOid;
	Oid			user = GetUserId();

	if (!OidIsValid(relid))
		return false;
	if (pg_class_aclcheck(relid, user, ACL_INSERT) == ACLCHECK_OK &&
		pg_class_aclcheck(relid, user, ACL_UPDATE) == ACLCHECK_OK)
		return true;
	ereport(WARNING,
			(errmsg("the parties this load located are not learned into cag_ovt.known_parties"),
			 errdetail("Role \"%s\" may not insert into or update table cag_ovt.known_parties.",
					   GetUserNameFromId(user, false)),
			 errhint("Grant INSERT and UPDATE on cag_ovt.known_parties to the roles that load SEAO files.")));
	return false;
}

uint64
cag_registry_learner_finish(CagRegistryLearner *l)
{
	const RegData *data = cag_refcache_get_optional(&registry_source);
	uint64		n = l->seen->members;
	char	  **add[8];
	char	  **amb[3];
	int			nadd = 0;
	int			namb = 0;
	learn_table_hash *groups;
	learn_table_iterator it;
	LearnSlot  *slot;
	uint64		done = 0;
	int			k;

	if (data == NULL || n == 0)
		return 0;
	for (k = 0; k < 8; k++)
		add[k] = palloc(sizeof(char *) * n);
	for (k = 0; k < 3; k++)
		amb[k] = palloc(sizeof(char *) * n);
	groups = learner_groups(l);
	learn_table_start_iterate(groups, &it);
	while ((slot = learn_table_iterate(groups, &it)) != NULL)
	{
		const LearnedGroup *g = slot->value;
		const Learned *e = g->first;
		int			region = learned_region(g);
		bool		known;
		const RegEntry *old = learned_entry(&data->party[e->party], g->fullkey, &known);
		char	   *party = e->party == CAG_PARTY_SUPPLIER ? "supplier" : "buyer";

		if (!known)
		{
			add[0][nadd] = party;
			add[1][nadd] = server_text(e->name);
			add[2][nadd] = server_text(e->id);
			add[3][nadd] = g->municipality >= 0 ? psprintf("%05d", (int) g->municipality) : NULL;
			add[4][nadd] = region != 0 ? psprintf("%02d", region) : NULL;
			add[5][nadd] = NULL;
			if (e->has_postal_code)
			{
				add[5][nadd] = palloc(POSTAL_CODE_TEXT_LEN);
				postal_code_format(e->postal_code, add[5][nadd]);
			}
			add[6][nadd] = server_text(e->city);
			add[7][nadd] = e->source;
			nadd++;
		}
		else if (old != NULL && (old->region != 0 || old->municipality >= 0) &&
				 entry_region(old, e->as_of) != region)
		{
			amb[0][namb] = party;
			amb[1][namb] = (char *) old->name;
			amb[2][namb] = e->source;
			namb++;
		}
	}
	if ((nadd == 0 && namb == 0) || !may_learn())
		return 0;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (nadd > 0)
		done += learner_execute(learn_insert, 8, add, nadd);
	if (namb > 0)
		done += learner_execute(learn_ambiguous, 3, amb, namb);
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed");
	return done;
}
