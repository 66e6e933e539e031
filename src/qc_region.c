/*-------------------------------------------------------------------------
 *
 * qc_region.c
 *	  SQL type qc_region: one of the 17 administrative regions of Québec.
 *
 * Stored as its code (1 to 17) in one byte passed by value, like "char";
 * comparison and hashing reuse the built-in "char" functions (see
 * qc_region.sql), which compare the byte unsigned: the order is the code's.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "qc_region.h"
#include "qc_region_core.h"

PG_FUNCTION_INFO_V1(qc_region_in);
PG_FUNCTION_INFO_V1(qc_region_out);
PG_FUNCTION_INFO_V1(qc_region_recv);
PG_FUNCTION_INFO_V1(qc_region_send);
PG_FUNCTION_INFO_V1(qc_region_code);
PG_FUNCTION_INFO_V1(qc_region_name);
PG_FUNCTION_INFO_V1(is_valid_qc_region);
PG_FUNCTION_INFO_V1(qc_region_smaller);
PG_FUNCTION_INFO_V1(qc_region_larger);

/*
 * The names in the server encoding, made on first use: the database, hence
 * the encoding, never changes during the life of a backend.
 */
static const char *server_names[2][QC_REGION_MAX + 1];

/* Replace every EN DASH (E2 80 93) of a UTF-8 string by a hyphen. */
static char *
en_dash_to_hyphen(const char *utf8)
{
	char	   *out = palloc(strlen(utf8) + 1);
	const char *p = utf8;
	char	   *q = out;

	while (*p)
	{
		if ((unsigned char) p[0] == 0xE2 && (unsigned char) p[1] == 0x80 &&
			(unsigned char) p[2] == 0x93)
		{
			*q++ = '-';
			p += 3;
		}
		else
			*q++ = *p++;
	}
	*q = '\0';
	return out;
}

const char *
qc_region_server_name(int code, bool english)
{
	const char *name;
	char	   *converted;

	Assert(code >= QC_REGION_MIN && code <= QC_REGION_MAX);
	if (server_names[english][code] != NULL)
		return server_names[english][code];

	/*
	 * The name as it is; else with hyphens for the dash (LATIN1 has no EN
	 * DASH); else folded to ASCII.  Each spelling is accepted by the input
	 * function, so that the output can always be read back.
	 */
	name = english ? qc_region_name_en(code) : qc_region_name_fr(code);
	if (!cag_utf8_to_server_noerror(name, &converted) &&
		!cag_utf8_to_server_noerror(en_dash_to_hyphen(name), &converted))
		converted = pstrdup(qc_region_name_ascii(code, english));
	server_names[english][code] =
		MemoryContextStrdup(TopMemoryContext, converted);
	return server_names[english][code];
}

int
qc_region_parse_server(const char *str, const char *typname)
{
	CagParseError err;
	int			code;

	if (!qc_region_parse(cag_cstring_to_utf8(str), &code, &err))
		cag_report_parse_error(typname, str, &err);
	return code;
}

Datum
qc_region_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);

	PG_RETURN_CHAR((char) qc_region_parse_server(str, "qc_region"));
}

Datum
qc_region_out(PG_FUNCTION_ARGS)
{
	int			code = (unsigned char) PG_GETARG_CHAR(0);

	/* a stored value is always valid; refuse to print anything else */
	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		elog(ERROR, "invalid qc_region value %d", code);
	PG_RETURN_CSTRING(pstrdup(qc_region_server_name(code, false)));
}

Datum
qc_region_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len;
	const char *data = cag_recv_field(buf, &len);
	CagParseError err;
	int			code;

	if (!qc_region_from_binary(data, len, &code, &err))
		cag_report_parse_error("qc_region", err.value, &err);
	PG_RETURN_CHAR((char) code);
}

Datum
qc_region_send(PG_FUNCTION_ARGS)
{
	unsigned char bytes[QC_REGION_BINARY_LEN];
	StringInfoData buf;

	qc_region_to_binary((unsigned char) PG_GETARG_CHAR(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, QC_REGION_BINARY_LEN);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
qc_region_code(PG_FUNCTION_ARGS)
{
	int			code = (unsigned char) PG_GETARG_CHAR(0);
	char		buf[3];

	qc_region_format_code(code, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

Datum
qc_region_name(PG_FUNCTION_ARGS)
{
	int			code = (unsigned char) PG_GETARG_CHAR(0);
	text	   *lang = PG_GETARG_TEXT_PP(1);
	const char *l = VARDATA_ANY(lang);
	int			len = VARSIZE_ANY_EXHDR(lang);
	bool		english;

	if (len == 2 && memcmp(l, "fr", 2) == 0)
		english = false;
	else if (len == 2 && memcmp(l, "en", 2) == 0)
		english = true;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid language for region_name: \"%s\"",
						text_to_cstring(lang)),
				 errdetail("Valid values are \"fr\" (French) and \"en\" (English).")));
	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		elog(ERROR, "invalid qc_region value %d", code);
	PG_RETURN_TEXT_P(cstring_to_text(qc_region_server_name(code, english)));
}

Datum
is_valid_qc_region(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	CagParseError err;
	int			code;

	PG_RETURN_BOOL(qc_region_parse(cag_cstring_to_utf8(str), &code, &err));
}

Datum
qc_region_smaller(PG_FUNCTION_ARGS)
{
	uint8		a = (uint8) PG_GETARG_CHAR(0);
	uint8		b = (uint8) PG_GETARG_CHAR(1);

	PG_RETURN_CHAR((char) (a < b ? a : b));
}

Datum
qc_region_larger(PG_FUNCTION_ARGS)
{
	uint8		a = (uint8) PG_GETARG_CHAR(0);
	uint8		b = (uint8) PG_GETARG_CHAR(1);

	PG_RETURN_CHAR((char) (a > b ? a : b));
}
