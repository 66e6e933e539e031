/*-------------------------------------------------------------------------
 *
 * seao.c
 *	  SEAO open data: the SQL entry points.
 *
 * seao_region reads SEAO's region numbering; parse_seao_xml and parse_ocds
 * (a jsonb value, or a file's bytes) return the rows of a document;
 * seao_rows returns them to the loader
 * (seao_load in src/seao.sql), compared with earlier loads.  The subsystem
 * is described in seao.h.
 *
 *-------------------------------------------------------------------------
 */
#include "seao.h"

#include <string.h>

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(seao_region);
PG_FUNCTION_INFO_V1(parse_seao_xml_text);
PG_FUNCTION_INFO_V1(parse_seao_xml_bytea);
PG_FUNCTION_INFO_V1(parse_ocds);
PG_FUNCTION_INFO_V1(parse_ocds_text);
PG_FUNCTION_INFO_V1(parse_ocds_bytea);
PG_FUNCTION_INFO_V1(seao_rows);

/* seao_region(text) → qc_region */
Datum
seao_region(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	CagParseError err;
	int			code;
	int			official;

	if (!seao_region_parse(cag_cstring_to_utf8(str), &code, &err))
		cag_report_parse_error("SEAO region", str, &err);
	official = seao_region_official(code);
	if (official == 0)
		PG_RETURN_NULL();		/* 19: outside Québec */
	PG_RETURN_CHAR((char) official);
}

Datum
parse_seao_xml_text(PG_FUNCTION_ARGS)
{
	SeaoRows   *rows = seao_rows_begin(fcinfo, SEAO_XML, NULL);

	seao_xml_read_text(rows, PG_GETARG_TEXT_PP(0));
	seao_rows_end(rows);
	return (Datum) 0;
}

Datum
parse_seao_xml_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *doc = PG_GETARG_BYTEA_PP(0);
	SeaoRows   *rows = seao_rows_begin(fcinfo, SEAO_XML, NULL);

	seao_xml_read(rows, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), false);
	seao_rows_end(rows);
	return (Datum) 0;
}

Datum
parse_ocds(PG_FUNCTION_ARGS)
{
	Jsonb	   *package = PG_GETARG_JSONB_P(0);
	SeaoRows   *rows = seao_rows_begin(fcinfo, SEAO_OCDS, NULL);

	seao_ocds_read(rows, package);
	seao_rows_end(rows);
	return (Datum) 0;
}

Datum
parse_ocds_text(PG_FUNCTION_ARGS)
{
	text	   *package = PG_GETARG_TEXT_PP(0);
	const char *data = VARDATA_ANY(package);
	size_t		len = VARSIZE_ANY_EXHDR(package);
	int			enc = GetDatabaseEncoding();
	SeaoRows   *rows = seao_rows_begin(fcinfo, SEAO_OCDS, NULL);

	/* JSON text is read in UTF-8 */
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		data = (const char *) pg_do_encoding_conversion((unsigned char *) unconstify(char *, data),
														(int) len, enc, PG_UTF8);
		len = strlen(data);
	}
	seao_ocds_read_bytes(rows, data, len);
	seao_rows_end(rows);
	return (Datum) 0;
}

Datum
parse_ocds_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *package = PG_GETARG_BYTEA_PP(0);
	SeaoRows   *rows = seao_rows_begin(fcinfo, SEAO_OCDS, NULL);

	seao_ocds_read_bytes(rows, VARDATA_ANY(package), VARSIZE_ANY_EXHDR(package));
	seao_rows_end(rows);
	return (Datum) 0;
}

/*
 * seao_rows(source, xml text, xml bytea, package jsonb, package bytea,
 * bids): for the loader, the rows of the document that is not NULL,
 * compared with what earlier loads recorded in load_notices: one row per
 * notice (source_ref NULL) with its status, then the rows of the notices
 * that are new or changed.  bids false: the bids are not written.
 */
Datum
seao_rows(PG_FUNCTION_ARGS)
{
	char	   *source;
	int			given;
	SeaoRows   *rows;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the source of a SEAO load is NULL")));
	source = text_to_cstring(PG_GETARG_TEXT_PP(0));
	/* (cag_ovt 1.1 declared it without the package's bytes) */
	given = !PG_ARGISNULL(1) + !PG_ARGISNULL(2) + !PG_ARGISNULL(3) +
		(PG_NARGS() > 4 && !PG_ARGISNULL(4));
	if (given == 0)
	{
		/* no document: nothing */
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	if (given > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("seao_rows takes exactly one document")));
	rows = seao_rows_begin(fcinfo, PG_ARGISNULL(1) && PG_ARGISNULL(2) ? SEAO_OCDS : SEAO_XML,
						   source);
	/* (cag_ovt 1.1 and 1.2 before the option: the bids are written) */
	if (PG_NARGS() > 5 && !PG_ARGISNULL(5) && !PG_GETARG_BOOL(5))
		seao_rows_without_bids(rows);
	if (!PG_ARGISNULL(1))
		seao_xml_read_text(rows, PG_GETARG_TEXT_PP(1));
	else if (!PG_ARGISNULL(2))
	{
		bytea	   *doc = PG_GETARG_BYTEA_PP(2);

		seao_xml_read(rows, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), false);
	}
	else if (!PG_ARGISNULL(3))
		seao_ocds_read(rows, PG_GETARG_JSONB_P(3));
	else
	{
		bytea	   *package = PG_GETARG_BYTEA_PP(4);

		seao_ocds_read_bytes(rows, VARDATA_ANY(package), VARSIZE_ANY_EXHDR(package));
	}
	seao_rows_learn(rows);
	seao_rows_end(rows);
	return (Datum) 0;
}
