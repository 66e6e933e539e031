/*
 * libFuzzer harness for the rules of the bids (src/seao_bids_core.c).
 *
 * The input is a list of values separated by NUL bytes (a value "\x01" is
 * an absent one), in order: an XML notice's <type>, a date
 * (<datepublication>, read as the award date is), a bid's <montantsoumis>, <montantssoumisunite>,
 * <conforme>, <admissible>, and an OCDS procurementMethod.
 *
 * Properties checked: no crash, no out-of-bounds read, no signed overflow
 * (AddressSanitizer, UBSan); a value that cannot be read comes with a
 * detail; a procedure is one of the four, named when it is a contract's;
 * a bid's amount is a non-empty slice of its value without white space
 * that the amount parser reads; a unit is SEAO's or none, a currency CAD,
 * USD or none, and only for a unit; flags are -1, 0 or 1; every block
 * the rules allocate is freed (LeakSanitizer).
 */
#include <stdlib.h>
#include <string.h>

#include "seao_bids_core.h"
#include "seao_rules_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct Blocks
{
	void	   *items[64];
	int			n;
} Blocks;

static void *
fz_alloc(void *arg, size_t size)
{
	Blocks	   *b = arg;
	void	   *p;

	if (b->n == (int) (sizeof(b->items) / sizeof(b->items[0])))
		return NULL;
	p = malloc(size);
	b->items[b->n++] = p;
	return p;
}

static void *
fz_realloc(void *arg, void *ptr, size_t size)
{
	(void) arg;
	(void) ptr;
	(void) size;
	abort();
}

static void
fz_free(void *arg, void *ptr)
{
	(void) arg;
	(void) ptr;
	abort();
}

static const char *
next_value(const char **p, const char *end)
{
	const char *s;

	if (*p >= end)
		return NULL;
	s = *p;
	*p += strlen(s) + 1;
	return strcmp(s, "\x01") == 0 ? NULL : s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *buf = malloc(size + 1);
	const char *p = buf;
	const char *end = buf + size;
	Blocks		blocks = {{0}, 0};
	CagAllocator mem = {fz_alloc, fz_realloc, fz_free, &blocks};
	CagParseError err;
	const char *type;
	const char *date;
	const char *amount;
	const char *unit;
	const char *conforme;
	const char *admissible;
	const char *method;
	SeaoProcedure proc;
	SeaoBid		bid;
	int			code;
	bool		has;
	int32_t		days;
	int			i;

	memcpy(buf, data, size);
	buf[size] = '\0';
	type = next_value(&p, end);
	date = next_value(&p, end);
	amount = next_value(&p, end);
	unit = next_value(&p, end);
	conforme = next_value(&p, end);
	admissible = next_value(&p, end);
	method = next_value(&p, end);

	cag_error_clear(&err);
	if (seao_xml_procedure(type, &code, &proc, &err))
	{
		if ((int) proc < SEAO_PROC_OTHER || proc > SEAO_PROC_SOLE_SOURCE ||
			(proc != SEAO_PROC_OTHER && seao_procedure_name(proc) == NULL) ||
			(proc == SEAO_PROC_OTHER && seao_procedure_name(proc) != NULL) ||
			(type == NULL && code != -1))
			abort();
	}
	else if (err.detail[0] == '\0')
		abort();

	cag_error_clear(&err);
	if (!seao_xml_award_date(date, &has, &days, &err) && err.detail[0] == '\0')
		abort();

	cag_error_clear(&err);
	if (seao_bid_parse(&bid, &mem, amount, unit, conforme, admissible, &err))
	{
		if (bid.amount != NULL)
		{
			int64_t		cents;
			bool		rounded;
			CagParseError again;

			cag_error_clear(&again);
			if (bid.amount[0] == '\0' || cag_is_space((unsigned char) bid.amount[0]) ||
				cag_is_space((unsigned char) bid.amount[strlen(bid.amount) - 1]) ||
				!seao_amount_parse(bid.amount, &cents, &rounded, &again))
				abort();
		}
		if (bid.currency != NULL &&
			(bid.unit == NULL || (strcmp(bid.currency, "CAD") != 0 && strcmp(bid.currency, "USD") != 0)))
			abort();
		if (bid.conforming < -1 || bid.conforming > 1 || bid.admissible < -1 || bid.admissible > 1)
			abort();
	}
	else if (err.detail[0] == '\0')
		abort();

	proc = seao_ocds_procedure(method);
	if ((int) proc < SEAO_PROC_OTHER || proc > SEAO_PROC_SOLE_SOURCE)
		abort();

	for (i = 0; i < blocks.n; i++)
		free(blocks.items[i]);
	free(buf);
	return 0;
}
