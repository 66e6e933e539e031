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

#include "funcapi.h"
#include "utils/array.h"
#include "utils/hsearch.h"

/* Columns of the rows, in the order of the functions' OUT parameters. */
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
	COL_CURRENCY,
	NCOLS,
	/* the loader's function adds, on one row per notice (source_ref NULL): */
	COL_STATUS = NCOLS,			/* new, changed, unchanged, older */
	COL_DIGEST,					/* fingerprint of the notice's rows */
	COL_REFS,					/* source_ref of every row of the notice */
	COL_STALE_REFS,				/* purchases to delete */
	COL_CLEAR_REFS,				/* issues to delete */
	NCOLS_LOADER
};

/* Longest notice identifier the loader keeps track of (in bytes). */
#define NOTICE_KEY_LEN 128

/* A notice (OCDS: an OCID) met by the loader: the version that counts. */
typedef struct NoticeEntry
{
	char		key[NOTICE_KEY_LEN];	/* the notice, server encoding */
	int			ordinal;
	char	   *ocid;
	char	   *release_id;
	bool		has_release_date;
	TimestampTz release_date;
	uint64		digest;
	int			nrefs;
	char	  **refs;
	bool	   *purchase;
	const char *status;
	ArrayType  *old_refs;		/* from load_notices, or NULL */
} NoticeEntry;

/* The rows of a document (seao.h), being built. */
struct SeaoRows
{
	ReturnSetInfo *rsinfo;
	TupleDesc	desc;
	Tuplestorestate *store;		/* where the rows go: the result, or the
								 * loader's first pass */
	MemoryContext rowcxt;		/* reset after each row */
	Oid			region_type;
	const char *what;			/* "notices" or "releases", for progress */
	int64		count;			/* notices or releases done */
	const char *source;			/* the loader's source, NULL for a parser */
	HTAB	   *notices;		/* loader: NoticeEntry by notice */
	MemoryContext noticecxt;	/* loader: what the entries hold */
	MemoryContext refcxt;		/* loader: the refs of the notice being read */

	/* the notice being read (loader): its rows' fingerprint and refs */
	uint64		digest;
	char	  **refs;
	bool	   *ref_purchase;
	int			nrefs;
	int			maxrefs;

	/* the row being built, in the columns of the enum above */
	Datum		values[NCOLS_LOADER];
	bool		nulls[NCOLS_LOADER];

	/*
	 * false when the function is declared as in 1.1, without the currency
	 * column (a database not updated yet runs this library): the rows leave
	 * it out
	 */
	bool		has_currency;
};

/* The row being built: every column NULL, then some set. */
static inline void
rows_clear(SeaoRows *r)
{
	int			i;

	for (i = 0; i < NCOLS_LOADER; i++)
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

/* Text already in the server encoding (notice numbers, references). */
extern void rows_set_text(SeaoRows *r, int col, const char *str);

/* Put the row being built into a store, in the columns of the declaration. */
extern void rows_put(SeaoRows *r, Tuplestorestate *store);

/* A text[] of n strings (NULL as ""). */
extern Datum rows_text_array(const char **items, int n);

#endif							/* CAG_SEAO_ROWS_H */
