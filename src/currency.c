/*-------------------------------------------------------------------------
 *
 * currency.c
 *	  Amounts in Canadian dollars: the exchange rates (reference cache)
 *	  and the conversion, for the purchases' trigger, amount_in_cad and the
 *	  SEAO loaders.
 *
 * The rates of exchange_rates are read once into a sorted array of
 * (currency, year), then again after each change of the table; a lookup is
 * a binary search.  The arithmetic is PostgreSQL's numeric: exact.
 *
 *-------------------------------------------------------------------------
 */
#include "currency.h"

#include <stdlib.h>
#include <string.h>

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "refcache.h"

PG_FUNCTION_INFO_V1(amount_in_cad);

typedef struct Rate
{
	char		currency[4];	/* ISO 4217, NUL-terminated */
	int32		year;
	bool		uncertain;
	Numeric		cad_per_unit;	/* in the cache's memory */
} Rate;

typedef struct Rates
{
	Rate	   *rates;			/* sorted by currency, then year */
	int			n;
} Rates;

static void *rates_load(CagRefSource *source, MemoryContext cxt);

static CagRefSource rates_source = {
	.name = "exchange rates",
	.tables = {"exchange_rates", NULL},
	.load = rates_load,
};

static int
cmp_rate(const void *a, const void *b)
{
	const Rate *x = a;
	const Rate *y = b;
	int			c = strcmp(x->currency, y->currency);

	if (c != 0)
		return c;
	return (x->year > y->year) - (x->year < y->year);
}

/* A copy of a numeric Datum in cxt. */
static Numeric
numeric_in_cxt(Datum d, MemoryContext cxt)
{
	struct varlena *v = PG_DETOAST_DATUM(d);
	Numeric		copy = (Numeric) MemoryContextAlloc(cxt, VARSIZE(v));

	memcpy(copy, v, VARSIZE(v));
	return copy;
}

static void *
rates_load(CagRefSource *source, MemoryContext cxt)
{
	Oid			types[4] = {TEXTOID, INT4OID, NUMERICOID, TEXTOID};
	SPITupleTable *tt = cag_refcache_select(source, 0, "currency, year, cad_per_unit, confidence",
											4, types);
	uint64		n = SPI_processed;
	Rates	   *r = MemoryContextAllocZero(cxt, sizeof(Rates));
	uint64		i;

	r->rates = MemoryContextAllocZero(cxt, sizeof(Rate) * (n + 1));
	for (i = 0; i < n; i++)
	{
		Rate	   *rate = &r->rates[r->n];
		bool		isnull[4];
		Datum		d[4];
		char	   *code;
		int			c;

		for (c = 0; c < 4; c++)
			d[c] = SPI_getbinval(tt->vals[i], tt->tupdesc, c + 1, &isnull[c]);
		if (isnull[0] || isnull[1] || isnull[2] || isnull[3])
			continue;			/* the NOT NULL constraints forbid it */
		code = TextDatumGetCString(d[0]);
		if (strlen(code) != 3)
			continue;			/* the table's check forbids it */
		memcpy(rate->currency, code, 4);
		rate->year = DatumGetInt32(d[1]);
		rate->uncertain = strcmp(TextDatumGetCString(d[3]), "uncertain") == 0;
		rate->cad_per_unit = numeric_in_cxt(d[2], cxt);
		r->n++;
	}
	if (r->n > 1)
		qsort(r->rates, r->n, sizeof(Rate), cmp_rate);
	return r;
}

/* The calendar year of a date, 0 for an infinite date (no rate). */
static int32
date_year(DateADT on)
{
	int			year,
				month,
				day;

	if (DATE_NOT_FINITE(on))
		return 0;
	j2date(on + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	return year;
}

/* The rate of a currency (upper case) in a year, or NULL. */
static const Rate *
find_rate(const char *currency, int32 year)
{
	const Rates *r = cag_refcache_get(&rates_source);
	Rate		key;

	if (r->n == 0 || strlen(currency) != 3)
		return NULL;
	memset(&key, 0, sizeof(key));
	memcpy(key.currency, currency, 3);
	key.year = year;
	return bsearch(&key, r->rates, r->n, sizeof(Rate), cmp_rate);
}

/* 100,000,000,000,000 and its opposite, made once: the bounds of an amount */
static Datum amount_limit[2];

static void
amount_limits(void)
{
	MemoryContext old;

	if (amount_limit[0] != (Datum) 0)
		return;
	old = MemoryContextSwitchTo(TopMemoryContext);
	amount_limit[1] = NumericGetDatum(int64_to_numeric(-INT64CONST(100000000000000)));
	amount_limit[0] = NumericGetDatum(int64_to_numeric(INT64CONST(100000000000000)));
	MemoryContextSwitchTo(old);
}

bool
cag_amount_in_cad(Datum amount, const char *currency, DateADT on, Datum *cad,
				  CagRateStatus *status)
{
	char		code[4];
	const Rate *rate;
	Datum		rounded;

	if (!cag_currency_code(currency, code))
	{
		*status = CAG_RATE_NONE;
		return false;
	}
	if (strcmp(code, "CAD") == 0)
	{
		*status = CAG_RATE_CAD;
		rate = NULL;
		/* an amount already to the cent (numeric(16,2)) is kept as it is */
		rounded = DatumGetInt32(DirectFunctionCall1(numeric_scale, amount)) <= 2 ? amount :
			DirectFunctionCall2(numeric_round, amount, Int32GetDatum(2));
	}
	else
	{
		rate = find_rate(code, date_year(on));
		if (rate == NULL || rate->uncertain)
		{
			*status = rate == NULL ? CAG_RATE_NONE : CAG_RATE_UNCERTAIN;
			return false;
		}
		*status = CAG_RATE_OK;
		rounded = DirectFunctionCall2(numeric_round,
									  DirectFunctionCall2(numeric_mul, amount,
														  NumericGetDatum(rate->cad_per_unit)),
									  Int32GetDatum(2));
	}
	/* the purchases keep amounts as numeric(16,2): below 10^14 */
	amount_limits();
	if (DatumGetBool(DirectFunctionCall2(numeric_ge, rounded, amount_limit[0])) ||
		DatumGetBool(DirectFunctionCall2(numeric_le, rounded, amount_limit[1])))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("amount %s %s is out of range in Canadian dollars",
						DatumGetCString(DirectFunctionCall1(numeric_out, amount)), code),
				 errdetail("At %s Canadian dollars per unit it is %s, and amounts are below 100,000,000,000,000.00.",
						   rate ? DatumGetCString(DirectFunctionCall1(numeric_out,
																	  NumericGetDatum(rate->cad_per_unit))) : "1",
						   DatumGetCString(DirectFunctionCall1(numeric_out, rounded)))));
	*cad = rounded;
	return true;
}

char *
cag_rate_missing_reason(const char *currency, DateADT on, CagRateStatus status)
{
	int32		year = date_year(on);

	if (status == CAG_RATE_UNCERTAIN)
		return psprintf("The amount is in %s; the rate of %d in cag_ovt.exchange_rates is marked uncertain and is not used: the purchase counts with no amount in Canadian dollars until the rate is checked (confidence 'checked') and the purchases reclassified.",
						currency, (int) year);
	return psprintf("The amount is in %s, for which cag_ovt.exchange_rates has no rate of %d: the purchase counts with no amount in Canadian dollars until a rate is added and the purchases reclassified.",
					currency, (int) year);
}

/* amount_in_cad(amount, currency, on_date): NULL without a usable rate */
Datum
amount_in_cad(PG_FUNCTION_ARGS)
{
	char	   *currency = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char		code[4];
	Datum		cad;
	CagRateStatus status;

	if (!cag_currency_code(currency, code))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid currency code \"%s\"", currency),
				 errdetail("A currency is named by its ISO 4217 code: three letters, such as CAD or USD.")));
	if (!cag_amount_in_cad(PG_GETARG_DATUM(0), code, PG_GETARG_DATEADT(2), &cad, &status))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(cad);
}
