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

#include "lib/stringinfo.h"
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

/*
 * The bytes received, printable ASCII as is and anything else as \xNN, for
 * the error message; at most the first 16 bytes, then "...".
 */
static char *
printable_bytes(const char *bytes, int len)
{
	StringInfoData out;
	int			i;

	initStringInfo(&out);
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) bytes[i];

		if (i == 16)
		{
			appendStringInfoString(&out, "...");
			break;
		}
		if (c >= 0x20 && c < 0x7F && c != '\\')
			appendStringInfoChar(&out, (char) c);
		else
			appendStringInfo(&out, "\\x%02X", c);
	}
	return out.data;
}

Datum
postal_code_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *chars;
	CagParseError err;
	int32_t		value;

	/*
	 * Take what is left of the field: a field of the wrong length is
	 * reported with the bytes it holds.
	 */
	chars = pq_getmsgbytes(buf, len);
	if (!postal_code_from_chars(chars, (size_t) len, &value, &err))
		cag_report_parse_error("postal_code", printable_bytes(chars, len), &err);
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
