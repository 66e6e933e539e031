/*-------------------------------------------------------------------------
 *
 * seao.c
 *	  SEAO open data: SEAO's region numbering, and the parsers that turn a
 *	  SEAO XML export or an OCDS release package into purchase rows.
 *
 * parse_seao_xml and parse_ocds return one row per winning bidder (XML) or
 * award supplier (OCDS), with the purchase's columns typed and checked,
 * and the problems found ("issues") as three parallel text arrays: field,
 * raw value, reason.  A field that fails its type is NULL in the row, with
 * an issue.  A row whose amount is NULL is not a purchase: its issues say
 * why (no positive amount, no date, a cancelled award...), and only that.
 *
 * seao_rows, the loaders' parser, reads the same rows in a first pass,
 * keeping for each notice (OCDS: each OCID) the version that counts with a
 * fingerprint of its rows; compares them with what load_notices says of
 * earlier loads (one SPI query); and returns one row per notice (source_ref
 * NULL) with its status and the references its new version replaces, then
 * the rows of the notices that are new or changed.  The load statement
 * (src/seao.sql) applies them.  Everything about the rules is in
 * doc/reference.md.
 *
 * A malformed file (not well-formed XML, not a SEAO export, not an OCDS
 * release package, a required value that cannot be read) raises an error:
 * nothing of it is returned.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/int.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "classify_core.h"
#include "geography.h"
#include "neq_core.h"
#include "postal_code_core.h"
#include "refcache.h"
#include "seao.h"
#include "seao_core.h"
#include "seao_xml_core.h"
#include "unspsc_core.h"

PG_FUNCTION_INFO_V1(seao_region);
PG_FUNCTION_INFO_V1(parse_seao_xml_text);
PG_FUNCTION_INFO_V1(parse_seao_xml_bytea);
PG_FUNCTION_INFO_V1(parse_ocds);

/* cag_ovt.load_progress: a NOTICE every that many notices or releases */
static int	load_progress = 0;

void
cag_seao_define_gucs(void)
{
	DefineCustomIntVariable("cag_ovt.load_progress",
							"Reports the progress of the SEAO loaders every that many notices or releases.",
							"0 turns the reports off.",
							&load_progress,
							0, 0, INT_MAX,
							PGC_USERSET, 0,
							NULL, NULL, NULL);
}

/* ---------------------------------------------------------------------
 * seao_region(text) → qc_region
 * ---------------------------------------------------------------------
 */
Datum
seao_region(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	CagParseError err;
	int			code;
	int			official;

	if (!seao_region_parse(cag_cstring_to_utf8(str), &code, &err))
		cag_report_parse_error("SEAO region", str, &err);
	official = seao_region_official(code);
	if (official == 0)
		PG_RETURN_NULL();		/* 19: outside Québec */
	PG_RETURN_CHAR((char) official);
}

/* ---------------------------------------------------------------------
 * Rows
 * ---------------------------------------------------------------------
 */

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

#define MAX_ISSUES 24

typedef struct Issue
{
	const char *field;			/* purchases column (ASCII) */
	char	   *value;			/* raw value, server encoding, or NULL */
	char	   *reason;			/* server encoding */
} Issue;

/* An issue found once for a notice and reported on each of its rows. */
typedef struct SharedIssue
{
	const char *field;
	const char *value;			/* UTF-8 */
	char		reason[CAG_MSG_LEN * 4];	/* UTF-8 */
} SharedIssue;

typedef struct Rows
{
	ReturnSetInfo *rsinfo;
	TupleDesc	desc;
	Tuplestorestate *store;		/* where the rows go: the result, or the
								 * loader's first pass */
	MemoryContext rowcxt;		/* reset after each row */
	Oid			region_type;
	const char *what;			/* "notices" or "releases", for progress */
	int64		count;			/* notices or releases done */
	bool		loader;			/* rows for the loader (NCOLS_LOADER) */
	HTAB	   *notices;		/* loader: NoticeEntry by notice */
	MemoryContext noticecxt;	/* loader: what the entries hold */

	/* the notice being read (loader): its rows' fingerprint and refs */
	uint64		digest;
	char	  **refs;
	bool	   *ref_purchase;
	int			nrefs;
	int			maxrefs;

	/* the row being built */
	Datum		values[NCOLS_LOADER];
	bool		nulls[NCOLS_LOADER];
	Issue		issues[MAX_ISSUES];
	int			nissues;
	bool		purchase;		/* false: only the reason is reported */
} Rows;

static void
rows_init(Rows *r, FunctionCallInfo fcinfo, const char *what, bool loader)
{
	memset(r, 0, sizeof(Rows));
	InitMaterializedSRF(fcinfo, 0);
	r->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	r->desc = r->rsinfo->setDesc;
	r->store = r->rsinfo->setResult;
	r->loader = loader;
	if (r->desc->natts != (loader ? NCOLS_LOADER : NCOLS))
		elog(ERROR, "SEAO parse function declared with %d columns, expected %d",
			 r->desc->natts, loader ? NCOLS_LOADER : NCOLS);
	if (loader)
	{
		HASHCTL		ctl;
		MemoryContext old;

		/* a first pass into a store of our own, kept in the result's memory */
		old = MemoryContextSwitchTo(r->rsinfo->econtext->ecxt_per_query_memory);
		r->store = tuplestore_begin_heap(false, false, work_mem);
		MemoryContextSwitchTo(old);
		r->noticecxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO notices",
											 ALLOCSET_DEFAULT_SIZES);
		ctl.keysize = NOTICE_KEY_LEN;
		ctl.entrysize = sizeof(NoticeEntry);
		ctl.hcxt = r->noticecxt;
		r->notices = hash_create("SEAO notices", 1024, &ctl,
								 HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}
	r->rowcxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO row",
									  ALLOCSET_DEFAULT_SIZES);
	r->region_type = cag_type_oid("qc_region");
	r->what = what;
	r->count = 0;
}

static void
row_begin(Rows *r)
{
	int			i;

	for (i = 0; i < NCOLS_LOADER; i++)
	{
		r->values[i] = (Datum) 0;
		r->nulls[i] = true;
	}
	r->nissues = 0;
	r->purchase = true;
}

/* Text in UTF-8 to the server encoding, characters it lacks as "?". */
static char *
to_server_lossy(const char *utf8)
{
	return utf8 == NULL ? NULL : cag_utf8_message_to_server(utf8);
}

/* Record an issue: field, raw value (UTF-8 or NULL), reason (UTF-8). */
static void
row_issue(Rows *r, const char *field, const char *value, const char *fmt,...) pg_attribute_printf(4, 5);

static void
row_issue(Rows *r, const char *field, const char *value, const char *fmt,...)
{
	MemoryContext old;
	StringInfoData reason;
	Issue	   *issue;

	if (!r->purchase || r->nissues >= MAX_ISSUES)
		return;
	old = MemoryContextSwitchTo(r->rowcxt);
	initStringInfo(&reason);
	for (;;)
	{
		va_list		ap;
		int			needed;

		va_start(ap, fmt);
		needed = appendStringInfoVA(&reason, fmt, ap);
		va_end(ap);
		if (needed == 0)
			break;
		enlargeStringInfo(&reason, needed);
	}
	issue = &r->issues[r->nissues++];
	issue->field = field;
	issue->value = to_server_lossy(value);
	issue->reason = to_server_lossy(reason.data);
	MemoryContextSwitchTo(old);
}

/*
 * The row is not a purchase: drop the issues found so far and report only
 * why (reason in UTF-8).
 */
static void
row_not_purchase(Rows *r, const char *field, const char *value, const char *reason)
{
	if (!r->purchase)
		return;
	r->nissues = 0;
	row_issue(r, field, value, "%s", reason);
	r->purchase = false;
}

static void
row_set(Rows *r, int col, Datum value)
{
	r->values[col] = value;
	r->nulls[col] = false;
}

/* A parse error's detail and hint as one reason (UTF-8). */
static const char *
error_text(const CagParseError *err)
{
	if (err->hint[0])
		return psprintf("%s %s", err->detail, err->hint);
	return err->detail;
}

/* Is a value absent, or nothing but white space? */
static bool
blank(const char *s)
{
	if (s == NULL)
		return true;
	while (cag_is_space((unsigned char) *s))
		s++;
	return *s == '\0';
}

/* Trimmed copy of a UTF-8 value, or NULL when it is absent or blank. */
static char *
trimmed(const char *utf8)
{
	size_t		start;
	size_t		len;

	if (utf8 == NULL)
		return NULL;
	len = strlen(utf8);
	seao_trim(utf8, &start, &len);
	if (len == 0)
		return NULL;
	return pnstrdup(utf8 + start, len);
}

/* A text column from UTF-8: trimmed, NULL when blank, in the server encoding. */
static void
row_text(Rows *r, int col, const char *field, const char *utf8)
{
	size_t		start;
	size_t		len;
	char	   *server;
	int			enc;

	if (utf8 == NULL)
		return;
	len = strlen(utf8);
	seao_trim(utf8, &start, &len);
	if (len == 0)
		return;
	enc = GetDatabaseEncoding();
	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		row_set(r, col, PointerGetDatum(cstring_to_text_with_len(utf8 + start, (int) len)));
		return;
	}
	if (!cag_utf8_to_server_noerror(pnstrdup(utf8 + start, len), &server))
	{
		row_issue(r, field, pnstrdup(utf8 + start, len),
				  "The value holds a character that the database encoding (%s) cannot store.",
				  GetDatabaseEncodingName());
		return;
	}
	row_set(r, col, PointerGetDatum(cstring_to_text(server)));
}

/* Text already in the server encoding (notice numbers, references). */
static void
row_server_text(Rows *r, int col, const char *str)
{
	if (str != NULL)
		row_set(r, col, PointerGetDatum(cstring_to_text(str)));
}

/*
 * The supplier's province (or state) and country: kept as written when the
 * classification can read them (cag_read_province, cag_read_country);
 * anything else -- a region number in the province field, as SEAO files
 * sometimes hold -- is NULL with an issue, and the postal code decides.
 */
static void
row_place(Rows *r, int col, const char *field, const char *utf8)
{
	char	   *t = trimmed(utf8);
	CagPlace	place;

	if (t == NULL)
		return;
	if (col == COL_SUPPLIER_PROVINCE)
	{
		place = cag_read_province(t, strlen(t));
		if (place.kind == CAG_PLACE_NONE || place.kind == CAG_PLACE_UNRECOGNIZED)
		{
			row_issue(r, field, t,
					  "Neither a province nor a state: the supplier's province is unknown, and its postal code decides.");
			return;
		}
	}
	else
	{
		place = cag_read_country(t, strlen(t));
		if (place.kind == CAG_PLACE_NONE)
		{
			row_issue(r, field, t,
					  "Not a country: the supplier's country is unknown.");
			return;
		}
	}
	row_text(r, col, field, t);
}

static bool
row_postal_code(Rows *r, int col, const char *field, const char *what,
				const char *utf8, int32 *code)
{
	CagParseError err;
	int32_t		value;

	if (blank(utf8))
		return false;
	if (!postal_code_parse(utf8, &value, &err))
	{
		row_issue(r, field, utf8, "Invalid postal_code%s: %s", what, error_text(&err));
		return false;
	}
	if (col >= 0)
		row_set(r, col, Int32GetDatum(value));
	if (code)
		*code = value;
	return true;
}

static void
row_neq(Rows *r, const char *utf8)
{
	CagParseError err;
	int64_t		value;

	if (blank(utf8))
		return;
	if (!neq_parse(utf8, &value, &err))
	{
		row_issue(r, "supplier_neq", utf8, "Invalid neq: %s", error_text(&err));
		return;
	}
	row_set(r, COL_SUPPLIER_NEQ, Int64GetDatum(value));
}

static void
row_unspsc(Rows *r, const char *utf8)
{
	CagParseError err;
	int32_t		value;

	if (blank(utf8))
		return;
	if (!unspsc_parse(utf8, &value, &err))
	{
		row_issue(r, "category", utf8, "Invalid unspsc: %s", error_text(&err));
		return;
	}
	row_set(r, COL_CATEGORY, Int32GetDatum(value));
}

/* The region of a buyer's postal code on the purchase date. */
static void
row_buyer_region(Rows *r, int32 postal_code, DateADT on)
{
	char		chars[POSTAL_CODE_BINARY_LEN];
	char		fsa[4];
	int			region;

	postal_code_chars(postal_code, chars);
	memcpy(fsa, chars, 3);
	fsa[3] = '\0';
	region = cag_region_of_fsa(fsa, on);
	if (region != 0)
		row_set(r, COL_BUYER_REGION, CharGetDatum((char) region));
}

/* Delivery regions from a parsed SEAO list. */
static void
row_delivery(Rows *r, const SeaoRegionList *list)
{
	Datum		elems[17];
	int			n = 0;
	int			code;

	if (list->nregions == 1 && !list->outside)
	{
		for (code = 1; code <= 17; code++)
			if (list->regions & (UINT32_C(1) << code))
				row_set(r, COL_DELIVERY_REGION, CharGetDatum((char) code));
		return;
	}
	/* several regions, or outside Québec (an empty list when only that) */
	for (code = 1; code <= 17; code++)
		if (list->regions & (UINT32_C(1) << code))
			elems[n++] = CharGetDatum((char) code);
	row_set(r, COL_DELIVERY_REGIONS,
			PointerGetDatum(construct_array(elems, n, r->region_type, 1, true, TYPALIGN_CHAR)));
}

static Datum
text_array(const char **items, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * n);
	int			i;

	for (i = 0; i < n; i++)
		elems[i] = PointerGetDatum(cstring_to_text(items[i] ? items[i] : ""));
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Fold a column of the row being emitted into the notice's fingerprint. */
static uint64
digest_column(const Rows *r, uint64 h, int col)
{
	Form_pg_attribute att = TupleDescAttr(r->desc, col);
	uint32		mark[2];

	mark[0] = (uint32) col;
	mark[1] = r->nulls[col] ? 0 : 1;
	h = hash_bytes_extended((const unsigned char *) mark, sizeof(mark), h);
	if (r->nulls[col])
		return h;
	if (att->attbyval)
	{
		Datum		d = r->values[col];

		return hash_bytes_extended((const unsigned char *) &d, sizeof(Datum), h);
	}
	if (att->attndims > 0 || type_is_array(att->atttypid))
	{
		/*
		 * An array's header holds the OID of its element type, which is not
		 * the same in another database (qc_region is created anew by each
		 * CREATE EXTENSION): the fingerprint takes what follows it.
		 */
		ArrayType  *a = DatumGetArrayTypeP(r->values[col]);
		const char *from = (const char *) ARR_DIMS(a);
		int32		ndim = ARR_NDIM(a);

		h = hash_bytes_extended((const unsigned char *) &ndim, sizeof(ndim), h);
		return hash_bytes_extended((const unsigned char *) from,
								   (int) (VARSIZE(a) - (from - (const char *) a)), h);
	}
	return hash_bytes_extended((const unsigned char *) VARDATA_ANY(DatumGetPointer(r->values[col])),
							   (int) VARSIZE_ANY_EXHDR(DatumGetPointer(r->values[col])), h);
}

/* A notice (or release) begins: its rows follow. */
static void
notice_begin(Rows *r)
{
	r->digest = 0;
	r->refs = NULL;
	r->ref_purchase = NULL;
	r->nrefs = 0;
	r->maxrefs = 0;
}

static void
row_emit(Rows *r)
{
	MemoryContext old;

	if (r->loader && !r->nulls[COL_SOURCE_REF])
	{
		/* in the notice's memory, which lives until notice_record */
		if (r->nrefs == r->maxrefs)
		{
			r->maxrefs = r->maxrefs ? r->maxrefs * 2 : 8;
			r->refs = r->refs ? repalloc(r->refs, sizeof(char *) * r->maxrefs)
				: palloc(sizeof(char *) * r->maxrefs);
			r->ref_purchase = r->ref_purchase ? repalloc(r->ref_purchase, sizeof(bool) * r->maxrefs)
				: palloc(sizeof(bool) * r->maxrefs);
		}
		r->refs[r->nrefs] = TextDatumGetCString(r->values[COL_SOURCE_REF]);
		r->ref_purchase[r->nrefs] = r->purchase;
		r->nrefs++;
	}

	old = MemoryContextSwitchTo(r->rowcxt);
	if (r->nissues > 0)
	{
		const char *fields[MAX_ISSUES];
		const char *reasons[MAX_ISSUES];
		Datum		values[MAX_ISSUES];
		bool		nulls[MAX_ISSUES];
		int			dims[1];
		int			lbs[1] = {1};
		int			i;

		for (i = 0; i < r->nissues; i++)
		{
			fields[i] = r->issues[i].field;
			reasons[i] = r->issues[i].reason;
			nulls[i] = r->issues[i].value == NULL;
			values[i] = nulls[i] ? (Datum) 0 :
				PointerGetDatum(cstring_to_text(r->issues[i].value));
		}
		dims[0] = r->nissues;
		row_set(r, COL_ISSUE_FIELDS, text_array(fields, r->nissues));
		row_set(r, COL_ISSUE_VALUES,
				PointerGetDatum(construct_md_array(values, nulls, 1, dims, lbs, TEXTOID,
												   -1, false, TYPALIGN_INT)));
		row_set(r, COL_ISSUE_REASONS, text_array(reasons, r->nissues));
	}
	if (!r->purchase)
		r->nulls[COL_AMOUNT] = true;
	if (r->loader)
	{
		int			col;

		/*
		 * Everything but where the notice is in the file and which release
		 * it came from: the same content in another file or release has the
		 * same fingerprint.
		 */
		for (col = 0; col < NCOLS; col++)
			if (col != COL_RELEASE_ID && col != COL_RELEASE_DATE && col != COL_ORDINAL)
				r->digest = digest_column(r, r->digest, col);
	}
	tuplestore_putvalues(r->store, r->desc, r->values, r->nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(r->rowcxt);
}

/*
 * The loader: the notice (release) whose rows were just emitted is done.
 * Keep it when it is the version of its notice that counts so far: the
 * newest release of an OCID, the last occurrence of an XML notice.
 */
static void
notice_record(Rows *r, const char *notice, const char *ocid, const char *release_id,
			  bool has_release_date, TimestampTz release_date, int ordinal)
{
	NoticeEntry *e;
	bool		found;
	MemoryContext old;
	int			i;

	if (!r->loader)
		return;
	if (strlen(notice) >= NOTICE_KEY_LEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("SEAO notice identifier too long: \"%.40s...\"", notice),
				 errdetail("The loader keeps track of notices up to %d bytes long.",
						   NOTICE_KEY_LEN - 1)));
	e = hash_search(r->notices, notice, HASH_ENTER, &found);
	if (found)
	{
		int			cmp = 0;

		if (has_release_date && e->has_release_date)
			cmp = release_date > e->release_date ? 1 : release_date < e->release_date ? -1 : 0;
		if (cmp == 0 && release_id && e->release_id)
			cmp = strcmp(release_id, e->release_id);
		if (cmp == 0)
			cmp = ordinal > e->ordinal ? 1 : -1;
		if (cmp < 0)
			return;
	}
	old = MemoryContextSwitchTo(r->noticecxt);
	e->ordinal = ordinal;
	e->ocid = ocid ? pstrdup(ocid) : NULL;
	e->release_id = release_id ? pstrdup(release_id) : NULL;
	e->has_release_date = has_release_date;
	e->release_date = release_date;
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

static void
rows_progress(Rows *r, int line)
{
	r->count++;
	if (load_progress > 0 && r->count % load_progress == 0)
	{
		if (line > 0)
			ereport(NOTICE,
					(errmsg("%lld %s read (line %d)", (long long) r->count, r->what, line)));
		else
			ereport(NOTICE,
					(errmsg("%lld %s read", (long long) r->count, r->what)));
	}
}

/* Amount column from cents. */
static Datum
cents_datum(int64 cents)
{
	return NumericGetDatum(int64_div_fast_to_numeric(cents, 2));
}

static const char *
cents_text(int64 cents)
{
	return psprintf("%s%lld.%02lld", cents < 0 ? "-" : "",
					(long long) (cents < 0 ? -(cents / 100) : cents / 100),
					(long long) (cents < 0 ? -(cents % 100) : cents % 100));
}

/* ---------------------------------------------------------------------
 * SEAO XML exports
 * ---------------------------------------------------------------------
 */

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

static void *
xml_alloc(void *arg, size_t size)
{
	return MemoryContextAlloc((MemoryContext) arg, size);
}

static void *
xml_realloc(void *arg, void *ptr, size_t size)
{
	(void) arg;
	return repalloc(ptr, size);
}

static void
xml_free(void *arg, void *ptr)
{
	(void) arg;
	if (ptr)
		pfree(ptr);
}

/* The fields of a notice shared by its rows. */
typedef struct NoticeInfo
{
	char	   *number;			/* server encoding (digits) */
	int			line;
	bool		has_date;
	DateADT		date;
	const char *date_raw;
	bool		has_buyer_postal;
	int32		buyer_postal;
	bool		has_regions;
	SeaoRegionList regions;
	SharedIssue shared[4];
	int			nshared;
} NoticeInfo;

static void
shared_issue(NoticeInfo *ni, const char *field, const char *value, const char *fmt,
			 const CagParseError *err)
{
	SharedIssue *s = &ni->shared[ni->nshared++];

	s->field = field;
	s->value = value;
	snprintf(s->reason, sizeof(s->reason), fmt, error_text(err));
}

/* A required value that cannot be read: the export is malformed. */
static char *
bad_required(const NoticeInfo *ni, const SeaoXmlSupplier *s, const char *element,
			 const char *value, const CagParseError *err)
{
	if (s)
		return psprintf("Line %d: <%s> \"%s\" of bidder %d of notice %s cannot be read. %s",
						s->line, element, value, s->position, ni->number,
						error_text(err));
	return psprintf("Line %d: <%s> \"%s\" of notice %s cannot be read. %s",
					ni->line, element, value, ni->number, error_text(err));
}

/* The state of a reading, for the reader's notice function. */
typedef struct XmlRun
{
	Rows	   *rows;
	MemoryContext notice_cxt;	/* reset after each notice */
	MemoryContext outer;		/* where the error message goes */
	char	   *error;			/* the export is malformed: why (UTF-8) */
	bool		interrupted;
} XmlRun;

/* Record why the export is malformed; returns false for the reader. */
static bool
notice_error(XmlRun *x, const char *detail)
{
	x->error = MemoryContextStrdup(x->outer, detail);
	return false;
}

/*
 * The rows of a notice.  Runs inside libxml2's parser (through the
 * reader's function): reports a malformed export by returning false, not
 * by raising an error.
 */
static bool
xml_notice(XmlRun *x, const SeaoXmlNotice *n)
{
	Rows	   *r = x->rows;
	NoticeInfo	ni;
	CagParseError err;
	const char *v;
	size_t		start;
	size_t		len;
	int			i;
	int			year;
	int			month;
	int			day;

	memset(&ni, 0, sizeof(ni));
	ni.line = n->line;
	notice_begin(r);

	/* the notice number: required, digits */
	v = seao_notice_field(n, SEAO_N_NUMBER);
	if (!seao_notice_number_parse(v, &start, &len, &err))
		return notice_error(x, psprintf("Line %d: the <numeroseao> \"%s\" of the notice that starts there is not a notice number. %s",
								  n->line, v, error_text(&err)));
	ni.number = pnstrdup(v + start, len);

	/* award date: absent or empty means "not a purchase"; garbage is an error */
	v = seao_notice_field(n, SEAO_N_AWARD_DATE);
	ni.date_raw = v;
	if (!blank(v))
	{
		if (!seao_date_parse(v, &year, &month, &day, &err))
			return notice_error(x, bad_required(&ni, NULL, "dateadjudication", v, &err));
		ni.has_date = true;
		ni.date = seao_days_since_2000(year, month, day);
	}

	/* buyer's postal code */
	v = seao_notice_field(n, SEAO_N_POSTAL_CODE);
	if (!blank(v))
	{
		int32_t		code;

		if (postal_code_parse(v, &code, &err))
		{
			ni.has_buyer_postal = true;
			ni.buyer_postal = code;
		}
		else
			shared_issue(&ni, "buyer_region", v,
						 "Invalid postal_code of the buyer, whose region is therefore unknown: %s", &err);
	}

	/* delivery regions, in SEAO's numbering */
	v = seao_notice_field(n, SEAO_N_REGIONS);
	if (!blank(v))
	{
		if (seao_region_list_parse(v, &ni.regions, &err))
			ni.has_regions = true;
		else
			shared_issue(&ni, "delivery_region", v,
						 "Invalid SEAO region list (regionlivraison): %s The delivery region is left unknown, so the buyer's region applies.",
						 &err);
	}

	for (i = 0; i < n->nsuppliers; i++)
	{
		const SeaoXmlSupplier *s = &n->suppliers[i];
		const char *winner = seao_supplier_field(n, s, SEAO_S_WINNER);
		const char *amount = seao_supplier_field(n, s, SEAO_S_AMOUNT);
		char	   *w = trimmed(winner);
		int64_t		cents = 0;
		bool		rounded = false;
		int			k;

		if (w == NULL)
			return notice_error(x, psprintf("Line %d: bidder %d of notice %s has no <adjudicataire>, so whether it won is unknown.",
									  s->line, s->position, ni.number));
		if (strcmp(w, "0") == 0)
			continue;
		if (strcmp(w, "1") != 0)
			return notice_error(x, psprintf("Line %d: <adjudicataire> \"%s\" of bidder %d of notice %s is neither 1 (winner) nor 0.",
									  s->line, winner, s->position, ni.number));

		row_begin(r);
		row_server_text(r, COL_NOTICE, ni.number);
		row_set(r, COL_ORDINAL, Int32GetDatum(n->ordinal));
		{
			char		ref[64];

			snprintf(ref, sizeof(ref), "%s/%d", ni.number, s->position);
			row_server_text(r, COL_SOURCE_REF, ref);
		}

		/* the amount decides whether this is a purchase at all */
		if (blank(amount))
			row_not_purchase(r, "amount", amount,
							 "The winner has no contract amount (montantcontrat): not a purchase.");
		else if (!seao_amount_parse(amount, &cents, &rounded, &err))
		{
			if (err.kind == CAG_ERR_RANGE)
				row_not_purchase(r, "amount", amount, error_text(&err));
			else
				return notice_error(x, bad_required(&ni, s, "montantcontrat", amount, &err));
		}
		else if (cents <= 0)
			row_not_purchase(r, "amount", amount,
							 cents == 0 ? "The winner's contract amount (montantcontrat) is zero: not a purchase." :
							 "The winner's contract amount (montantcontrat) is negative: not a purchase.");
		if (!ni.has_date)
			row_not_purchase(r, "purchased_on", ni.date_raw,
							 "The notice has no award date (dateadjudication): not a purchase.");

		if (r->purchase)
		{
			row_set(r, COL_AMOUNT, cents_datum(cents));
			if (rounded)
				row_issue(r, "amount", amount,
						  "The contract amount has digits below the cent: loaded as %s.",
						  cents_text(cents));
		}
		if (ni.has_date)
			row_set(r, COL_PURCHASED_ON, DateADTGetDatum(ni.date));
		row_text(r, COL_BUYER, "buyer", seao_notice_field(n, SEAO_N_BUYER));
		if (ni.has_buyer_postal)
		{
			row_set(r, COL_BUYER_POSTAL_CODE, Int32GetDatum(ni.buyer_postal));
			if (ni.has_date)
				row_buyer_region(r, ni.buyer_postal, ni.date);
		}
		if (ni.has_regions)
			row_delivery(r, &ni.regions);
		for (k = 0; k < ni.nshared; k++)
			row_issue(r, ni.shared[k].field, ni.shared[k].value, "%s", ni.shared[k].reason);
		row_text(r, COL_SUPPLIER_NAME, "supplier_name", seao_supplier_field(n, s, SEAO_S_NAME));
		row_neq(r, seao_supplier_field(n, s, SEAO_S_NEQ));
		row_place(r, COL_SUPPLIER_PROVINCE, "supplier_province",
				  seao_supplier_field(n, s, SEAO_S_PROVINCE));
		row_postal_code(r, COL_SUPPLIER_POSTAL_CODE, "supplier_postal_code", "",
						seao_supplier_field(n, s, SEAO_S_POSTAL_CODE), NULL);
		row_place(r, COL_SUPPLIER_COUNTRY, "supplier_country",
				  seao_supplier_field(n, s, SEAO_S_COUNTRY));
		row_unspsc(r, seao_notice_field(n, SEAO_N_UNSPSC));
		row_text(r, COL_DESCRIPTION, "description", seao_notice_field(n, SEAO_N_TITLE));
		row_emit(r);
	}

	notice_record(r, ni.number, NULL, NULL, false, 0, n->ordinal);
	return true;
}

/* Is ref in items[0..n)? */
static bool
ref_in(const char *ref, char *const *items, const bool *mask, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if ((mask == NULL || mask[i]) && strcmp(items[i], ref) == 0)
			return true;
	return false;
}

/*
 * The loader's second pass: compare each notice kept with what load_notices
 * says of it, then return a row per notice and the rows of the notices
 * that are new or changed.
 */
static void
loader_finish(Rows *r, const char *source)
{
	HASH_SEQ_STATUS seq;
	NoticeEntry *e;
	long		n = hash_get_num_entries(r->notices);
	Datum	   *keys = palloc(sizeof(Datum) * (n + 1));
	int			nkeys = 0;
	Oid			argtypes[2] = {TEXTOID, TEXTARRAYOID};
	Datum		args[2];
	uint64		i;
	TupleTableSlot *slot;
	Tuplestorestate *result = r->rsinfo->setResult;

	/* 1. what earlier loads of the source recorded for these notices */
	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
		keys[nkeys++] = CStringGetTextDatum(e->key);
	args[0] = CStringGetTextDatum(source);
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
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *notice = TextDatumGetCString(SPI_getbinval(tup, desc, 1, &isnull));
		Datum		d;
		int			cmp = 0;

		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		if (e == NULL)
			continue;
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
			continue;
		}
		d = SPI_getbinval(tup, desc, 4, &isnull);
		if (!isnull && (uint64) DatumGetInt64(d) == e->digest)
		{
			e->status = "unchanged";
			continue;
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
	SPI_finish();

	/* 2. a row per notice */
	hash_seq_init(&seq, r->notices);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(r->rowcxt);
		bool		replaced = strcmp(e->status, "new") == 0 || strcmp(e->status, "changed") == 0;

		row_begin(r);
		row_server_text(r, COL_NOTICE, e->key);
		row_server_text(r, COL_OCID, e->ocid);
		row_server_text(r, COL_RELEASE_ID, e->release_id);
		if (e->has_release_date)
			row_set(r, COL_RELEASE_DATE, TimestampTzGetDatum(e->release_date));
		row_set(r, COL_ORDINAL, Int32GetDatum(e->ordinal));
		row_server_text(r, COL_STATUS, e->status);
		row_set(r, COL_DIGEST, Int64GetDatum((int64) e->digest));
		row_set(r, COL_REFS, text_array((const char **) e->refs, e->nrefs));
		if (replaced)
		{
			Datum	   *old_elems = NULL;
			int			nold = 0;
			const char **stale;
			const char **clear;
			char	  **old_refs;
			int			nstale = 0;
			int			nclear = 0;
			int			k;

			if (e->old_refs)
				deconstruct_array(e->old_refs, TEXTOID, -1, false, TYPALIGN_INT,
								  &old_elems, NULL, &nold);
			old_refs = palloc(sizeof(char *) * (nold + 1));
			for (k = 0; k < nold; k++)
				old_refs[k] = TextDatumGetCString(old_elems[k]);
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
				if (ref_in(old_refs[k], e->refs, NULL, e->nrefs))
					continue;
				clear[nclear++] = old_refs[k];
				stale[nstale++] = old_refs[k];
			}
			row_set(r, COL_STALE_REFS, text_array(stale, nstale));
			row_set(r, COL_CLEAR_REFS, text_array(clear, nclear));
		}
		tuplestore_putvalues(result, r->desc, r->values, r->nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(r->rowcxt);
	}

	/* 3. the rows of the notices that are new or changed */
	slot = MakeSingleTupleTableSlot(r->desc, &TTSOpsMinimalTuple);
	tuplestore_rescan(r->store);
	while (tuplestore_gettupleslot(r->store, true, false, slot))
	{
		bool		isnull;
		char	   *notice;
		int			ordinal;

		CHECK_FOR_INTERRUPTS();
		notice = TextDatumGetCString(slot_getattr(slot, COL_NOTICE + 1, &isnull));
		ordinal = DatumGetInt32(slot_getattr(slot, COL_ORDINAL + 1, &isnull));
		e = hash_search(r->notices, notice, HASH_FIND, NULL);
		pfree(notice);
		if (e && e->ordinal == ordinal &&
			(strcmp(e->status, "new") == 0 || strcmp(e->status, "changed") == 0))
			tuplestore_puttupleslot(result, slot);
	}
	ExecDropSingleTupleTableSlot(slot);
	tuplestore_end(r->store);
	r->store = result;
	hash_destroy(r->notices);
	MemoryContextDelete(r->noticecxt);
}

/* The reader's notice function: the rows of the notice. */
static bool
xml_on_notice(const SeaoXmlNotice *notice, void *arg, CagParseError *err)
{
	XmlRun	   *x = arg;
	MemoryContext old;
	bool		ok;

	(void) err;
	if (InterruptPending)
	{
		/* handled once libxml2 has returned */
		x->interrupted = true;
		return false;
	}
	old = MemoryContextSwitchTo(x->notice_cxt);
	ok = xml_notice(x, notice);
	MemoryContextSwitchTo(old);
	MemoryContextReset(x->notice_cxt);
	if (ok)
		rows_progress(x->rows, notice->line);
	return ok;
}

static void
parse_xml(FunctionCallInfo fcinfo, const char *data, size_t len, bool utf8, const char *source)
{
	Rows		r;
	XmlRun		x;
	SeaoXmlAllocator alloc = {xml_alloc, xml_realloc, xml_free, NULL};
	SeaoXmlReader *volatile reader = NULL;
	MemoryContext cxt;
	CagParseError err;
	volatile bool ok = false;

	rows_init(&r, fcinfo, "notices", source != NULL);
	memset(&x, 0, sizeof(x));
	x.rows = &r;
	x.outer = CurrentMemoryContext;
	x.notice_cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO notice",
										 ALLOCSET_DEFAULT_SIZES);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "SEAO XML reader",
								ALLOCSET_DEFAULT_SIZES);
	alloc.arg = cxt;

	/* the geography cache, loaded now rather than while libxml2 runs */
	(void) cag_region_of_fsa("H2X", GetSQLCurrentDate());

	PG_TRY();
	{
		reader = seao_xml_create(&alloc, utf8, xml_on_notice, &x);
		if (reader == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory"),
					 errdetail("The XML parser could not be created.")));
		/* a copy of a document up to 64 MB; larger ones go in 1 MB pieces */
		ok = seao_xml_parse(reader, data, len,
							len <= 64 * 1024 * 1024 ? 0 : 1024 * 1024, &err);
	}
	PG_FINALLY();
	{
		seao_xml_destroy(reader);
	}
	PG_END_TRY();
	if (x.interrupted)
		CHECK_FOR_INTERRUPTS();
	if (!ok)
		malformed_export(x.error ? x.error : err.detail, x.error == NULL);
	CHECK_FOR_INTERRUPTS();
	MemoryContextDelete(cxt);
	MemoryContextDelete(x.notice_cxt);
	if (source)
		loader_finish(&r, source);
}

/* XML given as text (or xml): in UTF-8 whatever its declaration says. */
static void
parse_xml_text(FunctionCallInfo fcinfo, text *doc, const char *source)
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
	parse_xml(fcinfo, data, len, true, source);
}

Datum
parse_seao_xml_text(PG_FUNCTION_ARGS)
{
	parse_xml_text(fcinfo, PG_GETARG_TEXT_PP(0), NULL);
	return (Datum) 0;
}

Datum
parse_seao_xml_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *doc = PG_GETARG_BYTEA_PP(0);

	parse_xml(fcinfo, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), false, NULL);
	return (Datum) 0;
}

/* ---------------------------------------------------------------------
 * OCDS release packages
 * ---------------------------------------------------------------------
 */

pg_noreturn static void
malformed_package(const char *fmt,...) pg_attribute_printf(1, 2);

static void
malformed_package(const char *fmt,...)
{
	StringInfoData detail;

	initStringInfo(&detail);
	for (;;)
	{
		va_list		ap;
		int			needed;

		va_start(ap, fmt);
		needed = appendStringInfoVA(&detail, fmt, ap);
		va_end(ap);
		if (needed == 0)
			break;
		enlargeStringInfo(&detail, needed);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid OCDS release package"),
			 errdetail("%s", detail.data)));
}

/* Member key of an object, or NULL (JSON null counts as absent). */
static JsonbValue *
jget(JsonbContainer *obj, const char *key)
{
	JsonbValue *v;

	if (obj == NULL)
		return NULL;
	v = getKeyJsonValueFromContainer(obj, key, strlen(key), NULL);
	if (v != NULL && v->type == jbvNull)
		return NULL;
	return v;
}

static const char *
jtype_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "a JSON value";
	}
}

/* The container of an object or array member, NULL when absent. */
static JsonbContainer *
jcontainer(JsonbContainer *obj, const char *key, bool array, const char *where)
{
	JsonbValue *v = jget(obj, key);

	if (v == NULL)
		return NULL;
	if (v->type != jbvBinary ||
		(array ? !JsonContainerIsArray(v->val.binary.data) : !JsonContainerIsObject(v->val.binary.data)))
		malformed_package("%s: \"%s\" is %s, not %s.", where, key, jtype_name(v),
						  array ? "an array" : "an object");
	return v->val.binary.data;
}

/* The i-th element of an array, which must be an object. */
static JsonbContainer *
jelement_object(JsonbContainer *array, uint32 i, const char *key, const char *where)
{
	JsonbValue *v = getIthJsonbValueFromContainer(array, i);

	if (v == NULL || v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
		malformed_package("%s: element %u of \"%s\" is %s, not an object.", where, i + 1, key,
						  v ? jtype_name(v) : "missing");
	return v->val.binary.data;
}

/*
 * A string member as a NUL-terminated string in the server encoding; NULL
 * when absent.  Numbers are accepted where ids are (as_id).
 */
static char *
jstring(JsonbContainer *obj, const char *key, bool as_id, const char *where)
{
	JsonbValue *v = jget(obj, key);

	if (v == NULL)
		return NULL;
	if (v->type == jbvString)
		return pnstrdup(v->val.string.val, v->val.string.len);
	if (as_id && v->type == jbvNumeric)
		return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
	malformed_package("%s: \"%s\" is %s, not a string.", where, key, jtype_name(v));
}

static const char *
utf8(const char *server)
{
	return server ? cag_cstring_to_utf8(server) : NULL;
}

typedef struct Party
{
	char	   *id;
	JsonbContainer *obj;
} Party;

typedef struct Release
{
	int			ordinal;
	char	   *ocid;
	char	   *notice;
	char	   *id;
	TimestampTz date;
	const char *where;			/* "release 2 (ocid ...)" */
	Party	   *parties;
	int			nparties;
	JsonbContainer *tender;
	JsonbContainer *contracts;
	char	   *buyer_name;
	JsonbContainer *buyer_party;
	char	  **refs;			/* source_refs so far, for duplicates */
	int			nrefs;
	int			maxrefs;
} Release;

static JsonbContainer *
find_party(const Release *rel, const char *id)
{
	int			i;

	if (id == NULL)
		return NULL;
	for (i = 0; i < rel->nparties; i++)
		if (rel->parties[i].id && strcmp(rel->parties[i].id, id) == 0)
			return rel->parties[i].obj;
	return NULL;
}

static bool
has_role(JsonbContainer *party, const char *role, const char *where)
{
	JsonbContainer *roles = jcontainer(party, "roles", true, where);
	uint32		i;

	if (roles == NULL)
		return false;
	for (i = 0; i < JsonContainerSize(roles); i++)
	{
		JsonbValue *v = getIthJsonbValueFromContainer(roles, i);

		if (v && v->type == jbvString && v->val.string.len == (int) strlen(role) &&
			memcmp(v->val.string.val, role, v->val.string.len) == 0)
			return true;
	}
	return false;
}

/* The id of the first UNSPSC classification of items[], or NULL. */
static char *
first_unspsc(JsonbContainer *obj, const char *where)
{
	JsonbContainer *items = jcontainer(obj, "items", true, where);
	uint32		i;

	if (items == NULL)
		return NULL;
	for (i = 0; i < JsonContainerSize(items); i++)
	{
		JsonbContainer *item = jelement_object(items, i, "items", where);
		JsonbContainer *cls = jcontainer(item, "classification", false, where);
		char	   *scheme;

		if (cls == NULL)
			continue;
		scheme = jstring(cls, "scheme", false, where);
		if (scheme && pg_strcasecmp(scheme, "UNSPSC") == 0)
		{
			char	   *id = jstring(cls, "id", true, where);

			if (id)
				return id;
		}
	}
	return NULL;
}

/* A value object's amount: false when there is none. */
static bool
value_amount(JsonbContainer *value, const char *where, const char *what,
			 int64 *cents, bool *rounded, char **raw, char **currency, bool *range)
{
	JsonbValue *amount;
	CagParseError err;
	int64_t		c;
	bool		r;

	*range = false;
	if (value == NULL)
		return false;
	amount = jget(value, "amount");
	if (amount == NULL)
		return false;
	if (amount->type != jbvNumeric)
		malformed_package("%s: the amount of %s is %s, not a number.", where, what,
						  jtype_name(amount));
	*raw = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(amount->val.numeric)));
	*currency = jstring(value, "currency", false, where);
	if (!seao_amount_parse(*raw, &c, &r, &err))
	{
		if (err.kind == CAG_ERR_RANGE)
		{
			*range = true;
			return false;
		}
		malformed_package("%s: the amount %s of %s cannot be read. %s", where, *raw, what,
						  error_text(&err));
	}
	*cents = c;
	*rounded = r;
	return true;
}

static void
add_ref(Release *rel, const char *ref)
{
	int			i;

	for (i = 0; i < rel->nrefs; i++)
		if (strcmp(rel->refs[i], ref) == 0)
			malformed_package("%s: the purchase %s appears twice (an award id, or a supplier of an award, is repeated).",
							  rel->where, ref);
	if (rel->nrefs == rel->maxrefs)
	{
		rel->maxrefs = rel->maxrefs ? rel->maxrefs * 2 : 16;
		rel->refs = rel->refs ? repalloc(rel->refs, sizeof(char *) * rel->maxrefs)
			: palloc(sizeof(char *) * rel->maxrefs);
	}
	rel->refs[rel->nrefs++] = pstrdup(ref);
}

/* The columns every row of a release has. */
static void
release_columns(Rows *r, const Release *rel)
{
	row_server_text(r, COL_NOTICE, rel->notice);
	row_server_text(r, COL_OCID, rel->ocid);
	row_server_text(r, COL_RELEASE_ID, rel->id);
	row_set(r, COL_RELEASE_DATE, TimestampTzGetDatum(rel->date));
	row_set(r, COL_ORDINAL, Int32GetDatum(rel->ordinal));
}

static int
ocds_award(Rows *r, Release *rel, JsonbContainer *award, uint32 index)
{
	char	   *where = psprintf("%s, award %u", rel->where, index + 1);
	char	   *award_id = jstring(award, "id", true, where);
	char	   *status = jstring(award, "status", false, where);
	JsonbContainer *suppliers = jcontainer(award, "suppliers", true, where);
	char	   *not_purchase = NULL;
	const char *np_field = "amount";
	char	   *np_value = NULL;
	int64		cents = 0;
	bool		rounded = false;
	bool		has_amount = false;
	bool		has_date = false;
	DateADT		date = 0;
	char	   *amount_raw = NULL;
	char	   *currency = NULL;
	char	   *category;
	char	   *title;
	int			nsuppliers;
	int			emitted = 0;
	uint32		i;
	CagParseError err;

	if (award_id == NULL)
		malformed_package("%s has no id.", where);
	where = psprintf("%s, award %s", rel->where, award_id);

	/* the award's amount: that of its contracts, else its own */
	if (status != NULL && strcmp(status, "active") != 0)
		not_purchase = psprintf("The award's status is \"%s\", not \"active\": not a purchase.", status);
	else
	{
		int			ncontracts = 0;
		int			nlive = 0;
		char	   *signed_raw = NULL;
		int			sy = 0,
					sm = 0,
					sd = 0;
		bool		range = false;

		if (rel->contracts)
		{
			for (i = 0; i < JsonContainerSize(rel->contracts); i++)
			{
				JsonbContainer *c = jelement_object(rel->contracts, i, "contracts", rel->where);
				char	   *cwhere = psprintf("%s, contract %u", rel->where, i + 1);
				char	   *award_ref = jstring(c, "awardID", true, cwhere);
				char	   *cstatus;
				char	   *dsigned;
				int64		cc;
				bool		cr;
				char	   *craw;
				char	   *ccur;

				if (award_ref == NULL || strcmp(award_ref, award_id) != 0)
					continue;
				ncontracts++;
				cstatus = jstring(c, "status", false, cwhere);
				if (cstatus && strcmp(cstatus, "cancelled") == 0)
					continue;
				nlive++;
				if (value_amount(jcontainer(c, "value", false, cwhere), cwhere, "the contract",
								 &cc, &cr, &craw, &ccur, &range))
				{
					if (pg_add_s64_overflow(has_amount ? cents : 0, cc, &cents))
						range = true;
					has_amount = true;
					rounded |= cr;
					amount_raw = amount_raw ? psprintf("%s + %s", amount_raw, craw) : craw;
					if (ccur)
						currency = ccur;
				}
				else if (range)
					amount_raw = craw;
				dsigned = jstring(c, "dateSigned", false, cwhere);
				if (dsigned)
				{
					int			y,
								m,
								d;

					if (!seao_date_parse(utf8(dsigned), &y, &m, &d, &err))
						malformed_package("%s: the dateSigned \"%s\" cannot be read. %s", cwhere,
										  dsigned, error_text(&err));
					if (signed_raw == NULL || y * 10000 + m * 100 + d < sy * 10000 + sm * 100 + sd)
					{
						signed_raw = dsigned;
						sy = y;
						sm = m;
						sd = d;
					}
				}
			}
		}
		if (ncontracts > 0 && nlive == 0)
			not_purchase = pstrdup("Every contract of the award is cancelled: not a purchase.");
		else
		{
			if (!has_amount && !range)
			{
				if (value_amount(jcontainer(award, "value", false, where), where, "the award",
								 &cents, &rounded, &amount_raw, &currency, &range))
					has_amount = true;
			}
			if (range || (has_amount && (cents > SEAO_AMOUNT_MAX_CENTS || cents < -SEAO_AMOUNT_MAX_CENTS)))
			{
				not_purchase = pstrdup("The amount is beyond 99,999,999,999,999.99, the largest a purchase can have.");
				np_value = amount_raw;
			}
			else if (!has_amount)
				not_purchase = pstrdup("Neither the award nor its contracts have an amount: not a purchase.");
			else if (currency && pg_strcasecmp(currency, "CAD") != 0)
			{
				not_purchase = psprintf("The amount is in %s, which the loader does not convert to Canadian dollars: not a purchase.",
										currency);
				np_value = amount_raw;
			}
			else if (cents <= 0)
			{
				not_purchase = pstrdup(cents == 0 ? "The amount is zero: not a purchase."
									   : "The amount is negative: not a purchase.");
				np_value = amount_raw;
			}
		}
		if (signed_raw)
		{
			has_date = true;
			date = seao_days_since_2000(sy, sm, sd);
		}
		else
		{
			char	   *adate = jstring(award, "date", false, where);

			if (adate)
			{
				int			y,
							m,
							d;

				if (!seao_date_parse(utf8(adate), &y, &m, &d, &err))
					malformed_package("%s: the date \"%s\" cannot be read. %s", where, adate,
									  error_text(&err));
				has_date = true;
				date = seao_days_since_2000(y, m, d);
			}
		}
		if (not_purchase == NULL && !has_date)
		{
			not_purchase = pstrdup("Neither the award nor its contracts have a date: not a purchase.");
			np_field = "purchased_on";
		}
	}

	category = first_unspsc(award, where);
	if (category == NULL)
		category = first_unspsc(rel->tender, rel->where);
	title = jstring(award, "title", false, where);
	if (title == NULL)
		title = jstring(rel->tender, "title", false, rel->where);

	nsuppliers = suppliers ? (int) JsonContainerSize(suppliers) : 0;
	if (nsuppliers == 0)
	{
		row_begin(r);
		release_columns(r, rel);
		add_ref(rel, psprintf("%s/%s", rel->notice, award_id));
		row_server_text(r, COL_SOURCE_REF, psprintf("%s/%s", rel->notice, award_id));
		row_not_purchase(r, "supplier_name", NULL,
						 "The award names no supplier: not a purchase.");
		row_emit(r);
		return 1;
	}

	for (i = 0; i < (uint32) nsuppliers; i++)
	{
		JsonbContainer *sup = jelement_object(suppliers, i, "suppliers", where);
		char	   *sid = jstring(sup, "id", true, where);
		char	   *sname = jstring(sup, "name", false, where);
		JsonbContainer *party = find_party(rel, sid);
		char	   *ref = sid ? psprintf("%s/%s/%s", rel->notice, award_id, sid)
			: psprintf("%s/%s/#%u", rel->notice, award_id, i + 1);
		char	   *pwhere = psprintf("%s, party %s", rel->where, sid ? sid : "?");

		add_ref(rel, ref);
		row_begin(r);
		release_columns(r, rel);
		row_server_text(r, COL_SOURCE_REF, ref);
		if (not_purchase)
			row_not_purchase(r, np_field, utf8(np_value), utf8(not_purchase));
		else
		{
			int64		share = cents / nsuppliers + (i < (uint32) (cents % nsuppliers) ? 1 : 0);

			row_set(r, COL_AMOUNT, cents_datum(share));
			if (rounded)
				row_issue(r, "amount", utf8(amount_raw),
						  "The amount has digits below the cent: loaded as %s.", cents_text(cents));
			if (nsuppliers > 1)
				row_issue(r, "amount", utf8(amount_raw),
						  "The award (%s) has %d suppliers: each is loaded with an equal share, %s.",
						  cents_text(cents), nsuppliers, cents_text(share));
		}
		if (has_date)
			row_set(r, COL_PURCHASED_ON, DateADTGetDatum(date));

		/* buyer */
		row_text(r, COL_BUYER, "buyer", utf8(rel->buyer_name));
		if (rel->buyer_party)
		{
			JsonbContainer *addr = jcontainer(rel->buyer_party, "address", false, rel->where);
			int32		code;

			if (row_postal_code(r, COL_BUYER_POSTAL_CODE, "buyer_region",
								" of the buyer, whose region is therefore unknown",
								utf8(jstring(addr, "postalCode", false, rel->where)), &code) &&
				has_date)
				row_buyer_region(r, code, date);
		}

		/* supplier */
		if (sname == NULL && party)
			sname = jstring(party, "name", false, pwhere);
		row_text(r, COL_SUPPLIER_NAME, "supplier_name", utf8(sname));
		if (party)
		{
			JsonbContainer *details = jcontainer(party, "details", false, pwhere);
			JsonbContainer *addr = jcontainer(party, "address", false, pwhere);

			row_neq(r, utf8(jstring(details, "neq", true, pwhere)));
			row_place(r, COL_SUPPLIER_PROVINCE, "supplier_province",
					  utf8(jstring(addr, "region", false, pwhere)));
			row_postal_code(r, COL_SUPPLIER_POSTAL_CODE, "supplier_postal_code", "",
							utf8(jstring(addr, "postalCode", false, pwhere)), NULL);
			row_place(r, COL_SUPPLIER_COUNTRY, "supplier_country",
					  utf8(jstring(addr, "countryName", false, pwhere)));
		}
		else
			row_issue(r, "supplier_name", utf8(sid),
					  sid ? "The supplier is not among the release's parties: its NEQ and address are unknown."
					  : "The supplier has no id: its NEQ and address are unknown.");
		row_unspsc(r, utf8(category));
		row_text(r, COL_DESCRIPTION, "description", utf8(title));
		row_emit(r);
		emitted++;
	}
	return emitted;
}

static void
ocds_release(Rows *r, JsonbContainer *obj, int ordinal)
{
	Release		rel;
	char	   *date;
	JsonbContainer *parties;
	JsonbContainer *awards;
	JsonbContainer *buyer;
	CagParseError err;
	int64_t		usecs;
	uint32		i;

	memset(&rel, 0, sizeof(rel));
	rel.ordinal = ordinal;
	rel.where = psprintf("Release %d", ordinal);
	rel.ocid = jstring(obj, "ocid", false, rel.where);
	if (rel.ocid == NULL || rel.ocid[0] == '\0')
		malformed_package("%s has no ocid.", rel.where);
	rel.where = psprintf("Release %d (ocid %s)", ordinal, rel.ocid);
	rel.id = jstring(obj, "id", true, rel.where);
	if (rel.id == NULL || rel.id[0] == '\0')
		malformed_package("%s has no id.", rel.where);
	date = jstring(obj, "date", false, rel.where);
	if (date == NULL)
		malformed_package("%s has no date.", rel.where);
	if (!seao_timestamp_parse(utf8(date), &usecs, &err))
		malformed_package("%s: the date \"%s\" cannot be read. %s", rel.where, date,
						  error_text(&err));
	if (usecs < MIN_TIMESTAMP || usecs >= END_TIMESTAMP)
		malformed_package("%s: the date \"%s\" is out of range.", rel.where, date);
	rel.date = (TimestampTz) usecs;
	rel.notice = pstrdup(seao_ocid_notice(rel.ocid));

	/* a release without awards says nothing about purchases */
	awards = jcontainer(obj, "awards", true, rel.where);
	if (awards == NULL)
		return;

	parties = jcontainer(obj, "parties", true, rel.where);
	if (parties)
	{
		rel.nparties = (int) JsonContainerSize(parties);
		rel.parties = palloc0(sizeof(Party) * (rel.nparties + 1));
		for (i = 0; i < (uint32) rel.nparties; i++)
		{
			rel.parties[i].obj = jelement_object(parties, i, "parties", rel.where);
			rel.parties[i].id = jstring(rel.parties[i].obj, "id", true, rel.where);
		}
	}
	rel.tender = jcontainer(obj, "tender", false, rel.where);
	rel.contracts = jcontainer(obj, "contracts", true, rel.where);
	buyer = jcontainer(obj, "buyer", false, rel.where);
	if (buyer)
	{
		rel.buyer_name = jstring(buyer, "name", false, rel.where);
		rel.buyer_party = find_party(&rel, jstring(buyer, "id", true, rel.where));
	}
	else
	{
		for (i = 0; i < (uint32) rel.nparties; i++)
			if (has_role(rel.parties[i].obj, "buyer", rel.where))
			{
				rel.buyer_party = rel.parties[i].obj;
				break;
			}
	}
	if (rel.buyer_name == NULL && rel.buyer_party)
		rel.buyer_name = jstring(rel.buyer_party, "name", false, rel.where);

	notice_begin(r);
	for (i = 0; i < JsonContainerSize(awards); i++)
		(void) ocds_award(r, &rel, jelement_object(awards, i, "awards", rel.where), i);

	notice_record(r, rel.notice, rel.ocid, rel.id, true, rel.date, rel.ordinal);
}

static Datum
parse_ocds_package(FunctionCallInfo fcinfo, Jsonb *package, const char *source)
{
	JsonbContainer *root = &package->root;
	JsonbContainer *releases;
	Rows		r;
	MemoryContext cxt;
	MemoryContext old;
	uint32		i;

	rows_init(&r, fcinfo, "releases", source != NULL);
	if (!JsonContainerIsObject(root) || JsonContainerIsScalar(root))
		malformed_package("The package is %s, not an object with \"releases\".",
						  JsonContainerIsArray(root) && !JsonContainerIsScalar(root) ? "an array" : "a scalar");
	releases = jcontainer(root, "releases", true, "The package");
	if (releases == NULL)
	{
		if (jget(root, "records") != NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid OCDS release package"),
					 errdetail("The document is a record package (\"records\"), not a release package (\"releases\")."),
					 errhint("Load the release packages that SEAO publishes.")));
		malformed_package("The package has no \"releases\" array: it is not an OCDS release package.");
	}

	(void) cag_region_of_fsa("H2X", GetSQLCurrentDate());
	cxt = AllocSetContextCreate(CurrentMemoryContext, "OCDS release", ALLOCSET_DEFAULT_SIZES);
	for (i = 0; i < JsonContainerSize(releases); i++)
	{
		old = MemoryContextSwitchTo(cxt);
		ocds_release(&r, jelement_object(releases, i, "releases", "The package"), (int) i + 1);
		MemoryContextSwitchTo(old);
		MemoryContextReset(cxt);
		rows_progress(&r, 0);
		CHECK_FOR_INTERRUPTS();
	}
	MemoryContextDelete(cxt);
	if (source)
		loader_finish(&r, source);
	return (Datum) 0;
}

Datum
parse_ocds(PG_FUNCTION_ARGS)
{
	return parse_ocds_package(fcinfo, PG_GETARG_JSONB_P(0), NULL);
}

/*
 * seao_rows(source, text, bytea, jsonb): for the loader, the rows of the
 * document that is not NULL, compared with what earlier loads of the
 * source recorded in load_notices: one row per notice (source_ref NULL)
 * with its status, then the rows of the notices that are new or changed.
 */
PG_FUNCTION_INFO_V1(seao_rows);

Datum
seao_rows(PG_FUNCTION_ARGS)
{
	char	   *source;
	int			given;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the source of a SEAO load is NULL")));
	source = text_to_cstring(PG_GETARG_TEXT_PP(0));
	given = !PG_ARGISNULL(1) + !PG_ARGISNULL(2) + !PG_ARGISNULL(3);
	if (given == 0)
	{
		/* no document: nothing */
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	if (given > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("seao_rows takes exactly one document")));
	if (!PG_ARGISNULL(1))
		parse_xml_text(fcinfo, PG_GETARG_TEXT_PP(1), source);
	else if (!PG_ARGISNULL(2))
	{
		bytea	   *doc = PG_GETARG_BYTEA_PP(2);

		parse_xml(fcinfo, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), false, source);
	}
	else
		parse_ocds_package(fcinfo, PG_GETARG_JSONB_P(3), source);
	return (Datum) 0;
}
