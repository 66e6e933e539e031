/*
 * libFuzzer harness for the SEAO rules (src/seao_rules_core.c).
 *
 * The input is a list of values separated by NUL bytes (a value "\x01" is
 * an absent one); its first byte chooses the format (XML or OCDS), the
 * number of contracts and of suppliers.  The values go, in order, where an
 * adapter would put them: an XML winner's award date, contract amount,
 * bid, bid unit and flag, or an OCDS award's status, its contracts'
 * status, amount, currency and date signed, its own amount, currency and
 * date; then what the file says of the purchase (buyer, postal codes,
 * regions, supplier, category, cities, the buyer's identifier).  The day of
 * the load is 2025-06-01 plus 0 to 7 times 400 days, chosen by the top bits
 * of the first byte.
 *
 * Properties checked: no crash, no out-of-bounds read, no signed overflow
 * (AddressSanitizer, UBSan); a value that cannot be read comes with a
 * detail; a row that is not a purchase has exactly one issue, its reason;
 * a purchase has an amount from 0.01 to 99,999,999,999,999.99, an ISO 4217
 * currency (three capital letters) and a date from 1990-01-01 to five
 * years after the load, and the shares of an award's suppliers add up to
 * its amount; every issue names
 * a field and has a reason; a text is a non-empty, trimmed slice of its
 * value; delivery regions are official regions 1 to 17, and a list read
 * as numbers run together ("1416") has an issue; every block the
 * rules allocate is freed with the row (LeakSanitizer, the allocator
 * counting blocks).
 */
#include <stdlib.h>
#include <string.h>

#include "seao_rules_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An allocator that keeps its blocks, to free them all at once. */
typedef struct Blocks
{
	void	   *items[4096];
	int			n;
} Blocks;

static void *
fz_alloc(void *arg, size_t size)
{
	Blocks	   *b = arg;
	void	   *p;

	if (b->n == (int) (sizeof(b->items) / sizeof(b->items[0])))
		return NULL;			/* the rules must cope */
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
	abort();					/* the rules never reallocate */
}

static void
fz_free(void *arg, void *ptr)
{
	(void) arg;
	(void) ptr;
	abort();					/* nor free: the caller frees the row's memory */
}

/* The values of the input, in order; NULL when they run out. */
typedef struct Values
{
	const char *p;
	const char *end;
} Values;

static const char *
next_value(Values *v)
{
	const char *s;

	if (v->p >= v->end)
		return NULL;
	s = v->p;
	v->p += strlen(s) + 1;
	return strcmp(s, "\x01") == 0 ? NULL : s;
}

static bool
within(const char *s, const char *buf, const char *end)
{
	return s >= buf && s < end;
}

static void
check_row(const SeaoRow *row, const char *buf, const char *end)
{
	int			i;

	if (row->nissues < 0 || row->nissues > SEAO_MAX_ISSUES)
		abort();
	if (!row->purchase && row->nissues != 1)
		abort();
	for (i = 0; i < row->nissues; i++)
	{
		const SeaoIssue *issue = &row->issues[i];

		if ((int) issue->field < 0 || issue->field >= SEAO_F_COUNT ||
			issue->reason == NULL || issue->reason[0] == '\0')
			abort();
	}
	for (i = 0; i < SEAO_F_COUNT; i++)
	{
		const SeaoText *t = &row->text[i];

		if (t->str == NULL)
			continue;
		if (t->len == 0 || !within(t->str, buf, end) || !within(t->str + t->len - 1, buf, end) ||
			cag_is_space((unsigned char) t->str[0]) ||
			cag_is_space((unsigned char) t->str[t->len - 1]))
			abort();
	}
	if (row->has_delivery &&
		((row->delivery.regions & 1) || row->delivery.regions >= (UINT32_C(1) << 18) ||
		 __builtin_popcount(row->delivery.regions) != row->delivery.nregions))
		abort();
	if (row->has_delivery && seao_delivery_region(&row->delivery) != 0 &&
		(row->delivery.nregions != 1 || row->delivery.outside))
		abort();
	if (row->has_delivery && row->delivery.run_together > 0 && row->purchase)
	{
		for (i = 0; i < row->nissues; i++)
			if (row->issues[i].field == SEAO_F_DELIVERY_REGION)
				break;
		if (i == row->nissues)
			abort();
	}
}

static void
fill_text(Values *v, SeaoPurchaseText *t)
{
	t->buyer = next_value(v);
	t->buyer_postal_code = next_value(v);
	t->delivery_regions = next_value(v);
	t->supplier_name = next_value(v);
	t->supplier_neq = next_value(v);
	t->supplier_province = next_value(v);
	t->supplier_postal_code = next_value(v);
	t->supplier_country = next_value(v);
	t->category = next_value(v);
	t->description = next_value(v);
	t->supplier_city = next_value(v);
	t->buyer_city = next_value(v);
	t->buyer_id = next_value(v);
}

/* 2025-06-01, in days since 2000-01-01 */
#define FUZZ_TODAY_BASE 9283

/* A purchase's currency and date, as the rules promise them. */
static void
check_purchase(const char *currency, bool has_date, int32_t date, int32_t today,
			   const CagAllocator *mem)
{
	const char *why;

	for (int i = 0; i < 3; i++)
		if (currency[i] < 'A' || currency[i] > 'Z')
			abort();
	if (currency[3] != '\0' || !has_date || !seao_date_plausible(mem, date, today, "date", "", &why))
		abort();
}

static void
xml_winner(Values *v, const CagAllocator *mem, const char *buf, const char *end, int32_t today)
{
	const char *date_raw = next_value(v);
	SeaoXmlBid	bid;
	const char *flag;
	SeaoPurchaseText text;
	CagParseError err;
	bool		has_date;
	int32_t		date;
	SeaoAward	award;
	SeaoRow		row;

	bid.montantcontrat = next_value(v);
	bid.montantsoumis = next_value(v);
	bid.montantssoumisunite = next_value(v);
	flag = next_value(v);
	if (seao_xml_winner(flag) > SEAO_WINNER_INVALID)
		abort();
	if (!seao_xml_award_date(date_raw, &has_date, &date, &err))
	{
		if (err.detail[0] == '\0')
			abort();
		return;
	}
	if (!seao_xml_award(&award, mem, &bid, has_date, date, date_raw, today, &err))
	{
		if (err.detail[0] == '\0' || err.kind == CAG_ERR_RANGE)
			abort();
		return;
	}
	seao_row_init(&row, mem);
	seao_row_award(&row, &award, 0, 1);
	fill_text(v, &text);
	seao_row_fields(&row, &text);
	check_row(&row, buf, end);
	if (row.purchase && (row.cents <= 0 || row.cents > SEAO_AMOUNT_MAX_CENTS ||
						 row.cents != award.cents || !row.has_date))
		abort();
	if (row.purchase)
		check_purchase(row.currency, row.has_date, row.date, today, mem);
}

static void
ocds_award(Values *v, int ncontracts, int nsuppliers, const CagAllocator *mem,
		   const char *buf, const char *end, int32_t today)
{
	SeaoOcdsAward a;
	SeaoAward	award;
	CagParseError err;
	SeaoPurchaseText text;
	int64_t		sum = 0;
	int			i;

	seao_ocds_begin(&a, mem, next_value(v), today);
	for (i = 0; i < ncontracts && seao_ocds_active(&a); i++)
	{
		const char *status = next_value(v);
		const char *amount = next_value(v);
		const char *currency = next_value(v);
		const char *signed_on = next_value(v);

		if (!seao_ocds_contract(&a, status))
			continue;
		if (!seao_ocds_contract_value(&a, amount, currency, &err) ||
			!seao_ocds_contract_date(&a, signed_on, &err))
		{
			if (err.detail[0] == '\0')
				abort();
			return;
		}
	}
	if (seao_ocds_wants_award_value(&a))
	{
		const char *amount = next_value(v);
		const char *currency = next_value(v);

		if (!seao_ocds_award_value(&a, amount, currency, &err))
		{
			if (err.detail[0] == '\0')
				abort();
			return;
		}
	}
	if (seao_ocds_wants_award_date(&a) && !seao_ocds_award_date(&a, next_value(v), &err))
	{
		if (err.detail[0] == '\0')
			abort();
		return;
	}
	seao_ocds_decide(&a, &award);
	if (award.not_purchase == NULL &&
		(award.cents <= 0 || award.cents > SEAO_AMOUNT_MAX_CENTS || !award.has_date))
		abort();
	if (award.not_purchase == NULL)
		check_purchase(award.currency, award.has_date, award.date, today, mem);
	fill_text(v, &text);
	for (i = 0; i < nsuppliers; i++)
	{
		SeaoRow		row;

		seao_row_init(&row, mem);
		seao_row_award(&row, &award, i, nsuppliers);
		seao_row_fields(&row, &text);
		if (i == 1)
			seao_ocds_unknown_party(&row, text.supplier_name);
		check_row(&row, buf, end);
		if (row.purchase != (award.not_purchase == NULL) || row.cents < 0)
			abort();
		sum += row.cents;
	}
	if (nsuppliers == 0)
	{
		SeaoRow		row;

		seao_row_init(&row, mem);
		seao_ocds_no_supplier(&row);
		check_row(&row, buf, end);
		if (row.purchase)
			abort();
	}
	else if (award.not_purchase == NULL && sum != award.cents)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *buf;
	Values		v;
	Blocks	   *blocks;
	CagAllocator mem;
	int32_t		today;
	int			i;

	if (size < 1)
		return 0;
	buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	blocks = calloc(1, sizeof(Blocks));
	mem = (CagAllocator) {fz_alloc, fz_realloc, fz_free, blocks};
	v.p = buf + 1;
	v.end = buf + size;
	today = FUZZ_TODAY_BASE + (data[0] >> 5) * 400;
	if ((data[0] & 1) == 0)
		xml_winner(&v, &mem, buf, buf + size, today);
	else
		ocds_award(&v, (data[0] >> 1) & 3, (data[0] >> 3) & 3, &mem, buf, buf + size, today);
	for (i = 0; i < blocks->n; i++)
		free(blocks->items[i]);
	free(blocks);
	free(buf);
	return 0;
}
