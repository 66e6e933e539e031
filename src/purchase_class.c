/*-------------------------------------------------------------------------
 *
 * purchase_class.c
 *	  SQL type purchase_class: the set of flags a purchase carries.
 *
 * Stored as an int2 passed by value; comparison and hashing reuse the
 * built-in int2 functions (see purchase_class.sql).  The set operators
 * (@>, <@, &&, |, &) work on the bits; union re-checks the invariants.
 * The flag tests ?, ?| and ?& take flag names (text, text[]) rather than a
 * class, so that a test of one flag need not be a valid class ('regional'
 * alone is not: it implies quebec).
 *
 *-------------------------------------------------------------------------
 */
#include "purchase_class.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(purchase_class_in);
PG_FUNCTION_INFO_V1(purchase_class_out);
PG_FUNCTION_INFO_V1(purchase_class_recv);
PG_FUNCTION_INFO_V1(purchase_class_send);
PG_FUNCTION_INFO_V1(purchase_class_contains);
PG_FUNCTION_INFO_V1(purchase_class_contained);
PG_FUNCTION_INFO_V1(purchase_class_overlaps);
PG_FUNCTION_INFO_V1(purchase_class_union);
PG_FUNCTION_INFO_V1(purchase_class_intersect);
PG_FUNCTION_INFO_V1(purchase_class_flags);
PG_FUNCTION_INFO_V1(purchase_class_has_flag);
PG_FUNCTION_INFO_V1(purchase_class_has_any_flag);
PG_FUNCTION_INFO_V1(purchase_class_has_all_flags);

static char *
purchase_class_to_cstring(PurchaseClass bits)
{
	char	   *buf = palloc(PC_TEXT_MAX);

	purchase_class_format(bits, buf);
	return buf;
}

void
purchase_class_ensure_valid(uint32 bits, const char *what)
{
	CagParseError err;

	if (!purchase_class_check(bits, CAG_ERR_SYNTAX, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s gives an invalid purchase class", what),
				 errdetail("%s", err.detail)));
}

Datum
purchase_class_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CagParseError err;
	uint16_t	bits;

	if (!purchase_class_parse(cag_cstring_to_utf8(str), &bits, &err))
		cag_report_parse_error("purchase_class", str, &err);
	PG_RETURN_PURCHASE_CLASS(bits);
}

Datum
purchase_class_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(purchase_class_to_cstring(PG_GETARG_PURCHASE_CLASS(0)));
}

Datum
purchase_class_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len;
	const char *data = cag_recv_field(buf, &len);
	CagParseError err;
	uint16_t	bits;

	if (!purchase_class_from_binary(data, len, &bits, &err))
		cag_report_parse_error("purchase_class", err.value, &err);
	PG_RETURN_PURCHASE_CLASS(bits);
}

Datum
purchase_class_send(PG_FUNCTION_ARGS)
{
	unsigned char bytes[PC_BINARY_LEN];
	StringInfoData buf;

	purchase_class_to_binary(PG_GETARG_PURCHASE_CLASS(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, PC_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* a @> b: every flag of b is in a */
Datum
purchase_class_contains(PG_FUNCTION_ARGS)
{
	PurchaseClass a = PG_GETARG_PURCHASE_CLASS(0);
	PurchaseClass b = PG_GETARG_PURCHASE_CLASS(1);

	PG_RETURN_BOOL((a & b) == b);
}

/* a <@ b: every flag of a is in b */
Datum
purchase_class_contained(PG_FUNCTION_ARGS)
{
	PurchaseClass a = PG_GETARG_PURCHASE_CLASS(0);
	PurchaseClass b = PG_GETARG_PURCHASE_CLASS(1);

	PG_RETURN_BOOL((a & b) == a);
}

/* a && b: a flag in common */
Datum
purchase_class_overlaps(PG_FUNCTION_ARGS)
{
	PurchaseClass a = PG_GETARG_PURCHASE_CLASS(0);
	PurchaseClass b = PG_GETARG_PURCHASE_CLASS(1);

	PG_RETURN_BOOL((a & b) != 0);
}

/*
 * a | b: the flags of both.  The union of two valid classes can break only
 * the exclusive pairs ({quebec} | {outside_quebec}); it is then an error.
 */
Datum
purchase_class_union(PG_FUNCTION_ARGS)
{
	PurchaseClass a = PG_GETARG_PURCHASE_CLASS(0);
	PurchaseClass b = PG_GETARG_PURCHASE_CLASS(1);
	uint32		bits = (uint32) a | (uint32) b;
	CagParseError err;

	if (!purchase_class_check(bits, CAG_ERR_SYNTAX, &err))
		purchase_class_ensure_valid(bits,
									psprintf("the union of %s and %s",
											 purchase_class_to_cstring(a),
											 purchase_class_to_cstring(b)));
	PG_RETURN_PURCHASE_CLASS(bits);
}

/* a & b: the flags in common (always valid when a and b are) */
Datum
purchase_class_intersect(PG_FUNCTION_ARGS)
{
	PurchaseClass a = PG_GETARG_PURCHASE_CLASS(0);
	PurchaseClass b = PG_GETARG_PURCHASE_CLASS(1);

	PG_RETURN_PURCHASE_CLASS(a & b);
}

/* The flag names, in bit order, as text[]. */
Datum
purchase_class_flags(PG_FUNCTION_ARGS)
{
	PurchaseClass bits = PG_GETARG_PURCHASE_CLASS(0);
	Datum		elems[PC_NFLAGS];
	int			n = 0;
	int			i;

	for (i = 0; i < PC_NFLAGS; i++)
		if (bits & (1U << i))
			elems[n++] = CStringGetTextDatum(purchase_class_flag_names[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * The mask of the flag a text names.  An unknown name is an error (22P02):
 * a misspelt flag must not quietly select nothing.
 */
static uint16
flag_mask(text *name)
{
	char	   *str = text_to_cstring(name);
	const char *utf8 = cag_cstring_to_utf8(str);
	CagParseError err;
	int			flag;

	if (!purchase_class_named_flag(utf8, strlen(utf8), &flag, &err))
	{
		int			len = (int) strlen(str);
		int			shown = pg_mbcliplen(str, len, 64);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid flag name for type purchase_class: \"%.*s\"%s",
						shown, str, shown < len ? "..." : ""),
				 errdetail("%s", cag_utf8_message_to_server(err.detail)),
				 errhint("%s", cag_utf8_message_to_server(err.hint))));
	}
	return (uint16) (1U << flag);
}

/*
 * The mask of the flags an array of names holds; NULL elements are skipped,
 * as jsonb's ?| and ?& skip them.
 */
static uint16
names_mask(struct varlena *arg)
{
	ArrayType  *names = DatumGetArrayTypeP(PointerGetDatum(arg));
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	uint16		mask = 0;

	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
		if (!nulls[i])
			mask |= flag_mask(DatumGetTextPP(elems[i]));
	return mask;
}

static uint16
name_mask(struct varlena *arg)
{
	return flag_mask((text *) arg);
}

/*
 * The mask of the second argument (a flag name, or an array of them), by
 * compute, kept in fn_extra.  That argument is almost always a constant or
 * a parameter, the same for the whole scan: its mask is then computed once.
 * Otherwise the last value seen is kept with its mask, recognized by its
 * bytes.
 */
typedef struct MaskCache
{
	bool		stable;			/* the argument cannot change in the scan */
	uint16		mask;
	Size		size;
	char		bytes[FLEXIBLE_ARRAY_MEMBER];
} MaskCache;

static uint16
cached_mask(FunctionCallInfo fcinfo, uint16 (*compute) (struct varlena *arg))
{
	MaskCache  *cache = (MaskCache *) fcinfo->flinfo->fn_extra;
	struct varlena *arg;
	Size		size;
	uint16		mask;

	if (cache != NULL && cache->stable)
		return cache->mask;
	arg = pg_detoast_datum_packed(PG_GETARG_RAW_VARLENA_P(1));
	size = VARSIZE_ANY_EXHDR(arg);
	if (cache != NULL && cache->size == size &&
		memcmp(cache->bytes, VARDATA_ANY(arg), size) == 0)
		return cache->mask;

	mask = compute(arg);
	if (cache == NULL || cache->size < size)
	{
		if (cache != NULL)
			pfree(cache);
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
								   offsetof(MaskCache, bytes) + size);
		fcinfo->flinfo->fn_extra = cache;
	}
	cache->stable = get_fn_expr_arg_stable(fcinfo->flinfo, 1);
	cache->mask = mask;
	cache->size = size;
	memcpy(cache->bytes, VARDATA_ANY(arg), size);
	return mask;
}

/* class ? 'name': the class carries the flag */
Datum
purchase_class_has_flag(PG_FUNCTION_ARGS)
{
	PurchaseClass bits = PG_GETARG_PURCHASE_CLASS(0);

	PG_RETURN_BOOL((bits & cached_mask(fcinfo, name_mask)) != 0);
}

/* class ?| array[...]: the class carries at least one of the flags */
Datum
purchase_class_has_any_flag(PG_FUNCTION_ARGS)
{
	PurchaseClass bits = PG_GETARG_PURCHASE_CLASS(0);

	PG_RETURN_BOOL((bits & cached_mask(fcinfo, names_mask)) != 0);
}

/* class ?& array[...]: the class carries every one of the flags */
Datum
purchase_class_has_all_flags(PG_FUNCTION_ARGS)
{
	PurchaseClass bits = PG_GETARG_PURCHASE_CLASS(0);
	uint16		mask = cached_mask(fcinfo, names_mask);

	PG_RETURN_BOOL((bits & mask) == mask);
}
