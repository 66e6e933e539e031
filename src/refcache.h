/*-------------------------------------------------------------------------
 *
 * refcache.h
 *	  Backend-local cache of the reference tables of schema cag_ovt.
 *
 * Functions that consult reference tables (municipalities, eco labels,
 * food categories...) must not query them for every row.  A *source* is a
 * structure built from one or more tables of schema cag_ovt; it is loaded
 * lazily through SPI into its own memory context, used until one of its
 * tables changes, then rebuilt at the next use.
 *
 * Declaring a source: a static CagRefSource with its name, its tables and
 * its loader; nothing to register, the first cag_refcache_get does it.
 *
 *		static void *my_load(CagRefSource *source, MemoryContext cxt);
 *		static CagRefSource my_source = {
 *			.name = "eco labels",
 *			.tables = {"eco_labels", NULL},
 *			.load = my_load,
 *		};
 *		...
 *		const MyStruct *s = cag_refcache_get(&my_source);
 *
 * The loader runs inside an SPI connection, as the owner of the source's
 * first table, in a security-restricted operation; it reads the tables
 * with cag_refcache_select (which checks the column types) and builds its
 * structure with allocations in cxt only (palloc in cxt, or
 * MemoryContextAlloc(cxt, ...)): everything else is freed when it returns.
 * If it raises an error nothing is kept and the next call tries again.
 *
 * Invalidation: each table of a source must carry the statement trigger
 * cag_ovt.reference_changed() (cag_ovt.manage_reference_table attaches
 * it), which turns data changes into relcache invalidations.  A relcache
 * callback marks the sources of the table stale: changes of the session
 * are seen from its next command, other sessions' changes after their
 * commit (when this session next accepts invalidation messages: at the
 * start of each transaction, and on lock acquisition).  Reads use the
 * latest snapshot, like catalog reads; in a REPEATABLE READ or SERIALIZABLE
 * transaction, or in parallel mode, the transaction's snapshot, and the
 * result is then kept for that transaction (or statement) only.  DROP and
 * CREATE EXTENSION in the session are followed too (the tables are looked
 * up again by name after any invalidation).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_REFCACHE_H
#define CAG_REFCACHE_H

#include "postgres.h"
#include "compat.h"

#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "utils/palloc.h"

#define CAG_REFCACHE_MAX_TABLES 4

typedef struct CagRefSource CagRefSource;

/* Build the structure of a source; see above. */
typedef void *(*CagRefLoader) (CagRefSource *source, MemoryContext cxt);

struct CagRefSource
{
	/* set by the module that owns the source */
	const char *name;			/* for messages, e.g. "geography" */
	const char *tables[CAG_REFCACHE_MAX_TABLES + 1];	/* of schema cag_ovt,
														 * NULL-terminated */
	CagRefLoader load;

	/* private to refcache.c */
	CagRefSource *next;			/* list of the sources in use */
	bool		registered;
	bool		valid;			/* no invalidation since the last load */
	bool		loading;
	bool		absent;			/* a table does not exist (optional sources) */
	uint64		generation;		/* invalidations received */
	Oid			relids[CAG_REFCACHE_MAX_TABLES];
	MemoryContext cxt;			/* holds data */
	void	   *data;
	LocalTransactionId valid_lxid;	/* when valid for one transaction only */
	TimestampTz valid_stmt;		/* ... and one statement (0: all) */
};

/*
 * The structure of a source, loaded or reloaded as needed.  The pointer
 * stays valid until the next cag_refcache_get on the same source.
 */
extern void *cag_refcache_get(CagRefSource *source);

/*
 * The same for a source whose tables an older version of the extension did
 * not create (the library serves databases not yet updated): NULL when one
 * of its tables does not exist.  The absence is remembered until the next
 * relcache invalidation of any relation, which the creation of the table
 * (ALTER EXTENSION ... UPDATE) sends.
 */
extern void *cag_refcache_get_optional(CagRefSource *source);

/*
 * For loaders: SELECT the given columns (a comma-separated list of plain
 * column names) of table number table_index of the source, and check that
 * there are ncols columns of the given types.  Returns SPI_tuptable, in the
 * SPI connection's memory.
 */
extern SPITupleTable *cag_refcache_select(CagRefSource *source, int table_index,
										  const char *columns, int ncols,
										  const Oid *types);

/*
 * For loaders: a row that the table's constraints forbid (a DBA who
 * dropped a constraint): data_exception naming the table, with a detail.
 */
pg_noreturn extern void cag_refcache_bad_row(const char *table, const char *detail);

/* The code (1..17) of a qc_region datum of a table, or cag_refcache_bad_row. */
extern int	cag_refcache_region(const char *table, Datum d);

/* The OID of type cag_ovt.<name>, looked up without search_path. */
extern Oid	cag_type_oid(const char *name);

#endif							/* CAG_REFCACHE_H */
