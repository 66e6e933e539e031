/*-------------------------------------------------------------------------
 *
 * classify.c
 *	  Purchase classification: the facts the rules need, classify_purchase,
 *	  explain_classification and normalize_label.
 *
 * The rules are in classify_core.c; this file gathers the facts they need:
 *
 * - The reference lists (eco_labels, food_labels, food_categories) are
 *	 kept by the reference cache (refcache.h) as two hash tables of label
 *	 keys (cag_fold_key without separator: "Energy-Star" and "ENERGY STAR"
 *	 are both "energystar") and a sorted array of food categories.  They
 *	 are read once, then after each change of one of the tables.
 *
 * - Where the supplier is comes from the location rules (locate.h): its
 *	 region given, postal code, city, province, country, name and the
 *	 registry, on the date of the purchase.
 *
 * Rows of cag_ovt.purchases and the trigger are in classify_trigger.c, the
 * explanation in classify_explain.c.
 *
 *-------------------------------------------------------------------------
 */
#include "classify.h"

#include <string.h>

#include "access/tupmacs.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "fold_core.h"
#include "geography.h"
#include "postal_code_core.h"
#include "purchase_class.h"
#include "qc_region_core.h"
#include "refcache.h"
#include "unspsc_core.h"

PG_FUNCTION_INFO_V1(normalize_label);
PG_FUNCTION_INFO_V1(classify_purchase);
PG_FUNCTION_INFO_V1(explain_classification);

/* The label key of a text datum, in buf (bufsize bytes) or palloc'd. */
static const char *
label_key(Datum d, char *buf, size_t bufsize, size_t *keylen)
{
	const char *s;
	size_t		len;
	char	   *out = buf;

	cag_text_to_utf8(d, &s, &len);
	if (len + 1 > bufsize)
		out = palloc(len + 1);
	*keylen = cag_fold_key(s, len, '\0', out, len + 1);
	return out;
}

/* ------------------------------------------------------------------------
 * The reference lists, cached
 * ------------------------------------------------------------------------
 */
typedef struct LabelSet
{
	LabelEntry *entries;
	int			n;
	int		   *slots;			/* index + 1 into entries, 0 empty */
	uint32		mask;
} LabelSet;

typedef struct ClassifyLists
{
	LabelSet	eco;
	LabelSet	food;
	int32	   *food_categories;	/* sorted */
	int			nfood_categories;
} ClassifyLists;

static void *lists_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource lists_source = {
	.name = "classification lists",
	.tables = {"eco_labels", "food_labels", "food_categories", NULL},
	.load = lists_load,
};

static inline uint32
key_hash(const char *key, size_t len)
{
	return hash_bytes((const unsigned char *) key, (int) len);
}

static const LabelEntry *
label_lookup(const LabelSet *set, const char *key, size_t keylen)
{
	uint32		h;
	uint32		i;

	if (set->n == 0 || keylen == 0)
		return NULL;
	h = key_hash(key, keylen);
	for (i = h & set->mask;; i = (i + 1) & set->mask)
	{
		int			slot = set->slots[i];
		const LabelEntry *e;

		if (slot == 0)
			return NULL;
		e = &set->entries[slot - 1];
		if (e->hash == h && e->keylen == keylen && memcmp(e->key, key, keylen) == 0)
			return e;
	}
}

static char *
cxt_text(MemoryContext cxt, SPITupleTable *tt, uint64 row, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tt->vals[row], tt->tupdesc, col, &isnull);

	if (isnull)
		return NULL;
	return MemoryContextStrdup(cxt, TextDatumGetCString(d));
}

/* Read a label table (label, name, extra) into a set. */
static void
load_labels(CagRefSource *source, int table, const char *columns,
			MemoryContext cxt, LabelSet *set)
{
	Oid			types[3] = {TEXTOID, TEXTOID, TEXTOID};
	SPITupleTable *tt = cag_refcache_select(source, table, columns, 3, types);
	uint64		n = SPI_processed;
	uint64		i;
	uint32		size = 16;

	while (size < 2 * n + 1)
		size <<= 1;
	set->entries = MemoryContextAllocZero(cxt, sizeof(LabelEntry) * (n + 1));
	set->slots = MemoryContextAllocZero(cxt, sizeof(int) * size);
	set->mask = size - 1;
	set->n = 0;
	for (i = 0; i < n; i++)
	{
		LabelEntry *e = &set->entries[set->n];
		char	   *label = cxt_text(cxt, tt, i, 1);
		const char *u;
		char	   *key;
		uint32		j;

		if (label == NULL)
			continue;			/* the primary key forbids it */
		u = cag_cstring_to_utf8(label);
		key = MemoryContextAlloc(cxt, strlen(u) + 1);
		e->keylen = cag_fold_key(u, strlen(u), '\0', key, strlen(u) + 1);
		if (e->keylen == 0)
			continue;			/* the table's check forbids it */
		e->key = key;
		e->hash = key_hash(key, e->keylen);
		e->label = label;
		e->name = cxt_text(cxt, tt, i, 2);
		e->extra = cxt_text(cxt, tt, i, 3);

		/* two spellings of one label: keep the first in text order */
		for (j = e->hash & set->mask;; j = (j + 1) & set->mask)
		{
			LabelEntry *other;

			if (set->slots[j] == 0)
			{
				set->slots[j] = ++set->n;
				break;
			}
			other = &set->entries[set->slots[j] - 1];
			if (other->hash == e->hash && other->keylen == e->keylen &&
				memcmp(other->key, e->key, e->keylen) == 0)
			{
				if (strcmp(e->label, other->label) < 0)
					*other = *e;
				break;
			}
		}
	}
}

static int
cmp_int32(const void *a, const void *b)
{
	int32		x = *(const int32 *) a;
	int32		y = *(const int32 *) b;

	return (x > y) - (x < y);
}

static void *
lists_load(CagRefSource *source, MemoryContext cxt)
{
	ClassifyLists *l = MemoryContextAllocZero(cxt, sizeof(ClassifyLists));
	Oid			cat_type = cag_type_oid("unspsc");
	SPITupleTable *tt;
	uint64		n;
	uint64		i;

	load_labels(source, 0, "label, name, category", cxt, &l->eco);
	load_labels(source, 1, "label, name, kind", cxt, &l->food);

	tt = cag_refcache_select(source, 2, "category", 1, &cat_type);
	n = SPI_processed;
	l->food_categories = MemoryContextAlloc(cxt, sizeof(int32) * (n + 1));
	for (i = 0; i < n; i++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(tt->vals[i], tt->tupdesc, 1, &isnull);

		if (!isnull)
			l->food_categories[l->nfood_categories++] = DatumGetInt32(d);
	}
	if (l->nfood_categories > 1)
		qsort(l->food_categories, l->nfood_categories, sizeof(int32), cmp_int32);
	return l;
}

/*
 * The food category a category is within, the closest one; -1 when none.
 */
static int32
food_category_of(const ClassifyLists *l, int32 category)
{
	int			level;

	if (l->nfood_categories == 0)
		return -1;
	for (level = unspsc_level(category); level >= UNSPSC_SEGMENT; level--)
	{
		int32		a = unspsc_ancestor(category, (UnspscLevel) level);

		if (a >= 0 && bsearch(&a, l->food_categories, l->nfood_categories,
							  sizeof(int32), cmp_int32) != NULL)
			return a;
	}
	return -1;
}

/* ------------------------------------------------------------------------
 * The arguments of a classification
 * ------------------------------------------------------------------------
 */

int
classify_region_datum(Datum d)
{
	int			code = (unsigned char) DatumGetChar(d);

	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		elog(ERROR, "invalid qc_region value %d", code);
	return code;
}

/* The regions of a qc_region[] as bits 1..17. */
static uint32
region_bits(Datum d)
{
	ArrayType  *arr = DatumGetArrayTypeP(d);
	int			n = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	const char *p = ARR_DATA_PTR(arr);
	bits8	   *bitmap = ARR_NULLBITMAP(arr);
	uint32		bits = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (bitmap == NULL || (bitmap[i / 8] & (1 << (i % 8))))
			bits |= (uint32) 1 << classify_region_datum(CharGetDatum(*p++));
	}
	return bits;
}

/* Match the labels (a text[]) against the lists. */
static void
match_labels(const ClassifyLists *l, Datum d, bool need_all, LabelMatch *m)
{
	ArrayType  *arr = DatumGetArrayTypeP(d);
	int			n = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	char	   *p = ARR_DATA_PTR(arr);
	bits8	   *bitmap = ARR_NULLBITMAP(arr);
	char		buf[256];
	int			i;

	if (ARR_ELEMTYPE(arr) != TEXTOID)
		elog(ERROR, "labels must be an array of text");
	for (i = 0; i < n; i++)
	{
		Datum		elem;
		const char *key;
		size_t		keylen;

		if (bitmap != NULL && !(bitmap[i / 8] & (1 << (i % 8))))
			continue;
		elem = PointerGetDatum(p);
		p = att_addlength_pointer(p, -1, p);
		p = (char *) att_align_nominal(p, TYPALIGN_INT);
		m->nlabels++;
		if (m->eco != NULL && m->food != NULL && !need_all)
			continue;
		key = label_key(elem, buf, sizeof(buf), &keylen);
		if (m->eco == NULL && (m->eco = label_lookup(&l->eco, key, keylen)) != NULL)
			m->eco_index = i + 1;
		if (m->food == NULL && (m->food = label_lookup(&l->food, key, keylen)) != NULL)
			m->food_index = i + 1;
	}
}

/* What the arguments say of the supplier. */
static void
supplier_address(const ClassifyArgs *a, Classified *c)
{
	CagPartyAddress *s = &c->supplier;

	cag_party_address_init(s, CAG_PARTY_SUPPLIER, c->as_of);
	if (!a->isnull[ARG_SUPPLIER_REGION])
		s->region = classify_region_datum(a->value[ARG_SUPPLIER_REGION]);
	if (!a->isnull[ARG_SUPPLIER_POSTAL_CODE])
	{
		s->has_postal_code = true;
		s->postal_code = DatumGetInt32(a->value[ARG_SUPPLIER_POSTAL_CODE]);
		if (s->postal_code < 0 || s->postal_code > POSTAL_CODE_MAX)
			elog(ERROR, "invalid postal_code value %d", s->postal_code);
	}
	if (!a->isnull[ARG_SUPPLIER_PROVINCE])
		cag_text_to_utf8(a->value[ARG_SUPPLIER_PROVINCE], &s->province, &s->province_len);
	if (!a->isnull[ARG_SUPPLIER_COUNTRY])
		cag_text_to_utf8(a->value[ARG_SUPPLIER_COUNTRY], &s->country, &s->country_len);
	if (!a->isnull[ARG_SUPPLIER_CITY])
		cag_text_to_utf8(a->value[ARG_SUPPLIER_CITY], &s->city, &s->city_len);
	if (!a->isnull[ARG_SUPPLIER_NAME])
		cag_text_to_utf8(a->value[ARG_SUPPLIER_NAME], &s->name, &s->name_len);
	if (!a->isnull[ARG_SUPPLIER_NEQ])
	{
		s->id = psprintf("%010lld", (long long) DatumGetInt64(a->value[ARG_SUPPLIER_NEQ]));
		s->id_len = strlen(s->id);
	}
}

void
classify_args(const ClassifyArgs *a, bool explain, Classified *c)
{
	const ClassifyLists *l = cag_refcache_get(&lists_source);
	CagPurchaseFacts *f = &c->facts;

	memset(c, 0, sizeof(*c));
	c->food_category = -1;
	c->as_of = a->isnull[ARG_AS_OF] ? GetSQLCurrentDate() :
		DatumGetDateADT(a->value[ARG_AS_OF]);

	supplier_address(a, c);
	cag_locate_party(&c->supplier, explain, &c->supplier_location, &c->supplier_facts);
	f->supplier_side = c->supplier_location.side;
	f->supplier_region = c->supplier_location.region;
	if (!a->isnull[ARG_DELIVERY_REGION])
	{
		c->delivery_region = classify_region_datum(a->value[ARG_DELIVERY_REGION]);
		f->delivery |= (uint32) 1 << c->delivery_region;
	}
	if (!a->isnull[ARG_DELIVERY_REGIONS])
		f->delivery |= region_bits(a->value[ARG_DELIVERY_REGIONS]);
	if (!a->isnull[ARG_CATEGORY])
	{
		f->has_category = true;
		c->food_category = food_category_of(l, DatumGetInt32(a->value[ARG_CATEGORY]));
		f->food_category = c->food_category >= 0;
	}
	if (!a->isnull[ARG_LABELS])
	{
		f->has_labels = true;
		match_labels(l, a->value[ARG_LABELS], explain, &c->labels);
		f->eco_label = c->labels.eco != NULL;
		f->food_label = c->labels.food != NULL;
	}
	f->group_purchase = a->isnull[ARG_GROUP_PURCHASE] ? -1 :
		DatumGetBool(a->value[ARG_GROUP_PURCHASE]) ? 1 : 0;

	cag_classify(f, &c->cls);
	purchase_class_ensure_valid(c->cls.bits, "classify_purchase");
}

void
classify_args_from_fcinfo(FunctionCallInfo fcinfo, ClassifyArgs *a)
{
	int			i;

	for (i = 0; i < NUM_ARGS; i++)
	{
		a->isnull[i] = i >= PG_NARGS() || PG_ARGISNULL(i);
		a->value[i] = a->isnull[i] ? (Datum) 0 : PG_GETARG_DATUM(i);
	}
}

/* ------------------------------------------------------------------------
 * SQL functions of the arguments
 * ------------------------------------------------------------------------
 */
Datum
classify_purchase(PG_FUNCTION_ARGS)
{
	ClassifyArgs a;
	Classified	c;

	classify_args_from_fcinfo(fcinfo, &a);
	classify_args(&a, false, &c);
	PG_RETURN_PURCHASE_CLASS(c.cls.bits);
}

Datum
explain_classification(PG_FUNCTION_ARGS)
{
	ClassifyArgs a;
	Classified	c;

	classify_args_from_fcinfo(fcinfo, &a);
	classify_args(&a, true, &c);
	PG_RETURN_DATUM(classify_explain(&a, &c, NULL));
}

Datum
normalize_label(PG_FUNCTION_ARGS)
{
	const char *s;
	size_t		len;
	char	   *key;

	cag_text_to_utf8(PG_GETARG_DATUM(0), &s, &len);
	key = palloc(len + 1);
	cag_fold_key(s, len, '\0', key, len + 1);
	PG_RETURN_TEXT_P(cstring_to_text(cag_utf8_to_server(key)));
}
