/*-------------------------------------------------------------------------
 *
 * fiscal_year.c
 *	  Québec government fiscal year: 1 April to 31 March.
 *
 * fiscal_year('2020-04-01') = fiscal_year('2021-03-31') = 2020, written
 * '2020-2021' (the year that ends on 31 March 2021).
 *
 *-------------------------------------------------------------------------
 */
#include "cag_ovt.h"

#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

PG_FUNCTION_INFO_V1(fiscal_year);
PG_FUNCTION_INFO_V1(fiscal_year_label);

int
cag_fiscal_year_of(DateADT date)
{
	int			year,
				month,
				day;

	if (DATE_NOT_FINITE(date))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for a fiscal year: \"%s\"",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(date)))),
				 errdetail("Infinite dates belong to no fiscal year.")));
	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	year = month >= 4 ? year : year - 1;
	if (year < 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for a fiscal year: \"%s\"",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(date)))),
				 errdetail("The first fiscal year starts on 0001-04-01.")));
	return year;
}

Datum
fiscal_year(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cag_fiscal_year_of(PG_GETARG_DATEADT(0)));
}

Datum
fiscal_year_label(PG_FUNCTION_ARGS)
{
	int			year = cag_fiscal_year_of(PG_GETARG_DATEADT(0));

	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%d-%d", year, year + 1)));
}
