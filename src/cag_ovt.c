/*-------------------------------------------------------------------------
 *
 * cag_ovt.c
 *	  Module entry point and error reporting shared by the cag_ovt types.
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include <string.h>

#include "mb/pg_wchar.h"

PG_MODULE_MAGIC;

void
cag_report_parse_error(const char *typname, const char *input,
					   const CagParseError *err)
{
	const char *detail = err->detail[0] ? err->detail : NULL;
	const char *hint = err->hint[0] ? err->hint : NULL;

	switch (err->kind)
	{
		case CAG_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" is out of range for type %s",
							input, typname),
					 detail ? errdetail("%s", detail) : 0,
					 hint ? errhint("%s", hint) : 0));
			break;
		case CAG_ERR_BINARY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 input[0] ? errmsg("invalid binary value for type %s: %s",
									   typname, input) :
					 errmsg("invalid binary value for type %s", typname),
					 detail ? errdetail("%s", detail) : 0,
					 hint ? errhint("%s", hint) : 0));
			break;
		case CAG_ERR_SYNTAX:
		case CAG_OK:
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							typname, input),
					 detail ? errdetail("%s", detail) : 0,
					 hint ? errhint("%s", hint) : 0));
			break;
	}
	pg_unreachable();
}

const char *
cag_cstring_to_utf8(const char *str)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return str;
	return pg_server_to_any(str, strlen(str), PG_UTF8);
}

char *
cag_utf8_to_server(const char *str)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return pstrdup(str);
	return pg_any_to_server(str, strlen(str), PG_UTF8);
}
