/*-------------------------------------------------------------------------
 *
 * classify_trigger.c
 *	  Purchase classification of rows: the trigger of the purchases table
 *	  and the one-argument forms of classify_purchase and
 *	  explain_classification.
 *
 * The trigger finds its columns by name, so that it works on any table
 * with the columns of cag_ovt.purchases (a partitioned copy, a user's
 * staging table); their numbers are kept in fn_extra for the statement.
 * A table with a column amount_cad also gets the amount in Canadian
 * dollars (src/currency.c) of its amount and currency (CAD when it has no
 * currency column), as cag_ovt.purchases does.
 * The one-argument forms of classify_purchase and explain_classification
 * take such a row and apply the trigger's defaults first, so that they
 * give the class the trigger would store.
 *
 *-------------------------------------------------------------------------
 */
#include "classify.h"

#include <string.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/typcache.h"

#include "currency.h"
#include "geography.h"
#include "purchase_class.h"
#include "refcache.h"

PG_FUNCTION_INFO_V1(classify_purchase_row);
PG_FUNCTION_INFO_V1(explain_classification_row);
PG_FUNCTION_INFO_V1(classify_purchase_trigger);

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
	/* optional: the amount in Canadian dollars, when the table has amount_cad */
	COL_AMOUNT,
	COL_CURRENCY,
	COL_AMOUNT_CAD,
	NUM_COLS
} PurchaseCol;

/* The columns the classification needs; those after are optional. */
#define NUM_REQUIRED_COLS COL_AMOUNT

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
	T_PURCHASE_CLASS,
	T_NUMERIC
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
	[COL_AMOUNT] = {"amount", T_NUMERIC},
	[COL_CURRENCY] = {"currency", T_TEXT},
	[COL_AMOUNT_CAD] = {"amount_cad", T_NUMERIC},
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
		case T_NUMERIC:
			return NUMERICOID;
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
		if (lay->attnum[c] < 0 && c < NUM_REQUIRED_COLS)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("%s has no column \"%s\"", what, purchase_cols[c].name),
					 errdetail("The purchase classification needs a column \"%s\" of type %s.",
							   purchase_cols[c].name, format_type_be(want)),
					 errhint("Give the table the columns of cag_ovt.purchases that the classification reads: purchased_on, buyer_municipality, buyer_region, delivery_municipality, delivery_region, delivery_regions, supplier_country, supplier_province, supplier_postal_code, supplier_region, category, labels, group_purchase and class.")));
	}
	if (lay->attnum[COL_AMOUNT_CAD] >= 0 && lay->attnum[COL_AMOUNT] < 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("%s has a column \"amount_cad\" but no column \"amount\"", what),
				 errdetail("The amount in Canadian dollars is computed from column \"amount\" (numeric) and, when there is one, column \"currency\" (text).")));
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

/* A row given as a record, with the trigger's defaults applied, classified. */
typedef struct RecordClass
{
	PurchaseLayout *lay;
	Datum	   *values;
	bool	   *isnull;
	Derived		derived;
	ClassifyArgs args;
	Classified	c;
} RecordClass;

static void
classify_record(FunctionCallInfo fcinfo, bool explain, RecordClass *rc)
{
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(0);
	TupleDesc	desc;

	rc->lay = row_layout(fcinfo, rec, &desc);
	rc->values = palloc(sizeof(Datum) * desc->natts);
	rc->isnull = palloc(sizeof(bool) * desc->natts);
	deform_record(rec, desc, rc->values, rc->isnull);
	derive_regions(rc->lay, rc->values, rc->isnull, &rc->derived);
	args_from_row(rc->lay, rc->values, rc->isnull, &rc->args);
	classify_args(&rc->args, explain, &rc->c);
	ReleaseTupleDesc(desc);
}

Datum
classify_purchase_row(PG_FUNCTION_ARGS)
{
	RecordClass rc;

	classify_record(fcinfo, false, &rc);
	PG_RETURN_PURCHASE_CLASS(rc.c.cls.bits);
}

Datum
explain_classification_row(PG_FUNCTION_ARGS)
{
	RecordClass rc;
	ClassifyDefaults defaults;
	const Datum *values;

	classify_record(fcinfo, true, &rc);
	values = rc.values;

	/* the defaults the trigger applies, when the row lacked them */
	memset(&defaults, 0, sizeof(defaults));
	if (rc.derived.buyer_region)
	{
		defaults.buyer_region = classify_region_datum(values[rc.lay->attnum[COL_BUYER_REGION]]);
		defaults.buyer_municipality =
			TextDatumGetCString(values[rc.lay->attnum[COL_BUYER_MUNICIPALITY]]);
	}
	if (rc.derived.delivery_region_from_municipality)
	{
		defaults.delivery_region = rc.c.delivery_region;
		defaults.delivery_from = "delivery_municipality";
		defaults.delivery_municipality =
			TextDatumGetCString(values[rc.lay->attnum[COL_DELIVERY_MUNICIPALITY]]);
	}
	else if (rc.derived.delivery_region_from_buyer)
	{
		defaults.delivery_region = rc.c.delivery_region;
		defaults.delivery_from = "buyer_region";
	}
	PG_RETURN_DATUM(classify_explain(&rc.args, &rc.c, &defaults));
}

/* ------------------------------------------------------------------------
 * The trigger
 * ------------------------------------------------------------------------
 */

/*
 * Set amount_cad (when the row has one) to the amount in Canadian dollars
 * of amount and currency on the purchase date (today for a NULL date): NULL
 * for a NULL amount or without a usable rate.  Returns whether it changed.
 */
static bool
derive_amount_cad(const PurchaseLayout *lay, Datum *values, bool *isnull)
{
	int			ac = lay->attnum[COL_AMOUNT_CAD];
	int			am = lay->attnum[COL_AMOUNT];
	int			cu = lay->attnum[COL_CURRENCY];
	int			pon = lay->attnum[COL_PURCHASED_ON];
	Datum		cad = (Datum) 0;
	bool		has_cad = false;
	CagRateStatus status;

	if (ac < 0)
		return false;
	/* NaN and infinities have no value in dollars (purchases' checks refuse them) */
	if (!isnull[am] && !numeric_is_nan(DatumGetNumeric(values[am])) &&
		!numeric_is_inf(DatumGetNumeric(values[am])))
	{
		char		code[4] = "CAD";
		const char *currency = code;

		if (cu >= 0 && !isnull[cu])
		{
			text	   *t = DatumGetTextPP(values[cu]);

			/* a code of 3 bytes without a copy; anything else as it is */
			if (VARSIZE_ANY_EXHDR(t) == 3)
				memcpy(code, VARDATA_ANY(t), 3);
			else
				currency = text_to_cstring(t);
		}
		has_cad = cag_amount_in_cad(values[am], currency,
									isnull[pon] ? GetSQLCurrentDate() : DatumGetDateADT(values[pon]),
									&cad, &status);
	}
	if (has_cad == !isnull[ac] &&
		(!has_cad || DatumGetBool(DirectFunctionCall2(numeric_eq, cad, values[ac]))))
		return false;
	values[ac] = cad;
	isnull[ac] = !has_cad;
	return true;
}

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

	changed |= derive_amount_cad(lay, values, isnull);
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
