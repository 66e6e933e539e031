/*-------------------------------------------------------------------------
 *
 * seao_rows.c
 *	  SEAO open data: the rows of the parsers and of the loader.
 *
 * parse_seao_xml and parse_ocds return one row per winning bidder (XML) or
 * award supplier (OCDS): the purchase's columns typed and checked, and the
 * problems found ("issues") as three parallel text arrays: field, raw
 * value, reason.  A field that fails its type is NULL in the row, with an
 * issue.  A row whose amount is NULL is not a purchase: its issues say why
 * (no positive amount, no date, a cancelled award...), and only that.
 * The adapters decide all that with the rules of seao_rules_core.c (a
 * SeaoRow); this file turns a SeaoRow into a row: text in the server
 * encoding (a character it cannot store is an issue), the buyer's region
 * from the geography, the issues in the order of their columns.
 *
 * seao_rows, the loader's function, reads the same rows in a first pass,
 * into a store of its own, keeping the references and a fingerprint of
 * each notice's rows; seao_load.c then compares the notices with earlier
 * loads and returns what changed.  Its rows also hold, for each bid that
 * is no purchase and loads a value NULL (seao_bids.c), a row of the bid's
 * issues without an amount, under the bid's reference.
 *
 *-------------------------------------------------------------------------
 */
#include "seao_rows.h"

#include <string.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "currency.h"
#include "geography.h"
#include "locate.h"
#include "neq_core.h"
#include "registry.h"
#include "refcache.h"

/* cag_ovt.load_progress: a NOTICE every that many notices or releases */
static int	load_progress = 0;

void
cag_seao_define_gucs(void)
{
	DefineCustomIntVariable("cag_ovt.load_progress",
							"Reports the progress of the SEAO loaders every that many notices or releases.",
							"0 turns the reports off.  A report says how many bytes of the document were read.",
							&load_progress,
							0, 0, INT_MAX,
							PGC_USERSET, 0,
							NULL, NULL, NULL);
}

/*
 * The columns' names, as the functions declare them.  The loader's function
 * of 1.2 declares the columns its statement tests first (source_ref,
 * status, amount, issue_fields) at the start of its rows: a scan reads a
 * row's values up to the last column it tests, and the statement scans
 * every row several times.  Its columns are found by name.
 */
static const char *const col_names[NCOLS_ALL] = {
	[COL_NOTICE] = "notice",
	[COL_OCID] = "ocid",
	[COL_RELEASE_ID] = "release_id",
	[COL_RELEASE_DATE] = "release_date",
	[COL_ORDINAL] = "ordinal",
	[COL_SOURCE_REF] = "source_ref",
	[COL_PURCHASED_ON] = "purchased_on",
	[COL_BUYER] = "buyer",
	[COL_BUYER_POSTAL_CODE] = "buyer_postal_code",
	[COL_BUYER_REGION] = "buyer_region",
	[COL_DELIVERY_REGION] = "delivery_region",
	[COL_DELIVERY_REGIONS] = "delivery_regions",
	[COL_SUPPLIER_NAME] = "supplier_name",
	[COL_SUPPLIER_NEQ] = "supplier_neq",
	[COL_SUPPLIER_PROVINCE] = "supplier_province",
	[COL_SUPPLIER_POSTAL_CODE] = "supplier_postal_code",
	[COL_SUPPLIER_COUNTRY] = "supplier_country",
	[COL_CATEGORY] = "category",
	[COL_DESCRIPTION] = "description",
	[COL_AMOUNT] = "amount",
	[COL_ISSUE_FIELDS] = "issue_fields",
	[COL_ISSUE_VALUES] = "issue_values",
	[COL_ISSUE_REASONS] = "issue_reasons",
	[COL_STATUS] = "status",
	[COL_DIGEST] = "digest",
	[COL_REFS] = "refs",
	[COL_STALE_REFS] = "stale_refs",
	[COL_CLEAR_REFS] = "clear_refs",
	[COL_ENTERED_AT] = "entered_at",
	[COL_EXPORT_END] = "export_end",
	[COL_CURRENT_SOURCE] = "current_source",
	[COL_SUPPLIER_CITY] = "supplier_city",
	[COL_BUYER_CITY] = "buyer_city",
	[COL_BUYER_ID] = "buyer_id",
	[COL_BUYER_LOCATED_BY] = "buyer_located_by",
	[COL_CURRENCY] = "currency"
};

/* Where each column is in the loader's rows (r->attnum). */
static void
loader_columns(SeaoRows *r)
{
	int			c;
	int			i;

	for (c = 0; c < NCOLS_ALL; c++)
		r->attnum[c] = -1;
	if (r->legacy)
	{
		/* 1.1's: the first columns, in their order */
		for (c = 0; c < r->desc->natts; c++)
			r->attnum[c] = c;
		return;
	}
	for (i = 0; i < r->desc->natts; i++)
	{
		const char *name = NameStr(TupleDescAttr(r->desc, i)->attname);

		for (c = 0; c < NCOLS_ALL; c++)
			if (strcmp(col_names[c], name) == 0)
				break;
		if (c == NCOLS_ALL || r->attnum[c] >= 0)
			elog(ERROR, "SEAO load function declared with an unexpected column \"%s\"", name);
		r->attnum[c] = i;
		if (c != i)
			r->reordered = true;
	}
}

/* How a column is folded into the fingerprint (digest_column). */
typedef enum DigestKind
{
	DIGEST_INT32,				/* by value, up to 4 bytes */
	DIGEST_INT64,				/* by value, 8 bytes */
	DIGEST_FIXED,				/* by reference, of a fixed length */
	DIGEST_ARRAY,
	DIGEST_VARLENA
} DigestKind;

/*
 * The columns of the rows' fingerprint, and how each is folded.  What the
 * file says, but not where the notice is in the file and which release it
 * came from, nor where the reference tables place the buyer today (nor the
 * loader's own columns, status to current_source): the same content in
 * another file or release, loaded again after the tables changed, has the
 * same fingerprint.
 */
static void
digest_columns(SeaoRows *r)
{
	int			col;

	r->ndigest_cols = 0;
	for (col = 0; col < NCOLS_ALL && col < r->desc->natts; col++)
	{
		Form_pg_attribute att;

		if (col == COL_RELEASE_ID || col == COL_RELEASE_DATE || col == COL_ORDINAL ||
			col == COL_BUYER_REGION || col == COL_BUYER_LOCATED_BY ||
			(col >= NCOLS && col < COL_SUPPLIER_CITY))
			continue;
		att = TupleDescAttr(r->desc, r->attnum[col]);
		if (att->attbyval)
			r->digest_kind[col] = att->attlen == 8 ? DIGEST_INT64 : DIGEST_INT32;
		else if (att->attlen > 0)
			r->digest_kind[col] = DIGEST_FIXED;
		else if (att->attndims > 0 || type_is_array(att->atttypid))
			r->digest_kind[col] = DIGEST_ARRAY;
		else
			r->digest_kind[col] = DIGEST_VARLENA;
		r->digest_cols[r->ndigest_cols++] = col;
	}
}

SeaoRows *
seao_rows_begin(FunctionCallInfo fcinfo, SeaoFormat format, const char *source)
{
	SeaoRows   *r = palloc0(sizeof(SeaoRows));
	bool		loader = source != NULL;

	InitMaterializedSRF(fcinfo, 0);
	r->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	r->desc = r->rsinfo->setDesc;
	r->store = r->rsinfo->setResult;
	r->source = source;
	/*
	 * A database still at 1.1 declares the loader's function with fewer
	 * columns, and both functions without the parties' addresses.
	 */
	r->legacy = loader && r->desc->natts == NCOLS_LOADER_1_1;
	if (r->desc->natts != (loader ? NCOLS_ALL : NCOLS + NCOLS_ADDED) && !r->legacy &&
		!(!loader && r->desc->natts == NCOLS))
		elog(ERROR, "SEAO parse function declared with %d columns, expected %d",
			 r->desc->natts, loader ? NCOLS_ALL : NCOLS + NCOLS_ADDED);
	if (loader)
	{
		HASHCTL		ctl;
		MemoryContext old;

		/*
		 * A first pass into a store of our own, like the result's (it may
		 * become the result: seao_load.c), in its memory.
		 */
		old = MemoryContextSwitchTo(r->rsinfo->econtext->ecxt_per_query_memory);
		r->store = tuplestore_begin_heap((r->rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
										 false, work_mem);
		MemoryContextSwitchTo(old);
		r->noticecxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO notices",
											 ALLOCSET_DEFAULT_SIZES);
		r->refcxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO notice refs",
										  ALLOCSET_DEFAULT_SIZES);
		ctl.keysize = NOTICE_KEY_LEN;
		ctl.entrysize = sizeof(NoticeEntry);
		ctl.hcxt = r->noticecxt;
		r->notices = hash_create("SEAO notices", 1024, &ctl,
								 HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
		r->learner = cag_registry_learner_create(r->noticecxt);
		seao_bids_begin(r);
		loader_columns(r);
		digest_columns(r);
	}
	r->rowcxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO row",
									  ALLOCSET_DEFAULT_SIZES);
	r->region_type = cag_type_oid("qc_region");
	r->what = format == SEAO_XML ? "notices" : "releases";
	r->format = format == SEAO_XML ? "xml" : "ocds";
	r->count = 0;
	return r;
}

void
seao_rows_without_bids(SeaoRows *r)
{
	r->no_bids = true;
}

void
rows_put(SeaoRows *r, Tuplestorestate *store)
{
	Datum		values[NCOLS_ALL];
	bool		nulls[NCOLS_ALL];

	if (r->source != NULL && r->reordered)
	{
		/* the loader's of 1.2 */
		int			c;

		for (c = 0; c < NCOLS_ALL; c++)
		{
			values[r->attnum[c]] = r->values[c];
			nulls[r->attnum[c]] = r->nulls[c];
		}
		tuplestore_putvalues(store, r->desc, values, nulls);
		return;
	}
	if (r->source != NULL || r->desc->natts == NCOLS)
	{
		/* the loader's order (1.1's: its first columns), or the parsers' of 1.1 */
		tuplestore_putvalues(store, r->desc, r->values, r->nulls);
		return;
	}
	/* the parsers' columns of 1.2: those of 1.1, then those 1.2 added */
	memcpy(values, r->values, sizeof(Datum) * NCOLS);
	memcpy(nulls, r->nulls, sizeof(bool) * NCOLS);
	memcpy(values + NCOLS, r->values + NCOLS_LOADER, sizeof(Datum) * NCOLS_ADDED);
	memcpy(nulls + NCOLS, r->nulls + NCOLS_LOADER, sizeof(bool) * NCOLS_ADDED);
	tuplestore_putvalues(store, r->desc, values, nulls);
}

/* Text already in the server encoding (notice numbers, references). */
void
rows_set_text(SeaoRows *r, int col, const char *str)
{
	if (str != NULL)
		rows_set(r, col, PointerGetDatum(cstring_to_text(str)));
}

Datum
rows_text_array(const char **items, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * n);
	int			i;

	for (i = 0; i < n; i++)
		elems[i] = PointerGetDatum(cstring_to_text(items[i] ? items[i] : ""));
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * Fold a column of the row being emitted into the notice's fingerprint:
 * NULL, or its value (an integer as such, other values as their bytes,
 * their length first; see fingerprint_core.h).
 */
static inline void
digest_column(SeaoRows *r, int col)
{
	CagFingerprint *fp = &r->digest;
	Datum		d = r->values[col];

	if (r->nulls[col])
	{
		cag_fingerprint_null(fp);
		return;
	}
	switch ((DigestKind) r->digest_kind[col])
	{
		case DIGEST_INT32:
			cag_fingerprint_int32(fp, DatumGetInt32(d));
			return;
		case DIGEST_INT64:
			cag_fingerprint_int64(fp, DatumGetInt64(d));
			return;
		case DIGEST_FIXED:
			cag_fingerprint_bytes(fp, DatumGetPointer(d),
								  TupleDescAttr(r->desc, r->attnum[col])->attlen);
			return;
		case DIGEST_ARRAY:
			{
				/*
				 * An array's header holds the OID of its element type, which
				 * is not the same in another database (qc_region is created
				 * anew by each CREATE EXTENSION): the fingerprint takes its
				 * number of dimensions and what follows the header.
				 */
				ArrayType  *a = DatumGetArrayTypeP(d);
				const char *from = (const char *) ARR_DIMS(a);

				cag_fingerprint_word(fp, (uint64) ARR_NDIM(a));
				cag_fingerprint_bytes(fp, from, VARSIZE(a) - (from - (const char *) a));
				return;
			}
		case DIGEST_VARLENA:
			cag_fingerprint_bytes(fp, VARDATA_ANY(DatumGetPointer(d)),
								  VARSIZE_ANY_EXHDR(DatumGetPointer(d)));
			return;
	}
}

/* An issue as the row reports it, in the server encoding. */
typedef struct RowIssue
{
	const char *field;			/* ASCII */
	const char *value;			/* or NULL */
	const char *reason;
} RowIssue;

typedef struct RowIssues
{
	RowIssue	items[SEAO_MAX_ISSUES];
	int			n;
} RowIssues;

/* Text in UTF-8 to the server encoding, characters it lacks as "?". */
static char *
to_server_lossy(const char *utf8)
{
	return utf8 == NULL ? NULL : cag_utf8_message_to_server(utf8);
}

static void
add_issue(RowIssues *issues, SeaoField field, const char *value, const char *reason)
{
	RowIssue   *issue;

	if (issues->n >= SEAO_MAX_ISSUES)
		return;
	issue = &issues->items[issues->n++];
	issue->field = seao_field_names[field];
	issue->value = to_server_lossy(value);
	issue->reason = to_server_lossy(reason);
}

/*
 * A text column of the row, in the server encoding.  False when the text
 * holds a character the database encoding cannot store: the column stays
 * NULL (row_issues says why).
 */
static bool
row_text(SeaoRows *r, const SeaoRow *row, int col, SeaoField field)
{
	const SeaoText *t = &row->text[field];
	char	   *server;
	int			enc;

	if (t->str == NULL)
		return true;
	enc = GetDatabaseEncoding();
	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		rows_set(r, col, PointerGetDatum(cstring_to_text_with_len(t->str, (int) t->len)));
		return true;
	}
	if (!cag_utf8_to_server_noerror(pnstrdup(t->str, t->len), &server))
		return false;
	rows_set(r, col, PointerGetDatum(cstring_to_text(server)));
	return true;
}

/*
 * A purchase in another currency than CAD without a usable exchange rate
 * counts with no amount in dollars (purchases.amount_cad NULL): an issue
 * says so, and what the DBA can do.
 */
static void
row_rate(const SeaoRow *row, RowIssues *issues)
{
	Datum		cad;
	CagRateStatus status;

	if (!row->purchase || strcmp(row->currency, "CAD") == 0 || !row->has_date)
		return;
	if (!cag_amount_in_cad(NumericGetDatum(int64_div_fast_to_numeric(row->cents, 2)), row->currency,
						   row->date, &cad, &status))
		add_issue(issues, SEAO_F_CURRENCY, row->currency,
				  cag_rate_missing_reason(row->currency, row->date, status));
}

/* The text columns, by the field their issues are about. */
static const int text_column[SEAO_F_COUNT] = {
	[SEAO_F_AMOUNT] = -1,
	[SEAO_F_CURRENCY] = -1,
	[SEAO_F_PURCHASED_ON] = -1,
	[SEAO_F_BUYER] = COL_BUYER,
	[SEAO_F_BUYER_REGION] = -1,
	[SEAO_F_DELIVERY_REGION] = -1,
	[SEAO_F_SUPPLIER_NAME] = COL_SUPPLIER_NAME,
	[SEAO_F_SUPPLIER_NEQ] = -1,
	[SEAO_F_SUPPLIER_PROVINCE] = COL_SUPPLIER_PROVINCE,
	[SEAO_F_SUPPLIER_POSTAL_CODE] = -1,
	[SEAO_F_SUPPLIER_COUNTRY] = COL_SUPPLIER_COUNTRY,
	[SEAO_F_CATEGORY] = -1,
	[SEAO_F_DESCRIPTION] = COL_DESCRIPTION,
	[SEAO_F_SUPPLIER_CITY] = COL_SUPPLIER_CITY,
	[SEAO_F_BUYER_CITY] = COL_BUYER_CITY,
	[SEAO_F_BUYER_ID] = COL_BUYER_ID,
};

/*
 * The issues of a row, field by field in the order of SeaoField: a text's
 * own issue first (unstorable[f]: its text holds a character the database
 * encoding cannot store, and is left NULL), then the rules', and for the
 * currency, whether the amount has a value in Canadian dollars.  A row
 * that is not a purchase has only the rules' issue that says why.
 */
static void
row_issues(const SeaoRow *row, const bool *unstorable, RowIssues *issues)
{
	int			f;
	int			i;

	issues->n = 0;
	for (f = 0; f < SEAO_F_COUNT; f++)
	{
		if (unstorable[f] && row->purchase)
			add_issue(issues, (SeaoField) f,
					  pnstrdup(row->text[f].str, row->text[f].len),
					  psprintf("The value holds a character that the database encoding (%s) cannot store.",
							   GetDatabaseEncodingName()));
		for (i = 0; i < row->nissues; i++)
			if (row->issues[i].field == (SeaoField) f)
				add_issue(issues, row->issues[i].field, row->issues[i].value,
						  row->issues[i].reason);
		if (f == SEAO_F_CURRENCY)
			row_rate(row, issues);
	}
}

/* The text columns and the issues (row_issues). */
static void
row_texts_and_issues(SeaoRows *r, const SeaoRow *row, RowIssues *issues)
{
	bool		unstorable[SEAO_F_COUNT] = {0};
	int			f;

	for (f = 0; f < SEAO_F_COUNT; f++)
		if (text_column[f] >= 0)
			unstorable[f] = !row_text(r, row, text_column[f], (SeaoField) f);
	row_issues(row, unstorable, issues);
}

/* The delivery regions of a parsed SEAO list. */
static void
row_delivery(SeaoRows *r, const SeaoRegionList *list)
{
	Datum		elems[17];
	int			n = 0;
	int			code;
	int			single = seao_delivery_region(list);

	if (single != 0)
	{
		rows_set(r, COL_DELIVERY_REGION, CharGetDatum((char) single));
		return;
	}
	/* several regions, or outside Québec (an empty list when only that) */
	for (code = 1; code <= 17; code++)
		if (list->regions & (UINT32_C(1) << code))
			elems[n++] = CharGetDatum((char) code);
	rows_set(r, COL_DELIVERY_REGIONS,
			PointerGetDatum(construct_array(elems, n, r->region_type, 1, true, TYPALIGN_CHAR)));
}

static void
row_issue_arrays(SeaoRows *r, const RowIssues *issues)
{
	const char *fields[SEAO_MAX_ISSUES];
	const char *reasons[SEAO_MAX_ISSUES];
	Datum		values[SEAO_MAX_ISSUES];
	bool		nulls[SEAO_MAX_ISSUES];
	int			dims[1];
	int			lbs[1] = {1};
	int			i;

	if (issues->n == 0)
		return;
	for (i = 0; i < issues->n; i++)
	{
		fields[i] = issues->items[i].field;
		reasons[i] = issues->items[i].reason;
		nulls[i] = issues->items[i].value == NULL;
		values[i] = nulls[i] ? (Datum) 0 :
			PointerGetDatum(cstring_to_text(issues->items[i].value));
	}
	dims[0] = issues->n;
	rows_set(r, COL_ISSUE_FIELDS, rows_text_array(fields, issues->n));
	rows_set(r, COL_ISSUE_VALUES,
			PointerGetDatum(construct_md_array(values, nulls, 1, dims, lbs, TEXTOID,
											   -1, false, TYPALIGN_INT)));
	rows_set(r, COL_ISSUE_REASONS, rows_text_array(reasons, issues->n));
}

/* The loader keeps a reference of the notice (in the notice's memory). */
static void
row_ref(SeaoRows *r, const char *ref, bool purchase)
{
	/* in the notice's memory, which lives until seao_rows_notice_end */
	MemoryContext old = MemoryContextSwitchTo(r->refcxt);

	if (r->nrefs == r->maxrefs)
	{
		r->maxrefs = r->maxrefs ? r->maxrefs * 2 : 8;
		r->refs = r->refs ? repalloc(r->refs, sizeof(char *) * r->maxrefs)
			: palloc(sizeof(char *) * r->maxrefs);
		r->ref_purchase = r->ref_purchase ? repalloc(r->ref_purchase, sizeof(bool) * r->maxrefs)
			: palloc(sizeof(bool) * r->maxrefs);
	}
	r->refs[r->nrefs] = pstrdup(ref);
	r->ref_purchase[r->nrefs] = purchase;
	r->nrefs++;
	MemoryContextSwitchTo(old);
}

/* The loader keeps the notice's references and the rows' fingerprint. */
static void
row_record(SeaoRows *r, bool purchase)
{
	int			i;

	if (!r->nulls[COL_SOURCE_REF])
		row_ref(r, TextDatumGetCString(r->values[COL_SOURCE_REF]), purchase);
	/* (the columns of digest_columns) */
	for (i = 0; i < r->ndigest_cols; i++)
		digest_column(r, r->digest_cols[i]);
}

/* A text of the row as a party's string (UTF-8, not NUL-terminated). */
static const char *
row_str(const SeaoRow *row, SeaoField field, size_t *len)
{
	*len = row->text[field].len;
	return row->text[field].str;
}

/*
 * What the loader learns of a party located by its address (not by the
 * registry itself): known_parties, at the end of the pass.
 */
static void
row_learn(SeaoRows *r, const SeaoRowId *id, const CagPartyAddress *a, const CagLocation *loc,
		  const CagPartyFacts *pf)
{
	int32		name_municipality = -1;

	if (r->learner == NULL || loc->region == 0 || loc->region_rule == CAG_EV_REGISTRY ||
		loc->region_rule == CAG_EV_REGION || loc->region_rule == CAG_EV_MUNICIPALITY)
		return;
	if (pf->name_looked_up && pf->name.municipality >= 0 &&
		cag_region_of_prefix(pf->name.municipality / 1000, a->as_of) == loc->region)
		name_municipality = pf->name.municipality;
	cag_registry_learn(r->learner, a->party, a->name, a->name_len, a->id, a->id_len,
					   loc->region, name_municipality, pf->facts.has_postal_code,
					   pf->facts.postal_code, a->city, a->city_len, r->source, id->source_ref,
					   a->as_of);
}

/*
 * Where the buyer is on the purchase date, as the trigger of purchases
 * finds it: its postal code, city, name and identifier (locate.h).
 */
static void
row_buyer(SeaoRows *r, const SeaoRowId *id, const SeaoRow *row)
{
	CagPartyAddress a;
	CagPartyFacts facts;
	CagLocation loc;
	const char *how;

	cag_party_address_init(&a, CAG_PARTY_BUYER, row->date);
	a.has_postal_code = row->has_buyer_postal_code;
	a.postal_code = row->buyer_postal_code;
	a.city = row_str(row, SEAO_F_BUYER_CITY, &a.city_len);
	a.name = row_str(row, SEAO_F_BUYER, &a.name_len);
	a.id = row_str(row, SEAO_F_BUYER_ID, &a.id_len);
	cag_locate_party(&a, false, &loc, &facts);
	if (row->purchase)
		row_learn(r, id, &a, &loc, &facts);
	if (loc.region == 0)
		return;
	rows_set(r, COL_BUYER_REGION, CharGetDatum((char) loc.region));
	how = cag_region_rule_text(&loc, CAG_PARTY_BUYER);
	rows_set(r, COL_BUYER_LOCATED_BY, CStringGetTextDatum(how));
}

/* Loader: where the supplier of a purchase is, to learn it. */
static void
row_supplier(SeaoRows *r, const SeaoRowId *id, const SeaoRow *row)
{
	CagPartyAddress a;
	CagPartyFacts facts;
	CagLocation loc;
	char		neq[11];

	cag_party_address_init(&a, CAG_PARTY_SUPPLIER, row->date);
	a.has_postal_code = row->has_supplier_postal_code;
	a.postal_code = row->supplier_postal_code;
	a.city = row_str(row, SEAO_F_SUPPLIER_CITY, &a.city_len);
	a.name = row_str(row, SEAO_F_SUPPLIER_NAME, &a.name_len);
	a.province = row_str(row, SEAO_F_SUPPLIER_PROVINCE, &a.province_len);
	a.country = row_str(row, SEAO_F_SUPPLIER_COUNTRY, &a.country_len);
	if (row->has_supplier_neq)
	{
		neq_format(row->supplier_neq, neq);
		a.id = neq;
		a.id_len = strlen(neq);
	}
	cag_locate_party(&a, false, &loc, &facts);
	row_learn(r, id, &a, &loc, &facts);
}

void
seao_rows_learn(SeaoRows *r)
{
	if (r->learner != NULL)
		(void) cag_registry_learner_finish(r->learner);
}

/* The columns that say which notice and row a row of the loader is. */
static void
row_id(SeaoRows *r, const SeaoRowId *id)
{
	rows_set_text(r, COL_NOTICE, id->notice);
	rows_set_text(r, COL_OCID, id->ocid);
	rows_set_text(r, COL_RELEASE_ID, id->version.release_id);
	if (id->version.has_release_date)
		rows_set(r, COL_RELEASE_DATE, TimestampTzGetDatum(id->version.release_date));
	rows_set(r, COL_ORDINAL, Int32GetDatum(id->ordinal));
	rows_set_text(r, COL_SOURCE_REF, id->source_ref);
}

void
seao_rows_emit(SeaoRows *r, const SeaoRowId *id, const SeaoRow *row)
{
	MemoryContext old = MemoryContextSwitchTo(r->rowcxt);
	RowIssues	issues;

	rows_clear(r);
	row_id(r, id);

	row_texts_and_issues(r, row, &issues);
	if (row->has_date)
		rows_set(r, COL_PURCHASED_ON, DateADTGetDatum(row->date));
	if (row->has_buyer_postal_code)
		rows_set(r, COL_BUYER_POSTAL_CODE, Int32GetDatum(row->buyer_postal_code));
	if (row->has_date)
		row_buyer(r, id, row);
	if (row->has_date && row->purchase && r->learner != NULL)
		row_supplier(r, id, row);
	if (row->has_delivery)
		row_delivery(r, &row->delivery);
	if (row->has_supplier_neq)
		rows_set(r, COL_SUPPLIER_NEQ, Int64GetDatum(row->supplier_neq));
	if (row->has_supplier_postal_code)
		rows_set(r, COL_SUPPLIER_POSTAL_CODE, Int32GetDatum(row->supplier_postal_code));
	if (row->has_category)
		rows_set(r, COL_CATEGORY, Int32GetDatum(row->category));
	if (row->purchase)
	{
		rows_set(r, COL_AMOUNT, NumericGetDatum(int64_div_fast_to_numeric(row->cents, 2)));
		rows_set_text(r, COL_CURRENCY, row->currency);
	}
	row_issue_arrays(r, &issues);

	if (r->source != NULL)
		row_record(r, row->purchase);
	rows_put(r, r->store);
	MemoryContextSwitchTo(old);
	MemoryContextReset(r->rowcxt);
}

/*
 * Loader: the values a bid loads NULL (seao_bids.c), as a row of the
 * notice without a purchase, under the bid's reference (id->source_ref),
 * whose issues are those its bidder's row would have as a purchase.  The
 * reference joins the notice's (load_notices.source_refs), so that a new
 * version of the notice replaces the issues.  (The row counts in no
 * fingerprint: the bid's, seao_rows_bid_digest, covers the texts the issues
 * come from, and a load without the bids keeps its notice's rows' one.)
 */
void
seao_rows_bid_issues(SeaoRows *r, const SeaoRowId *id, const SeaoRow *bidder,
					 const bool *unstorable)
{
	MemoryContext old = MemoryContextSwitchTo(r->rowcxt);
	RowIssues	issues;
	int			i;

	row_issues(bidder, unstorable, &issues);
	if (issues.n > 0)
	{
		rows_clear(r);
		row_id(r, id);
		row_issue_arrays(r, &issues);
		rows_put(r, r->store);
		/* (a winner left out has its reference already) */
		for (i = 0; i < r->nrefs; i++)
			if (strcmp(r->refs[i], id->source_ref) == 0)
				break;
		if (i == r->nrefs)
			row_ref(r, id->source_ref, false);
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(r->rowcxt);
}

void
seao_rows_notice_begin(SeaoRows *r)
{
	if (r->refcxt)
		MemoryContextReset(r->refcxt);
	cag_fingerprint_init(&r->digest);
	cag_fingerprint_init(&r->digest_bids);
	r->nbids = 0;
	r->refs = NULL;
	r->ref_purchase = NULL;
	r->nrefs = 0;
	r->maxrefs = 0;
}

/*
 * The reports of cag_ovt.load_progress, which cag_ovt-load reads: "cag_ovt
 * progress: 1500 notices read, byte 2100000 of 4311568" while reading,
 * every load_progress notices and once at the end, then (the loader) what
 * it writes.
 */
static void
report_progress(const SeaoRows *r)
{
	ereport(NOTICE,
			(errmsg("cag_ovt progress: %lld %s read, byte %llu of %llu",
					(long long) r->count, r->what, (unsigned long long) r->done,
					(unsigned long long) r->size)));
}

void
seao_rows_progress(SeaoRows *r, uint64 done, uint64 total)
{
	r->count++;
	r->done = done;
	r->size = total;
	if (load_progress > 0 && r->count % load_progress == 0)
		report_progress(r);
}

void
seao_rows_progress_end(SeaoRows *r, long notices, int64 rows)
{
	if (load_progress <= 0)
		return;
	if (r->count % load_progress != 0 || r->count == 0)
	{
		r->done = r->size;
		report_progress(r);
	}
	if (r->source != NULL)
		ereport(NOTICE,
				(errmsg("cag_ovt progress: writing %lld rows of %ld new or changed %s",
						(long long) rows, notices, r->what)));
}

