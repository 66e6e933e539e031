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
 * The columns that 1.2 added (the parties' names, cities, identifiers and
 * how they were located) are read when the table has them: a table with
 * the columns of 1.1 is classed as 1.1 classed it, with the rules of today.
 * A table with a column amount_cad also gets the amount in Canadian
 * dollars (src/currency.c) of its amount and currency (CAD when it has no
 * currency column), as cag_ovt.purchases does.
 * The one-argument forms of classify_purchase and explain_classification
 * take such a row and apply the trigger's defaults first, so that they
 * give the class the trigger would store; purchase_needs_reclassify tells
 * whether the trigger would change a row.
 *
 * Where the parties are (src/locate.h): a region of the row is *given*
 * when its column supplier_located_by (buyer_located_by) is NULL, or when
 * an UPDATE changed it; otherwise it is what the trigger found before, and
 * the trigger locates the party again from what the row says of it -- its
 * postal code, city, province, country, name, identifier, and for the
 * buyer its municipality -- storing the region and how it was found, so
 * that a change of the address or of the reference tables is followed by
 * the next update (reclassify_purchases).
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
PG_FUNCTION_INFO_V1(purchase_needs_reclassify);
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
	/* optional: read when the table has them */
	COL_BUYER,
	COL_SUPPLIER_NAME,
	COL_SUPPLIER_NEQ,
	COL_SUPPLIER_CITY,
	COL_BUYER_CITY,
	COL_BUYER_POSTAL_CODE,
	COL_BUYER_ID,
	COL_SUPPLIER_LOCATED_BY,
	COL_BUYER_LOCATED_BY,
	/* optional: the amount in Canadian dollars, when the table has amount_cad */
	COL_AMOUNT,
	COL_CURRENCY,
	COL_AMOUNT_CAD,
	NUM_COLS
} PurchaseCol;

#define NUM_REQUIRED_COLS COL_BUYER

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
	T_NEQ,
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
	[COL_BUYER] = {"buyer", T_TEXT},
	[COL_SUPPLIER_NAME] = {"supplier_name", T_TEXT},
	[COL_SUPPLIER_NEQ] = {"supplier_neq", T_NEQ},
	[COL_SUPPLIER_CITY] = {"supplier_city", T_TEXT},
	[COL_BUYER_CITY] = {"buyer_city", T_TEXT},
	[COL_BUYER_POSTAL_CODE] = {"buyer_postal_code", T_POSTAL_CODE},
	[COL_BUYER_ID] = {"buyer_id", T_TEXT},
	[COL_SUPPLIER_LOCATED_BY] = {"supplier_located_by", T_TEXT},
	[COL_BUYER_LOCATED_BY] = {"buyer_located_by", T_TEXT},
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
	int			attnum[NUM_COLS];	/* 0-based; -1 for an optional column
									 * the table does not have */
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
		case T_NEQ:
			return cag_type_oid("neq");
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

/* A row: its values in the layout's columns. */
typedef struct PurchaseRow
{
	const PurchaseLayout *lay;
	Datum	   *values;
	bool	   *isnull;
} PurchaseRow;

static bool
has(const PurchaseRow *row, PurchaseCol col)
{
	int			att = row->lay->attnum[col];

	return att >= 0 && !row->isnull[att];
}

static Datum
get(const PurchaseRow *row, PurchaseCol col)
{
	return row->values[row->lay->attnum[col]];
}

static void
set(PurchaseRow *row, PurchaseCol col, bool isnull, Datum value)
{
	int			att = row->lay->attnum[col];

	row->isnull[att] = isnull;
	row->values[att] = isnull ? (Datum) 0 : value;
}

/* A text column in UTF-8 (not NUL-terminated), NULL when absent or NULL. */
static const char *
text_col(const PurchaseRow *row, PurchaseCol col, size_t *len)
{
	const char *str;

	*len = 0;
	if (!has(row, col))
		return NULL;
	cag_text_to_utf8(get(row, col), &str, len);
	return str;
}

/*
 * Whether the region in column region is given (see the file's comment):
 * the row has no column located_by (a table of 1.1), or it is NULL, or an
 * UPDATE changed the region (old: the old row, NULL for an INSERT).
 */
static bool
region_given(const PurchaseRow *row, const PurchaseRow *old, PurchaseCol region,
			 PurchaseCol located_by)
{
	if (!has(row, region))
		return false;
	if (!has(row, located_by))
		return true;
	return old != NULL &&
		(!has(old, region) || DatumGetChar(get(old, region)) != DatumGetChar(get(row, region)));
}

/* A region and how it was found into the row; its marker when it has one. */
static void
store_location(PurchaseRow *row, PurchaseCol region, PurchaseCol located_by,
			   const CagLocation *loc, CagParty party)
{
	const char *how = cag_region_rule_text(loc, party);

	set(row, region, loc->region == 0, CharGetDatum((char) loc->region));
	if (row->lay->attnum[located_by] >= 0)
		set(row, located_by, how == NULL, how ? CStringGetTextDatum(how) : (Datum) 0);
}

/* What the row says of its buyer. */
static void
buyer_address(const PurchaseRow *row, DateADT as_of, CagPartyAddress *a)
{
	cag_party_address_init(a, CAG_PARTY_BUYER, as_of);
	if (has(row, COL_BUYER_MUNICIPALITY))
	{
		char	   *code = TextDatumGetCString(get(row, COL_BUYER_MUNICIPALITY));

		(void) cag_municipality_prefix(code);	/* 22P02 when no code */
		a->municipality = (int32) atoi(code);
	}
	if (has(row, COL_BUYER_POSTAL_CODE))
	{
		a->has_postal_code = true;
		a->postal_code = DatumGetInt32(get(row, COL_BUYER_POSTAL_CODE));
	}
	a->city = text_col(row, COL_BUYER_CITY, &a->city_len);
	a->name = text_col(row, COL_BUYER, &a->name_len);
	a->id = text_col(row, COL_BUYER_ID, &a->id_len);
}

static void
args_from_row(const PurchaseRow *row, ClassifyArgs *a)
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
		[ARG_SUPPLIER_CITY] = COL_SUPPLIER_CITY,
		[ARG_SUPPLIER_NAME] = COL_SUPPLIER_NAME,
		[ARG_SUPPLIER_NEQ] = COL_SUPPLIER_NEQ,
	};
	int			i;

	for (i = 0; i < NUM_ARGS; i++)
	{
		a->isnull[i] = !has(row, map[i]);
		a->value[i] = a->isnull[i] ? (Datum) 0 : get(row, map[i]);
	}
}

/* A row classed: what the trigger stores, and why. */
typedef struct RowClass
{
	PurchaseRow row;			/* the row, defaults applied */
	ClassifyArgs args;
	Classified	c;
	bool		buyer_located;	/* the trigger located the buyer */
	CagPartyAddress buyer;
	CagPartyFacts buyer_facts;
	CagLocation buyer_location;
	bool		delivery_from_municipality;
	bool		delivery_from_buyer;
} RowClass;

/* Municipality code (text datum) to region on a date; 0 when unknown. */
static int
region_of_municipality_datum(Datum d, DateADT as_of)
{
	return cag_region_of_prefix(cag_municipality_prefix(TextDatumGetCString(d)), as_of);
}

/*
 * The delivery region from the delivery municipality, else from the
 * buyer's region -- only when no delivery regions are given at all: an
 * empty array says that the purchase was delivered to no region of Québec
 * (a SEAO notice delivered outside Québec), which the buyer's region must
 * not hide.
 */
static void
derive_delivery(RowClass *rc, DateADT as_of)
{
	PurchaseRow *row = &rc->row;
	int			r;

	if (has(row, COL_DELIVERY_REGION))
		return;
	if (has(row, COL_DELIVERY_MUNICIPALITY) &&
		(r = region_of_municipality_datum(get(row, COL_DELIVERY_MUNICIPALITY), as_of)) != 0)
	{
		set(row, COL_DELIVERY_REGION, false, CharGetDatum((char) r));
		rc->delivery_from_municipality = true;
	}
	else if (has(row, COL_BUYER_REGION) && !has(row, COL_DELIVERY_REGIONS))
	{
		set(row, COL_DELIVERY_REGION, false, get(row, COL_BUYER_REGION));
		rc->delivery_from_buyer = true;
	}
}

/*
 * Class a row as the trigger does (old: the row before an UPDATE, or
 * NULL): locate the buyer unless its region is given, default the delivery
 * region, locate the supplier and class; rc->row holds what the trigger
 * stores.
 */
static void
classify_row(RowClass *rc, const PurchaseRow *old, bool explain)
{
	PurchaseRow *row = &rc->row;
	DateADT		as_of = has(row, COL_PURCHASED_ON) ?
		DatumGetDateADT(get(row, COL_PURCHASED_ON)) : GetSQLCurrentDate();
	bool		supplier_given;

	if (!region_given(row, old, COL_BUYER_REGION, COL_BUYER_LOCATED_BY))
	{
		buyer_address(row, as_of, &rc->buyer);
		cag_locate_party(&rc->buyer, explain, &rc->buyer_location, &rc->buyer_facts);
		store_location(row, COL_BUYER_REGION, COL_BUYER_LOCATED_BY, &rc->buyer_location,
					   CAG_PARTY_BUYER);
		rc->buyer_located = true;
	}
	else if (row->lay->attnum[COL_BUYER_LOCATED_BY] >= 0)
		set(row, COL_BUYER_LOCATED_BY, true, (Datum) 0);
	derive_delivery(rc, as_of);

	supplier_given = region_given(row, old, COL_SUPPLIER_REGION, COL_SUPPLIER_LOCATED_BY);
	args_from_row(row, &rc->args);
	if (!supplier_given)
		rc->args.isnull[ARG_SUPPLIER_REGION] = true;
	classify_args(&rc->args, explain, &rc->c);
	if (row->lay->attnum[COL_SUPPLIER_LOCATED_BY] >= 0)
	{
		if (supplier_given)
			set(row, COL_SUPPLIER_LOCATED_BY, true, (Datum) 0);
		else
			store_location(row, COL_SUPPLIER_REGION, COL_SUPPLIER_LOCATED_BY,
						   &rc->c.supplier_location, CAG_PARTY_SUPPLIER);
	}
	set(row, COL_CLASS, false, PurchaseClassGetDatum(rc->c.cls.bits));
}

/* The columns the trigger writes. */
static const PurchaseCol written_cols[] = {
	COL_BUYER_REGION, COL_BUYER_LOCATED_BY, COL_DELIVERY_REGION,
	COL_SUPPLIER_REGION, COL_SUPPLIER_LOCATED_BY, COL_CLASS
};

/* Whether the classing changed a column it writes, against the row as given. */
static bool
row_changed(const RowClass *rc, const Datum *values, const bool *isnull)
{
	size_t		i;

	for (i = 0; i < lengthof(written_cols); i++)
	{
		int			att = rc->row.lay->attnum[written_cols[i]];

		if (att < 0)
			continue;
		if (isnull[att] != rc->row.isnull[att])
			return true;
		if (isnull[att])
			continue;
		if (purchase_cols[written_cols[i]].type == T_TEXT ?
			strcmp(TextDatumGetCString(values[att]), TextDatumGetCString(rc->row.values[att])) != 0 :
			purchase_cols[written_cols[i]].type == T_PURCHASE_CLASS ?
			DatumGetPurchaseClass(values[att]) != DatumGetPurchaseClass(rc->row.values[att]) :
			DatumGetChar(values[att]) != DatumGetChar(rc->row.values[att]))
			return true;
	}
	return false;
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

/*
 * A row given as a record, classed as the trigger classes an inserted row;
 * *given receives the row's values before (palloc'd copies of the arrays).
 */
static void
classify_record(FunctionCallInfo fcinfo, bool explain, RowClass *rc,
				Datum **given_values, bool **given_isnull)
{
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(0);
	TupleDesc	desc;

	memset(rc, 0, sizeof(*rc));
	rc->row.lay = row_layout(fcinfo, rec, &desc);
	rc->row.values = palloc(sizeof(Datum) * desc->natts);
	rc->row.isnull = palloc(sizeof(bool) * desc->natts);
	deform_record(rec, desc, rc->row.values, rc->row.isnull);
	if (given_values != NULL)
	{
		*given_values = palloc(sizeof(Datum) * desc->natts);
		*given_isnull = palloc(sizeof(bool) * desc->natts);
		memcpy(*given_values, rc->row.values, sizeof(Datum) * desc->natts);
		memcpy(*given_isnull, rc->row.isnull, sizeof(bool) * desc->natts);
	}
	classify_row(rc, NULL, explain);
	ReleaseTupleDesc(desc);
}

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

Datum
classify_purchase_row(PG_FUNCTION_ARGS)
{
	RowClass	rc;

	classify_record(fcinfo, false, &rc, NULL, NULL);
	PG_RETURN_PURCHASE_CLASS(rc.c.cls.bits);
}

Datum
purchase_needs_reclassify(PG_FUNCTION_ARGS)
{
	RowClass	rc;
	Datum	   *values;
	bool	   *isnull;

	classify_record(fcinfo, false, &rc, &values, &isnull);
	PG_RETURN_BOOL(derive_amount_cad(rc.row.lay, rc.row.values, rc.row.isnull) ||
				   row_changed(&rc, values, isnull));
}

Datum
explain_classification_row(PG_FUNCTION_ARGS)
{
	RowClass	rc;
	ClassifyDefaults defaults;

	classify_record(fcinfo, true, &rc, NULL, NULL);

	/* the defaults the trigger applies, when the row lacked them */
	memset(&defaults, 0, sizeof(defaults));
	if (rc.buyer_located && rc.buyer_location.region != 0)
	{
		defaults.buyer_located = true;
		defaults.buyer = &rc.buyer;
		defaults.buyer_location = &rc.buyer_location;
		defaults.buyer_facts = &rc.buyer_facts;
	}
	if (rc.delivery_from_municipality)
	{
		defaults.delivery_region = rc.c.delivery_region;
		defaults.delivery_from = "delivery_municipality";
		defaults.delivery_municipality =
			TextDatumGetCString(get(&rc.row, COL_DELIVERY_MUNICIPALITY));
	}
	else if (rc.delivery_from_buyer)
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

/* The column numbers of the trigger's table, once per statement. */
static PurchaseLayout *
trigger_layout(FunctionCallInfo fcinfo, Relation rel)
{
	TupleDesc	desc = RelationGetDescr(rel);
	PurchaseLayout *lay = fcinfo->flinfo->fn_extra;

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
	return lay;
}

/*
 * cag_ovt.classify_purchase_trigger(): BEFORE INSERT OR UPDATE FOR EACH ROW.
 * Locates the buyer and the supplier (their regions, unless given, and how
 * they were found), fills the delivery region from the delivery
 * municipality or the buyer's region, and sets the class (and amount_cad,
 * when the table has it), whatever the row held.
 */
Datum
classify_purchase_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	HeapTuple	tuple;
	HeapTuple	result;
	RowClass	rc;
	PurchaseRow old;
	Datum	   *values;
	bool	   *isnull;
	bool		update;

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
	update = TRIGGER_FIRED_BY_UPDATE(td->tg_event);
	tuple = update ? td->tg_newtuple : td->tg_trigtuple;

	memset(&rc, 0, sizeof(rc));
	rc.row.lay = trigger_layout(fcinfo, rel);
	values = palloc(sizeof(Datum) * desc->natts);
	isnull = palloc(sizeof(bool) * desc->natts);
	heap_deform_tuple(tuple, desc, values, isnull);
	rc.row.values = palloc(sizeof(Datum) * desc->natts);
	rc.row.isnull = palloc(sizeof(bool) * desc->natts);
	memcpy(rc.row.values, values, sizeof(Datum) * desc->natts);
	memcpy(rc.row.isnull, isnull, sizeof(bool) * desc->natts);
	if (update)
	{
		old.lay = rc.row.lay;
		old.values = palloc(sizeof(Datum) * desc->natts);
		old.isnull = palloc(sizeof(bool) * desc->natts);
		heap_deform_tuple(td->tg_trigtuple, desc, old.values, old.isnull);
	}
	classify_row(&rc, update ? &old : NULL, false);

	if (!derive_amount_cad(rc.row.lay, rc.row.values, rc.row.isnull) &&
		!row_changed(&rc, values, isnull))
		return PointerGetDatum(tuple);
	result = heap_form_tuple(desc, rc.row.values, rc.row.isnull);
	result->t_data->t_ctid = tuple->t_data->t_ctid;
	result->t_self = tuple->t_self;
	result->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(result);
}
