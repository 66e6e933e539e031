/*-------------------------------------------------------------------------
 *
 * purchase_summaries.c
 *	  Aggregate spend_agg_by_fiscal_year_region: the spend summaries of the
 *	  purchases by fiscal year and delivery region, in one pass.
 *
 * The purchase views need, for each fiscal year and delivery region, four
 * summaries: of all the purchases, of the group purchases, and of the
 * purchases whose supplier is located outside the centres or in them
 * (cag_region_outside_centres).  Written as
 * GROUP BY fiscal_year(purchased_on), delivery_region with spend_agg ...
 * FILTER, the executor's generic grouping (a projection, two hash
 * functions and two equality functions per row) costs as much as the
 * summary itself.  This aggregate keeps the groups -- a few dozen -- in its
 * own small hash table keyed by one integer, takes the fiscal year from a
 * cached 1 April to 31 March range, finds the supplier's region with the
 * reference cache of region_of_postal_code, and adds each purchase to up to
 * three summaries of its group.
 *
 * Its result is an array of cag_ovt.fiscal_year_region_summary sorted by
 * fiscal year, then delivery region (NULLs last), with exactly the groups
 * and summaries of that GROUP BY: a group exists as soon as a row has its
 * key (even with a NULL class, which spend_agg skips), and its summaries
 * start empty, like spend_agg's initial state.
 *
 * The state is internal.  It is serialized for parallel workers as the
 * groups' keys and raw summaries (the bytes go from one backend of the
 * server to another, never to a client) and combined group by group, with
 * the overflow checks of rollup.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "geography.h"
#include "purchase_class.h"
#include "spend_summary.h"

PG_FUNCTION_INFO_V1(fiscal_year_region_agg_transfn);
PG_FUNCTION_INFO_V1(fiscal_year_region_agg_combinefn);
PG_FUNCTION_INFO_V1(fiscal_year_region_agg_serialfn);
PG_FUNCTION_INFO_V1(fiscal_year_region_agg_deserialfn);
PG_FUNCTION_INFO_V1(fiscal_year_region_agg_finalfn);

/* The summaries of a group, in the order of the composite type's columns. */
enum
{
	SUM_ALL,					/* every purchase */
	SUM_GROUP_PURCHASES,		/* group_purchase is true */
	SUM_OUTSIDE_CENTRES,		/* supplier's region is outside the centres */
	SUM_CENTRES,				/* supplier's region is a centre */
	NSUMS
};

/* Columns of cag_ovt.fiscal_year_region_summary. */
#define RESULT_NATTS (2 + NSUMS)

/*
 * A group's key: the fiscal year's number from 1 (FY_CODE: 0 for a NULL or
 * infinite date; the fiscal years of the dates PostgreSQL accepts, 4713 BC
 * to 5874897, number fewer than 2^23) shifted left by 5, ORed with the
 * region (0 for NULL), plus 1 so that 0 marks a free slot.
 */
#define FY_CODE(fy) ((uint32) ((fy) - CAG_FISCAL_YEAR_MIN + 1))
#define GROUP_KEY(code, region) ((((uint32) (code) << 5) | (uint32) (region)) + 1)
#define KEY_FY_CODE(key) (((key) - 1) >> 5)
#define KEY_FISCAL_YEAR(key) ((int32) KEY_FY_CODE(key) + CAG_FISCAL_YEAR_MIN - 1)
#define KEY_REGION(key) ((int) (((key) - 1) & 0x1F))

StaticAssertDecl(CAG_FISCAL_YEAR_MAX - CAG_FISCAL_YEAR_MIN + 1 < (1 << 23),
				 "fiscal years fit the group key");

typedef struct SummaryGroup
{
	uint32		key;			/* 0: free slot */
	SpendSummary sums[NSUMS];
} SummaryGroup;

/* Fiscal years whose first day the state keeps (see state_fiscal_year). */
#define FY_BOUNDS 32

typedef struct GroupsState
{
	int			shift;			/* 32 - log2(nslots) */
	int			nslots;			/* a power of 2 */
	int			ngroups;		/* at most half of nslots */
	SummaryGroup *slots;
	MemoryContext cxt;
	/* fiscal years fy_base to fy_base + FY_BOUNDS - 1 start on bounds[k] */
	bool		has_bounds;
	int32		fy_base;
	DateADT		bounds[FY_BOUNDS + 1];
	/* the last group found */
	SummaryGroup *last;
} GroupsState;

#define INITIAL_SLOTS 32

static GroupsState *
groups_create(MemoryContext cxt, int nslots)
{
	GroupsState *st = MemoryContextAllocZero(cxt, sizeof(GroupsState));

	st->cxt = cxt;
	st->nslots = nslots;
	st->shift = 32 - pg_leftmost_one_pos32((uint32) nslots);
	st->slots = MemoryContextAllocZero(cxt, sizeof(SummaryGroup) * nslots);
	return st;
}

static inline int
key_slot(const GroupsState *st, uint32 key)
{
	return (int) ((key * UINT32_C(0x9E3779B1)) >> st->shift);
}

static SummaryGroup *groups_insert(GroupsState *st, uint32 key);

static void
groups_grow(GroupsState *st)
{
	SummaryGroup *old = st->slots;
	int			nold = st->nslots;
	int			i;

	if (st->nslots > INT_MAX / 2 / (int) sizeof(SummaryGroup))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many (fiscal year, region) groups in spend_agg_by_fiscal_year_region")));
	st->nslots *= 2;
	st->shift--;
	st->ngroups = 0;
	st->slots = MemoryContextAllocZero(st->cxt, sizeof(SummaryGroup) * st->nslots);
	for (i = 0; i < nold; i++)
	{
		if (old[i].key != 0)
		{
			SummaryGroup *g = groups_insert(st, old[i].key);

			memcpy(g->sums, old[i].sums, sizeof(g->sums));
		}
	}
	pfree(old);
	st->last = NULL;
}

/* The group of key, created with empty summaries if need be. */
static SummaryGroup *
groups_insert(GroupsState *st, uint32 key)
{
	int			mask = st->nslots - 1;
	int			i = key_slot(st, key);

	for (;;)
	{
		SummaryGroup *g = &st->slots[i];

		if (g->key == key)
			return g;
		if (g->key == 0)
		{
			int			k;

			if ((st->ngroups + 1) * 2 > st->nslots)
			{
				groups_grow(st);
				return groups_insert(st, key);
			}
			g->key = key;
			for (k = 0; k < NSUMS; k++)
				spend_summary_init(&g->sums[k]);
			st->ngroups++;
			return g;
		}
		i = (i + 1) & mask;
	}
}

static inline SummaryGroup *
groups_find(GroupsState *st, uint32 key)
{
	if (likely(st->last != NULL && st->last->key == key))
		return st->last;
	st->last = groups_insert(st, key);
	return st->last;
}

/*
 * The fiscal year of a date.  The state keeps the first day (1 April) of
 * FY_BOUNDS consecutive fiscal years around the first date it saw: a date
 * in that span finds its year by an estimate from the number of days
 * (1461 in four years), corrected against the bounds; another date
 * recentres the span on its own year.
 */
static uint32
state_fy_code_slow(GroupsState *st, DateADT date)
{
	int32		fy;
	int			k;

	if (!cag_fiscal_year_of(date, &fy))
		return 0;				/* an infinite date: no fiscal year */
	/* date2j would overflow past the last years PostgreSQL can store */
	if (fy > 5000000)
		return FY_CODE(fy);
	st->fy_base = fy - FY_BOUNDS / 2;
	for (k = 0; k <= FY_BOUNDS; k++)
		st->bounds[k] = date2j(st->fy_base + k, 4, 1) - POSTGRES_EPOCH_JDATE;
	st->has_bounds = true;
	return FY_CODE(fy);
}

/* The FY_CODE of a date's fiscal year. */
static inline uint32
state_fy_code(GroupsState *st, DateADT date)
{
	int			k;

	if (unlikely(!st->has_bounds || date < st->bounds[0] || date >= st->bounds[FY_BOUNDS]))
		return state_fy_code_slow(st, date);
	k = (int) (((int64) (date - st->bounds[0]) * 4) / 1461);
	if (k > FY_BOUNDS - 1)
		k = FY_BOUNDS - 1;
	while (date < st->bounds[k])
		k--;
	while (date >= st->bounds[k + 1])
		k++;
	return FY_CODE(st->fy_base + k);
}

/* The aggregate's memory context; the support functions need one. */
static MemoryContext
agg_context(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "spend_agg_by_fiscal_year_region support function called in non-aggregate context");
	return aggcxt;
}

/* Add a purchase to a summary, with its amount or as unpriced. */
static inline bool
add_purchase(SpendSummary *s, bool priced, int64 cents, uint32 bits)
{
	return priced ? spend_summary_add_row(s, cents, bits) : spend_summary_add_unpriced(s, bits);
}

/*
 * fiscal_year_region_agg_transfn(state, purchased_on, delivery_region,
 * amount, class, group_purchase, supplier_region, supplier_postal_code)
 */
Datum
fiscal_year_region_agg_transfn(PG_FUNCTION_ARGS)
{
	GroupsState *st = PG_ARGISNULL(0) ? NULL : (GroupsState *) PG_GETARG_POINTER(0);
	DateADT		date = PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1);
	uint32		fy_code = 0;
	int			region = PG_ARGISNULL(2) ? 0 : (unsigned char) DatumGetChar(PG_GETARG_DATUM(2));
	SummaryGroup *g;
	bool		priced;
	int64		cents;
	PurchaseClass bits;
	bool		ok;
	int			supplier_region;

	if (st == NULL)
		st = groups_create(agg_context(fcinfo), INITIAL_SLOTS);
	if (!PG_ARGISNULL(1))
		fy_code = state_fy_code(st, date);
	g = groups_find(st, GROUP_KEY(fy_code, region));

	/*
	 * As spend_agg: a NULL class is skipped (the group exists all the same),
	 * a NULL amount is a purchase whose amount is unknown.
	 */
	if (PG_ARGISNULL(4))
		PG_RETURN_POINTER(st);
	priced = !PG_ARGISNULL(3);
	cents = priced ? cag_numeric_datum_to_cents(PG_GETARG_DATUM(3)) : 0;
	bits = PG_GETARG_PURCHASE_CLASS(4);

	ok = add_purchase(&g->sums[SUM_ALL], priced, cents, bits);
	if (!PG_ARGISNULL(5) && PG_GETARG_BOOL(5))
		ok &= add_purchase(&g->sums[SUM_GROUP_PURCHASES], priced, cents, bits);

	/*
	 * The supplier's region: supplier_region, else that of its postal code
	 * on the date of the purchase (today for a NULL date, as
	 * region_of_postal_code does).
	 */
	if (!PG_ARGISNULL(6))
		supplier_region = (unsigned char) DatumGetChar(PG_GETARG_DATUM(6));
	else if (!PG_ARGISNULL(7))
		supplier_region = cag_region_of_postal_code(PG_GETARG_INT32(7),
													PG_ARGISNULL(1) ? GetSQLCurrentDate() : date);
	else
		supplier_region = 0;
	if (supplier_region != 0)
	{
		int			outside = cag_region_outside_centres(supplier_region);

		if (outside > 0)
			ok &= add_purchase(&g->sums[SUM_OUTSIDE_CENTRES], priced, cents, bits);
		else if (outside == 0)
			ok &= add_purchase(&g->sums[SUM_CENTRES], priced, cents, bits);
	}
	if (unlikely(!ok))
		cag_report_sum_overflow("spend_summary", SPEND_COUNT_MAX);
	PG_RETURN_POINTER(st);
}

/* Add group src to state st. */
static void
groups_add(GroupsState *st, const SummaryGroup *src)
{
	SummaryGroup *g = groups_insert(st, src->key);
	int			k;

	for (k = 0; k < NSUMS; k++)
	{
		if (!spend_summary_add(&g->sums[k], &src->sums[k]))
			cag_report_sum_overflow("spend_summary", SPEND_COUNT_MAX);
	}
}

Datum
fiscal_year_region_agg_combinefn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_context(fcinfo);
	GroupsState *a = PG_ARGISNULL(0) ? NULL : (GroupsState *) PG_GETARG_POINTER(0);
	GroupsState *b = PG_ARGISNULL(1) ? NULL : (GroupsState *) PG_GETARG_POINTER(1);
	int			i;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = groups_create(aggcxt, b->nslots);
	for (i = 0; i < b->nslots; i++)
	{
		if (b->slots[i].key != 0)
			groups_add(a, &b->slots[i]);
	}
	a->last = NULL;
	PG_RETURN_POINTER(a);
}

/*
 * Serialized state: int32 number of groups, then for each group its uint32
 * key and its NSUMS summaries as structs, in this server's byte order.
 */
#define SERIAL_GROUP_LEN (sizeof(uint32) + NSUMS * sizeof(SpendSummary))

Datum
fiscal_year_region_agg_serialfn(PG_FUNCTION_ARGS)
{
	GroupsState *st = (GroupsState *) PG_GETARG_POINTER(0);
	Size		len = VARHDRSZ + sizeof(int32) + (Size) st->ngroups * SERIAL_GROUP_LEN;
	bytea	   *result = palloc(len);
	char	   *p = VARDATA(result);
	int32		n = st->ngroups;
	int			i;

	SET_VARSIZE(result, len);
	memcpy(p, &n, sizeof(int32));
	p += sizeof(int32);
	for (i = 0; i < st->nslots; i++)
	{
		const SummaryGroup *g = &st->slots[i];

		if (g->key == 0)
			continue;
		memcpy(p, &g->key, sizeof(uint32));
		p += sizeof(uint32);
		memcpy(p, g->sums, NSUMS * sizeof(SpendSummary));
		p += NSUMS * sizeof(SpendSummary);
	}
	PG_RETURN_BYTEA_P(result);
}

Datum
fiscal_year_region_agg_deserialfn(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	const char *p = VARDATA_ANY(data);
	Size		len = VARSIZE_ANY_EXHDR(data);
	MemoryContext aggcxt = agg_context(fcinfo);
	GroupsState *st;
	int32		n;
	int			nslots = INITIAL_SLOTS;
	int			i;

	if (len < sizeof(int32))
		goto corrupt;
	memcpy(&n, p, sizeof(int32));
	p += sizeof(int32);
	if (n < 0 || (Size) n != (len - sizeof(int32)) / SERIAL_GROUP_LEN ||
		(len - sizeof(int32)) % SERIAL_GROUP_LEN != 0)
		goto corrupt;
	while (nslots < 2 * n)
		nslots *= 2;
	st = groups_create(aggcxt, nslots);
	for (i = 0; i < n; i++)
	{
		SummaryGroup g;

		memcpy(&g.key, p, sizeof(uint32));
		p += sizeof(uint32);
		memcpy(g.sums, p, NSUMS * sizeof(SpendSummary));
		p += NSUMS * sizeof(SpendSummary);
		if (g.key == 0)
			goto corrupt;
		groups_add(st, &g);
	}
	PG_RETURN_POINTER(st);

corrupt:
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("invalid serialized state of spend_agg_by_fiscal_year_region"),
			 errdetail("The state has %zu bytes, which is not a whole number of groups.", len)));
	PG_RETURN_NULL();			/* keep the compiler quiet */
}

/* Fiscal year, then region; a NULL (0) of either sorts last. */
static int
cmp_groups(const void *a, const void *b)
{
	uint32		ka = (*(SummaryGroup *const *) a)->key;
	uint32		kb = (*(SummaryGroup *const *) b)->key;
	uint32		fa = KEY_FY_CODE(ka) - 1;	/* 0 wraps to the end */
	uint32		fb = KEY_FY_CODE(kb) - 1;
	uint32		ra = (uint32) KEY_REGION(ka) - 1;
	uint32		rb = (uint32) KEY_REGION(kb) - 1;

	if (fa != fb)
		return fa < fb ? -1 : 1;
	if (ra != rb)
		return ra < rb ? -1 : 1;
	return 0;
}

/*
 * The groups as an array of the function's declared element type,
 * cag_ovt.fiscal_year_region_summary.  The state is read only.
 */
Datum
fiscal_year_region_agg_finalfn(PG_FUNCTION_ARGS)
{
	GroupsState *st;
	SummaryGroup **groups;
	Datum	   *elems;
	Oid			arraytype;
	Oid			elemtype;
	int16		elemlen;
	bool		elembyval;
	char		elemalign;
	TupleDesc	tupdesc;
	int			n = 0;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (GroupsState *) PG_GETARG_POINTER(0);

	arraytype = get_func_rettype(fcinfo->flinfo->fn_oid);
	elemtype = get_element_type(arraytype);
	if (!OidIsValid(elemtype))
		elog(ERROR, "spend_agg_by_fiscal_year_region must return an array");
	tupdesc = lookup_rowtype_tupdesc(elemtype, -1);
	if (tupdesc->natts != RESULT_NATTS)
		elog(ERROR, "type fiscal_year_region_summary must have %d columns", RESULT_NATTS);
	get_typlenbyvalalign(elemtype, &elemlen, &elembyval, &elemalign);

	groups = palloc(sizeof(SummaryGroup *) * Max(st->ngroups, 1));
	for (i = 0; i < st->nslots; i++)
	{
		if (st->slots[i].key != 0)
			groups[n++] = &st->slots[i];
	}
	qsort(groups, n, sizeof(SummaryGroup *), cmp_groups);

	elems = palloc(sizeof(Datum) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		Datum		values[RESULT_NATTS];
		bool		nulls[RESULT_NATTS] = {0};
		int			region = KEY_REGION(groups[i]->key);
		int			k;

		values[0] = Int32GetDatum(KEY_FISCAL_YEAR(groups[i]->key));
		nulls[0] = KEY_FY_CODE(groups[i]->key) == 0;
		values[1] = CharGetDatum((char) region);
		nulls[1] = (region == 0);
		for (k = 0; k < NSUMS; k++)
		{
			SpendSummary *s = palloc(sizeof(SpendSummary));

			memcpy(s, &groups[i]->sums[k], sizeof(SpendSummary));
			values[2 + k] = PointerGetDatum(s);
		}
		elems[i] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
	}
	ReleaseTupleDesc(tupdesc);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, elemtype, elemlen, elembyval, elemalign));
}
