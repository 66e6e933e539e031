/*-------------------------------------------------------------------------
 *
 * postal_code.c
 *	  SQL type postal_code: Canadian postal code.
 *
 * Stored as an int4 passed by value, packed so that integer order is the
 * order of the text form (see postal_code_core.h); comparison and hashing
 * reuse the built-in int4 functions (see postal_code.sql).  The binary form
 * is the six characters of the code, upper case, without a space: it does
 * not depend on the packing.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "postal_code_core.h"

PG_FUNCTION_INFO_V1(postal_code_in);
PG_FUNCTION_INFO_V1(postal_code_out);
PG_FUNCTION_INFO_V1(postal_code_recv);
PG_FUNCTION_INFO_V1(postal_code_send);
PG_FUNCTION_INFO_V1(postal_code_fsa);
PG_FUNCTION_INFO_V1(postal_code_province_code);
PG_FUNCTION_INFO_V1(postal_code_is_quebec_fn);
PG_FUNCTION_INFO_V1(postal_code_is_rural_fn);
PG_FUNCTION_INFO_V1(is_valid_postal_code);

Datum
postal_code_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CagParseError err;
	int32_t		value;

	if (!postal_code_parse(cag_cstring_to_utf8(str), &value, &err))
		cag_report_parse_error("postal_code", str, &err);
	PG_RETURN_INT32(value);
}

Datum
postal_code_out(PG_FUNCTION_ARGS)
{
	int32		value = PG_GETARG_INT32(0);
	char	   *buf = palloc(POSTAL_CODE_TEXT_LEN);

	postal_code_format(value, buf);
	PG_RETURN_CSTRING(buf);
}

Datum
postal_code_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len;
	const char *chars = cag_recv_field(buf, &len);
	CagParseError err;
	int32_t		value;

	/* a field of the wrong length is reported with the bytes it holds */
	if (!postal_code_from_chars(chars, len, &value, &err))
		cag_report_parse_error("postal_code", err.value, &err);
	PG_RETURN_INT32(value);
}

Datum
postal_code_send(PG_FUNCTION_ARGS)
{
	int32		value = PG_GETARG_INT32(0);
	char		chars[POSTAL_CODE_BINARY_LEN];
	StringInfoData buf;

	postal_code_chars(value, chars);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, chars, POSTAL_CODE_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
postal_code_fsa(PG_FUNCTION_ARGS)
{
	char		buf[POSTAL_CODE_TEXT_LEN];

	postal_code_format(PG_GETARG_INT32(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, 3));
}

Datum
postal_code_province_code(PG_FUNCTION_ARGS)
{
	const char *province = postal_code_province(PG_GETARG_INT32(0));

	if (province == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(province));
}

Datum
postal_code_is_quebec_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(postal_code_is_quebec(PG_GETARG_INT32(0)));
}

Datum
postal_code_is_rural_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(postal_code_is_rural(PG_GETARG_INT32(0)));
}

Datum
is_valid_postal_code(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	CagParseError err;
	int32_t		value;

	PG_RETURN_BOOL(postal_code_parse(cag_cstring_to_utf8(str), &value, &err));
}
