/*-------------------------------------------------------------------------
 *
 * unspsc_support.c
 *	  SQL type unspsc: the planner support that makes "is within"
 *	  indexable, and the estimators of its operators.
 *
 * x <@ c ("x is within c") holds exactly when c <= x <= range_end(c), where
 * range_end(c) fills the pairs below c's level with 99: every code in that
 * range starts with c's non-zero pairs, and the hierarchy rule (no non-zero
 * pair after a 00 pair) leaves no other code in it.  So:
 *
 *	  col <@ c   (and c @> col)   becomes   col >= c AND col <= range_end(c)
 *	  c <@ col   (and col @> c)   becomes   col = ANY (path(c))
 *
 * where path(c) is c's segment, family and class (those above its level)
 * and c itself.  Both forms are exact, so the index condition is not lossy
 * and the btree index of the type answers the operators.  The planner asks
 * for them through SupportRequestIndexCondition (see like_support.c in
 * PostgreSQL for the same technique with LIKE prefixes).
 *
 * The operators have their own estimators, which follow the same
 * rewriting: a range is estimated from the column's most common values and
 * histogram (interpolating between bounds as integers, which the planner's
 * generic code cannot do for a type it does not know), a list as a list of
 * equalities; a join averages the restriction estimate over a sample of
 * the containing side (its most common values and histogram bounds).
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include "access/htup_details.h"
#include "access/stratnum.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_statistic.h"
#include "catalog/pg_type_d.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"
#include "utils/typcache.h"

#include "unspsc.h"
#include "unspsc_core.h"

PG_FUNCTION_INFO_V1(unspsc_within_support);
PG_FUNCTION_INFO_V1(unspsc_contains_support);
PG_FUNCTION_INFO_V1(unspsc_within_sel);
PG_FUNCTION_INFO_V1(unspsc_contains_sel);
PG_FUNCTION_INFO_V1(unspsc_within_joinsel);
PG_FUNCTION_INFO_V1(unspsc_contains_joinsel);

/*
 * Estimates when the other side of c <@ col (col @> c) or col <@ c is not
 * a constant: a range of unknown width, like an unknown range of a range
 * type, and a list of up to 4 codes.
 */
#define UNSPSC_DEFAULT_RANGE_SEL	DEFAULT_RANGE_INEQ_SEL

/* ----------------------------------------------------------------------
 * Rewriting "within" as a btree range or list
 * ----------------------------------------------------------------------
 */

/*
 * A clause "a <@ b" or "a @> b" seen from one of its arguments, key: with
 * key_inside, key is the code that must be within the other argument (the
 * range form); otherwise key must be the other argument or one of its
 * ancestors (the list form).
 */
static inline bool
key_is_inside(bool is_within, int keyarg)
{
	return is_within ? keyarg == 0 : keyarg == 1;
}

/* Comparison operators of the type from a btree family; false if absent. */
static bool
btree_operators(Oid opfamily, Oid typid, Oid *ge, Oid *le, Oid *eq)
{
	*ge = get_opfamily_member(opfamily, typid, typid, BTGreaterEqualStrategyNumber);
	*le = get_opfamily_member(opfamily, typid, typid, BTLessEqualStrategyNumber);
	*eq = get_opfamily_member(opfamily, typid, typid, BTEqualStrategyNumber);
	return OidIsValid(*ge) && OidIsValid(*le) && OidIsValid(*eq);
}

static Const *
unspsc_const(Oid typid, int32 value)
{
	return makeConst(typid, -1, InvalidOid, sizeof(int32), Int32GetDatum(value),
					 false, true);
}

static Expr *
make_saop(Oid eq, Node *key, Node *array)
{
	ScalarArrayOpExpr *saop = makeNode(ScalarArrayOpExpr);

	saop->opno = eq;
	saop->opfuncid = get_opcode(eq);
	saop->hashfuncid = InvalidOid;
	saop->negfuncid = InvalidOid;
	saop->useOr = true;
	saop->inputcollid = InvalidOid;
	saop->args = list_make2(key, array);
	saop->location = -1;
	return (Expr *) saop;
}

/*
 * A function of the extension, found in the schema of one of its
 * functions (the extension is not relocatable, but its schema is looked up
 * rather than assumed).  InvalidOid when it cannot be found.
 */
static Oid
sibling_function(Oid funcid, const char *name, Oid argtype)
{
	char	   *nspname = get_namespace_name(get_func_namespace(funcid));

	if (nspname == NULL)
		return InvalidOid;
	return LookupFuncName(list_make2(makeString(nspname), makeString(pstrdup(name))),
						  1, &argtype, true);
}

/*
 * The clauses, ANDed, that are equivalent to the clause seen from key,
 * with ops from a btree family of the type; NIL when none can be made.
 * "other" is the other argument; when it is not a Const the clauses call
 * the SQL functions unspsc_range_end and unspsc_path, found next to funcid.
 */
static List *
rewrite_clause(bool inside, Node *key, Node *other, Oid typid,
			   Oid ge, Oid le, Oid eq, Oid funcid)
{
	if (IsA(other, Const))
	{
		Const	   *c = (Const *) other;
		int32		value;

		if (c->constisnull)
			return NIL;
		value = DatumGetInt32(c->constvalue);
		if (inside)
		{
			int32		end = unspsc_range_end(value);

			if (end == value)
				return list_make1(make_opclause(eq, BOOLOID, false, (Expr *) key,
												(Expr *) unspsc_const(typid, value),
												InvalidOid, InvalidOid));
			return list_make2(make_opclause(ge, BOOLOID, false, (Expr *) key,
											(Expr *) unspsc_const(typid, value),
											InvalidOid, InvalidOid),
							  make_opclause(le, BOOLOID, false, (Expr *) copyObject(key),
											(Expr *) unspsc_const(typid, end),
											InvalidOid, InvalidOid));
		}
		else
		{
			Oid			arraytype = get_array_type(typid);

			if (!OidIsValid(arraytype))
				return NIL;
			if (unspsc_level(value) == UNSPSC_SEGMENT)
				return list_make1(make_opclause(eq, BOOLOID, false, (Expr *) key,
												(Expr *) unspsc_const(typid, value),
												InvalidOid, InvalidOid));
			return list_make1(make_saop(eq, key,
										(Node *) makeConst(arraytype, -1, InvalidOid, -1,
														   PointerGetDatum(unspsc_path_array(value, typid)),
														   false, false)));
		}
	}
	else
	{
		Oid			fn;

		if (inside)
		{
			fn = sibling_function(funcid, "unspsc_range_end", typid);
			if (!OidIsValid(fn))
				return NIL;
			return list_make2(make_opclause(ge, BOOLOID, false, (Expr *) key,
											(Expr *) copyObject(other),
											InvalidOid, InvalidOid),
							  make_opclause(le, BOOLOID, false, (Expr *) copyObject(key),
											(Expr *) makeFuncExpr(fn, typid,
																  list_make1(copyObject(other)),
																  InvalidOid, InvalidOid,
																  COERCE_EXPLICIT_CALL),
											InvalidOid, InvalidOid));
		}
		else
		{
			Oid			arraytype = get_array_type(typid);

			fn = sibling_function(funcid, "unspsc_path", typid);
			if (!OidIsValid(fn) || !OidIsValid(arraytype))
				return NIL;
			return list_make1(make_saop(eq, key,
										(Node *) makeFuncExpr(fn, arraytype,
															  list_make1(copyObject(other)),
															  InvalidOid, InvalidOid,
															  COERCE_EXPLICIT_CALL)));
		}
	}
}

static List *
index_condition(SupportRequestIndexCondition *req, bool is_within)
{
	List	   *args;
	Node	   *key;
	Node	   *other;
	Oid			typid;
	Oid			ge,
				le,
				eq;
	List	   *result;

	if (IsA(req->node, OpExpr))
		args = ((OpExpr *) req->node)->args;
	else if (IsA(req->node, FuncExpr))
		args = ((FuncExpr *) req->node)->args;
	else
		return NIL;
	if (list_length(args) != 2 || req->indexarg < 0 || req->indexarg > 1)
		return NIL;
	if (req->index->relam != BTREE_AM_OID)
		return NIL;
	key = (Node *) list_nth(args, req->indexarg);
	other = (Node *) list_nth(args, 1 - req->indexarg);

	/* the planner checked this for operators, not for function calls */
	if (!IsA(req->node, OpExpr) &&
		!is_pseudo_constant_for_index(req->root, other, req->index))
		return NIL;

	/* the index must be a btree on the type itself, with our operators */
	typid = exprType(key);
	if (exprType(other) != typid ||
		!btree_operators(req->opfamily, typid, &ge, &le, &eq))
		return NIL;

	result = rewrite_clause(key_is_inside(is_within, req->indexarg), key, other,
							typid, ge, le, eq, req->funcid);
	if (result != NIL)
		req->lossy = false;
	return result;
}

/* ----------------------------------------------------------------------
 * Selectivity
 * ----------------------------------------------------------------------
 */

/*
 * Fraction of a histogram's population below x, interpolating linearly
 * between bounds.  The bounds are codes, which are integers in the order
 * of the type, so unlike the planner's generic histogram code (which only
 * knows how to interpolate built-in types) a narrow range inside one
 * bucket gets its share of the bucket rather than nothing.
 */
static double
histogram_fraction_below(const Datum *bounds, int n, double x)
{
	int			lo = 0;
	int			hi = n - 1;
	double		b0,
				b1;

	if (x <= (double) DatumGetInt32(bounds[0]))
		return 0.0;
	if (x > (double) DatumGetInt32(bounds[n - 1]))
		return 1.0;
	/* the last i < n - 1 with bounds[i] < x */
	while (hi - lo > 1)
	{
		int			mid = (lo + hi) / 2;

		if ((double) DatumGetInt32(bounds[mid]) < x)
			lo = mid;
		else
			hi = mid;
	}
	b0 = (double) DatumGetInt32(bounds[lo]);
	b1 = (double) DatumGetInt32(bounds[lo + 1]);
	return (lo + (x - b0) / (b1 - b0)) / (n - 1);
}

/*
 * Fraction of the rows whose code is between lo and hi (inclusive): the
 * most common values in the range, plus the histogram's share of the rest.
 * Only int4 comparisons are made on the statistics, which are leakproof,
 * so this is safe even without the right to read the column.
 */
static Selectivity
range_selectivity(VariableStatData *vardata, Oid lt_opr, int32 lo, int32 hi)
{
	Form_pg_statistic stats;
	AttStatsSlot sslot;
	double		mcv_in = 0.0;
	double		mcv_total = 0.0;
	double		other;
	double		hist_frac = UNSPSC_DEFAULT_RANGE_SEL;
	Selectivity sel;
	int			i;

	if (!HeapTupleIsValid(vardata->statsTuple))
		return UNSPSC_DEFAULT_RANGE_SEL;
	stats = (Form_pg_statistic) GETSTRUCT(vardata->statsTuple);

	if (get_attstatsslot(&sslot, vardata->statsTuple, STATISTIC_KIND_MCV, InvalidOid,
						 ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
	{
		for (i = 0; i < sslot.nvalues && i < sslot.nnumbers; i++)
		{
			int32		v = DatumGetInt32(sslot.values[i]);

			mcv_total += sslot.numbers[i];
			if (v >= lo && v <= hi)
				mcv_in += sslot.numbers[i];
		}
		free_attstatsslot(&sslot);
	}

	if (get_attstatsslot(&sslot, vardata->statsTuple, STATISTIC_KIND_HISTOGRAM, lt_opr,
						 ATTSTATSSLOT_VALUES))
	{
		if (sslot.nvalues >= 2)
			hist_frac = histogram_fraction_below(sslot.values, sslot.nvalues, (double) hi + 1.0) -
				histogram_fraction_below(sslot.values, sslot.nvalues, (double) lo);
		free_attstatsslot(&sslot);
	}

	other = 1.0 - stats->stanullfrac - mcv_total;
	CLAMP_PROBABILITY(other);
	CLAMP_PROBABILITY(hist_frac);
	sel = mcv_in + other * hist_frac;
	CLAMP_PROBABILITY(sel);
	return sel;
}

static double
null_fraction(VariableStatData *vardata)
{
	if (HeapTupleIsValid(vardata->statsTuple))
		return ((Form_pg_statistic) GETSTRUCT(vardata->statsTuple))->stanullfrac;
	return 0.0;
}

/*
 * Fraction of the rows equal to c, when c is a value of the other side of
 * a join, which has nd_other distinct values: the value's frequency when it
 * is one of the most common, else the rest of the rows shared among the
 * distinct values of the larger side (eqjoinsel's containment assumption).
 * var_eq_const would assume that c is one of the column's values.
 */
static Selectivity
join_eq_selectivity(VariableStatData *vardata, int32 c, double nd_other)
{
	AttStatsSlot sslot;
	double		mcv_total = 0.0;
	int			nmcv = 0;
	bool		isdefault;
	double		nd = get_variable_numdistinct(vardata, &isdefault);
	double		other;
	int			i;

	if (HeapTupleIsValid(vardata->statsTuple) &&
		get_attstatsslot(&sslot, vardata->statsTuple, STATISTIC_KIND_MCV, InvalidOid,
						 ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
	{
		for (i = 0; i < sslot.nvalues && i < sslot.nnumbers; i++)
		{
			if (DatumGetInt32(sslot.values[i]) == c)
			{
				Selectivity freq = sslot.numbers[i];

				free_attstatsslot(&sslot);
				return freq;
			}
			mcv_total += sslot.numbers[i];
		}
		nmcv = sslot.nvalues;
		free_attstatsslot(&sslot);
	}
	other = 1.0 - null_fraction(vardata) - mcv_total;
	CLAMP_PROBABILITY(other);
	return other / Max(Max(nd - nmcv, 1.0), nd_other);
}

/*
 * Fraction of the rows whose code is within the code c: a range of codes,
 * or one code for a commodity.  Like a LIKE prefix (prefix_selectivity),
 * a range is never taken as rarer than an equality to its first code, which
 * it contains: a range narrower than a histogram bucket could otherwise
 * come out near zero.  With nd_other > 0, c is a value of the other side of
 * a join that has nd_other distinct values (see join_eq_selectivity);
 * otherwise it is a constant of the query.
 */
static Selectivity
within_selectivity(VariableStatData *vardata, Oid lt_opr, Oid eq, int32 c, double nd_other)
{
	int32		end = unspsc_range_end(c);
	Selectivity sel;

	if (nd_other > 0)
		sel = join_eq_selectivity(vardata, c, nd_other);
	else
		sel = var_eq_const(vardata, eq, InvalidOid, Int32GetDatum(c), false, true, false);
	if (end != c)
		sel = Max(sel, range_selectivity(vardata, lt_opr, c, end));
	CLAMP_PROBABILITY(sel);
	return sel;
}

/*
 * Fraction of the rows of a relation for which "args[0] <@ args[1]"
 * (is_within) or "args[0] @> args[1]" holds, one argument being a column
 * (or indexed expression) of the relation and the other a constant.
 */
static Selectivity
restriction_selectivity_of(PlannerInfo *root, List *args, int varRelid, bool is_within)
{
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	bool		inside;
	Selectivity sel;
	Oid			typid;
	TypeCacheEntry *tce;
	Oid			ge,
				le,
				eq;
	List	   *clauses;
	int32		value;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		return UNSPSC_DEFAULT_RANGE_SEL;
	inside = key_is_inside(is_within, varonleft ? 0 : 1);
	typid = exprType(vardata.var);

	if (!IsA(other, Const))
	{
		if (inside)
			sel = UNSPSC_DEFAULT_RANGE_SEL;
		else
		{
			/* up to 4 equalities: 4 / ndistinct */
			bool		isdefault;
			double		nd = get_variable_numdistinct(&vardata, &isdefault);

			sel = Min(1.0, UNSPSC_MAX_PATH / Max(nd, 1.0)) * (1.0 - null_fraction(&vardata));
		}
		ReleaseVariableStats(vardata);
		CLAMP_PROBABILITY(sel);
		return sel;
	}
	if (((Const *) other)->constisnull)
	{
		ReleaseVariableStats(vardata);
		return 0.0;
	}

	tce = lookup_type_cache(typid, TYPECACHE_BTREE_OPFAMILY | TYPECACHE_LT_OPR);
	if (!OidIsValid(tce->btree_opf) ||
		exprType(other) != typid ||
		!btree_operators(tce->btree_opf, typid, &ge, &le, &eq))
	{
		ReleaseVariableStats(vardata);
		return UNSPSC_DEFAULT_RANGE_SEL;
	}

	value = DatumGetInt32(((Const *) other)->constvalue);
	if (inside)
	{
		sel = within_selectivity(&vardata, tce->lt_opr, eq, value, 0.0);
		ReleaseVariableStats(vardata);
		return sel;
	}

	/* the codes of a path (= ANY): the planner's estimate of the list */
	clauses = rewrite_clause(inside, vardata.var, other, typid, ge, le, eq, InvalidOid);
	ReleaseVariableStats(vardata);
	if (clauses == NIL)
		return UNSPSC_DEFAULT_RANGE_SEL;
	sel = clauselist_selectivity(root, clauses, varRelid, JOIN_INNER, NULL);
	CLAMP_PROBABILITY(sel);
	return sel;
}

/*
 * Values of the containing side of a join, as a sample: its most common
 * values with their frequencies, and its histogram bounds, which share the
 * rest of the non-null rows.  Returns the number of values (0 without
 * statistics); *nmcv tells how many come first from the MCV list.
 */
static int
container_sample(VariableStatData *vardata, Oid lt_opr, int32 **values, double **weights,
				 int *nmcv)
{
	Form_pg_statistic stats;
	AttStatsSlot mcv;
	AttStatsSlot hist;
	bool		have_mcv;
	bool		have_hist;
	double		mcv_total = 0.0;
	double		other;
	int			n = 0;
	int			i;

	*nmcv = 0;
	if (!HeapTupleIsValid(vardata->statsTuple))
		return 0;
	stats = (Form_pg_statistic) GETSTRUCT(vardata->statsTuple);
	have_mcv = get_attstatsslot(&mcv, vardata->statsTuple, STATISTIC_KIND_MCV, InvalidOid,
								ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS);
	have_hist = get_attstatsslot(&hist, vardata->statsTuple, STATISTIC_KIND_HISTOGRAM, lt_opr,
								 ATTSTATSSLOT_VALUES);
	*values = palloc(sizeof(int32) * ((have_mcv ? mcv.nvalues : 0) + (have_hist ? hist.nvalues : 0) + 1));
	*weights = palloc(sizeof(double) * ((have_mcv ? mcv.nvalues : 0) + (have_hist ? hist.nvalues : 0) + 1));
	if (have_mcv)
	{
		for (i = 0; i < mcv.nvalues && i < mcv.nnumbers; i++)
		{
			(*values)[n] = DatumGetInt32(mcv.values[i]);
			(*weights)[n] = mcv.numbers[i];
			mcv_total += mcv.numbers[i];
			n++;
		}
		*nmcv = n;
		free_attstatsslot(&mcv);
	}
	other = 1.0 - stats->stanullfrac - mcv_total;
	CLAMP_PROBABILITY(other);
	if (have_hist)
	{
		for (i = 0; i < hist.nvalues; i++)
		{
			(*values)[n] = DatumGetInt32(hist.values[i]);
			(*weights)[n] = other / hist.nvalues;
			n++;
		}
		free_attstatsslot(&hist);
	}
	return n;
}

/*
 * Join selectivity of "a <@ b" (or "b @> a").  For a pair of rows, the
 * chance that a is within b is, for a given b, the restriction selectivity
 * of "a <@ b" on a's side; it is averaged over a sample of b's side (its
 * most common values and histogram bounds, weighted by the rows they stand
 * for).  For a semi- or anti-join, the fraction of outer rows with a match:
 * when the outer side is a's, the share of a's rows within any distinct
 * value of b's side (the sampled values' shares, scaled to b's number of
 * distinct values); when it is b's, the share of b's rows within which at
 * least one row of a's side is expected.  Without statistics on b's side:
 * 1 / ndistinct(b) for a join, one half for a semi- or anti-join.
 */
static Selectivity
join_selectivity_of(PlannerInfo *root, List *args, JoinType jointype,
					SpecialJoinInfo *sjinfo, bool is_within)
{
	VariableStatData vardata1;
	VariableStatData vardata2;
	VariableStatData *inner;	/* the side that must be within */
	VariableStatData *container;
	bool		join_is_reversed;
	bool		semi = (jointype == JOIN_SEMI || jointype == JOIN_ANTI);
	bool		isdefault;
	double		nd;
	Oid			typid;
	TypeCacheEntry *tce;
	Oid			ge,
				le,
				eq;
	int32	   *values = NULL;
	double	   *weights = NULL;
	int			n = 0;
	int			nmcv = 0;
	Selectivity sel;
	int			i;

	get_join_variables(root, args, sjinfo, &vardata1, &vardata2, &join_is_reversed);
	inner = is_within ? &vardata1 : &vardata2;
	container = is_within ? &vardata2 : &vardata1;
	nd = get_variable_numdistinct(container, &isdefault);

	typid = exprType(inner->var);
	tce = lookup_type_cache(typid, TYPECACHE_BTREE_OPFAMILY | TYPECACHE_LT_OPR);
	if (exprType(container->var) == typid && OidIsValid(tce->btree_opf) &&
		btree_operators(tce->btree_opf, typid, &ge, &le, &eq))
		n = container_sample(container, tce->lt_opr, &values, &weights, &nmcv);

	if (n == 0)
	{
		if (semi)
			sel = 0.5;
		else
			sel = (1.0 / Max(nd, 1.0)) *
				(1.0 - null_fraction(&vardata1)) * (1.0 - null_fraction(&vardata2));
	}
	else if (!semi)
	{
		sel = 0.0;
		for (i = 0; i < n; i++)
			sel += weights[i] * within_selectivity(inner, tce->lt_opr, eq, values[i], nd);
	}
	else if ((join_is_reversed ? &vardata2 : &vardata1) == inner)
	{
		/* outer rows are a's: within any of b's distinct values */
		double		hist_mean = 0.0;

		sel = 0.0;
		for (i = 0; i < n; i++)
		{
			Selectivity s = within_selectivity(inner, tce->lt_opr, eq, values[i], nd);

			if (i < nmcv)
				sel += s;
			else
				hist_mean += s / (n - nmcv);
		}
		if (n > nmcv)
			sel += Max(nd - nmcv, 0.0) * hist_mean;
	}
	else
	{
		/* outer rows are b's: some row of a's side within */
		double		inner_rows = inner->rel ? inner->rel->rows : 0.0;

		sel = 0.0;
		for (i = 0; i < n; i++)
		{
			Selectivity s = within_selectivity(inner, tce->lt_opr, eq, values[i], nd);

			sel += weights[i] * (inner_rows > 0 ? Min(1.0, s * inner_rows) : 0.5);
		}
	}

	ReleaseVariableStats(vardata1);
	ReleaseVariableStats(vardata2);
	CLAMP_PROBABILITY(sel);
	return sel;
}

/* ----------------------------------------------------------------------
 * Support functions and estimators
 * ----------------------------------------------------------------------
 */

static Node *
support(Node *rawreq, bool is_within)
{
	if (IsA(rawreq, SupportRequestIndexCondition))
	{
		return (Node *) index_condition((SupportRequestIndexCondition *) rawreq,
										is_within);
	}
	if (IsA(rawreq, SupportRequestSelectivity))
	{
		/* only asked for function calls: operators have their estimators */
		SupportRequestSelectivity *req = (SupportRequestSelectivity *) rawreq;

		if (list_length(req->args) != 2)
			return NULL;
		if (req->is_join)
			req->selectivity = join_selectivity_of(req->root, req->args, req->jointype,
												   req->sjinfo, is_within);
		else
			req->selectivity = restriction_selectivity_of(req->root, req->args,
														  req->varRelid, is_within);
		return (Node *) req;
	}
	return NULL;
}

Datum
unspsc_within_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(support((Node *) PG_GETARG_POINTER(0), true));
}

Datum
unspsc_contains_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(support((Node *) PG_GETARG_POINTER(0), false));
}

Datum
unspsc_within_sel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(restriction_selectivity_of((PlannerInfo *) PG_GETARG_POINTER(0),
												(List *) PG_GETARG_POINTER(2),
												PG_GETARG_INT32(3), true));
}

Datum
unspsc_contains_sel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(restriction_selectivity_of((PlannerInfo *) PG_GETARG_POINTER(0),
												(List *) PG_GETARG_POINTER(2),
												PG_GETARG_INT32(3), false));
}

Datum
unspsc_within_joinsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(join_selectivity_of((PlannerInfo *) PG_GETARG_POINTER(0),
										 (List *) PG_GETARG_POINTER(2),
										 (JoinType) PG_GETARG_INT16(3),
										 (SpecialJoinInfo *) PG_GETARG_POINTER(4),
										 true));
}

Datum
unspsc_contains_joinsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(join_selectivity_of((PlannerInfo *) PG_GETARG_POINTER(0),
										 (List *) PG_GETARG_POINTER(2),
										 (JoinType) PG_GETARG_INT16(3),
										 (SpecialJoinInfo *) PG_GETARG_POINTER(4),
										 false));
}
