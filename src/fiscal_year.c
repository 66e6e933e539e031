/*-------------------------------------------------------------------------
 *
 * fiscal_year.c
 *	  Québec government fiscal year: 1 April to 31 March.
 *
 * fiscal_year('2020-04-01') = fiscal_year('2021-03-31') = 2020, written
 * '2020-2021' (the year that ends on 31 March 2021).
 *
 * Every date PostgreSQL accepts has a fiscal year, so that no row can make
 * a view built on fiscal years fail: years are numbered as PostgreSQL
 * counts them inside, year 0 being 1 BC (fiscal year 0 runs from 1 April 1
 * BC to 31 March 1 AD, written '1 BC-1'), and an infinite date has none
 * (NULL).
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
PG_FUNCTION_INFO_V1(fiscal_year_start);
PG_FUNCTION_INFO_V1(fiscal_year_end);

bool
cag_fiscal_year_of(DateADT date, int32 *fiscal_year)
{
	int			year,
				month,
				day;

	if (DATE_NOT_FINITE(date))
		return false;
	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	*fiscal_year = month >= 4 ? year : year - 1;
	return true;
}

Datum
fiscal_year(PG_FUNCTION_ARGS)
{
	int32		year;

	if (!cag_fiscal_year_of(PG_GETARG_DATEADT(0), &year))
		PG_RETURN_NULL();
	PG_RETURN_INT32(year);
}

/* A year as PostgreSQL writes it in a date: "2020", "1 BC" for year 0. */
static char *
year_text(int32 year)
{
	return year > 0 ? psprintf("%d", year) : psprintf("%d BC", 1 - year);
}

Datum
fiscal_year_label(PG_FUNCTION_ARGS)
{
	int32		year;

	if (!cag_fiscal_year_of(PG_GETARG_DATEADT(0), &year))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%s-%s", year_text(year), year_text(year + 1))));
}

/*
 * A fiscal year argument: one of the dates PostgreSQL accepts, else 22008.
 */
static int32
fiscal_year_arg(FunctionCallInfo fcinfo)
{
	int32		year = PG_GETARG_INT32(0);

	if (year < CAG_FISCAL_YEAR_MIN || year > CAG_FISCAL_YEAR_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("fiscal year %d is out of range", year),
				 errdetail("The fiscal years of the dates PostgreSQL accepts run from %d (4714 BC-4713 BC) to %d, year 0 being 1 BC.",
						   CAG_FISCAL_YEAR_MIN, CAG_FISCAL_YEAR_MAX)));
	return year;
}

/* The first day of a fiscal year: 1 April, or the first date PostgreSQL accepts. */
Datum
fiscal_year_start(PG_FUNCTION_ARGS)
{
	int32		year = fiscal_year_arg(fcinfo);
	int			julian;

	if (year == CAG_FISCAL_YEAR_MIN)
		julian = DATETIME_MIN_JULIAN;
	else
		julian = date2j(year, 4, 1);
	PG_RETURN_DATEADT(julian - POSTGRES_EPOCH_JDATE);
}

/* The last day of a fiscal year: 31 March, or the last date PostgreSQL accepts. */
Datum
fiscal_year_end(PG_FUNCTION_ARGS)
{
	int32		year = fiscal_year_arg(fcinfo);
	int			julian;

	if (year == CAG_FISCAL_YEAR_MAX)
		julian = DATE_END_JULIAN - 1;
	else
		julian = date2j(year + 1, 3, 31);
	PG_RETURN_DATEADT(julian - POSTGRES_EPOCH_JDATE);
}
