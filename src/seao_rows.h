/*-------------------------------------------------------------------------
 *
 * seao_rows.h
 *	  SEAO open data: the rows of a document, inside the subsystem.
 *
 * seao_rows.c builds the rows; seao_load.c decides, for the loader, which
 * version of each notice counts and compares it with earlier loads.  Both
 * work on a SeaoRows (seao.h).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_ROWS_H
#define CAG_SEAO_ROWS_H

#include "seao.h"
#include "fingerprint_core.h"

#include "funcapi.h"
#include "utils/array.h"
#include "utils/hsearch.h"

/*
 * Columns of the rows: the order of the parsers' OUT parameters (then the
 * loader's, as 1.1 declared its function); the loader's function of 1.2
 * declares them in another order (loader_order in seao_rows.c).
 */
enum
{
	COL_NOTICE,
	COL_OCID,
	COL_RELEASE_ID,
	COL_RELEASE_DATE,
	COL_ORDINAL,
	COL_SOURCE_REF,
	COL_PURCHASED_ON,
	COL_BUYER,
	COL_BUYER_POSTAL_CODE,
	COL_BUYER_REGION,
	COL_DELIVERY_REGION,
	COL_DELIVERY_REGIONS,
	COL_SUPPLIER_NAME,
	COL_SUPPLIER_NEQ,
	COL_SUPPLIER_PROVINCE,
	COL_SUPPLIER_POSTAL_CODE,
	COL_SUPPLIER_COUNTRY,
	COL_CATEGORY,
	COL_DESCRIPTION,
	COL_AMOUNT,
	COL_ISSUE_FIELDS,
	COL_ISSUE_VALUES,
	COL_ISSUE_REASONS,
	NCOLS,
	/* the loader's function adds, on one row per notice (source_ref NULL): */
	COL_STATUS = NCOLS,			/* new, changed, unchanged, older */
	COL_DIGEST,					/* fingerprint of the notice's rows */
	COL_REFS,					/* source_ref of every row of the notice */
	COL_STALE_REFS,				/* purchases to delete */
	COL_CLEAR_REFS,				/* issues to delete */
	/* (1.1 declared seao_rows with the columns so far: NCOLS_LOADER_1_1) */
	COL_ENTERED_AT,				/* XML: when SEAO recorded the award */
	COL_EXPORT_END,				/* XML: the end of the export's period */
	/* and on every row of a notice whose rows another source loaded: */
	COL_CURRENT_SOURCE,			/* the source its purchases carry now */
	NCOLS_LOADER,
	NCOLS_LOADER_1_1 = COL_ENTERED_AT,

	/*
	 * The parties' addresses and the amount's currency, which 1.2 added at
	 * the end of parsed_purchase (after COL_ISSUE_REASONS) and of the
	 * loader's function (after COL_CURRENT_SOURCE); a database still at 1.1
	 * declares the functions without them, and gets the rows without them
	 * (its loader writes the purchases without a currency: CAD).
	 */
	COL_SUPPLIER_CITY = NCOLS_LOADER,
	COL_BUYER_CITY,
	COL_BUYER_ID,
	COL_BUYER_LOCATED_BY,
	COL_CURRENCY,				/* ISO 4217 code of the amount */
	NCOLS_ALL
};

#define NCOLS_ADDED (NCOLS_ALL - NCOLS_LOADER)

/* Longest notice identifier the loader keeps track of (in bytes). */
#define NOTICE_KEY_LEN 128

/* A notice (OCDS: an OCID) met by the loader: the version that counts. */
typedef struct NoticeEntry
{
	char		key[NOTICE_KEY_LEN];	/* the notice, server encoding */
	int			ordinal;
	char	   *ocid;
	SeaoVersion version;		/* its strings in noticecxt */
	uint64		digest;			/* what load_notices records */
	uint64		digest_all;		/* without the bids: with them (as a load
								 * with the bids records it) */
	int			nrefs;
	char	  **refs;
	bool	   *purchase;
	const char *status;
	ArrayType  *old_refs;		/* from load_notices, or NULL */
	char	   *current_source; /* from load_notices when not the load's */
	bool		version_differs;	/* from load_notices' (unchanged rows) */
} NoticeEntry;

/* The rows of a document (seao.h), being built. */
struct SeaoRows
{
	ReturnSetInfo *rsinfo;
	TupleDesc	desc;
	Tuplestorestate *store;		/* where the rows go: the result, or the
								 * loader's first pass */
	MemoryContext rowcxt;		/* reset after each row */
	/* loader: the columns of the rows' fingerprint, in order (row_record) */
	int			digest_cols[NCOLS_ALL];
	int			ndigest_cols;
	char		digest_kind[NCOLS_ALL]; /* how each is folded (digest_column) */
	int			attnum[NCOLS_ALL];	/* loader: each column's place in desc
									 * (0-based), -1 when desc has none */
	bool		reordered;		/* loader: desc's order is not the columns' */
	Oid			region_type;
	const char *what;			/* "notices" or "releases", for progress */
	int64		count;			/* notices or releases done */
	uint64		done;			/* bytes of the document read */
	uint64		size;			/* bytes of the document */
	const char *source;			/* the loader's source, NULL for a parser */
	const char *format;			/* loader: "xml" or "ocds" (load_notices.format) */
	bool		legacy;			/* loader: declared by cag_ovt 1.1, whose
								 * load_notices is keyed by source */
	HTAB	   *notices;		/* loader: NoticeEntry by notice */
	bool		repeated;		/* loader: a notice met twice */
	MemoryContext noticecxt;	/* loader: what the entries hold */
	MemoryContext refcxt;		/* loader: the refs of the notice being read */

	/* loader: the parties located by their address (registry.h) */
	struct CagRegistryLearner *learner;

	/* loader: the bids of the first pass (seao_bids.c), NULL at 1.1 */
	struct SeaoBidStore *bids;
	bool		no_bids;		/* loader: the bids are not written */

	/*
	 * the notice being read (loader): its rows' fingerprint (row_record), its
	 * bids' (seao_rows_bid_digest; see seao_notice_digest) and refs
	 */
	CagFingerprint digest;
	CagFingerprint digest_bids;
	int			nbids;
	char	  **refs;
	bool	   *ref_purchase;
	int			nrefs;
	int			maxrefs;

	/* the row being built, in the loader's order (see the columns) */
	Datum		values[NCOLS_ALL];
	bool		nulls[NCOLS_ALL];
};

/* The row being built: every column NULL, then some set. */
static inline void
rows_clear(SeaoRows *r)
{
	int			i;

	for (i = 0; i < NCOLS_ALL; i++)
	{
		r->values[i] = (Datum) 0;
		r->nulls[i] = true;
	}
}

static inline void
rows_set(SeaoRows *r, int col, Datum value)
{
	r->values[col] = value;
	r->nulls[col] = false;
}

/*
 * Put the row being built into a tuple store of the functions' row type
 * (the parsers' columns, or the loader's), with or without the columns 1.2
 * added, in the order of its declaration.
 */
extern void rows_put(SeaoRows *r, Tuplestorestate *store);

/*
 * The fingerprint of the notice being read: its rows' (a notice without
 * bids, or loaded into a database still at 1.1, or a load without the bids,
 * keeps it), or with its bids' folded in when it has some.
 */
static inline uint64
seao_notice_digest(const SeaoRows *r, bool with_bids)
{
	CagFingerprint all;

	if (!with_bids || r->nbids == 0)
		return cag_fingerprint_value(&r->digest);
	all = r->digest_bids;
	cag_fingerprint_word(&all, cag_fingerprint_value(&r->digest));
	return cag_fingerprint_value(&all);
}

/* Text already in the server encoding (notice numbers, references). */
extern void rows_set_text(SeaoRows *r, int col, const char *str);

/*
 * Every notice is read: the last progress report, and (the loader) how many
 * notices are new or changed and how many rows it is about to write.
 */
extern void seao_rows_progress_end(SeaoRows *r, long notices, int64 rows);

/* Is the notice new or changed: its rows (and bids) replace the old ones? */
extern bool seao_notice_replaced(const NoticeEntry *e);

/*
 * The loader's bids (seao_bids.c): kept from the first pass, written into
 * cag_ovt.tender_bids for the notices replaced once they are known, freed.
 */
extern void seao_bids_begin(SeaoRows *r);
extern void seao_bids_write(SeaoRows *r);
extern void seao_bids_end(SeaoRows *r);

/*
 * Loader: the issues of a bid that is not a purchase, from its bidder's
 * row (unstorable[f]: the text of field f could not be stored), as a row
 * under id->source_ref (seao_rows.c).
 */
extern void seao_rows_bid_issues(SeaoRows *r, const SeaoRowId *id, const SeaoRow *bidder,
								 const bool *unstorable);

/* A text[] of n strings (NULL as ""). */
extern Datum rows_text_array(const char **items, int n);

#endif							/* CAG_SEAO_ROWS_H */
