/*-------------------------------------------------------------------------
 *
 * seao_xml.c
 *	  SEAO open data: the adapter of the XML exports (2009-2021).
 *
 * The reader of seao_xml_core.c hands over each notice (<Avis>) with its
 * fields as text; this file gives them to the rules (seao_rules_core.h)
 * and the rows to seao_rows.c: one row per winning bidder.  A value that
 * the rules cannot accept (a notice number, an award date, a winner flag
 * or an amount that cannot be read) makes the export malformed: an error
 * naming its line, its notice and its bidder.
 *
 *-------------------------------------------------------------------------
 */
#include "seao.h"

#include <string.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"

#include "locate.h"
#include "seao_xml_core.h"

pg_noreturn static void
malformed_export(const char *detail_utf8, bool syntax);

static void
malformed_export(const char *detail_utf8, bool syntax)
{
	ereport(ERROR,
			(errcode(syntax ? ERRCODE_INVALID_XML_DOCUMENT : ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid SEAO export"),
			 errdetail("%s", cag_utf8_message_to_server(detail_utf8))));
}

/* The state of a reading, for the reader's notice function. */
typedef struct XmlRun
{
	SeaoRows   *rows;
	CagAllocator mem;			/* in notice_cxt */
	MemoryContext notice_cxt;	/* reset after each notice */
	MemoryContext outer;		/* where the error message goes */
	char	   *error;			/* the export is malformed: why (UTF-8) */
	bool		interrupted;
	int32		today;			/* the day of the load (dates' range) */
	size_t		size;			/* of the document */
	bool		export_end_read;	/* the export's datefin, read once */
	bool		has_export_end;
	DateADT		export_end;
} XmlRun;

/* Record why the export is malformed; returns false for the reader. */
static bool
notice_error(XmlRun *x, const char *detail)
{
	x->error = MemoryContextStrdup(x->outer, detail);
	return false;
}

/* What the notice and a bidder say of the purchase, as written. */
static void
purchase_text(const SeaoXmlNotice *n, const SeaoXmlSupplier *s, SeaoPurchaseText *t)
{
	/* (the exports give the buyer no city and no identifier) */
	memset(t, 0, sizeof(*t));
	t->buyer = seao_notice_field(n, SEAO_N_BUYER);
	t->buyer_postal_code = seao_notice_field(n, SEAO_N_POSTAL_CODE);
	t->delivery_regions = seao_notice_field(n, SEAO_N_REGIONS);
	t->supplier_name = seao_supplier_field(n, s, SEAO_S_NAME);
	t->supplier_neq = seao_supplier_field(n, s, SEAO_S_NEQ);
	t->supplier_province = seao_supplier_field(n, s, SEAO_S_PROVINCE);
	t->supplier_postal_code = seao_supplier_field(n, s, SEAO_S_POSTAL_CODE);
	t->supplier_country = seao_supplier_field(n, s, SEAO_S_COUNTRY);
	t->category = seao_notice_field(n, SEAO_N_UNSPSC);
	t->description = seao_notice_field(n, SEAO_N_TITLE);
	t->supplier_city = seao_supplier_field(n, s, SEAO_S_CITY);
}

/*
 * The row of a bidder, if it won (id->source_ref its reference); *purchase
 * says whether it is a purchase.  Returns false for a malformed export
 * (x->error says why).
 */
static bool
xml_bidder(XmlRun *x, const SeaoXmlNotice *n, const SeaoXmlSupplier *s, const SeaoRowId *id,
		   bool has_date, int32 date, bool *purchase)
{
	const char *winner = seao_supplier_field(n, s, SEAO_S_WINNER);
	const char *amount = seao_supplier_field(n, s, SEAO_S_AMOUNT);
	SeaoXmlBid	bid = {amount, seao_supplier_field(n, s, SEAO_S_BID),
	seao_supplier_field(n, s, SEAO_S_BID_UNIT)};
	SeaoPurchaseText text;
	SeaoAward	award;
	SeaoRow		row;
	CagParseError err;

	*purchase = false;
	switch (seao_xml_winner(winner))
	{
		case SEAO_LOSER:
			return true;
		case SEAO_WINNER_MISSING:
			return notice_error(x, psprintf("Line %d: bidder %d of notice %s has no <adjudicataire>, so whether it won is unknown.",
											s->line, s->position, id->notice));
		case SEAO_WINNER_INVALID:
			return notice_error(x, psprintf("Line %d: <adjudicataire> \"%s\" of bidder %d of notice %s is neither 1 (winner) nor 0.",
											s->line, winner, s->position, id->notice));
		case SEAO_WINNER:
			break;
	}
	if (!seao_xml_award(&award, &x->mem, &bid, has_date, date,
						seao_notice_field(n, SEAO_N_AWARD_DATE), x->today, &err))
		return notice_error(x, psprintf("Line %d: <%s> \"%s\" of bidder %d of notice %s cannot be read. %s",
										s->line, "montantcontrat", amount, s->position,
										id->notice, seao_error_text(&x->mem, &err)));
	seao_row_init(&row, &x->mem);
	seao_row_award(&row, &award, 0, 1);
	purchase_text(n, s, &text);
	seao_row_fields(&row, &text);
	seao_rows_emit(x->rows, id, &row);
	*purchase = row.purchase;
	return true;
}

/*
 * The bid of a bidder (after xml_bidder checked whether it won, and
 * whether it is a purchase).  Returns false for a malformed export.
 */
static bool
xml_bid(XmlRun *x, const SeaoXmlNotice *n, const SeaoXmlSupplier *s, const SeaoRowId *id,
		const SeaoNoticeBids *nb, bool has_date, int32 date, bool purchase)
{
	const char *bid_texts[4] = {
		seao_supplier_field(n, s, SEAO_S_BID), seao_supplier_field(n, s, SEAO_S_BID_UNIT),
		seao_supplier_field(n, s, SEAO_S_CONFORMING), seao_supplier_field(n, s, SEAO_S_ADMISSIBLE)
	};
	bool		winner = seao_xml_winner(seao_supplier_field(n, s, SEAO_S_WINNER)) == SEAO_WINNER;
	SeaoPurchaseText text;
	SeaoBid		bid;
	SeaoRow		row;
	CagParseError err;

	purchase_text(n, s, &text);
	if (!seao_rows_bid_digest(x->rows, &text, nb, s->position, winner, has_date, date, bid_texts))
		return true;
	if (!seao_bid_parse(&bid, &x->mem, bid_texts[0], bid_texts[1], bid_texts[2], bid_texts[3],
						&err))
		return notice_error(x, psprintf("Line %d: bidder %d of notice %s cannot be read. %s",
										s->line, s->position, id->notice,
										seao_error_text(&x->mem, &err)));
	seao_row_init(&row, &x->mem);
	row.has_date = has_date;
	row.date = date;
	seao_row_fields(&row, &text);
	seao_rows_bid(x->rows, id, &row, nb, s->position, &bid, winner, purchase);
	return true;
}

/*
 * A bidder's reference, as a purchase and as a bid: "notice/position" (what
 * psprintf("%s/%d") writes, without its formatting, for every bidder).
 */
static char *
bidder_ref(const char *notice, int position)
{
	size_t		len = strlen(notice);
	char	   *ref = palloc(len + 1 + MAXINT8LEN + 1);

	memcpy(ref, notice, len);
	ref[len] = '/';
	(void) pg_ltoa((int32) position, ref + len + 1);
	return ref;
}

/* What the notice says of its bids: its procedure and dates. */
static bool
xml_notice_bids(XmlRun *x, const SeaoXmlNotice *n, const SeaoRowId *id, SeaoNoticeBids *nb)
{
	static const SeaoNoticeField dates[2] = {SEAO_N_PUBLISHED, SEAO_N_CLOSING};
	CagParseError err;
	const char *v;
	int			i;

	memset(nb, 0, sizeof(*nb));
	v = seao_notice_field(n, SEAO_N_TYPE);
	if (!seao_xml_procedure(v, &nb->type, &nb->procedure, &err))
		return notice_error(x, psprintf("Line %d: <%s> \"%s\" of notice %s cannot be read. %s",
										n->line, "type", v, id->notice,
										seao_error_text(&x->mem, &err)));
	for (i = 0; i < 2; i++)
	{
		bool		has;
		int32_t		date;

		v = seao_notice_field(n, dates[i]);
		if (!seao_xml_award_date(v, &has, &date, &err))
			return notice_error(x, psprintf("Line %d: <%s> \"%s\" of notice %s cannot be read. %s",
											n->line, seao_notice_field_names[dates[i]], v,
											id->notice, seao_error_text(&x->mem, &err)));
		if (i == 0)
		{
			nb->has_published = has;
			nb->published = date;
		}
		else
		{
			nb->has_closing = has;
			nb->closing = date;
		}
	}
	return true;
}

/*
 * The rows of a notice.  Runs inside the reading (through the reader's
 * function): reports a malformed export by returning false, not
 * by raising an error.
 */
static bool
xml_notice(XmlRun *x, const SeaoXmlNotice *n)
{
	SeaoRowId	id;
	SeaoNoticeBids nb;
	CagParseError err;
	const char *v;
	size_t		start;
	size_t		len;
	bool		has_date;
	int32_t		date;
	int			i;

	memset(&id, 0, sizeof(id));
	id.ordinal = n->ordinal;
	seao_rows_notice_begin(x->rows);

	/* the notice number: required, digits */
	v = seao_notice_field(n, SEAO_N_NUMBER);
	if (!seao_notice_number_parse(v, &start, &len, &err))
		return notice_error(x, psprintf("Line %d: the <numeroseao> \"%s\" of the notice that starts there is not a notice number. %s",
										n->line, v, seao_error_text(&x->mem, &err)));
	id.notice = pnstrdup(v + start, len);

	/* its version: when SEAO recorded the award, the export's period */
	v = seao_notice_field(n, SEAO_N_ENTERED);
	if (!seao_xml_entered(v, &id.version.has_entered_at, &id.version.entered_at, &err))
		return notice_error(x, psprintf("Line %d: <%s> \"%s\" of notice %s cannot be read. %s",
										n->line, "datesaisieadjudication", v, id.notice,
										seao_error_text(&x->mem, &err)));
	if (!x->export_end_read)
	{
		if (!seao_xml_export_end(n->export_end, &x->has_export_end, &x->export_end, &err))
			return notice_error(x, psprintf("The datefin attribute \"%s\" of <export> cannot be read. %s",
											n->export_end, seao_error_text(&x->mem, &err)));
		x->export_end_read = true;
	}
	id.version.has_export_end = x->has_export_end;
	id.version.export_end = x->export_end;

	/* award date: absent or empty means "not a purchase"; garbage is an error */
	v = seao_notice_field(n, SEAO_N_AWARD_DATE);
	if (!seao_xml_award_date(v, &has_date, &date, &err))
		return notice_error(x, psprintf("Line %d: <%s> \"%s\" of notice %s cannot be read. %s",
										n->line, "dateadjudication", v, id.notice,
										seao_error_text(&x->mem, &err)));

	if (!xml_notice_bids(x, n, &id, &nb))
		return false;
	for (i = 0; i < n->nsuppliers; i++)
	{
		bool		purchase;

		id.source_ref = bidder_ref(id.notice, n->suppliers[i].position);
		if (!xml_bidder(x, n, &n->suppliers[i], &id, has_date, date, &purchase) ||
			!xml_bid(x, n, &n->suppliers[i], &id, &nb, has_date, date, purchase))
			return false;
	}

	id.source_ref = NULL;
	seao_rows_notice_end(x->rows, &id);
	return true;
}

/* The reader's notice function: the rows of the notice. */
static bool
xml_on_notice(const SeaoXmlNotice *notice, void *arg, CagParseError *err)
{
	XmlRun	   *x = arg;
	MemoryContext old;
	bool		ok;

	(void) err;

	/*
	 * A cancel or a termination stops the reading, handled once the reader has
	 * returned; other interrupts (which raise no error) wait for the end.
	 */
	if (QueryCancelPending || ProcDiePending)
	{
		x->interrupted = true;
		return false;
	}
	old = MemoryContextSwitchTo(x->notice_cxt);
	ok = xml_notice(x, notice);
	MemoryContextSwitchTo(old);
	MemoryContextReset(x->notice_cxt);
	if (ok)
		seao_rows_progress(x->rows, notice->bytes_read, x->size);
	return ok;
}

void
seao_xml_read(SeaoRows *rows, const char *data, size_t len, bool utf8)
{
	XmlRun		x;
	CagAllocator alloc;
	SeaoXmlReader *volatile reader = NULL;
	MemoryContext cxt;
	CagParseError err;
	volatile bool ok = false;

	memset(&x, 0, sizeof(x));
	x.rows = rows;
	x.today = GetSQLCurrentDate();
	x.size = len;
	x.outer = CurrentMemoryContext;
	x.notice_cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO notice",
										 ALLOCSET_DEFAULT_SIZES);
	x.mem = cag_allocator(x.notice_cxt);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO XML reader",
								ALLOCSET_DEFAULT_SIZES);
	alloc = cag_allocator(cxt);

	/* the geography cache, loaded now rather than while the reader runs */
	cag_locate_preload();

	PG_TRY();
	{
		reader = seao_xml_create(&alloc, utf8, xml_on_notice, &x);
		if (reader == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory"),
					 errdetail("The XML parser could not be created.")));
		/*
		 * the scanner reads the document as it is; when libxml2 does, it
		 * copies a document up to 64 MB, larger ones go in 1 MB pieces
		 */
		ok = seao_xml_parse(reader, data, len,
							len <= 64 * 1024 * 1024 ? 0 : 1024 * 1024, &err);
	}
	PG_FINALLY();
	{
		seao_xml_destroy(reader);
	}
	PG_END_TRY();
	if (x.interrupted)
	{
		CHECK_FOR_INTERRUPTS();
		/* (held off: the reading stopped all the same) */
		ereport(ERROR,
				(errcode(ERRCODE_QUERY_CANCELED),
				 errmsg("canceling statement due to user request")));
	}
	if (!ok)
		malformed_export(x.error ? x.error : err.detail, x.error == NULL);
	CHECK_FOR_INTERRUPTS();
	MemoryContextDelete(cxt);
	MemoryContextDelete(x.notice_cxt);
}

/* XML given as text (or xml): in UTF-8 whatever its declaration says. */
void
seao_xml_read_text(SeaoRows *rows, text *doc)
{
	const char *data = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	int			enc = GetDatabaseEncoding();

	/* the parser reads UTF-8: convert text in another server encoding */
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		data = (const char *) pg_do_encoding_conversion((unsigned char *) unconstify(char *, data),
														(int) len, enc, PG_UTF8);
		len = strlen(data);
	}
	seao_xml_read(rows, data, len, true);
}
