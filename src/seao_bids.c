/*-------------------------------------------------------------------------
 *
 * seao_bids.c
 *	  SEAO open data: the loader's bids (cag_ovt.tender_bids).
 *
 * The adapters hand the loader every bidder of a notice (seao_rows_bid),
 * besides the rows of its winners.  The loader keeps the bids of the
 * first pass here, folds them into the notice's fingerprint (a bid that
 * changes makes its notice "changed", as a purchase does) and, once it
 * knows which notices are new or changed (seao_load.c), replaces their
 * bids in cag_ovt.tender_bids: the bids of a notice (format, notice) are those of
 * the version of the notice that counts, never added twice.  The rows it
 * inserts are located and classed by the table's trigger, the purchases'
 * (classify_purchase_trigger): the same rules as suppliers.
 *
 * A database still at 1.1 has no bids table: nothing is kept.  A role that
 * may not write the table loads its purchases all the same, with a
 * WARNING.
 *
 *-------------------------------------------------------------------------
 */
#include "seao_rows.h"

#include <string.h>

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "neq_core.h"
#include "postal_code_core.h"

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
	B_DELIVERY_REGION,
	B_DELIVERY_REGIONS,
	B_CATEGORY,
	B_DESCRIPTION,
	NBIDCOLS
} BidCol;

typedef struct BidRow
{
	int			ordinal;		/* the notice's position in the file */
	Datum		values[NBIDCOLS];
	bool		nulls[NBIDCOLS];
} BidRow;

struct SeaoBidStore
{
	MemoryContext cxt;
	BidRow	   *rows;
	int64		n;
	int64		max;
};

static Oid
bid_col_type(BidCol c)
{
	switch (c)
	{
		case B_BIDDER:
			return INT4OID;
		case B_CONFORMING:
		case B_ADMISSIBLE:
		case B_IS_WINNER:
			return BOOLOID;
		case B_PUBLISHED_ON:
		case B_CLOSES_ON:
		case B_PURCHASED_ON:
			return DATEOID;
		default:
			return TEXTOID;
	}
}

void
seao_bids_begin(SeaoRows *r)
{
	struct SeaoBidStore *b;

	if (r->source == NULL || r->legacy)
		return;
	b = MemoryContextAllocZero(CurrentMemoryContext, sizeof(*b));
	b->cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO bids", ALLOCSET_DEFAULT_SIZES);
	r->bids = b;
}

/* Text in UTF-8 to the server encoding; NULL when it cannot be stored. */
static void
bid_text(BidRow *b, BidCol c, const char *utf8, size_t len)
{
	char	   *server;

	if (utf8 == NULL)
		return;
	if (!cag_utf8_to_server_noerror(pnstrdup(utf8, len), &server))
		return;
	b->values[c] = CStringGetTextDatum(server);
	b->nulls[c] = false;
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

/* The row's delivery regions as qc_region[]'s text ("{06,14}"). */
static char *
delivery_list(const SeaoRegionList *list, int *single)
{
	StringInfoData s;
	int			code;

	*single = seao_delivery_region(list);
	if (*single != 0)
		return NULL;
	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	for (code = 1; code <= 17; code++)
		if (list->regions & (UINT32_C(1) << code))
			appendStringInfo(&s, "%s%02d", s.len > 1 ? "," : "", code);
	appendStringInfoChar(&s, '}');
	return s.data;
}

/* Fold a value of the bid into the notice's fingerprint. */
static uint64
digest_bid_value(const BidRow *b, BidCol c, uint64 h)
{
	uint32		mark[2] = {(uint32) (1000 + c), b->nulls[c] ? 0 : 1};

	h = hash_bytes_extended((const unsigned char *) mark, sizeof(mark), h);
	if (b->nulls[c])
		return h;
	if (bid_col_type(c) != TEXTOID)
	{
		Datum		d = b->values[c];

		return hash_bytes_extended((const unsigned char *) &d, sizeof(Datum), h);
	}
	return hash_bytes_extended((const unsigned char *) VARDATA_ANY(DatumGetPointer(b->values[c])),
							   (int) VARSIZE_ANY_EXHDR(DatumGetPointer(b->values[c])), h);
}

void
seao_rows_bid(SeaoRows *r, const SeaoRowId *id, const SeaoRow *bidder, const SeaoNoticeBids *nb,
			  int position, const SeaoBid *bid, bool winner)
{
	struct SeaoBidStore *s = r->bids;
	MemoryContext old;
	BidRow	   *b;
	char		buf[16];
	char	   *regions;
	int			single;
	int			c;

	if (s == NULL)
		return;
	old = MemoryContextSwitchTo(s->cxt);
	if (s->n == s->max)
	{
		s->max = s->max ? s->max * 2 : 1024;
		s->rows = s->rows ? repalloc_huge(s->rows, sizeof(BidRow) * s->max)
			: MemoryContextAllocHuge(s->cxt, sizeof(BidRow) * s->max);
	}
	b = &s->rows[s->n++];
	b->ordinal = id->ordinal;
	for (c = 0; c < NBIDCOLS; c++)
	{
		b->values[c] = (Datum) 0;
		b->nulls[c] = true;
	}
	bid_cstring(b, B_NOTICE, id->notice);
	bid_cstring(b, B_OCID, id->ocid);
	bid_datum(b, B_BIDDER, true, Int32GetDatum(position));
	bid_cstring(b, B_PROCEDURE, seao_procedure_name(nb->procedure));
	if (nb->type >= 0)
	{
		snprintf(buf, sizeof(buf), "%d", nb->type);
		bid_cstring(b, B_NOTICE_TYPE, buf);
	}
	bid_text(b, B_SUPPLIER_NAME, bidder->text[SEAO_F_SUPPLIER_NAME].str,
			 bidder->text[SEAO_F_SUPPLIER_NAME].len);
	if (bidder->has_supplier_neq)
	{
		neq_format(bidder->supplier_neq, buf);
		bid_cstring(b, B_SUPPLIER_NEQ, buf);
	}
	bid_text(b, B_SUPPLIER_CITY, bidder->text[SEAO_F_SUPPLIER_CITY].str,
			 bidder->text[SEAO_F_SUPPLIER_CITY].len);
	if (bidder->has_supplier_postal_code)
	{
		postal_code_format(bidder->supplier_postal_code, buf);
		bid_cstring(b, B_SUPPLIER_POSTAL_CODE, buf);
	}
	bid_text(b, B_SUPPLIER_PROVINCE, bidder->text[SEAO_F_SUPPLIER_PROVINCE].str,
			 bidder->text[SEAO_F_SUPPLIER_PROVINCE].len);
	bid_text(b, B_SUPPLIER_COUNTRY, bidder->text[SEAO_F_SUPPLIER_COUNTRY].str,
			 bidder->text[SEAO_F_SUPPLIER_COUNTRY].len);
	bid_cstring(b, B_AMOUNT, bid->amount);
	bid_text(b, B_UNIT, bid->unit, bid->unit ? strlen(bid->unit) : 0);
	bid_cstring(b, B_CURRENCY, bid->currency);
	bid_datum(b, B_CONFORMING, bid->conforming >= 0, BoolGetDatum(bid->conforming == 1));
	bid_datum(b, B_ADMISSIBLE, bid->admissible >= 0, BoolGetDatum(bid->admissible == 1));
	bid_datum(b, B_IS_WINNER, true, BoolGetDatum(winner));
	bid_datum(b, B_PUBLISHED_ON, nb->has_published, DateADTGetDatum(nb->published));
	bid_datum(b, B_CLOSES_ON, nb->has_closing, DateADTGetDatum(nb->closing));
	bid_datum(b, B_PURCHASED_ON, bidder->has_date, DateADTGetDatum(bidder->date));
	bid_text(b, B_BUYER, bidder->text[SEAO_F_BUYER].str, bidder->text[SEAO_F_BUYER].len);
	if (bidder->has_buyer_postal_code)
	{
		postal_code_format(bidder->buyer_postal_code, buf);
		bid_cstring(b, B_BUYER_POSTAL_CODE, buf);
	}
	if (bidder->has_delivery)
	{
		regions = delivery_list(&bidder->delivery, &single);
		if (single != 0)
		{
			snprintf(buf, sizeof(buf), "%02d", single);
			bid_cstring(b, B_DELIVERY_REGION, buf);
		}
		else
			bid_cstring(b, B_DELIVERY_REGIONS, regions);
	}
	if (bidder->has_category)
	{
		snprintf(buf, sizeof(buf), "%08d", (int) bidder->category);
		bid_cstring(b, B_CATEGORY, buf);
	}
	bid_text(b, B_DESCRIPTION, bidder->text[SEAO_F_DESCRIPTION].str,
			 bidder->text[SEAO_F_DESCRIPTION].len);

	/* what the file says of the bid (not its notice's place in the file) */
	for (c = 0; c < NBIDCOLS; c++)
		r->digest = digest_bid_value(b, (BidCol) c, r->digest);
	MemoryContextSwitchTo(old);
}

/*
 * Whether the current user may replace bids.  A role that loaded under
 * 1.1 had the privileges the loaders needed then: its loads go on,
 * without the bids, and say so.
 */
static bool
may_write_bids(Oid relid)
{
	Oid			user = GetUserId();

	if (pg_class_aclcheck(relid, user, ACL_INSERT) == ACLCHECK_OK &&
		pg_class_aclcheck(relid, user, ACL_DELETE) == ACLCHECK_OK)
		return true;
	ereport(WARNING,
			(errmsg("the bids of this load are not written into cag_ovt.tender_bids"),
			 errdetail("Role \"%s\" may not insert into or delete from table cag_ovt.tender_bids.",
					   GetUserNameFromId(user, false)),
			 errhint("Grant INSERT and DELETE on cag_ovt.tender_bids to the roles that load SEAO files.")));
	return false;
}

static const char bids_delete[] =
"DELETE FROM cag_ovt.tender_bids"
" WHERE format OPERATOR(pg_catalog.=) $1 AND notice OPERATOR(pg_catalog.=) ANY ($2)";

static const char bids_insert[] =
"INSERT INTO cag_ovt.tender_bids (source, format, notice, ocid, bidder, procedure, notice_type,"
" supplier_name, supplier_neq, supplier_city, supplier_postal_code, supplier_province,"
" supplier_country, amount_bid, unit, currency, conforming, admissible, is_winner,"
" published_on, closes_on, purchased_on, buyer, buyer_postal_code, delivery_region,"
" delivery_regions, category, description)"
" SELECT $1, $2, b.notice, b.ocid, b.bidder, b.procedure, b.notice_type,"
" b.supplier_name, b.supplier_neq::cag_ovt.neq, b.supplier_city,"
" b.supplier_postal_code::cag_ovt.postal_code, b.supplier_province, b.supplier_country,"
" b.amount::pg_catalog.numeric, b.unit, b.currency, b.conforming, b.admissible, b.is_winner,"
" b.published_on, b.closes_on, b.purchased_on, b.buyer,"
" b.buyer_postal_code::cag_ovt.postal_code, b.delivery_region::cag_ovt.qc_region,"
" b.delivery_regions::cag_ovt.qc_region[], b.category::cag_ovt.unspsc, b.description"
" FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5),"
" pg_catalog.unnest($6), pg_catalog.unnest($7), pg_catalog.unnest($8), pg_catalog.unnest($9),"
" pg_catalog.unnest($10), pg_catalog.unnest($11), pg_catalog.unnest($12),"
" pg_catalog.unnest($13), pg_catalog.unnest($14), pg_catalog.unnest($15),"
" pg_catalog.unnest($16), pg_catalog.unnest($17), pg_catalog.unnest($18),"
" pg_catalog.unnest($19), pg_catalog.unnest($20), pg_catalog.unnest($21),"
" pg_catalog.unnest($22), pg_catalog.unnest($23), pg_catalog.unnest($24),"
" pg_catalog.unnest($25), pg_catalog.unnest($26), pg_catalog.unnest($27),"
" pg_catalog.unnest($28))"
" AS b(notice, ocid, bidder, procedure, notice_type, supplier_name, supplier_neq,"
" supplier_city, supplier_postal_code, supplier_province, supplier_country, amount, unit,"
" currency, conforming, admissible, is_winner, published_on, closes_on, purchased_on,"
" buyer, buyer_postal_code, delivery_region, delivery_regions, category, description)";

/* An array of column c of the bids kept (keep[i]). */
static Datum
bid_array(const struct SeaoBidStore *s, const bool *keep, int64 nkeep, BidCol c)
{
	Oid			type = bid_col_type(c);
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum	   *elems = palloc(sizeof(Datum) * (nkeep + 1));
	bool	   *nulls = palloc(sizeof(bool) * (nkeep + 1));
	int			dims[1] = {(int) nkeep};
	int			lbs[1] = {1};
	int64		i;
	int64		k = 0;

	get_typlenbyvalalign(type, &typlen, &typbyval, &typalign);
	for (i = 0; i < s->n; i++)
	{
		if (!keep[i])
			continue;
		elems[k] = s->rows[i].values[c];
		nulls[k] = s->rows[i].nulls[c];
		k++;
	}
	return PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs, type, typlen,
											  typbyval, typalign));
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
	bool	   *keep;
	int64		nkeep = 0;
	int64		i;
	Oid			types[NBIDCOLS + 2];
	Datum		args[NBIDCOLS + 2];
	int			c;

	if (s == NULL)
		return;
	nsp = get_namespace_oid("cag_ovt", true);
	relid = OidIsValid(nsp) ? get_relname_relid("tender_bids", nsp) : InvalidOid;
	if (!OidIsValid(relid))
		return;

	/* the notices replaced, and their bids of the version that counts */
	keys = palloc(sizeof(Datum) * (hash_get_num_entries(r->notices) + 1));
	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
		if (seao_notice_replaced(e))
			keys[nkeys++] = CStringGetTextDatum(e->key);
	if (nkeys == 0 || !may_write_bids(relid))
		return;
	keep = palloc0(sizeof(bool) * (s->n + 1));
	for (i = 0; i < s->n; i++)
	{
		char	   *notice = TextDatumGetCString(s->rows[i].values[B_NOTICE]);

		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		keep[i] = e != NULL && e->ordinal == s->rows[i].ordinal && seao_notice_replaced(e);
		if (keep[i])
			nkeep++;
		pfree(notice);
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	types[0] = TEXTOID;
	args[0] = CStringGetTextDatum(r->format);
	types[1] = TEXTARRAYOID;
	args[1] = PointerGetDatum(construct_array(keys, nkeys, TEXTOID, -1, false, TYPALIGN_INT));
	if (SPI_execute_with_args(bids_delete, 2, types, args, NULL, false, 0) != SPI_OK_DELETE)
		elog(ERROR, "could not delete from cag_ovt.tender_bids");
	if (nkeep > 0)
	{
		types[0] = TEXTOID;
		args[0] = CStringGetTextDatum(r->source);
		types[1] = TEXTOID;
		args[1] = CStringGetTextDatum(r->format);
		for (c = 0; c < NBIDCOLS; c++)
		{
			types[c + 2] = get_array_type(bid_col_type((BidCol) c));
			args[c + 2] = bid_array(s, keep, nkeep, (BidCol) c);
		}
		if (SPI_execute_with_args(bids_insert, NBIDCOLS + 2, types, args, NULL, false, 0) !=
			SPI_OK_INSERT)
			elog(ERROR, "could not insert into cag_ovt.tender_bids");
	}
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed");
}

void
seao_bids_end(SeaoRows *r)
{
	if (r->bids == NULL)
		return;
	MemoryContextDelete(r->bids->cxt);
	pfree(r->bids);
	r->bids = NULL;
}
