/*-------------------------------------------------------------------------
 *
 * purchase_class.c
 *	  SQL type purchase_class: the set of flags a purchase carries.
 *
 * Stored as an int2 passed by value; comparison and hashing reuse the
 * built-in int2 functions (see purchase_class.sql).  The set operators
 * (@>, <@, &&, |, &) work on the bits; union re-checks the invariants.
 *
 *-------------------------------------------------------------------------
 */
#include "purchase_class.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
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
