/*-------------------------------------------------------------------------
 *
 * seao.h
 *	  SEAO open data loaders: server-side declarations.
 *
 * The subsystem, from the file to the purchases:
 *
 *	seao.c				the SQL entry points (seao_region, parse_seao_xml,
 *						parse_ocds, seao_rows) and the loaders' setting
 *	seao_xml.c			adapter: a SEAO XML export, read by seao_xml_core.c
 *	seao_ocds.c			adapter: an OCDS release package (jsonb)
 *	seao_ocds_stream.c	an OCDS package given as a file's bytes, read one
 *						release at a time
 *	seao_rules_core.c	the rules, on plain structs (SeaoRow, SeaoAward)
 *	seao_core.c			the parsers of SEAO's fields
 *	seao_rows.c			the rows: SeaoRow to the functions' rows, and the
 *						loader's comparison with earlier loads
 *	seao_bids.c			the loader's bids (every bidder, seao_rows_bid),
 *						written into tender_bids for the notices replaced
 *	seao.sql			the types, parsers and tables
 *	seao_load.sql		the loader: seao_load applies what seao_rows returns
 *
 * An adapter walks its document notice by notice (OCDS: release by
 * release); for each it calls seao_rows_notice_begin, fills a SeaoRow per
 * winner or award supplier with the rules and hands it to seao_rows_emit,
 * hands every bidder to seao_rows_bid_digest, then, unless the loader
 * writes no bids, to seao_rows_bid, then calls seao_rows_notice_end.
 * A malformed document raises an error: nothing of it is returned.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_H
#define CAG_SEAO_H

#include "cag_ovt.h"

#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

#include "seao_bids_core.h"
#include "seao_rules_core.h"

/* Define the loaders' settings (cag_ovt.load_progress); called by _PG_init. */
extern void cag_seao_define_gucs(void);

/* Where the rows of a document go: a parse function's result, or the loader's. */
typedef struct SeaoRows SeaoRows;

/*
 * What a file says of the version of a notice (OCDS: of an OCID's
 * release); seao_load.c compares them.
 */
typedef struct SeaoVersion
{
	const char *release_id;		/* OCDS, else NULL */
	bool		has_release_date;	/* OCDS: the release's date */
	TimestampTz release_date;
	bool		has_entered_at; /* XML: when SEAO recorded the award */
	Timestamp	entered_at;
	bool		has_export_end; /* XML: the end of the export's period */
	DateADT		export_end;
} SeaoVersion;

/*
 * Which notice (OCDS: release) a row comes from, and the row's reference,
 * in the server encoding.
 */
typedef struct SeaoRowId
{
	const char *notice;			/* the SEAO notice number (OCDS: from the OCID) */
	const char *ocid;			/* OCDS, else NULL */
	SeaoVersion version;
	int			ordinal;		/* the notice's (release's) position in the file */
	const char *source_ref;		/* the row's reference (NULL: none) */
} SeaoRowId;

/* The formats of SEAO's files. */
typedef enum SeaoFormat
{
	SEAO_XML,					/* XML notices exports: notices */
	SEAO_OCDS					/* OCDS release packages: releases of OCIDs */
} SeaoFormat;

/*
 * The rows of a set-returning function called with fcinfo: a parse
 * function's (source NULL), or the loader's (source: the load's source,
 * the label its purchases get).
 */
extern SeaoRows *seao_rows_begin(FunctionCallInfo fcinfo, SeaoFormat format, const char *source);

/*
 * The loader writes the purchases without the bids (bids => false): the
 * notices it replaces lose their bids, and get none (see seao_bids.c).
 */
extern void seao_rows_without_bids(SeaoRows *rows);

/* A notice (release) begins: its rows follow. */
extern void seao_rows_notice_begin(SeaoRows *rows);

/* A row of the notice. */
extern void seao_rows_emit(SeaoRows *rows, const SeaoRowId *id, const SeaoRow *row);

/* What a notice says of its bids besides each bidder. */
typedef struct SeaoNoticeBids
{
	SeaoProcedure procedure;
	int			type;			/* SEAO's notice type, -1 none */
	bool		has_published;
	DateADT		published;
	bool		has_closing;
	DateADT		closing;
} SeaoNoticeBids;

/*
 * The loader's fingerprint of a bid, from what the file says of it as
 * written: its bidder's and notice's texts (those a winner's row reads),
 * the notice's procedure and dates (nb), the award date, and its figure,
 * unit, conformity and admissibility (bid_texts, NULL when absent: XML
 * <montantsoumis>, <montantssoumisunite>, <conforme>, <admissible>).  An
 * adapter calls it for each bidder before reading its bid, in their order;
 * what the notice says (text's buyer, buyer_postal_code, buyer_city,
 * buyer_id, delivery_regions, category and description, nb, the award
 * date) is the same for each bidder of the notice, and counts once.  False:
 * the bids are not written (bids => false), and it reads no more of the bid
 * (nor calls seao_rows_bid).
 */
extern bool seao_rows_bid_digest(SeaoRows *rows, const SeaoPurchaseText *text,
								 const SeaoNoticeBids *nb, int position, bool winner,
								 bool has_date, int32 date, const char *const bid_texts[4]);

/*
 * A bidder of the notice (the loader keeps it for cag_ovt.tender_bids, see
 * seao_bids.c): bidder holds its fields and the notice's, as a winner's row
 * would (seao_row_fields, the award date), position is its place among the
 * notice's bidders (1-based), id->source_ref the bid's reference.  The
 * values the bid loads NULL are issues under that reference, unless
 * purchase: the bidder won, and its row is a purchase, which has them.
 */
extern void seao_rows_bid(SeaoRows *rows, const SeaoRowId *id, const SeaoRow *bidder,
						  const SeaoNoticeBids *nb, int position, const SeaoBid *bid,
						  bool winner, bool purchase);

/*
 * The notice whose rows were emitted is done.  The loader keeps it when it
 * is the version of its notice that counts so far: the newest release of
 * an OCID, the last occurrence of an XML notice.
 */
extern void seao_rows_notice_end(SeaoRows *rows, const SeaoRowId *id);

/*
 * One more notice (release) read, done bytes of the document's total read
 * (for progress reports).
 */
extern void seao_rows_progress(SeaoRows *rows, uint64 done, uint64 total);

/*
 * Loader: write what the rows taught of where the parties are into
 * known_parties, before the purchases are inserted (registry.h).
 */
extern void seao_rows_learn(SeaoRows *r);

/*
 * Every notice is read.  The loader compares them with what load_notices
 * says of earlier loads and returns a row per notice and the rows of the
 * notices that are new or changed (see seao_rows in seao.sql).
 */
extern void seao_rows_end(SeaoRows *rows);

/* The adapters: read a whole document into rows. */
extern void seao_xml_read(SeaoRows *rows, const char *data, size_t len, bool utf8);
extern void seao_xml_read_text(SeaoRows *rows, text *doc);
extern void seao_ocds_read(SeaoRows *rows, Jsonb *package);
extern void seao_ocds_read_bytes(SeaoRows *rows, const char *data, size_t len);

/*
 * The OCDS adapter (seao_ocds.c) for its two readers, the jsonb one and
 * seao_ocds_stream.c's: a package begins (its strings UTF-8, or in the
 * server encoding); the rows of a release (an object); the errors of a
 * malformed package.
 */
extern void seao_ocds_begin_package(bool utf8);
extern void seao_ocds_release(SeaoRows *rows, JsonbContainer *release, int ordinal);
pg_noreturn extern void seao_ocds_malformed(const char *fmt,...) pg_attribute_printf(1, 2);
pg_noreturn extern void seao_ocds_no_releases(bool records);

#endif							/* CAG_SEAO_H */
