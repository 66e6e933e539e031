/*-------------------------------------------------------------------------
 *
 * neq.c
 *	  SQL type neq: Québec enterprise number.
 *
 * Stored as an int8 passed by value; comparison and hashing reuse the
 * built-in int8 functions (see neq.sql).
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "neq_core.h"

PG_FUNCTION_INFO_V1(neq_in);
PG_FUNCTION_INFO_V1(neq_out);
PG_FUNCTION_INFO_V1(neq_recv);
PG_FUNCTION_INFO_V1(neq_send);
PG_FUNCTION_INFO_V1(neq_legal_form);
PG_FUNCTION_INFO_V1(is_valid_neq);

Datum
neq_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CagParseError err;
	int64_t		value;

	if (!neq_parse(cag_cstring_to_utf8(str), &value, &err))
		cag_report_parse_error("neq", str, &err);
	PG_RETURN_INT64(value);
}

Datum
neq_out(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_INT64(0);
	char	   *buf = palloc(11);

	neq_format(value, buf);
	PG_RETURN_CSTRING(buf);
}

Datum
neq_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len;
	const char *data = cag_recv_field(buf, &len);
	CagParseError err;
	int64_t		value;

	if (!neq_from_binary(data, len, &value, &err))
		cag_report_parse_error("neq", err.value, &err);
	PG_RETURN_INT64(value);
}

Datum
neq_send(PG_FUNCTION_ARGS)
{
	unsigned char bytes[NEQ_BINARY_LEN];
	StringInfoData buf;

	neq_to_binary(PG_GETARG_INT64(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, NEQ_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
neq_legal_form(PG_FUNCTION_ARGS)
{
	const char *name = neq_legal_form_name(PG_GETARG_INT64(0));

	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(cag_utf8_to_server(name)));
}

Datum
is_valid_neq(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	CagParseError err;
	int64_t		value;

	PG_RETURN_BOOL(neq_parse(cag_cstring_to_utf8(str), &value, &err));
}
