/*-------------------------------------------------------------------------
 *
 * refcache.c
 *	  Backend-local cache of the reference tables of schema cag_ovt, and
 *	  the trigger that invalidates it.
 *
 * See refcache.h for the contract.  How it works:
 *
 * - Each source lives in its own memory context, a child of
 *	 CacheMemoryContext.  A load builds a new context under the caller's
 *	 memory context (so that an error frees it), then moves it under
 *	 CacheMemoryContext and drops the previous one.
 *
 * - Table data changes do not invalidate anything by themselves: the
 *	 statement trigger cag_ovt.reference_changed() calls
 *	 CacheInvalidateRelcache on the table.  The message is processed by this
 *	 backend at the end of the command (CommandCounterIncrement), by the
 *	 others after commit; an aborted transaction's messages are replayed
 *	 locally too, so a rolled-back change is forgotten.  One relcache
 *	 callback, registered once per backend, marks stale every source that
 *	 reads the relation (all of them for a full reset, relid InvalidOid).
 *
 * - The tables are looked up by schema and name at each load, never through
 *	 search_path, and read with fixed, schema-qualified SELECTs of plain
 *	 columns: no operator or function is resolved.  The loader runs as the
 *	 owner of the source's first table, in a security-restricted operation,
 *	 so that what is cached does not depend on who called first.
 *
 * - In READ COMMITTED, invalidation messages are taken in once per
 *	 statement (at the first use of any source in the statement), so that a
 *	 statement sees what was committed before it began.
 *
 * - A load in READ COMMITTED outside parallel mode reads with the latest
 *	 snapshot: an invalidation received before the load is always followed
 *	 by a load that sees the change.  Otherwise the load has to use the
 *	 transaction's (or the parallel query's) snapshot, which may predate a
 *	 change whose invalidation has already been received; its result is
 *	 then kept only for the current transaction (REPEATABLE READ,
 *	 SERIALIZABLE) or statement (parallel mode).
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "refcache.h"

#define CAG_SCHEMA "cag_ovt"

PG_FUNCTION_INFO_V1(reference_changed);

static CagRefSource *sources = NULL;
static bool callback_registered = false;

/* The statement that last took in invalidation messages (READ COMMITTED). */
static LocalTransactionId checked_lxid = InvalidLocalTransactionId;
static TimestampTz checked_stmt = 0;

/* Relcache callback: mark stale the sources that read relid. */
static void
refcache_relcache_callback(Datum arg pg_attribute_unused(), Oid relid)
{
	CagRefSource *src;
	int			i;

	for (src = sources; src != NULL; src = src->next)
	{
		/* an absent table may be the relation just created */
		bool		hit = !OidIsValid(relid) || src->absent;

		for (i = 0; !hit && i < CAG_REFCACHE_MAX_TABLES; i++)
			hit = OidIsValid(src->relids[i]) && src->relids[i] == relid;
		if (hit)
		{
			src->valid = false;
			src->generation++;
		}
	}
}

static void
refcache_register(CagRefSource *src)
{
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(refcache_relcache_callback, (Datum) 0);
		callback_registered = true;
	}
	if (src->tables[0] == NULL || src->load == NULL)
		elog(ERROR, "reference source \"%s\" has no table or no loader", src->name);
	src->next = sources;
	sources = src;
	src->registered = true;
	src->valid = false;
}

static Oid
cag_namespace(void)
{
	Oid			nsp = get_namespace_oid(CAG_SCHEMA, true);

	if (!OidIsValid(nsp))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_SCHEMA),
				 errmsg("schema \"%s\" does not exist", CAG_SCHEMA),
				 errhint("Install the extension with CREATE EXTENSION cag_ovt.")));
	return nsp;
}

void
cag_refcache_bad_row(const char *table, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("invalid row in reference table %s.%s", CAG_SCHEMA, table),
			 errdetail("%s", detail),
			 errhint("Correct the row: the table's constraints forbid it.")));
}

int
cag_refcache_region(const char *table, Datum d)
{
	int			code = (unsigned char) DatumGetChar(d);

	if (code < 1 || code > 17)
		cag_refcache_bad_row(table, psprintf("A region code is out of range: %d.", code));
	return code;
}

Oid
cag_type_oid(const char *name)
{
	Oid			typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
										CStringGetDatum(name),
										ObjectIdGetDatum(cag_namespace()));

	if (!OidIsValid(typid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("type %s.%s does not exist", CAG_SCHEMA, name)));
	return typid;
}

/* Is the cached structure usable in the current transaction and statement? */
static inline bool
refcache_current(const CagRefSource *src)
{
	if (!src->valid || src->data == NULL)
		return false;
	if (src->valid_lxid == InvalidLocalTransactionId)
		return true;
	if (src->valid_lxid != cag_my_lxid())
		return false;
	return src->valid_stmt == 0 ||
		src->valid_stmt == GetCurrentStatementStartTimestamp();
}

/*
 * Run the loader of a source as the owner of its tables, in a
 * security-restricted operation, inside an SPI connection; with the latest
 * snapshot when latest is true, else with the active one.
 */
static void *
refcache_run_loader(CagRefSource *src, MemoryContext cxt, Oid owner, bool latest)
{
	Oid			save_userid;
	int			save_sec_context;
	void	   *data;

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context |
						   SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (latest)
		PushActiveSnapshot(GetLatestSnapshot());
	data = src->load(src, cxt);
	if (latest)
		PopActiveSnapshot();
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed");
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return data;
}

/* refcache_run_loader, with src->loading set while it runs. */
static void *
refcache_guarded_load(CagRefSource *src, MemoryContext cxt, Oid owner, bool latest)
{
	void	   *volatile data = NULL;

	src->loading = true;
	PG_TRY();
	{
		data = refcache_run_loader(src, cxt, owner, latest);
	}
	PG_FINALLY();
	{
		src->loading = false;
	}
	PG_END_TRY();
	return data;
}

/*
 * Load a source.  When one of its tables does not exist: an error, or, with
 * missing_ok, no data and the source marked absent until the next relcache
 * invalidation of any relation (the creation of the table sends one).
 */
static void
refcache_load(CagRefSource *src, bool missing_ok)
{
	Oid			nsp;
	Oid			relids[CAG_REFCACHE_MAX_TABLES];
	Oid			owner = InvalidOid;
	bool		latest;
	uint64		generation;
	MemoryContext cxt;
	void	   *data;
	int			i;

	if (src->loading)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("reference data \"%s\" is needed while it is being loaded",
						src->name),
				 errdetail("Something that reading the reference tables runs (a policy, a view) uses them in turn.")));

	/* take in pending invalidations, so as not to load twice */
	AcceptInvalidationMessages();
	generation = src->generation;

	/* the tables, by schema and name */
	nsp = cag_namespace();
	memset(relids, 0, sizeof(relids));
	for (i = 0; i < CAG_REFCACHE_MAX_TABLES && src->tables[i] != NULL; i++)
	{
		relids[i] = get_relname_relid(src->tables[i], nsp);
		if (!OidIsValid(relids[i]) && missing_ok)
		{
			if (src->cxt != NULL)
				MemoryContextDelete(src->cxt);
			src->cxt = NULL;
			src->data = NULL;
			memset(src->relids, 0, sizeof(src->relids));
			src->absent = true;
			src->valid = (src->generation == generation);
			src->valid_lxid = InvalidLocalTransactionId;
			src->valid_stmt = 0;
			return;
		}
		if (!OidIsValid(relids[i]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("reference table %s.%s does not exist",
							CAG_SCHEMA, src->tables[i]),
					 errhint("Reinstall the extension cag_ovt.")));
		if (i == 0)
		{
			HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relids[0]));

			if (!HeapTupleIsValid(tup))
				elog(ERROR, "cache lookup failed for relation %u", relids[0]);
			owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
			ReleaseSysCache(tup);
		}
	}

	/* the relcache callback must know the tables during the load already */
	memcpy(src->relids, relids, sizeof(relids));
	src->absent = false;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "cag_ovt reference data",
								ALLOCSET_SMALL_SIZES);
	MemoryContextSetIdentifier(cxt, src->name);

	latest = !IsolationUsesXactSnapshot() && !IsInParallelMode();

	data = refcache_guarded_load(src, cxt, owner, latest);

	/* keep the new structure, drop the old one */
	MemoryContextSetParent(cxt, CacheMemoryContext);
	if (src->cxt != NULL)
		MemoryContextDelete(src->cxt);
	src->cxt = cxt;
	src->data = data;

	/*
	 * An invalidation that arrived during the load (while locking the
	 * tables) may be for a change the snapshot did not see: use the data for
	 * this call, load again at the next.
	 */
	src->valid = (src->generation == generation);
	if (latest)
	{
		src->valid_lxid = InvalidLocalTransactionId;
		src->valid_stmt = 0;
	}
	else
	{
		src->valid_lxid = cag_my_lxid();
		src->valid_stmt = IsolationUsesXactSnapshot() ? 0 :
			GetCurrentStatementStartTimestamp();
	}
}

static void *
refcache_get(CagRefSource *src, bool missing_ok)
{
	if (unlikely(!src->registered))
		refcache_register(src);

	/*
	 * In READ COMMITTED each statement sees what was committed before it
	 * started: take in the invalidations once per statement (a statement
	 * that reads no table may not do it by itself).  Other isolation levels
	 * take them in at the start of the transaction, which is all their
	 * snapshot allows.
	 */
	if (!IsolationUsesXactSnapshot() &&
		(checked_lxid != cag_my_lxid() ||
		 checked_stmt != GetCurrentStatementStartTimestamp()))
	{
		AcceptInvalidationMessages();
		checked_lxid = cag_my_lxid();
		checked_stmt = GetCurrentStatementStartTimestamp();
	}

	if (likely(refcache_current(src)))
		return src->data;
	if (missing_ok && src->absent && src->valid)
		return NULL;
	refcache_load(src, missing_ok);
	return src->data;
}

void *
cag_refcache_get(CagRefSource *src)
{
	return refcache_get(src, false);
}

void *
cag_refcache_get_optional(CagRefSource *src)
{
	return refcache_get(src, true);
}

SPITupleTable *
cag_refcache_select(CagRefSource *src, int table_index, const char *columns,
					int ncols, const Oid *types)
{
	StringInfoData sql;
	TupleDesc	desc;
	int			ret;
	int			i;

	Assert(table_index >= 0 && table_index < CAG_REFCACHE_MAX_TABLES &&
		   src->tables[table_index] != NULL);
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT %s FROM %s", columns,
					 quote_qualified_identifier(CAG_SCHEMA, src->tables[table_index]));
	ret = SPI_execute(sql.data, true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed on \"%s\": %s", sql.data,
			 SPI_result_code_string(ret));
	desc = SPI_tuptable->tupdesc;
	if (desc->natts != ncols)
		elog(ERROR, "\"%s\" returned %d columns instead of %d",
			 sql.data, desc->natts, ncols);
	for (i = 0; i < ncols; i++)
	{
		Oid			typid = TupleDescAttr(desc, i)->atttypid;

		if (typid != types[i])
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of reference table %s.%s has type %s instead of %s",
							NameStr(TupleDescAttr(desc, i)->attname),
							CAG_SCHEMA, src->tables[table_index],
							format_type_be(typid), format_type_be(types[i])),
					 errhint("Restore the definition of the table from the extension's install script.")));
	}
	pfree(sql.data);
	return SPI_tuptable;
}

/*
 * cag_ovt.reference_changed(): AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
 * FOR EACH STATEMENT trigger of the reference tables.  Data changes do not
 * invalidate the relcache by themselves; this makes them do so, which every
 * backend's reference cache follows.
 */
Datum
reference_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function reference_changed was not called by the trigger manager")));
	if (!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function reference_changed must be fired AFTER ... FOR EACH STATEMENT")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
