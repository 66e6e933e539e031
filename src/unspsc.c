/*-------------------------------------------------------------------------
 *
 * unspsc.c
 *	  SQL type unspsc: UNSPSC product and service codes and their
 *	  hierarchy.
 *
 * Stored as an int4 passed by value (the 8-digit number); comparison and
 * hashing reuse the built-in int4 functions (see unspsc.sql).  x <@ c ("x
 * is within c") holds when c is x or one of its ancestors; the planner
 * support that makes it indexable is in unspsc_support.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include "catalog/pg_type_d.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "unspsc.h"
#include "unspsc_core.h"

PG_FUNCTION_INFO_V1(unspsc_in);
PG_FUNCTION_INFO_V1(unspsc_out);
PG_FUNCTION_INFO_V1(unspsc_recv);
PG_FUNCTION_INFO_V1(unspsc_send);
PG_FUNCTION_INFO_V1(unspsc_segment);
PG_FUNCTION_INFO_V1(unspsc_family);
PG_FUNCTION_INFO_V1(unspsc_class);
PG_FUNCTION_INFO_V1(unspsc_level_fn);
PG_FUNCTION_INFO_V1(unspsc_range_end_fn);
PG_FUNCTION_INFO_V1(unspsc_path);
PG_FUNCTION_INFO_V1(is_valid_unspsc);
PG_FUNCTION_INFO_V1(unspsc_within_fn);
PG_FUNCTION_INFO_V1(unspsc_contains_fn);

/* ----------------------------------------------------------------------
 * Input, output, hierarchy
 * ----------------------------------------------------------------------
 */

Datum
unspsc_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CagParseError err;
	int32_t		value;

	if (!unspsc_parse(cag_cstring_to_utf8(str), &value, &err))
		cag_report_parse_error("unspsc", str, &err);
	PG_RETURN_INT32(value);
}

Datum
unspsc_out(PG_FUNCTION_ARGS)
{
	int32		value = PG_GETARG_INT32(0);
	char	   *buf = palloc(UNSPSC_TEXT_LEN);

	unspsc_format(value, buf);
	PG_RETURN_CSTRING(buf);
}

Datum
unspsc_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len;
	const char *data = cag_recv_field(buf, &len);
	CagParseError err;
	int32_t		value;

	if (!unspsc_from_binary(data, len, &value, &err))
		cag_report_parse_error("unspsc", err.value, &err);
	PG_RETURN_INT32(value);
}

Datum
unspsc_send(PG_FUNCTION_ARGS)
{
	unsigned char bytes[UNSPSC_BINARY_LEN];
	StringInfoData buf;

	unspsc_to_binary(PG_GETARG_INT32(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, UNSPSC_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static Datum
ancestor_or_null(FunctionCallInfo fcinfo, UnspscLevel level)
{
	int32_t		ancestor = unspsc_ancestor(PG_GETARG_INT32(0), level);

	if (ancestor < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(ancestor);
}

Datum
unspsc_segment(PG_FUNCTION_ARGS)
{
	return ancestor_or_null(fcinfo, UNSPSC_SEGMENT);
}

Datum
unspsc_family(PG_FUNCTION_ARGS)
{
	return ancestor_or_null(fcinfo, UNSPSC_FAMILY);
}

Datum
unspsc_class(PG_FUNCTION_ARGS)
{
	return ancestor_or_null(fcinfo, UNSPSC_CLASS);
}

Datum
unspsc_level_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(unspsc_level_name(unspsc_level(PG_GETARG_INT32(0)))));
}

Datum
unspsc_range_end_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(unspsc_range_end(PG_GETARG_INT32(0)));
}

/* c's ancestors from its segment down, then c; returns their number. */
static int
path_of(int32 value, Datum *elems)
{
	int			level = unspsc_level(value);
	int			n = 0;
	int			l;

	for (l = UNSPSC_SEGMENT; l <= level; l++)
		elems[n++] = Int32GetDatum(unspsc_ancestor(value, (UnspscLevel) l));
	return n;
}

ArrayType *
unspsc_path_array(int32 value, Oid elemtype)
{
	Datum		elems[UNSPSC_MAX_PATH];
	int			n = path_of(value, elems);

	return construct_array(elems, n, elemtype, sizeof(int32), true, TYPALIGN_INT);
}

Datum
unspsc_path(PG_FUNCTION_ARGS)
{
	/* the element type, from the function's own declaration, cached */
	Oid		   *elemtype = (Oid *) fcinfo->flinfo->fn_extra;

	if (elemtype == NULL)
	{
		elemtype = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
		*elemtype = get_element_type(get_func_rettype(fcinfo->flinfo->fn_oid));
		if (!OidIsValid(*elemtype))
			elog(ERROR, "unspsc_path must return an array");
		fcinfo->flinfo->fn_extra = elemtype;
	}
	PG_RETURN_ARRAYTYPE_P(unspsc_path_array(PG_GETARG_INT32(0), *elemtype));
}

Datum
is_valid_unspsc(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	CagParseError err;
	int32_t		value;

	PG_RETURN_BOOL(unspsc_parse(cag_cstring_to_utf8(str), &value, &err));
}

Datum
unspsc_within_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(unspsc_within(PG_GETARG_INT32(0), PG_GETARG_INT32(1)));
}

Datum
unspsc_contains_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(unspsc_within(PG_GETARG_INT32(1), PG_GETARG_INT32(0)));
}
