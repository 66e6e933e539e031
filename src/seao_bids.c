/*-------------------------------------------------------------------------
 *
 * seao_bids.c
 *	  SEAO open data: the loader's bids (cag_ovt.tender_bids).
 *
 * The adapters hand the loader every bidder of a notice (seao_rows_bid),
 * besides the rows of its winners, and what the file says of it first
 * (seao_rows_bid_digest: a bid that changes makes its notice "changed", as
 * a purchase does).  The loader keeps the bids of the
 * first pass here and, once it
 * knows which notices are new or changed (seao_load.c), replaces their
 * bids in cag_ovt.tender_bids: the bids of a notice (format, notice) are those of
 * the version of the notice that counts, never added twice.  The rows it
 * inserts are located and classed by the table's trigger, the purchases'
 * (classify_purchase_trigger): the same rules as suppliers.
 *
 * A database still at 1.1 has no bids table: nothing is kept.  A role that
 * may not write the table loads its purchases all the same, with a
 * WARNING.  A load without the bids (bids => false) writes none: the
 * notices it replaces lose theirs (those of the versions replaced), and
 * their fingerprint is that of their rows alone, so that a later load with
 * the bids finds them changed and writes their bids.
 *
 *-------------------------------------------------------------------------
 */
#include "seao_rows.h"

#include <string.h>

#include "catalog/namespace.h"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/typcache.h"
#include "utils/tuplestore.h"

#include "refcache.h"

/* The values of a bid, in the order of the INSERT's arrays. */
typedef enum BidCol
{
	B_NOTICE,
	B_OCID,
	B_BIDDER,					/* int4 */
	B_PROCEDURE,
	B_NOTICE_TYPE,
	B_SUPPLIER_NAME,
	B_SUPPLIER_NEQ,
	B_SUPPLIER_CITY,
	B_SUPPLIER_POSTAL_CODE,
	B_SUPPLIER_PROVINCE,
	B_SUPPLIER_COUNTRY,
	B_AMOUNT,
	B_UNIT,
	B_CURRENCY,
	B_CONFORMING,				/* bool */
	B_ADMISSIBLE,				/* bool */
	B_IS_WINNER,				/* bool */
	B_PUBLISHED_ON,				/* date */
	B_CLOSES_ON,				/* date */
	B_PURCHASED_ON,				/* date */
	B_BUYER,
	B_BUYER_POSTAL_CODE,
	B_BUYER_CITY,
	B_BUYER_ID,
	B_DELIVERY_REGION,
	B_DELIVERY_REGIONS,
	B_CATEGORY,
	B_DESCRIPTION,
	NBIDCOLS
} BidCol;

/* A bid being built: its values, in the order of the columns. */
typedef struct BidRow
{
	Datum		values[NBIDCOLS + 1];	/* + the notice's ordinal (int4) */
	bool		nulls[NBIDCOLS + 1];
} BidRow;

#define B_ORDINAL NBIDCOLS

/* Rows per INSERT statement (bounds the arrays' memory). */
#define BIDS_PER_INSERT 200

/*
 * Memory of the bids' tuple store before it goes to disk, in kB: the
 * purchases' rows already hold up to work_mem, and a file has about two
 * bids per purchase; the peak memory of a load stays within 2.5 times the
 * file (bench/seao.sh).
 */
#define BIDS_STORE_KB 256

/*
 * The bids of the first pass: a tuple store (in memory up to
 * BIDS_STORE_KB, then on disk, as the purchases' rows), and its row type.
 */
struct SeaoBidStore
{
	MemoryContext cxt;			/* a bid being built; reset after each */
	Oid			region_type;
	TupleDesc	desc;
	Tuplestorestate *store;
	int64		n;
};

/* The columns of tender_bids the loader fills, in the order of BidCol. */
static const char *const bid_col_names[NBIDCOLS] = {
	"notice", "ocid", "bidder", "procedure", "notice_type", "supplier_name", "supplier_neq",
	"supplier_city", "supplier_postal_code", "supplier_province", "supplier_country",
	"amount_bid", "unit", "currency", "conforming", "admissible", "is_winner", "published_on",
	"closes_on", "purchased_on", "buyer", "buyer_postal_code", "buyer_city", "buyer_id",
	"delivery_region",
	"delivery_regions", "category", "description"
};

/* The type of a column (B_ORDINAL: int4), as the table has it. */
static Oid
bid_col_type(BidCol c)
{
	switch (c)
	{
		case B_BIDDER:
		case B_ORDINAL:
			return INT4OID;
		case B_CONFORMING:
		case B_ADMISSIBLE:
		case B_IS_WINNER:
			return BOOLOID;
		case B_PUBLISHED_ON:
		case B_CLOSES_ON:
		case B_PURCHASED_ON:
			return DATEOID;
		case B_AMOUNT:
			return NUMERICOID;
		case B_SUPPLIER_NEQ:
			return cag_type_oid("neq");
		case B_SUPPLIER_POSTAL_CODE:
		case B_BUYER_POSTAL_CODE:
			return cag_type_oid("postal_code");
		case B_DELIVERY_REGION:
			return cag_type_oid("qc_region");
		case B_DELIVERY_REGIONS:
			return get_array_type(cag_type_oid("qc_region"));
		case B_CATEGORY:
			return cag_type_oid("unspsc");
		default:
			return TEXTOID;
	}
}

void
seao_bids_begin(SeaoRows *r)
{
	struct SeaoBidStore *b;
	int			c;

	if (r->source == NULL || r->legacy)
		return;
	b = palloc0(sizeof(*b));
	b->cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO bid", ALLOCSET_DEFAULT_SIZES);
	b->region_type = cag_type_oid("qc_region");
	b->desc = CreateTemplateTupleDesc(NBIDCOLS + 1);
	for (c = 0; c <= NBIDCOLS; c++)
		TupleDescInitEntry(b->desc, (AttrNumber) (c + 1), NULL, bid_col_type((BidCol) c), -1, 0);
	b->store = tuplestore_begin_heap(false, false, Min(work_mem, BIDS_STORE_KB));
	r->bids = b;
}

/*
 * Text in UTF-8 to the server encoding.  False when it cannot be stored:
 * NULL, and the caller records an issue.
 */
static bool
bid_text(BidRow *b, BidCol c, const char *utf8, size_t len)
{
	char	   *server;

	if (utf8 == NULL)
		return true;
	if (!cag_utf8_to_server_noerror(pnstrdup(utf8, len), &server))
		return false;
	b->values[c] = CStringGetTextDatum(server);
	b->nulls[c] = false;
	return true;
}

/* A text of the bidder's row into the bid; unstorable[field] when lost. */
static void
bid_row_text(BidRow *b, BidCol c, const SeaoRow *bidder, SeaoField field, bool *unstorable)
{
	unstorable[field] = !bid_text(b, c, bidder->text[field].str, bidder->text[field].len);
}

static void
bid_cstring(BidRow *b, BidCol c, const char *ascii)
{
	if (ascii == NULL)
		return;
	b->values[c] = CStringGetTextDatum(ascii);
	b->nulls[c] = false;
}

static void
bid_datum(BidRow *b, BidCol c, bool has, Datum d)
{
	if (!has)
		return;
	b->values[c] = d;
	b->nulls[c] = false;
}

/* Several delivery regions (or none of Québec) as a qc_region[]. */
static Datum
delivery_array(const SeaoRegionList *list, Oid region_type)
{
	Datum		elems[17];
	int			n = 0;
	int			code;

	for (code = 1; code <= 17; code++)
		if (list->regions & (UINT32_C(1) << code))
			elems[n++] = CharGetDatum((char) code);
	return PointerGetDatum(construct_array(elems, n, region_type, 1, true, TYPALIGN_CHAR));
}

/* A date of the notice, or NULL. */
static void
digest_date(CagFingerprint *fp, bool has, int32 date)
{
	if (has)
		cag_fingerprint_int32(fp, date);
	else
		cag_fingerprint_null(fp);
}

/*
 * The bids' fingerprint of the notice (r->digest_bids) takes its bids one
 * after the other: the notice's part with the first (what the notice says
 * is the same for each of its bidders, seao.h), then each bid's own, its
 * position first.
 */
bool
seao_rows_bid_digest(SeaoRows *r, const SeaoPurchaseText *text, const SeaoNoticeBids *nb,
					 int position, bool winner, bool has_date, int32 date,
					 const char *const bid_texts[4])
{
	CagFingerprint *fp = &r->digest_bids;
	const char *const notice_texts[] = {
		text->buyer, text->buyer_postal_code, text->buyer_city, text->buyer_id,
		text->delivery_regions, text->category, text->description
	};
	const char *const bid_own[] = {
		text->supplier_name, text->supplier_neq, text->supplier_province,
		text->supplier_postal_code, text->supplier_country, text->supplier_city,
		bid_texts[0], bid_texts[1], bid_texts[2], bid_texts[3]
	};
	int			i;

	if (r->bids == NULL)
		return !r->no_bids;
	if (r->nbids == 0)
	{
		cag_fingerprint_int32(fp, (int32) nb->procedure);
		cag_fingerprint_int32(fp, nb->type);
		digest_date(fp, nb->has_published, nb->published);
		digest_date(fp, nb->has_closing, nb->closing);
		digest_date(fp, has_date, date);
		for (i = 0; i < (int) lengthof(notice_texts); i++)
			cag_fingerprint_str(fp, notice_texts[i]);
	}
	cag_fingerprint_int32(fp, position);
	cag_fingerprint_int32(fp, winner);
	for (i = 0; i < (int) lengthof(bid_own); i++)
		cag_fingerprint_str(fp, bid_own[i]);
	r->nbids++;
	return !r->no_bids;
}

void
seao_rows_bid(SeaoRows *r, const SeaoRowId *id, const SeaoRow *bidder, const SeaoNoticeBids *nb,
			  int position, const SeaoBid *bid, bool winner, bool purchase)
{
	struct SeaoBidStore *s = r->bids;
	MemoryContext old;
	BidRow		row;
	BidRow	   *b = &row;
	bool		unstorable[SEAO_F_COUNT] = {0};
	char		buf[16];
	int			single;
	int			c;

	if (s == NULL)
		return;
	if (r->no_bids)
		return;
	old = MemoryContextSwitchTo(s->cxt);
	for (c = 0; c <= NBIDCOLS; c++)
	{
		b->values[c] = (Datum) 0;
		b->nulls[c] = true;
	}
	bid_datum(b, B_ORDINAL, true, Int32GetDatum(id->ordinal));
	bid_cstring(b, B_NOTICE, id->notice);
	bid_cstring(b, B_OCID, id->ocid);
	bid_datum(b, B_BIDDER, true, Int32GetDatum(position));
	bid_cstring(b, B_PROCEDURE, seao_procedure_name(nb->procedure));
	if (nb->type >= 0)
	{
		snprintf(buf, sizeof(buf), "%d", nb->type);
		bid_cstring(b, B_NOTICE_TYPE, buf);
	}
	bid_row_text(b, B_SUPPLIER_NAME, bidder, SEAO_F_SUPPLIER_NAME, unstorable);
	bid_datum(b, B_SUPPLIER_NEQ, bidder->has_supplier_neq, Int64GetDatum(bidder->supplier_neq));
	bid_row_text(b, B_SUPPLIER_CITY, bidder, SEAO_F_SUPPLIER_CITY, unstorable);
	bid_datum(b, B_SUPPLIER_POSTAL_CODE, bidder->has_supplier_postal_code,
			  Int32GetDatum(bidder->supplier_postal_code));
	bid_row_text(b, B_SUPPLIER_PROVINCE, bidder, SEAO_F_SUPPLIER_PROVINCE, unstorable);
	bid_row_text(b, B_SUPPLIER_COUNTRY, bidder, SEAO_F_SUPPLIER_COUNTRY, unstorable);
	/* (a decimal that seao_bid_parse checked) */
	bid_datum(b, B_AMOUNT, bid->amount != NULL,
			  bid->amount ? DirectFunctionCall3(numeric_in, CStringGetDatum(bid->amount),
												ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1))
			  : (Datum) 0);
	bid_text(b, B_UNIT, bid->unit, bid->unit ? strlen(bid->unit) : 0);
	bid_cstring(b, B_CURRENCY, bid->currency);
	bid_datum(b, B_CONFORMING, bid->conforming >= 0, BoolGetDatum(bid->conforming == 1));
	bid_datum(b, B_ADMISSIBLE, bid->admissible >= 0, BoolGetDatum(bid->admissible == 1));
	bid_datum(b, B_IS_WINNER, true, BoolGetDatum(winner));
	bid_datum(b, B_PUBLISHED_ON, nb->has_published, DateADTGetDatum(nb->published));
	bid_datum(b, B_CLOSES_ON, nb->has_closing, DateADTGetDatum(nb->closing));
	bid_datum(b, B_PURCHASED_ON, bidder->has_date, DateADTGetDatum(bidder->date));
	bid_row_text(b, B_BUYER, bidder, SEAO_F_BUYER, unstorable);
	bid_datum(b, B_BUYER_POSTAL_CODE, bidder->has_buyer_postal_code,
			  Int32GetDatum(bidder->buyer_postal_code));
	bid_row_text(b, B_BUYER_CITY, bidder, SEAO_F_BUYER_CITY, unstorable);
	bid_row_text(b, B_BUYER_ID, bidder, SEAO_F_BUYER_ID, unstorable);
	if (bidder->has_delivery)
	{
		/* one region of Québec; else several, or none (outside Québec) */
		single = seao_delivery_region(&bidder->delivery);
		if (single != 0)
			bid_datum(b, B_DELIVERY_REGION, true, CharGetDatum((char) single));
		else
			bid_datum(b, B_DELIVERY_REGIONS, true,
					  delivery_array(&bidder->delivery, s->region_type));
	}
	bid_datum(b, B_CATEGORY, bidder->has_category, Int32GetDatum(bidder->category));
	bid_row_text(b, B_DESCRIPTION, bidder, SEAO_F_DESCRIPTION, unstorable);

	tuplestore_putvalues(s->store, s->desc, b->values, b->nulls);
	s->n++;
	MemoryContextSwitchTo(old);

	/* what the bid loads NULL: issues, but a purchase's are its own */
	if (!purchase)
		seao_rows_bid_issues(r, id, bidder, unstorable);
	MemoryContextReset(s->cxt);
}

/*
 * Whether the current user may replace bids (without the bids: remove
 * them).  A role that loaded under 1.1 had the privileges the loaders
 * needed then: its loads go on, without the bids, and say so.
 */
static bool
may_write_bids(Oid relid, bool no_bids)
{
	Oid			user = GetUserId();

	if ((no_bids || pg_class_aclcheck(relid, user, ACL_INSERT) == ACLCHECK_OK) &&
		pg_class_aclcheck(relid, user, ACL_DELETE) == ACLCHECK_OK)
		return true;
	if (no_bids)
		ereport(WARNING,
				(errmsg("the bids of the notices this load replaces are not removed from cag_ovt.tender_bids"),
				 errdetail("Role \"%s\" may not delete from table cag_ovt.tender_bids.",
						   GetUserNameFromId(user, false)),
				 errhint("Grant DELETE on cag_ovt.tender_bids to the roles that load SEAO files.")));
	else
		ereport(WARNING,
				(errmsg("the bids of this load are not written into cag_ovt.tender_bids"),
				 errdetail("Role \"%s\" may not insert into or delete from table cag_ovt.tender_bids.",
						   GetUserNameFromId(user, false)),
				 errhint("Grant INSERT and DELETE on cag_ovt.tender_bids to the roles that load SEAO files.")));
	return false;
}

/* (cheap to plan: see tender_bids.notice's statistics in src/bids.sql) */
static const char bids_delete[] =
"DELETE FROM cag_ovt.tender_bids"
" WHERE format OPERATOR(pg_catalog.=) $1 AND notice OPERATOR(pg_catalog.=) ANY ($2)";

static const char bids_insert[] =
"INSERT INTO cag_ovt.tender_bids SELECT * FROM pg_catalog.unnest($1)";

/*
 * Rows of tender_bids for one INSERT: composite values of the table's row
 * type (its columns found by name; the trigger fills class and where the
 * parties are), so that nothing is cast or unnested column by column.
 */
typedef struct BidBatch
{
	MemoryContext cxt;
	TupleDesc	rowdesc;		/* the table's row type */
	int		   *from;			/* per attribute: its BidCol, or -1 source,
								 * -2 format, -3 NULL */
	Datum	   *values;
	bool	   *nulls;
	Datum	   *rows;
	int			n;
	Datum		source;
	Datum		format;
} BidBatch;

static void
batch_begin(BidBatch *batch, SeaoRows *r, Oid relid)
{
	int			i;
	int			c;

	batch->cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO bids batch",
									   ALLOCSET_DEFAULT_SIZES);
	batch->rowdesc = lookup_rowtype_tupdesc_copy(get_rel_type_id(relid), -1);
	batch->from = palloc(sizeof(int) * batch->rowdesc->natts);
	batch->values = palloc(sizeof(Datum) * batch->rowdesc->natts);
	batch->nulls = palloc(sizeof(bool) * batch->rowdesc->natts);
	batch->rows = palloc(sizeof(Datum) * BIDS_PER_INSERT);
	batch->n = 0;
	batch->source = CStringGetTextDatum(r->source);
	batch->format = CStringGetTextDatum(r->format);
	for (i = 0; i < batch->rowdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(batch->rowdesc, i);
		const char *name = NameStr(att->attname);

		batch->from[i] = -3;
		if (att->attisdropped)
			continue;
		if (strcmp(name, "source") == 0 || strcmp(name, "format") == 0)
		{
			batch->from[i] = name[0] == 's' ? -1 : -2;
			continue;
		}
		for (c = 0; c < NBIDCOLS; c++)
			if (strcmp(name, bid_col_names[c]) == 0)
				break;
		if (c == NBIDCOLS)
			continue;
		if (att->atttypid != bid_col_type((BidCol) c))
			elog(ERROR, "column \"%s\" of cag_ovt.tender_bids has type %s, not %s",
				 name, format_type_be(att->atttypid), format_type_be(bid_col_type((BidCol) c)));
		batch->from[i] = c;
	}
}

/* Insert the batch's bids (one statement), and empty it. */
static void
batch_insert(SPIPlanPtr plan, BidBatch *batch)
{
	Datum		arg = PointerGetDatum(construct_array(batch->rows, batch->n,
													  batch->rowdesc->tdtypeid, -1, false,
													  TYPALIGN_DOUBLE));

	if (SPI_execute_plan(plan, &arg, NULL, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "could not insert into cag_ovt.tender_bids");
	MemoryContextReset(batch->cxt);
	batch->n = 0;
}

/* A bid of the store as a row of the table, into the batch. */
static void
batch_add(BidBatch *batch, TupleTableSlot *slot)
{
	MemoryContext old = MemoryContextSwitchTo(batch->cxt);
	int			i;

	slot_getallattrs(slot);
	for (i = 0; i < batch->rowdesc->natts; i++)
	{
		int			from = batch->from[i];

		batch->nulls[i] = from == -3 || (from >= 0 && slot->tts_isnull[from]);
		batch->values[i] = from == -1 ? batch->source : from == -2 ? batch->format :
			batch->nulls[i] ? (Datum) 0 : slot->tts_values[from];
		/* the column's scale (numeric(22,6)), as an INSERT of the value would */
		if (from == B_AMOUNT && !batch->nulls[i] && TupleDescAttr(batch->rowdesc, i)->atttypmod >= 0)
			batch->values[i] = DirectFunctionCall2(numeric, batch->values[i],
												   Int32GetDatum(TupleDescAttr(batch->rowdesc, i)->atttypmod));
	}
	batch->rows[batch->n++] = HeapTupleGetDatum(heap_form_tuple(batch->rowdesc, batch->values,
																  batch->nulls));
	MemoryContextSwitchTo(old);
}

/* The bids of the notices replaced, in statements of BIDS_PER_INSERT rows. */
static void
insert_bids(SeaoRows *r, Oid relid)
{
	struct SeaoBidStore *s = r->bids;
	TupleTableSlot *slot = MakeSingleTupleTableSlot(s->desc, &TTSOpsMinimalTuple);
	BidBatch	batch;
	Oid			argtype;
	SPIPlanPtr	plan;

	batch_begin(&batch, r, relid);
	argtype = get_array_type(batch.rowdesc->tdtypeid);
	plan = SPI_prepare(bids_insert, 1, &argtype);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	tuplestore_rescan(s->store);
	while (tuplestore_gettupleslot(s->store, true, false, slot))
	{
		bool		isnull;
		char	   *notice;
		NoticeEntry *e;

		CHECK_FOR_INTERRUPTS();
		notice = TextDatumGetCString(slot_getattr(slot, B_NOTICE + 1, &isnull));
		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		pfree(notice);
		if (e == NULL || !seao_notice_replaced(e) ||
			e->ordinal != DatumGetInt32(slot_getattr(slot, B_ORDINAL + 1, &isnull)))
			continue;
		batch_add(&batch, slot);
		if (batch.n == BIDS_PER_INSERT)
			batch_insert(plan, &batch);
	}
	if (batch.n > 0)
		batch_insert(plan, &batch);
	SPI_freeplan(plan);
	ExecDropSingleTupleTableSlot(slot);
	MemoryContextDelete(batch.cxt);
}

void
seao_bids_write(SeaoRows *r)
{
	struct SeaoBidStore *s = r->bids;
	Oid			nsp;
	Oid			relid;
	HASH_SEQ_STATUS seq;
	NoticeEntry *e;
	Datum	   *keys;
	int			nkeys = 0;
	Oid			types[2] = {TEXTOID, TEXTARRAYOID};
	Datum		args[2];

	if (s == NULL)
		return;
	nsp = get_namespace_oid("cag_ovt", true);
	relid = OidIsValid(nsp) ? get_relname_relid("tender_bids", nsp) : InvalidOid;
	if (!OidIsValid(relid))
		return;

	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
		if (seao_notice_replaced(e))
			nkeys++;
	if (nkeys == 0 || !may_write_bids(relid, r->no_bids))
		return;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * The notices replaced lose their bids, and get those of the file.  An
	 * empty table (a database that loads without the bids, or its first
	 * load) has none to lose: the DELETE, whose planning estimates each of
	 * the notices, is not run.  (Reading format takes no privilege the
	 * DELETE does not; row security filters both alike.)
	 */
	if (SPI_execute("SELECT format FROM cag_ovt.tender_bids LIMIT 1", true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read cag_ovt.tender_bids");
	if (SPI_processed > 0)
	{
		keys = palloc(sizeof(Datum) * nkeys);
		nkeys = 0;
		hash_seq_init(&seq, r->notices);
		while ((e = hash_seq_search(&seq)) != NULL)
			if (seao_notice_replaced(e))
				keys[nkeys++] = CStringGetTextDatum(e->key);
		args[0] = CStringGetTextDatum(r->format);
		args[1] = PointerGetDatum(construct_array(keys, nkeys, TEXTOID, -1, false,
												  TYPALIGN_INT));
		if (SPI_execute_with_args(bids_delete, 2, types, args, NULL, false, 0) != SPI_OK_DELETE)
			elog(ERROR, "could not delete from cag_ovt.tender_bids");
	}
	if (s->n > 0)
		insert_bids(r, relid);
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed");
}

void
seao_bids_end(SeaoRows *r)
{
	if (r->bids == NULL)
		return;
	tuplestore_end(r->bids->store);
	MemoryContextDelete(r->bids->cxt);
	pfree(r->bids);
	r->bids = NULL;
}
