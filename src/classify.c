/*-------------------------------------------------------------------------
 *
 * classify.c
 *	  Purchase classification: classify_purchase, explain_classification,
 *	  the trigger of the purchases table, normalize_label.
 *
 * The rules are in classify_core.c; this file gathers the facts they need:
 *
 * - The reference lists (eco_labels, food_labels, food_categories) are
 *	 kept by the reference cache (refcache.h) as two hash tables of label
 *	 keys (cag_fold_key without separator: "Energy-Star" and "ENERGY STAR"
 *	 are both "energystar") and a sorted array of food categories.  They
 *	 are read once, then after each change of one of the tables.
 *
 * - The region of a postal code comes from the geography cache
 *	 (cag_region_of_postal_code), on the date of the purchase.
 *
 * The trigger finds its columns by name, so that it works on any table
 * with the columns of cag_ovt.purchases (a partitioned copy, a user's
 * staging table); their numbers are kept in fn_extra for the statement.
 * The one-argument forms of classify_purchase and explain_classification
 * take such a row and apply the trigger's defaults first, so that they
 * give the class the trigger would store.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "access/htup_details.h"
#include "access/tupmacs.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/typcache.h"

#include "classify_core.h"
#include "fold_core.h"
#include "geography.h"
#include "postal_code_core.h"
#include "purchase_class.h"
#include "qc_region.h"
#include "qc_region_core.h"
#include "refcache.h"
#include "unspsc_core.h"

PG_FUNCTION_INFO_V1(normalize_label);
PG_FUNCTION_INFO_V1(classify_purchase);
PG_FUNCTION_INFO_V1(explain_classification);
PG_FUNCTION_INFO_V1(classify_purchase_row);
PG_FUNCTION_INFO_V1(explain_classification_row);
PG_FUNCTION_INFO_V1(classify_purchase_trigger);

/* ------------------------------------------------------------------------
 * Text in UTF-8
 * ------------------------------------------------------------------------
 */

/*
 * The bytes of a text datum in UTF-8 (the folding works on UTF-8): the
 * datum itself in a UTF-8 or SQL_ASCII database, a converted copy otherwise.
 */
static void
text_utf8(Datum d, const char **str, size_t *len)
{
	text	   *t = DatumGetTextPP(d);
	const char *p = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		*str = p;
		*len = (size_t) n;
	}
	else
	{
		*str = pg_server_to_any(p, n, PG_UTF8);
		*len = strlen(*str);
	}
}

/* The label key of a text datum, in buf (bufsize bytes) or palloc'd. */
static const char *
label_key(Datum d, char *buf, size_t bufsize, size_t *keylen)
{
	const char *s;
	size_t		len;
	char	   *out = buf;

	text_utf8(d, &s, &len);
	if (len + 1 > bufsize)
		out = palloc(len + 1);
	*keylen = cag_fold_key(s, len, '\0', out, len + 1);
	return out;
}

/* ------------------------------------------------------------------------
 * The reference lists, cached
 * ------------------------------------------------------------------------
 */
typedef struct LabelEntry
{
	const char *key;			/* folded, NUL-terminated */
	size_t		keylen;
	uint32		hash;
	const char *label;			/* as in the table (server encoding) */
	const char *name;			/* may be NULL */
	const char *extra;			/* eco: category; food: kind; may be NULL */
} LabelEntry;

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

/* In the order of the SQL function's arguments. */
typedef enum ClassifyArg
{
	ARG_SUPPLIER_REGION,
	ARG_SUPPLIER_PROVINCE,
	ARG_SUPPLIER_POSTAL_CODE,
	ARG_DELIVERY_REGION,
	ARG_CATEGORY,
	ARG_LABELS,
	ARG_GROUP_PURCHASE,
	ARG_DELIVERY_REGIONS,
	ARG_SUPPLIER_COUNTRY,
	ARG_AS_OF,
	NUM_ARGS
} ClassifyArg;

typedef struct ClassifyArgs
{
	Datum		value[NUM_ARGS];
	bool		isnull[NUM_ARGS];
} ClassifyArgs;

/* What the labels matched, for the explanation. */
typedef struct LabelMatch
{
	const LabelEntry *eco;		/* first eco label, or NULL */
	int			eco_index;		/* its position in the array, from 1 */
	const LabelEntry *food;
	int			food_index;
	int			nlabels;		/* labels that are not NULL */
} LabelMatch;

static int
region_datum(Datum d)
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
			bits |= (uint32) 1 << region_datum(CharGetDatum(*p++));
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

/* Everything the rules and the explanation need. */
typedef struct Classified
{
	CagPurchaseFacts facts;
	CagClassification cls;
	LabelMatch labels;
	int32		food_category;	/* -1 none */
	DateADT		as_of;
	int			delivery_region;	/* 0 NULL */
} Classified;

static void
classify_args(const ClassifyArgs *a, bool explain, Classified *c)
{
	const ClassifyLists *l = cag_refcache_get(&lists_source);
	CagPurchaseFacts *f = &c->facts;

	memset(c, 0, sizeof(*c));
	c->food_category = -1;
	c->as_of = a->isnull[ARG_AS_OF] ? GetSQLCurrentDate() :
		DatumGetDateADT(a->value[ARG_AS_OF]);

	if (!a->isnull[ARG_SUPPLIER_REGION])
		f->supplier_region = region_datum(a->value[ARG_SUPPLIER_REGION]);
	if (!a->isnull[ARG_SUPPLIER_PROVINCE])
		text_utf8(a->value[ARG_SUPPLIER_PROVINCE], &f->province, &f->province_len);
	if (!a->isnull[ARG_SUPPLIER_COUNTRY])
		text_utf8(a->value[ARG_SUPPLIER_COUNTRY], &f->country, &f->country_len);
	if (!a->isnull[ARG_SUPPLIER_POSTAL_CODE])
	{
		f->has_postal_code = true;
		f->postal_code = DatumGetInt32(a->value[ARG_SUPPLIER_POSTAL_CODE]);
		if (f->postal_code < 0 || f->postal_code > POSTAL_CODE_MAX)
			elog(ERROR, "invalid postal_code value %d", f->postal_code);
		f->postal_region = cag_region_of_postal_code(f->postal_code, c->as_of);
	}
	if (!a->isnull[ARG_DELIVERY_REGION])
	{
		c->delivery_region = region_datum(a->value[ARG_DELIVERY_REGION]);
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
		match_labels(l, a->value[ARG_LABELS], explain, &c->labels);
		f->eco_label = c->labels.eco != NULL;
		f->food_label = c->labels.food != NULL;
	}
	f->group_purchase = a->isnull[ARG_GROUP_PURCHASE] ? -1 :
		DatumGetBool(a->value[ARG_GROUP_PURCHASE]) ? 1 : 0;

	cag_classify(f, &c->cls);
	purchase_class_ensure_valid(c->cls.bits, "classify_purchase");
}

static void
args_from_fcinfo(FunctionCallInfo fcinfo, ClassifyArgs *a)
{
	int			i;

	for (i = 0; i < NUM_ARGS; i++)
	{
		a->isnull[i] = i >= PG_NARGS() || PG_ARGISNULL(i);
		a->value[i] = a->isnull[i] ? (Datum) 0 : PG_GETARG_DATUM(i);
	}
}

/* ------------------------------------------------------------------------
 * The explanation
 * ------------------------------------------------------------------------
 */
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
json_str(StringInfo buf, bool *first, const char *key, const char *value)
{
	json_key(buf, first, key);
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

static const char *
region_text(int code)
{
	return code == 0 ? NULL : qc_region_server_name(code, false);
}

static const char *
postal_code_text(int32 value)
{
	char	   *buf = palloc(POSTAL_CODE_TEXT_LEN);

	postal_code_format(value, buf);
	return buf;
}

static const char *
unspsc_text(int32 value)
{
	char	   *buf = palloc(UNSPSC_TEXT_LEN);

	unspsc_format(value, buf);
	return buf;
}

static const char *
side_name(CagSide side)
{
	return side == CAG_SIDE_QUEBEC ? "quebec" :
		side == CAG_SIDE_OUTSIDE ? "outside_quebec" : "nothing";
}

/* The value of an origin source, as text for the explanation. */
static const char *
evidence_value(const ClassifyArgs *a, const Classified *c, CagEvidence ev)
{
	switch (ev)
	{
		case CAG_EV_POSTAL_CODE:
			return postal_code_text(c->facts.postal_code);
		case CAG_EV_SUPPLIER_REGION:
			return region_text(c->facts.supplier_region);
		case CAG_EV_PROVINCE:
			return TextDatumGetCString(a->value[ARG_SUPPLIER_PROVINCE]);
		case CAG_EV_COUNTRY:
			return TextDatumGetCString(a->value[ARG_SUPPLIER_COUNTRY]);
		case CAG_EV_COUNT:
			break;
	}
	return NULL;
}

static void
explain_origin(StringInfo buf, const ClassifyArgs *a, const Classified *c)
{
	const CagClassification *cls = &c->cls;
	bool		first = true;
	bool		firstc = true;
	int			ev;

	appendStringInfoChar(buf, '{');
	json_str(buf, &first, "result",
			 cls->bits & PC_QUEBEC ? "quebec" :
			 cls->bits & PC_OUTSIDE_QUEBEC ? "outside_quebec" : "unknown");
	json_str(buf, &first, "rule", cls->origin_rule < 0 ? "no_evidence" :
			 cag_evidence_name((CagEvidence) cls->origin_rule));
	json_str(buf, &first, "value", cls->origin_rule < 0 ? NULL :
			 evidence_value(a, c, (CagEvidence) cls->origin_rule));

	/* what each source given says */
	json_key(buf, &first, "evidence");
	appendStringInfoChar(buf, '{');
	firstc = true;
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
	{
		bool		f2 = true;
		const CagPlace *pl = ev == CAG_EV_PROVINCE ? &cls->province :
			ev == CAG_EV_COUNTRY ? &cls->country : NULL;

		if (!cls->present[ev])
			continue;
		json_key(buf, &firstc, cag_evidence_name((CagEvidence) ev));
		appendStringInfoChar(buf, '{');
		json_str(buf, &f2, "value", evidence_value(a, c, (CagEvidence) ev));
		json_str(buf, &f2, "says", side_name(cls->says[ev]));
		if (ev == CAG_EV_POSTAL_CODE)
			json_str(buf, &f2, "reads_as",
					 psprintf("CA-%s", postal_code_province(c->facts.postal_code)));
		else if (pl != NULL)
		{
			const char *reads_as = NULL;
			const char *note = NULL;

			switch (pl->kind)
			{
				case CAG_PLACE_PROVINCE:
					reads_as = psprintf("CA-%s", pl->code);
					break;
				case CAG_PLACE_US_STATE:
					reads_as = psprintf("US-%s", pl->code);
					if (cls->province_note == CAG_PROVINCE_STATE_IN_CANADA)
						note = "a US state, but the country is Canada";
					else if (cls->province_note == CAG_PROVINCE_CA_AMBIGUOUS)
						note = "CA without a country is California or Canada";
					break;
				case CAG_PLACE_CANADA:
					reads_as = "CA";
					break;
				case CAG_PLACE_OTHER_COUNTRY:
					note = "another country than Canada";
					break;
				case CAG_PLACE_UNRECOGNIZED:
					note = ev == CAG_EV_PROVINCE ?
						"not a province, territory or US state" :
						"not a country";
					break;
				case CAG_PLACE_NONE:
					note = "empty";
					break;
			}
			json_str(buf, &f2, "reads_as", reads_as);
			if (note != NULL)
				json_str(buf, &f2, "note", note);
		}
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoChar(buf, '}');

	/* sources that say the opposite of the decision */
	json_key(buf, &first, "conflicts");
	appendStringInfoChar(buf, '[');
	firstc = true;
	for (ev = 0; ev < CAG_EV_COUNT; ev++)
	{
		bool		f2 = true;
		CagEvidence winner = (CagEvidence) cls->origin_rule;

		if (cls->origin_rule < 0 || ev == cls->origin_rule ||
			cls->says[ev] == CAG_SIDE_NONE ||
			cls->says[ev] == cls->says[cls->origin_rule])
			continue;
		if (!firstc)
			appendStringInfoString(buf, ", ");
		firstc = false;
		appendStringInfoChar(buf, '{');
		json_str(buf, &f2, cag_evidence_name((CagEvidence) ev),
				 evidence_value(a, c, (CagEvidence) ev));
		json_str(buf, &f2, cag_evidence_name(winner), evidence_value(a, c, winner));
		json_str(buf, &f2, "decided_by", cag_evidence_name(winner));
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoString(buf, "]}");
}

static void
explain_region(StringInfo buf, const ClassifyArgs *a, const Classified *c)
{
	const CagClassification *cls = &c->cls;
	bool		first = true;
	bool		firstr = true;
	int			r;

	appendStringInfoChar(buf, '{');
	json_str(buf, &first, "result",
			 cls->bits & PC_REGIONAL ? "regional" :
			 cls->bits & PC_OUTSIDE_REGION ? "outside_region" : "unknown");
	json_str(buf, &first, "rule", cag_region_rule_name(cls->region_rule));
	json_str(buf, &first, "value", region_text(cls->supplier_region));
	json_str(buf, &first, "supplier_region_from",
			 cls->region_source == CAG_REGION_FROM_SUPPLIER_REGION ? "supplier_region" :
			 cls->region_source == CAG_REGION_FROM_POSTAL_CODE ? "postal_code" : NULL);
	if (c->facts.has_postal_code && postal_code_is_quebec(c->facts.postal_code))
		json_str(buf, &first, "postal_code_region", region_text(c->facts.postal_region));
	json_key(buf, &first, "delivery_regions");
	appendStringInfoChar(buf, '[');
	for (r = QC_REGION_MIN; r <= QC_REGION_MAX; r++)
		if (c->facts.delivery & ((uint32) 1 << r))
		{
			if (!firstr)
				appendStringInfoString(buf, ", ");
			firstr = false;
			escape_json(buf, region_text(r));
		}
	appendStringInfoChar(buf, ']');
	json_key(buf, &first, "conflicts");
	appendStringInfoChar(buf, '[');
	if (cls->region_conflict)
	{
		bool		f2 = true;

		appendStringInfoChar(buf, '{');
		json_str(buf, &f2, "supplier_region", region_text(c->facts.supplier_region));
		json_str(buf, &f2, "postal_code", postal_code_text(c->facts.postal_code));
		json_str(buf, &f2, "postal_code_region", region_text(c->facts.postal_region));
		json_str(buf, &f2, "decided_by", "supplier_region");
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoString(buf, "]}");
	(void) a;
}

/* The label at position index (from 1) of the labels array, as text. */
static const char *
label_at(const ClassifyArgs *a, int index)
{
	ArrayType  *arr = DatumGetArrayTypeP(a->value[ARG_LABELS]);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	Assert(index >= 1 && index <= n && !nulls[index - 1]);
	return TextDatumGetCString(elems[index - 1]);
}

static void
explain_label(StringInfo buf, bool *first, const ClassifyArgs *a,
			  const LabelEntry *e, int index, const char *extra_key)
{
	json_str(buf, first, "value", label_at(a, index));
	json_str(buf, first, "label", e->label);
	json_str(buf, first, "name", e->name);
	json_str(buf, first, extra_key, e->extra);
}

static void
explain_eco(StringInfo buf, const ClassifyArgs *a, const Classified *c)
{
	bool		first = true;

	appendStringInfoChar(buf, '{');
	if (c->labels.eco != NULL)
	{
		json_str(buf, &first, "result", "eco");
		json_str(buf, &first, "rule", "eco_label");
		explain_label(buf, &first, a, c->labels.eco, c->labels.eco_index, "category");
	}
	else
	{
		json_str(buf, &first, "result", "not_eco");
		json_str(buf, &first, "rule", c->labels.nlabels > 0 ? "no_eco_label" : "no_labels");
	}
	appendStringInfoChar(buf, '}');
}

static void
explain_food(StringInfo buf, const ClassifyArgs *a, const Classified *c)
{
	bool		first = true;

	appendStringInfoChar(buf, '{');
	if (!c->facts.has_category)
	{
		json_str(buf, &first, "result", "unknown");
		json_str(buf, &first, "rule", "no_category");
	}
	else
	{
		const char *cat = unspsc_text(DatumGetInt32(a->value[ARG_CATEGORY]));

		json_str(buf, &first, "result", c->facts.food_category ? "food" : "not_food");
		json_str(buf, &first, "rule", c->facts.food_category ?
				 "food_category" : "not_a_food_category");
		json_str(buf, &first, "value", cat);
		if (c->facts.food_category)
			json_str(buf, &first, "food_category", unspsc_text(c->food_category));
	}
	appendStringInfoChar(buf, '}');
}

static void
explain_quebec_food(StringInfo buf, const ClassifyArgs *a, const Classified *c)
{
	bool		first = true;
	const char *result;
	const char *rule;

	if (c->cls.bits & PC_QUEBEC_FOOD)
	{
		result = "quebec_food";
		rule = "food_label";
	}
	else if (c->facts.has_category && !c->facts.food_category)
	{
		result = "not_quebec_food";
		rule = "not_food";
	}
	else if (c->labels.food != NULL)
	{
		/* a food label, but nothing says the purchase is food */
		result = "unknown";
		rule = "no_category";
	}
	else
	{
		result = "not_quebec_food";
		rule = c->labels.nlabels > 0 ? "no_food_label" : "no_labels";
	}
	appendStringInfoChar(buf, '{');
	json_str(buf, &first, "result", result);
	json_str(buf, &first, "rule", rule);
	if (c->labels.food != NULL)
		explain_label(buf, &first, a, c->labels.food, c->labels.food_index, "kind");
	appendStringInfoChar(buf, '}');
}

static void
explain_group(StringInfo buf, const Classified *c)
{
	bool		first = true;

	appendStringInfoChar(buf, '{');
	json_str(buf, &first, "result", c->facts.group_purchase < 0 ? "unknown" :
			 c->facts.group_purchase ? "group_purchase" : "not_group_purchase");
	json_str(buf, &first, "rule", c->facts.group_purchase < 0 ? "no_value" :
			 "group_purchase_flag");
	json_key(buf, &first, "value");
	appendStringInfoString(buf, c->facts.group_purchase < 0 ? "null" :
						   c->facts.group_purchase ? "true" : "false");
	appendStringInfoChar(buf, '}');
}

static Datum
explain_json(const ClassifyArgs *a, const Classified *c, const char *derived)
{
	StringInfoData buf;
	char		classbuf[PC_TEXT_MAX];
	bool		first = true;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	purchase_class_format(c->cls.bits, classbuf);
	json_str(&buf, &first, "class", classbuf);
	json_key(&buf, &first, "origin");
	explain_origin(&buf, a, c);
	json_key(&buf, &first, "region");
	explain_region(&buf, a, c);
	json_key(&buf, &first, "eco");
	explain_eco(&buf, a, c);
	json_key(&buf, &first, "food");
	explain_food(&buf, a, c);
	json_key(&buf, &first, "quebec_food");
	explain_quebec_food(&buf, a, c);
	json_key(&buf, &first, "group_purchase");
	explain_group(&buf, c);
	{
		char		datebuf[MAXDATELEN + 1];

		json_str(&buf, &first, "as_of",
				 JsonEncodeDateTime(datebuf, DateADTGetDatum(c->as_of), DATEOID, NULL));
	}
	if (derived != NULL)
	{
		json_key(&buf, &first, "derived");
		appendStringInfoString(&buf, derived);
	}
	appendStringInfoChar(&buf, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
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

	args_from_fcinfo(fcinfo, &a);
	classify_args(&a, false, &c);
	PG_RETURN_PURCHASE_CLASS(c.cls.bits);
}

Datum
explain_classification(PG_FUNCTION_ARGS)
{
	ClassifyArgs a;
	Classified	c;

	args_from_fcinfo(fcinfo, &a);
	classify_args(&a, true, &c);
	PG_RETURN_DATUM(explain_json(&a, &c, NULL));
}

Datum
normalize_label(PG_FUNCTION_ARGS)
{
	const char *s;
	size_t		len;
	char	   *key;

	text_utf8(PG_GETARG_DATUM(0), &s, &len);
	key = palloc(len + 1);
	cag_fold_key(s, len, '\0', key, len + 1);
	PG_RETURN_TEXT_P(cstring_to_text(cag_utf8_to_server(key)));
}

/* ------------------------------------------------------------------------
 * Rows of cag_ovt.purchases (or of a table with its columns)
 * ------------------------------------------------------------------------
 */
typedef enum PurchaseCol
{
	COL_PURCHASED_ON,
	COL_BUYER_MUNICIPALITY,
	COL_BUYER_REGION,
	COL_DELIVERY_MUNICIPALITY,
	COL_DELIVERY_REGION,
	COL_DELIVERY_REGIONS,
	COL_SUPPLIER_COUNTRY,
	COL_SUPPLIER_PROVINCE,
	COL_SUPPLIER_POSTAL_CODE,
	COL_SUPPLIER_REGION,
	COL_CATEGORY,
	COL_LABELS,
	COL_GROUP_PURCHASE,
	COL_CLASS,
	NUM_COLS
} PurchaseCol;

typedef enum ColType
{
	T_DATE,
	T_TEXT,
	T_REGION,
	T_REGION_ARRAY,
	T_POSTAL_CODE,
	T_UNSPSC,
	T_TEXT_ARRAY,
	T_BOOL,
	T_PURCHASE_CLASS
} ColType;

static const struct
{
	const char *name;
	ColType		type;
}			purchase_cols[NUM_COLS] = {
	[COL_PURCHASED_ON] = {"purchased_on", T_DATE},
	[COL_BUYER_MUNICIPALITY] = {"buyer_municipality", T_TEXT},
	[COL_BUYER_REGION] = {"buyer_region", T_REGION},
	[COL_DELIVERY_MUNICIPALITY] = {"delivery_municipality", T_TEXT},
	[COL_DELIVERY_REGION] = {"delivery_region", T_REGION},
	[COL_DELIVERY_REGIONS] = {"delivery_regions", T_REGION_ARRAY},
	[COL_SUPPLIER_COUNTRY] = {"supplier_country", T_TEXT},
	[COL_SUPPLIER_PROVINCE] = {"supplier_province", T_TEXT},
	[COL_SUPPLIER_POSTAL_CODE] = {"supplier_postal_code", T_POSTAL_CODE},
	[COL_SUPPLIER_REGION] = {"supplier_region", T_REGION},
	[COL_CATEGORY] = {"category", T_UNSPSC},
	[COL_LABELS] = {"labels", T_TEXT_ARRAY},
	[COL_GROUP_PURCHASE] = {"group_purchase", T_BOOL},
	[COL_CLASS] = {"class", T_PURCHASE_CLASS},
};

/* Column numbers of one row type, kept in fn_extra. */
typedef struct PurchaseLayout
{
	Oid			typid;			/* row type, or relation OID for the trigger */
	int32		typmod;
	int			natts;
	int			attnum[NUM_COLS];	/* 0-based */
} PurchaseLayout;

static Oid
col_type_oid(ColType t)
{
	switch (t)
	{
		case T_DATE:
			return DATEOID;
		case T_TEXT:
			return TEXTOID;
		case T_REGION:
			return cag_type_oid("qc_region");
		case T_REGION_ARRAY:
			return get_array_type(cag_type_oid("qc_region"));
		case T_POSTAL_CODE:
			return cag_type_oid("postal_code");
		case T_UNSPSC:
			return cag_type_oid("unspsc");
		case T_TEXT_ARRAY:
			return TEXTARRAYOID;
		case T_BOOL:
			return BOOLOID;
		case T_PURCHASE_CLASS:
			return cag_type_oid("purchase_class");
	}
	return InvalidOid;
}

/*
 * Find the columns by name in a row type, checking their types; what
 * names the row (a table, a row type) for messages.
 */
static void
layout_build(PurchaseLayout *lay, TupleDesc desc, const char *what)
{
	int			c;

	lay->natts = desc->natts;
	for (c = 0; c < NUM_COLS; c++)
	{
		Oid			want = col_type_oid(purchase_cols[c].type);
		int			i;

		lay->attnum[c] = -1;
		for (i = 0; i < desc->natts; i++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, i);

			if (att->attisdropped ||
				strcmp(NameStr(att->attname), purchase_cols[c].name) != 0)
				continue;
			if (att->atttypid != want)
				ereport(ERROR,
						(errcode(ERRCODE_DATATYPE_MISMATCH),
						 errmsg("column \"%s\" of %s has type %s, not %s",
								purchase_cols[c].name, what,
								format_type_be(att->atttypid), format_type_be(want)),
						 errhint("The purchase classification reads the columns of cag_ovt.purchases, with their types.")));
			lay->attnum[c] = i;
			break;
		}
		if (lay->attnum[c] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("%s has no column \"%s\"", what, purchase_cols[c].name),
					 errdetail("The purchase classification needs a column \"%s\" of type %s.",
							   purchase_cols[c].name, format_type_be(want)),
					 errhint("Give the table the columns of cag_ovt.purchases that the classification reads: purchased_on, buyer_municipality, buyer_region, delivery_municipality, delivery_region, delivery_regions, supplier_country, supplier_province, supplier_postal_code, supplier_region, category, labels, group_purchase and class.")));
	}
}

/* Municipality code (text datum) to region on a date; 0 when unknown. */
static int
region_of_municipality_datum(Datum d, DateADT as_of)
{
	return cag_region_of_prefix(cag_municipality_prefix(TextDatumGetCString(d)), as_of);
}

/* What the row's defaults filled in, for the explanation. */
typedef struct Derived
{
	bool		buyer_region;	/* from buyer_municipality */
	bool		delivery_region_from_municipality;
	bool		delivery_region_from_buyer;
} Derived;

/*
 * Apply the defaults of a purchase row to values/isnull (in place): the
 * buyer's and the delivery region from the municipalities, then the
 * delivery region from the buyer's.  Returns whether anything changed.
 */
static bool
derive_regions(const PurchaseLayout *lay, Datum *values, bool *isnull, Derived *d)
{
	int			pon = lay->attnum[COL_PURCHASED_ON];
	int			br = lay->attnum[COL_BUYER_REGION];
	int			bm = lay->attnum[COL_BUYER_MUNICIPALITY];
	int			dr = lay->attnum[COL_DELIVERY_REGION];
	int			dm = lay->attnum[COL_DELIVERY_MUNICIPALITY];
	int			drs = lay->attnum[COL_DELIVERY_REGIONS];
	DateADT		as_of = isnull[pon] ? GetSQLCurrentDate() : DatumGetDateADT(values[pon]);
	bool		changed = false;
	int			r;

	memset(d, 0, sizeof(*d));
	if (isnull[br] && !isnull[bm] &&
		(r = region_of_municipality_datum(values[bm], as_of)) != 0)
	{
		values[br] = CharGetDatum((char) r);
		isnull[br] = false;
		d->buyer_region = changed = true;
	}
	if (isnull[dr] && !isnull[dm] &&
		(r = region_of_municipality_datum(values[dm], as_of)) != 0)
	{
		values[dr] = CharGetDatum((char) r);
		isnull[dr] = false;
		d->delivery_region_from_municipality = changed = true;
	}
	/*
	 * Only when no delivery regions are given at all: an empty array says
	 * that the purchase was delivered to no region of Québec (a SEAO notice
	 * delivered outside Québec), which the buyer's region must not hide.
	 */
	if (isnull[dr] && !isnull[br] && isnull[drs])
	{
		values[dr] = values[br];
		isnull[dr] = false;
		d->delivery_region_from_buyer = changed = true;
	}
	return changed;
}

static void
args_from_row(const PurchaseLayout *lay, const Datum *values, const bool *isnull,
			  ClassifyArgs *a)
{
	static const PurchaseCol map[NUM_ARGS] = {
		[ARG_SUPPLIER_REGION] = COL_SUPPLIER_REGION,
		[ARG_SUPPLIER_PROVINCE] = COL_SUPPLIER_PROVINCE,
		[ARG_SUPPLIER_POSTAL_CODE] = COL_SUPPLIER_POSTAL_CODE,
		[ARG_DELIVERY_REGION] = COL_DELIVERY_REGION,
		[ARG_CATEGORY] = COL_CATEGORY,
		[ARG_LABELS] = COL_LABELS,
		[ARG_GROUP_PURCHASE] = COL_GROUP_PURCHASE,
		[ARG_DELIVERY_REGIONS] = COL_DELIVERY_REGIONS,
		[ARG_SUPPLIER_COUNTRY] = COL_SUPPLIER_COUNTRY,
		[ARG_AS_OF] = COL_PURCHASED_ON,
	};
	int			i;

	for (i = 0; i < NUM_ARGS; i++)
	{
		int			att = lay->attnum[map[i]];

		a->value[i] = values[att];
		a->isnull[i] = isnull[att];
	}
}

/* The layout of a row type, from fn_extra or built. */
static PurchaseLayout *
row_layout(FunctionCallInfo fcinfo, HeapTupleHeader rec, TupleDesc *desc)
{
	Oid			typid = HeapTupleHeaderGetTypeId(rec);
	int32		typmod = HeapTupleHeaderGetTypMod(rec);
	PurchaseLayout *lay = fcinfo->flinfo->fn_extra;

	*desc = lookup_rowtype_tupdesc(typid, typmod);
	if (lay == NULL || lay->typid != typid || lay->typmod != typmod ||
		lay->natts != (*desc)->natts)
	{
		if (lay == NULL)
			lay = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(PurchaseLayout));
		lay->typid = InvalidOid;
		layout_build(lay, *desc, psprintf("row type %s", format_type_be(typid)));
		lay->typid = typid;
		lay->typmod = typmod;
		fcinfo->flinfo->fn_extra = lay;
	}
	return lay;
}

static void
deform_record(HeapTupleHeader rec, TupleDesc desc, Datum *values, bool *isnull)
{
	HeapTupleData tuple;

	tuple.t_len = HeapTupleHeaderGetDatumLength(rec);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = rec;
	heap_deform_tuple(&tuple, desc, values, isnull);
}

Datum
classify_purchase_row(PG_FUNCTION_ARGS)
{
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(0);
	TupleDesc	desc;
	PurchaseLayout *lay = row_layout(fcinfo, rec, &desc);
	Datum	   *values = palloc(sizeof(Datum) * desc->natts);
	bool	   *isnull = palloc(sizeof(bool) * desc->natts);
	ClassifyArgs a;
	Classified	c;
	Derived		d;

	deform_record(rec, desc, values, isnull);
	derive_regions(lay, values, isnull, &d);
	args_from_row(lay, values, isnull, &a);
	classify_args(&a, false, &c);
	ReleaseTupleDesc(desc);
	PG_RETURN_PURCHASE_CLASS(c.cls.bits);
}

/* One default the trigger applies: {"value": ..., "rule": from, from: code} */
static void
explain_derived(StringInfo buf, bool *first, const char *column, int region,
				const char *from, const char *code)
{
	bool		f2 = true;

	json_key(buf, first, column);
	appendStringInfoChar(buf, '{');
	json_str(buf, &f2, "value", region_text(region));
	json_str(buf, &f2, "rule", from);
	if (code != NULL)
		json_str(buf, &f2, from, code);
	appendStringInfoChar(buf, '}');
}

Datum
explain_classification_row(PG_FUNCTION_ARGS)
{
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(0);
	TupleDesc	desc;
	PurchaseLayout *lay = row_layout(fcinfo, rec, &desc);
	Datum	   *values = palloc(sizeof(Datum) * desc->natts);
	bool	   *isnull = palloc(sizeof(bool) * desc->natts);
	ClassifyArgs a;
	Classified	c;
	Derived		d;
	StringInfoData derived;
	bool		first = true;

	deform_record(rec, desc, values, isnull);
	derive_regions(lay, values, isnull, &d);
	args_from_row(lay, values, isnull, &a);
	classify_args(&a, true, &c);

	/* the defaults the trigger applies, when the row lacked them */
	initStringInfo(&derived);
	appendStringInfoChar(&derived, '{');
	if (d.buyer_region)
		explain_derived(&derived, &first, "buyer_region",
						region_datum(values[lay->attnum[COL_BUYER_REGION]]),
						"buyer_municipality",
						TextDatumGetCString(values[lay->attnum[COL_BUYER_MUNICIPALITY]]));
	if (d.delivery_region_from_municipality)
		explain_derived(&derived, &first, "delivery_region", c.delivery_region,
						"delivery_municipality",
						TextDatumGetCString(values[lay->attnum[COL_DELIVERY_MUNICIPALITY]]));
	else if (d.delivery_region_from_buyer)
		explain_derived(&derived, &first, "delivery_region", c.delivery_region,
						"buyer_region", NULL);
	appendStringInfoChar(&derived, '}');
	ReleaseTupleDesc(desc);
	PG_RETURN_DATUM(explain_json(&a, &c, first ? NULL : derived.data));
}

/* ------------------------------------------------------------------------
 * The trigger
 * ------------------------------------------------------------------------
 */

/*
 * cag_ovt.classify_purchase_trigger(): BEFORE INSERT OR UPDATE FOR EACH ROW.
 * Fills the buyer's and the delivery region from the municipalities, the
 * delivery region from the buyer's, and sets the class, whatever the row
 * held.
 */
Datum
classify_purchase_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	HeapTuple	tuple;
	HeapTuple	result;
	PurchaseLayout *lay;
	Datum	   *values;
	bool	   *isnull;
	ClassifyArgs a;
	Classified	c;
	Derived		d;
	int			cl;
	bool		changed;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function classify_purchase_trigger was not called by the trigger manager")));
	if (!TRIGGER_FIRED_BEFORE(td->tg_event) || !TRIGGER_FIRED_FOR_ROW(td->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function classify_purchase_trigger must be fired BEFORE INSERT OR UPDATE ... FOR EACH ROW")));

	rel = td->tg_relation;
	desc = RelationGetDescr(rel);
	tuple = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;

	/* the column numbers, once per statement and relation */
	lay = fcinfo->flinfo->fn_extra;
	if (lay == NULL || lay->typid != RelationGetRelid(rel) || lay->natts != desc->natts)
	{
		if (lay == NULL)
			lay = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(PurchaseLayout));
		lay->typid = InvalidOid;
		layout_build(lay, desc,
					 psprintf("table %s",
							  quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
														 RelationGetRelationName(rel))));
		lay->typid = RelationGetRelid(rel);
		lay->typmod = -1;
		fcinfo->flinfo->fn_extra = lay;
	}

	values = palloc(sizeof(Datum) * desc->natts);
	isnull = palloc(sizeof(bool) * desc->natts);
	heap_deform_tuple(tuple, desc, values, isnull);
	changed = derive_regions(lay, values, isnull, &d);
	args_from_row(lay, values, isnull, &a);
	classify_args(&a, false, &c);

	cl = lay->attnum[COL_CLASS];
	if (!changed && !isnull[cl] && DatumGetPurchaseClass(values[cl]) == c.cls.bits)
		return PointerGetDatum(tuple);
	values[cl] = PurchaseClassGetDatum(c.cls.bits);
	isnull[cl] = false;
	result = heap_form_tuple(desc, values, isnull);
	result->t_data->t_ctid = tuple->t_data->t_ctid;
	result->t_self = tuple->t_self;
	result->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(result);
}
