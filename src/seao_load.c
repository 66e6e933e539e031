/*-------------------------------------------------------------------------
 *
 * seao_load.c
 *	  SEAO open data: the loader's versions of the notices and its
 *	  comparison with earlier loads.
 *
 * The loader (seao_rows in src/seao.sql) reads a document in a first pass
 * (seao_rows.c), keeping for each notice (OCDS: each OCID) the version
 * that counts -- the newest release of an OCID, the last occurrence of an
 * XML notice -- with a fingerprint of its rows.  Then it compares them with
 * what load_notices says of earlier loads of the source (one SPI query) and
 * returns one row per notice (source_ref NULL) with its status (new,
 * changed, unchanged, older) and the references its new version replaces,
 * then the rows of the notices that are new or changed.  The load
 * statement (seao_load in src/seao.sql) applies them.
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

/* Does release (or occurrence) a come after e, the one kept so far? */
static bool
newer_version(const SeaoRowId *a, const NoticeEntry *e)
{
	int			cmp = 0;

	if (a->has_release_date && e->has_release_date)
		cmp = a->release_date > e->release_date ? 1 : a->release_date < e->release_date ? -1 : 0;
	if (cmp == 0 && a->release_id && e->release_id)
		cmp = strcmp(a->release_id, e->release_id);
	if (cmp == 0)
		cmp = a->ordinal > e->ordinal ? 1 : -1;
	return cmp > 0;
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
	if (found && !newer_version(id, e))
		return;
	old = MemoryContextSwitchTo(r->noticecxt);
	e->ordinal = id->ordinal;
	e->ocid = id->ocid ? pstrdup(id->ocid) : NULL;
	e->release_id = id->release_id ? pstrdup(id->release_id) : NULL;
	e->has_release_date = id->has_release_date;
	e->release_date = id->release_date;
	e->digest = r->digest;
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

/* Compare a notice kept with what load_notices says of its last load. */
static void
compare_with_loaded(SeaoRows *r, NoticeEntry *e, HeapTuple tup, TupleDesc desc)
{
	bool		isnull;
	Datum		d;
	int			cmp = 0;

	/* a release older than the one loaded changes nothing */
	d = SPI_getbinval(tup, desc, 3, &isnull);
	if (!isnull && e->has_release_date)
	{
		TimestampTz stored = DatumGetTimestampTz(d);

		cmp = e->release_date > stored ? 1 : e->release_date < stored ? -1 : 0;
		if (cmp == 0)
		{
			d = SPI_getbinval(tup, desc, 2, &isnull);
			if (!isnull && e->release_id)
				cmp = strcmp(e->release_id, TextDatumGetCString(d));
		}
	}
	if (cmp < 0)
	{
		e->status = "older";
		return;
	}
	d = SPI_getbinval(tup, desc, 4, &isnull);
	if (!isnull && (uint64) DatumGetInt64(d) == e->digest)
	{
		e->status = "unchanged";
		return;
	}
	e->status = "changed";
	d = SPI_getbinval(tup, desc, 5, &isnull);
	if (!isnull)
	{
		MemoryContext old = MemoryContextSwitchTo(r->noticecxt);

		e->old_refs = DatumGetArrayTypePCopy(d);
		MemoryContextSwitchTo(old);
	}
}

/* 1. What earlier loads of the source recorded for the notices read. */
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
	args[0] = CStringGetTextDatum(r->source);
	args[1] = PointerGetDatum(construct_array(keys, nkeys, TEXTOID, -1, false, TYPALIGN_INT));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args("SELECT notice, release_id, release_date, digest, source_refs"
							  " FROM cag_ovt.load_notices"
							  " WHERE source OPERATOR(pg_catalog.=) $1"
							  " AND notice OPERATOR(pg_catalog.=) ANY ($2)",
							  2, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read cag_ovt.load_notices");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		isnull;
		char	   *notice = TextDatumGetCString(SPI_getbinval(tup, SPI_tuptable->tupdesc, 1,
															   &isnull));

		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		if (e != NULL)
			compare_with_loaded(r, e, tup, SPI_tuptable->tupdesc);
	}
	SPI_finish();
}

static bool
replaced(const NoticeEntry *e)
{
	return strcmp(e->status, "new") == 0 || strcmp(e->status, "changed") == 0;
}

/*
 * What the new version of a notice replaces: the purchases to delete (its
 * rows that are not purchases, and the old refs it no longer has) and the
 * issues to delete (its refs and those old ones).
 */
static void
replaced_refs(SeaoRows *r, const NoticeEntry *e)
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
	rows_set(r, COL_STALE_REFS, rows_text_array(stale, nstale));
	rows_set(r, COL_CLEAR_REFS, rows_text_array(clear, nclear));
}

/* 2. A row per notice: its status, refs, and what it replaces. */
static void
notice_rows(SeaoRows *r, Tuplestorestate *result)
{
	HASH_SEQ_STATUS seq;
	NoticeEntry *e;

	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(r->rowcxt);

		rows_clear(r);
		rows_set_text(r, COL_NOTICE, e->key);
		rows_set_text(r, COL_OCID, e->ocid);
		rows_set_text(r, COL_RELEASE_ID, e->release_id);
		if (e->has_release_date)
			rows_set(r, COL_RELEASE_DATE, TimestampTzGetDatum(e->release_date));
		rows_set(r, COL_ORDINAL, Int32GetDatum(e->ordinal));
		rows_set_text(r, COL_STATUS, e->status);
		rows_set(r, COL_DIGEST, Int64GetDatum((int64) e->digest));
		rows_set(r, COL_REFS, rows_text_array((const char **) e->refs, e->nrefs));
		if (replaced(e))
			replaced_refs(r, e);
		rows_put(r, result);
		MemoryContextSwitchTo(old);
		MemoryContextReset(r->rowcxt);
	}
}

/* 3. The rows of the notices that are new or changed, from the first pass. */
static void
changed_rows(SeaoRows *r, Tuplestorestate *result)
{
	TupleTableSlot *slot = MakeSingleTupleTableSlot(r->desc, &TTSOpsMinimalTuple);

	tuplestore_rescan(r->store);
	while (tuplestore_gettupleslot(r->store, true, false, slot))
	{
		bool		isnull;
		char	   *notice;
		int			ordinal;
		NoticeEntry *e;

		CHECK_FOR_INTERRUPTS();
		notice = TextDatumGetCString(slot_getattr(slot, COL_NOTICE + 1, &isnull));
		ordinal = DatumGetInt32(slot_getattr(slot, COL_ORDINAL + 1, &isnull));
		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		pfree(notice);
		if (e && e->ordinal == ordinal && replaced(e))
			tuplestore_puttupleslot(result, slot);
	}
	ExecDropSingleTupleTableSlot(slot);
}

void
seao_rows_end(SeaoRows *r)
{
	Tuplestorestate *result = r->rsinfo->setResult;

	if (r->source == NULL)
		return;
	read_earlier_loads(r);
	notice_rows(r, result);
	changed_rows(r, result);
	tuplestore_end(r->store);
	r->store = result;
	hash_destroy(r->notices);
	MemoryContextDelete(r->noticecxt);
	MemoryContextDelete(r->refcxt);
}
