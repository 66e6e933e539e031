/*-------------------------------------------------------------------------
 *
 * seao_load.c
 *	  SEAO open data: the loader's versions of the notices and its
 *	  comparison with earlier loads.
 *
 * A notice is known by SEAO's own identity, whatever the source (the label
 * a load gives its purchases): its format and number -- XML: the notice
 * number; OCDS: the OCID -- and within it a purchase by its reference (the
 * bidder's position; the award and supplier).  load_notices holds one row
 * per notice (primary key format, notice): the version loaded, the label
 * its rows carry, the references they have.
 *
 * The loader (seao_rows in src/seao.sql) reads a document in a first pass
 * (seao_rows.c), keeping for each notice the version that counts (see
 * compare_versions) with a fingerprint of its rows.  Then it compares them
 * with what load_notices says of earlier loads, under any source (one SPI
 * query), and returns one row per notice (source_ref NULL) with its status
 * (new; changed: replaced; unchanged: same fingerprint; older: a newer
 * version was loaded before), the references its new version replaces and
 * the source they carry, then the rows of the notices that are new or
 * changed.  The load statement (seao_load in src/seao.sql) applies them:
 * the rows of a notice replaced take the load's source.
 *
 *-------------------------------------------------------------------------
 */
#include "seao_rows.h"

#include <string.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/*
 * Compare two versions of a notice by what both say: OCDS, the release's
 * date, then its id; XML, when SEAO recorded the award
 * (datesaisieadjudication: an export holds the notices whose award was
 * recorded in its period, so that a notice in a later export was recorded
 * again), then the end of the export's period.  0: the same version, or
 * one that cannot be told apart; then the later load counts (in a file,
 * the later occurrence).
 */
static int
compare_versions(const SeaoVersion *a, const SeaoVersion *b)
{
	int			cmp = 0;

	if (a->has_release_date && b->has_release_date)
		cmp = a->release_date > b->release_date ? 1 : a->release_date < b->release_date ? -1 : 0;
	if (cmp == 0 && a->release_id && b->release_id)
		cmp = strcmp(a->release_id, b->release_id);
	if (cmp == 0 && a->has_entered_at && b->has_entered_at)
		cmp = a->entered_at > b->entered_at ? 1 : a->entered_at < b->entered_at ? -1 : 0;
	if (cmp == 0 && a->has_export_end && b->has_export_end)
		cmp = a->export_end > b->export_end ? 1 : a->export_end < b->export_end ? -1 : 0;
	return cmp;
}

/* Does release (or occurrence) a come after e, the one kept so far? */
static bool
newer_version(const SeaoRowId *a, const NoticeEntry *e)
{
	int			cmp = compare_versions(&a->version, &e->version);

	return cmp > 0 || (cmp == 0 && a->ordinal > e->ordinal);
}

void
seao_rows_notice_end(SeaoRows *r, const SeaoRowId *id)
{
	NoticeEntry *e;
	bool		found;
	MemoryContext old;
	int			i;

	if (r->source == NULL)
		return;
	if (strlen(id->notice) >= NOTICE_KEY_LEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("SEAO notice identifier too long: \"%.40s...\"", id->notice),
				 errdetail("The loader keeps track of notices up to %d bytes long.",
						   NOTICE_KEY_LEN - 1)));
	e = hash_search(r->notices, id->notice, HASH_ENTER, &found);
	if (found)
		r->repeated = true;
	if (found && !newer_version(id, e))
		return;
	old = MemoryContextSwitchTo(r->noticecxt);
	e->ordinal = id->ordinal;
	e->ocid = id->ocid ? pstrdup(id->ocid) : NULL;
	e->version = id->version;
	if (id->version.release_id)
		e->version.release_id = pstrdup(id->version.release_id);
	/* (a load without the bids records the fingerprint of the rows alone) */
	e->digest_all = seao_notice_digest(r, true);
	e->digest = r->no_bids ? seao_notice_digest(r, false) : e->digest_all;
	e->nrefs = r->nrefs;
	e->refs = palloc(sizeof(char *) * (r->nrefs + 1));
	e->purchase = palloc(sizeof(bool) * (r->nrefs + 1));
	for (i = 0; i < r->nrefs; i++)
	{
		e->refs[i] = pstrdup(r->refs[i]);
		e->purchase[i] = r->ref_purchase[i];
	}
	e->status = "new";
	e->old_refs = NULL;
	e->current_source = NULL;
	MemoryContextSwitchTo(old);
}

/* ---------------------------------------------------------------------
 * The loader's comparison with earlier loads
 * ---------------------------------------------------------------------
 */

/* Is ref in items[0..n)? */
static bool
ref_in(const char *ref, char *const *items, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strcmp(items[i], ref) == 0)
			return true;
	return false;
}

/* The columns read from load_notices, by number. */
enum
{
	LN_NOTICE = 1,
	LN_RELEASE_ID,
	LN_RELEASE_DATE,
	LN_ENTERED_AT,
	LN_EXPORT_END,
	LN_DIGEST,
	LN_SOURCE_REFS,
	LN_SOURCE
};

/* Compare a notice kept with what load_notices says of its last load. */
static void
compare_with_loaded(SeaoRows *r, NoticeEntry *e, HeapTuple tup, TupleDesc desc)
{
	SeaoVersion stored;
	bool		isnull;
	Datum		d;
	char	   *source;

	memset(&stored, 0, sizeof(stored));
	d = SPI_getbinval(tup, desc, LN_RELEASE_ID, &isnull);
	if (!isnull)
		stored.release_id = TextDatumGetCString(d);
	d = SPI_getbinval(tup, desc, LN_RELEASE_DATE, &isnull);
	stored.has_release_date = !isnull;
	stored.release_date = isnull ? 0 : DatumGetTimestampTz(d);
	d = SPI_getbinval(tup, desc, LN_ENTERED_AT, &isnull);
	stored.has_entered_at = !isnull;
	stored.entered_at = isnull ? 0 : DatumGetTimestamp(d);
	d = SPI_getbinval(tup, desc, LN_EXPORT_END, &isnull);
	stored.has_export_end = !isnull;
	stored.export_end = isnull ? 0 : DatumGetDateADT(d);

	/* a version older than the one loaded changes nothing */
	if (compare_versions(&e->version, &stored) < 0)
	{
		e->status = "older";
		return;
	}
	/* the notice's rows carry the source that loaded them */
	source = TextDatumGetCString(SPI_getbinval(tup, desc, LN_SOURCE, &isnull));
	if (strcmp(source, r->source) != 0)
		e->current_source = MemoryContextStrdup(r->noticecxt, source);
	/*
	 * A load without the bids finds a notice unchanged whether an earlier
	 * load wrote its bids or not; a load with them, only when one did.
	 */
	d = SPI_getbinval(tup, desc, LN_DIGEST, &isnull);
	if (!isnull && ((uint64) DatumGetInt64(d) == e->digest ||
					(r->no_bids && (uint64) DatumGetInt64(d) == e->digest_all)))
	{
		e->digest = (uint64) DatumGetInt64(d);
		e->status = "unchanged";
		return;
	}
	e->status = "changed";
	d = SPI_getbinval(tup, desc, LN_SOURCE_REFS, &isnull);
	if (!isnull)
	{
		MemoryContext old = MemoryContextSwitchTo(r->noticecxt);

		e->old_refs = DatumGetArrayTypePCopy(d);
		MemoryContextSwitchTo(old);
	}
}

/* 1. What earlier loads, under any source, recorded for the notices read. */
static void
read_earlier_loads(SeaoRows *r)
{
	HASH_SEQ_STATUS seq;
	NoticeEntry *e;
	long		n = hash_get_num_entries(r->notices);
	Datum	   *keys = palloc(sizeof(Datum) * (n + 1));
	int			nkeys = 0;
	Oid			argtypes[2] = {TEXTOID, TEXTARRAYOID};
	Datum		args[2];
	uint64		i;

	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
		keys[nkeys++] = CStringGetTextDatum(e->key);
	args[0] = CStringGetTextDatum(r->legacy ? r->source : r->format);
	args[1] = PointerGetDatum(construct_array(keys, nkeys, TEXTOID, -1, false, TYPALIGN_INT));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* in the order of the LN_ columns; 1.1's table is keyed by source */
	if (SPI_execute_with_args(r->legacy ?
							  "SELECT notice, release_id, release_date, NULL::pg_catalog.timestamp,"
							  " NULL::pg_catalog.date, digest, source_refs, source"
							  " FROM cag_ovt.load_notices"
							  " WHERE source OPERATOR(pg_catalog.=) $1"
							  " AND notice OPERATOR(pg_catalog.=) ANY ($2)" :
							  "SELECT notice, release_id, release_date, entered_at, export_end,"
							  " digest, source_refs, source"
							  " FROM cag_ovt.load_notices"
							  " WHERE format OPERATOR(pg_catalog.=) $1"
							  " AND notice OPERATOR(pg_catalog.=) ANY ($2)",
							  2, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read cag_ovt.load_notices");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		isnull;
		char	   *notice = TextDatumGetCString(SPI_getbinval(tup, SPI_tuptable->tupdesc,
															   LN_NOTICE, &isnull));

		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		if (e != NULL)
			compare_with_loaded(r, e, tup, SPI_tuptable->tupdesc);
	}
	SPI_finish();
}

bool
seao_notice_replaced(const NoticeEntry *e)
{
	return strcmp(e->status, "new") == 0 || strcmp(e->status, "changed") == 0;
}

/*
 * What the new version of a notice replaces: the purchases to delete (its
 * rows that are not purchases, and the old refs it no longer has) and the
 * issues to delete (its refs and those old ones).  refs is the array of
 * its refs, and empty an empty array: most notices' issues to delete are
 * their refs, and their purchases to delete none; those arrays are given
 * again rather than built anew (1,939 notices: 2 M instructions).
 */
static void
replaced_refs(SeaoRows *r, const NoticeEntry *e, Datum refs, Datum empty)
{
	Datum	   *old_elems = NULL;
	int			nold = 0;
	const char **stale;
	const char **clear;
	int			nstale = 0;
	int			nclear = 0;
	int			k;

	if (e->old_refs)
		deconstruct_array(e->old_refs, TEXTOID, -1, false, TYPALIGN_INT,
						  &old_elems, NULL, &nold);
	stale = palloc(sizeof(char *) * (e->nrefs + nold + 1));
	clear = palloc(sizeof(char *) * (e->nrefs + nold + 1));
	/* the new refs, then the old ones the new version does not have */
	for (k = 0; k < e->nrefs; k++)
	{
		clear[nclear++] = e->refs[k];
		if (!e->purchase[k])
			stale[nstale++] = e->refs[k];
	}
	for (k = 0; k < nold; k++)
	{
		char	   *old_ref = TextDatumGetCString(old_elems[k]);

		if (ref_in(old_ref, e->refs, e->nrefs))
			continue;
		clear[nclear++] = old_ref;
		stale[nstale++] = old_ref;
	}
	rows_set(r, COL_STALE_REFS, nstale == 0 ? empty : rows_text_array(stale, nstale));
	rows_set(r, COL_CLEAR_REFS, nclear == e->nrefs ? refs : rows_text_array(clear, nclear));
}

/*
 * 2. A row per notice: its status, refs, and what it replaces.  Returns
 * how many notices are replaced (new or changed).
 */
static long
notice_rows(SeaoRows *r, Tuplestorestate *result)
{
	HASH_SEQ_STATUS seq;
	NoticeEntry *e;
	long		n = 0;
	Datum		empty = PointerGetDatum(construct_empty_array(TEXTOID));

	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(r->rowcxt);
		Datum		refs;

		rows_clear(r);
		rows_set_text(r, COL_NOTICE, e->key);
		rows_set_text(r, COL_OCID, e->ocid);
		rows_set_text(r, COL_RELEASE_ID, e->version.release_id);
		if (e->version.has_release_date)
			rows_set(r, COL_RELEASE_DATE, TimestampTzGetDatum(e->version.release_date));
		if (e->version.has_entered_at)
			rows_set(r, COL_ENTERED_AT, TimestampGetDatum(e->version.entered_at));
		if (e->version.has_export_end)
			rows_set(r, COL_EXPORT_END, DateADTGetDatum(e->version.export_end));
		rows_set_text(r, COL_CURRENT_SOURCE, e->current_source);
		rows_set(r, COL_ORDINAL, Int32GetDatum(e->ordinal));
		rows_set_text(r, COL_STATUS, e->status);
		rows_set(r, COL_DIGEST, Int64GetDatum((int64) e->digest));
		refs = rows_text_array((const char **) e->refs, e->nrefs);
		rows_set(r, COL_REFS, refs);
		if (seao_notice_replaced(e))
		{
			replaced_refs(r, e, refs, empty);
			n++;
		}
		rows_put(r, result);
		MemoryContextSwitchTo(old);
		MemoryContextReset(r->rowcxt);
	}
	return n;
}

/*
 * 3. The rows of the notices that are new or changed, from the first pass;
 * those of a notice whose rows another source loaded say which.  Returns
 * how many.
 */
static int64
changed_rows(SeaoRows *r, Tuplestorestate *result)
{
	TupleTableSlot *slot = MakeSingleTupleTableSlot(r->desc, &TTSOpsMinimalTuple);
	int64		n = 0;
	MemoryContext old;
	int			c;

	tuplestore_rescan(r->store);
	while (tuplestore_gettupleslot(r->store, true, false, slot))
	{
		bool		isnull;
		char	   *notice;
		int			ordinal;
		NoticeEntry *e;

		CHECK_FOR_INTERRUPTS();
		notice = TextDatumGetCString(slot_getattr(slot, r->attnum[COL_NOTICE] + 1, &isnull));
		ordinal = DatumGetInt32(slot_getattr(slot, r->attnum[COL_ORDINAL] + 1, &isnull));
		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		pfree(notice);
		if (e == NULL || e->ordinal != ordinal || !seao_notice_replaced(e))
			continue;
		n++;
		if (e->current_source == NULL)
		{
			tuplestore_puttupleslot(result, slot);
			continue;
		}
		slot_getallattrs(slot);
		for (c = 0; c < NCOLS_ALL; c++)
			if (r->attnum[c] >= 0)
			{
				r->values[c] = slot->tts_values[r->attnum[c]];
				r->nulls[c] = slot->tts_isnull[r->attnum[c]];
			}
		old = MemoryContextSwitchTo(r->rowcxt);
		rows_set_text(r, COL_CURRENT_SOURCE, e->current_source);
		rows_put(r, result);
		MemoryContextSwitchTo(old);
		MemoryContextReset(r->rowcxt);
	}
	ExecDropSingleTupleTableSlot(slot);
	return n;
}

/*
 * Does every row of the first pass count as it is: each notice read once,
 * new or changed, its rows under the load's source?  (The common case of a
 * first load.)
 */
static bool
every_row_counts(SeaoRows *r)
{
	HASH_SEQ_STATUS seq;
	NoticeEntry *e;

	if (r->repeated)
		return false;
	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
		if (!seao_notice_replaced(e) || e->current_source != NULL)
		{
			hash_seq_term(&seq);
			return false;
		}
	return true;
}

void
seao_rows_end(SeaoRows *r)
{
	Tuplestorestate *result = r->rsinfo->setResult;
	long		nreplaced;
	int64		nrows;

	if (r->source == NULL)
	{
		seao_rows_progress_end(r, 0, 0);
		return;
	}
	read_earlier_loads(r);
	if (every_row_counts(r))
	{
		/*
		 * Every row of the first pass is returned: the notices' rows follow
		 * them in the same store, which becomes the result.
		 */
		nrows = tuplestore_tuple_count(r->store);
		nreplaced = notice_rows(r, r->store);
		tuplestore_end(result);
		r->rsinfo->setResult = r->store;
	}
	else
	{
		nreplaced = notice_rows(r, result);
		nrows = changed_rows(r, result);
		tuplestore_end(r->store);
		r->store = result;
	}
	seao_rows_progress_end(r, nreplaced, nrows);
	seao_bids_write(r);
	seao_bids_end(r);
	hash_destroy(r->notices);
	MemoryContextDelete(r->noticecxt);
	MemoryContextDelete(r->refcxt);
}
