/*-------------------------------------------------------------------------
 *
 * seao_rules_core.c
 *	  SEAO open data: what a purchase is, server-free.
 *
 * See seao_rules_core.h.  The reasons are the texts load_issues.reason
 * shows users: full sentences, naming SEAO's elements in parentheses.
 *
 *-------------------------------------------------------------------------
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cents_core.h"
#include "place_core.h"
#include "neq_core.h"
#include "postal_code_core.h"
#include "seao_rules_core.h"
#include "unspsc_core.h"

const char *const seao_field_names[SEAO_F_COUNT] = {
	[SEAO_F_AMOUNT] = "amount",
	[SEAO_F_CURRENCY] = "currency",
	[SEAO_F_PURCHASED_ON] = "purchased_on",
	[SEAO_F_BUYER] = "buyer",
	[SEAO_F_BUYER_REGION] = "buyer_region",
	[SEAO_F_DELIVERY_REGION] = "delivery_region",
	[SEAO_F_SUPPLIER_NAME] = "supplier_name",
	[SEAO_F_SUPPLIER_NEQ] = "supplier_neq",
	[SEAO_F_SUPPLIER_PROVINCE] = "supplier_province",
	[SEAO_F_SUPPLIER_POSTAL_CODE] = "supplier_postal_code",
	[SEAO_F_SUPPLIER_COUNTRY] = "supplier_country",
	[SEAO_F_CATEGORY] = "category",
	[SEAO_F_DESCRIPTION] = "description",
	[SEAO_F_SUPPLIER_CITY] = "supplier_city",
	[SEAO_F_BUYER_CITY] = "buyer_city",
	[SEAO_F_BUYER_ID] = "buyer_id",
};

/* When the allocator fails, a reason still says something. */
static const char no_memory[] = "(The reason could not be written: out of memory.)";

/* A text written with the allocator; a constant when memory runs out. */
static const char *
text_va(const CagAllocator *mem, const char *fmt, va_list ap) CAG_PRINTF(2, 0);

static const char *
text_va(const CagAllocator *mem, const char *fmt, va_list ap)
{
	va_list		ap2;
	int			n;
	char	   *buf;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || (buf = mem->alloc(mem->arg, (size_t) n + 1)) == NULL)
		return no_memory;
	vsnprintf(buf, (size_t) n + 1, fmt, ap);
	return buf;
}

static const char *
text(const CagAllocator *mem, const char *fmt,...) CAG_PRINTF(2, 3);

static const char *
text(const CagAllocator *mem, const char *fmt,...)
{
	va_list		ap;
	const char *s;

	va_start(ap, fmt);
	s = text_va(mem, fmt, ap);
	va_end(ap);
	return s;
}

const char *
seao_error_text(const CagAllocator *mem, const CagParseError *err)
{
	if (err->hint[0])
		return text(mem, "%s %s", err->detail, err->hint);
	return text(mem, "%s", err->detail);
}

/* Is a value absent, or nothing but white space? */
static bool
blank(const char *s)
{
	if (s == NULL)
		return true;
	while (cag_is_space((unsigned char) *s))
		s++;
	return *s == '\0';
}

/* a and b are equal but for the case of ASCII letters */
static bool
ascii_caseless_equal(const char *a, const char *b)
{
	while (*a && cag_to_lower((unsigned char) *a) == cag_to_lower((unsigned char) *b))
		a++, b++;
	return *a == '\0' && *b == '\0';
}

static const char *
cents_text(const CagAllocator *mem, int64_t cents)
{
	char		buf[CAG_CENTS_TEXT_MAX];

	return text(mem, "%s", cag_cents_format(cents, buf));
}

/* ---------------------------------------------------------------------
 * Rows
 * ---------------------------------------------------------------------
 */

void
seao_row_init(SeaoRow *row, const CagAllocator *mem)
{
	memset(row, 0, sizeof(*row));
	row->mem = mem;
	row->purchase = true;
	memcpy(row->currency, "CAD", 4);
}

void
seao_row_issue(SeaoRow *row, SeaoField field, const char *value, const char *fmt,...)
{
	va_list		ap;
	SeaoIssue  *issue;

	if (!row->purchase || row->nissues >= SEAO_MAX_ISSUES)
		return;
	issue = &row->issues[row->nissues++];
	issue->field = field;
	issue->value = value;
	va_start(ap, fmt);
	issue->reason = text_va(row->mem, fmt, ap);
	va_end(ap);
}

void
seao_row_not_purchase(SeaoRow *row, SeaoField field, const char *value, const char *reason)
{
	if (!row->purchase)
		return;
	row->nissues = 0;
	seao_row_issue(row, field, value, "%s", reason);
	row->purchase = false;
}

/* The value trimmed, in text; false when absent or blank. */
static bool
trimmed(const char *value, SeaoText *text)
{
	size_t		start;
	size_t		len;

	if (value == NULL)
		return false;
	len = strlen(value);
	seao_trim(value, &start, &len);
	text->str = value + start;
	text->len = len;
	return len > 0;
}

/* A text column: trimmed, nothing when blank. */
static void
row_text(SeaoRow *row, SeaoField field, const char *value)
{
	SeaoText	t;

	if (trimmed(value, &t))
		row->text[field] = t;
}

/*
 * The supplier's province (or state) and country: kept as written when
 * the classification can read them (cag_read_province, cag_read_country);
 * anything else -- a region number in the province field, as SEAO files
 * sometimes hold -- is NULL with an issue, and the postal code decides.
 */
static void
row_place(SeaoRow *row, SeaoField field, const char *value)
{
	SeaoText	t;
	CagPlaceKind kind;

	if (!trimmed(value, &t))
		return;
	if (field == SEAO_F_SUPPLIER_PROVINCE)
	{
		kind = cag_read_province(t.str, t.len).kind;
		if (kind == CAG_PLACE_NONE || kind == CAG_PLACE_UNRECOGNIZED)
		{
			seao_row_issue(row, field, text(row->mem, "%.*s", (int) t.len, t.str),
						   "Neither a province nor a state: the supplier's province is unknown, and its postal code decides.");
			return;
		}
	}
	else if (cag_read_country(t.str, t.len).kind == CAG_PLACE_NONE)
	{
		seao_row_issue(row, field, text(row->mem, "%.*s", (int) t.len, t.str),
					   "Not a country: the supplier's country is unknown.");
		return;
	}
	row->text[field] = t;
}

/*
 * Whether a parser read a value of its type (what, as the SQL type is
 * called); an issue when it did not, its reason followed by then.
 */
static bool
typed(SeaoRow *row, SeaoField field, const char *value, bool parsed,
	  const CagParseError *err, const char *what, const char *then)
{
	if (!parsed && row->purchase)
		seao_row_issue(row, field, value, "Invalid %s: %s%s", what,
					   seao_error_text(row->mem, err), then);
	return parsed;
}

void
seao_row_fields(SeaoRow *row, const SeaoPurchaseText *t)
{
	CagParseError err;
	const char *v;

	row_text(row, SEAO_F_BUYER, t->buyer);
	if (!blank(v = t->buyer_postal_code))
		row->has_buyer_postal_code =
			typed(row, SEAO_F_BUYER_REGION, v, postal_code_parse(v, &row->buyer_postal_code, &err),
				  &err, "postal_code of the buyer, whose region is therefore unknown", "");
	if (!blank(v = t->delivery_regions))
	{
		row->has_delivery =
			typed(row, SEAO_F_DELIVERY_REGION, v, seao_region_list_parse(v, &row->delivery, &err),
				  &err, "SEAO region list (regionlivraison)",
				  " The delivery region is left unknown, so the buyer's region applies.");
		if (row->has_delivery && row->delivery.run_together > 0)
			seao_row_issue(row, SEAO_F_DELIVERY_REGION, v,
						   "Four digits read as two SEAO region numbers run together (1416: 14 and 16): the purchase is delivered to both regions.");
	}
	row_text(row, SEAO_F_SUPPLIER_NAME, t->supplier_name);
	if (!blank(v = t->supplier_neq))
		row->has_supplier_neq =
			typed(row, SEAO_F_SUPPLIER_NEQ, v, neq_parse(v, &row->supplier_neq, &err),
				  &err, "neq", "");
	row_place(row, SEAO_F_SUPPLIER_PROVINCE, t->supplier_province);
	if (!blank(v = t->supplier_postal_code))
		row->has_supplier_postal_code =
			typed(row, SEAO_F_SUPPLIER_POSTAL_CODE, v,
				  postal_code_parse(v, &row->supplier_postal_code, &err), &err, "postal_code", "");
	row_place(row, SEAO_F_SUPPLIER_COUNTRY, t->supplier_country);
	if (!blank(v = t->category))
		row->has_category =
			typed(row, SEAO_F_CATEGORY, v, unspsc_parse(v, &row->category, &err),
				  &err, "unspsc", "");
	row_text(row, SEAO_F_DESCRIPTION, t->description);
	row_text(row, SEAO_F_SUPPLIER_CITY, t->supplier_city);
	row_text(row, SEAO_F_BUYER_CITY, t->buyer_city);
	row_text(row, SEAO_F_BUYER_ID, t->buyer_id);
}

int
seao_delivery_region(const SeaoRegionList *list)
{
	int			code;

	if (list->nregions != 1 || list->outside)
		return 0;
	for (code = 1; code <= 17; code++)
		if (list->regions & (UINT32_C(1) << code))
			return code;
	return 0;
}

/* ---------------------------------------------------------------------
 * Awards
 * ---------------------------------------------------------------------
 */

/* ---- dates ---- */

bool
seao_date_plausible(const CagAllocator *mem, int32_t date, int32_t today, const char *what,
					const char *raw, const char **why)
{
	int			y,
				m,
				d;
	int32_t		limit;

	if (date < SEAO_DATE_MIN)
	{
		*why = text(mem, "The %s %s is before 1990-01-01, not a date (SEAO writes 0001-01-01 for none)",
					what, raw ? raw : "");
		return false;
	}
	/* five years after today, as PostgreSQL adds '5 years' (29 February: 28) */
	seao_date_of_days(today, &y, &m, &d);
	if (m == 2 && d == 29)
		d = 28;
	limit = seao_days_since_2000(y + 5, m, d);
	if (date > limit)
	{
		seao_date_of_days(limit, &y, &m, &d);
		*why = text(mem, "The %s %s is more than five years after the load (after %04d-%02d-%02d), not a date",
					what, raw ? raw : "", y, m, d);
		return false;
	}
	return true;
}

/* ---- awards ---- */

/* An issue of the purchase an award makes (the last ones are dropped). */
static void
award_note(SeaoNote *notes, int *nnotes, SeaoField field, const char *value, const char *reason)
{
	if (*nnotes >= SEAO_MAX_NOTES)
		return;
	notes[*nnotes].field = field;
	notes[*nnotes].value = value;
	notes[*nnotes].reason = reason;
	(*nnotes)++;
}

void
seao_row_award(SeaoRow *row, const SeaoAward *a, int i, int n)
{
	if (a->not_purchase != NULL)
		seao_row_not_purchase(row, a->not_purchase_field, a->not_purchase_value,
							  a->not_purchase);
	else
	{
		int64_t		share = a->cents / n + (i < a->cents % n ? 1 : 0);
		int			k;

		row->cents = share;
		memcpy(row->currency, a->currency[0] ? a->currency : "CAD", 4);
		for (k = 0; k < a->nnotes; k++)
			seao_row_issue(row, a->notes[k].field, a->notes[k].value, "%s", a->notes[k].reason);
		if (a->rounded)
			seao_row_issue(row, SEAO_F_AMOUNT, a->amount_raw,
						   "The %s has digits below the cent: loaded as %s.", a->amount_name,
						   cents_text(row->mem, a->cents));
		if (n > 1)
			seao_row_issue(row, SEAO_F_AMOUNT, a->amount_raw,
						   "The award (%s) has %d suppliers: each is loaded with an equal share, %s.",
						   cents_text(row->mem, a->cents), n, cents_text(row->mem, share));
	}
	row->has_date = a->has_date;
	row->date = a->date;
}

static void
not_purchase(SeaoAward *a, SeaoField field, const char *value, const char *reason)
{
	if (a->not_purchase != NULL)
		return;
	a->not_purchase = reason;
	a->not_purchase_field = field;
	a->not_purchase_value = value;
}

/* ---- XML exports ---- */

SeaoWinner
seao_xml_winner(const char *adjudicataire)
{
	size_t		start;
	size_t		len;

	if (adjudicataire == NULL)
		return SEAO_WINNER_MISSING;
	len = strlen(adjudicataire);
	seao_trim(adjudicataire, &start, &len);
	if (len == 0)
		return SEAO_WINNER_MISSING;
	if (len == 1 && adjudicataire[start] == '0')
		return SEAO_LOSER;
	if (len == 1 && adjudicataire[start] == '1')
		return SEAO_WINNER;
	return SEAO_WINNER_INVALID;
}

bool
seao_xml_award_date(const char *dateadjudication, bool *has_date, int32_t *date,
					CagParseError *err)
{
	int			y;
	int			m;
	int			d;

	*has_date = false;
	if (blank(dateadjudication))
		return true;
	if (!seao_date_parse(dateadjudication, &y, &m, &d, err))
		return false;
	*has_date = true;
	*date = seao_days_since_2000(y, m, d);
	return true;
}

/* SEAO's codes of a bid's unit (montantssoumisunite), as DOMAIN.md lists them. */
typedef enum BidUnitKind
{
	UNIT_DOLLARS,				/* 01, 02 $ (00 or absent: none stated) */
	UNIT_US_DOLLARS,			/* 07 $U.S. */
	UNIT_PRICE,					/* 03 $/KM, 04 $/L, 05 $EA, 06 $L, 09 $/TM,
								 * 10 $/h, 12 $/m³ */
	UNIT_PERCENT,				/* 08 % */
	UNIT_POINTS,				/* 11 points */
	UNIT_UNKNOWN				/* not a code SEAO lists */
} BidUnitKind;

static const struct
{
	BidUnitKind kind;
	const char *name;
}			bid_units[] = {
	{UNIT_DOLLARS, NULL}, {UNIT_DOLLARS, "$"}, {UNIT_DOLLARS, "$"}, {UNIT_PRICE, "$/KM"},
	{UNIT_PRICE, "$/L"}, {UNIT_PRICE, "$EA"}, {UNIT_PRICE, "$L"}, {UNIT_US_DOLLARS, "$U.S."},
	{UNIT_PERCENT, "%"}, {UNIT_PRICE, "$/TM"}, {UNIT_PRICE, "$/h"}, {UNIT_POINTS, "points"},
	{UNIT_PRICE, "$/m³"},
};

/* The kind of a unit code ("4", "04"; blank: none stated). */
static BidUnitKind
bid_unit(const char *code, int *number)
{
	size_t		start;
	size_t		len;
	size_t		i;
	int			n = 0;

	*number = 0;
	if (blank(code))
		return UNIT_DOLLARS;
	len = strlen(code);
	seao_trim(code, &start, &len);
	if (len > 3)
		return UNIT_UNKNOWN;
	for (i = start; i < start + len; i++)
	{
		if (!cag_is_digit((unsigned char) code[i]))
			return UNIT_UNKNOWN;
		n = n * 10 + (code[i] - '0');
	}
	*number = n;
	return n < (int) (sizeof(bid_units) / sizeof(bid_units[0])) ? bid_units[n].kind : UNIT_UNKNOWN;
}

void
seao_bid_unit(const char *code, const char **name, const char **currency)
{
	int			n;
	BidUnitKind kind = bid_unit(code, &n);

	*name = kind == UNIT_UNKNOWN ? NULL : n == 0 ? bid_units[1].name : bid_units[n].name;
	*currency = kind == UNIT_DOLLARS ? "CAD" : kind == UNIT_US_DOLLARS ? "USD" : NULL;
}

/*
 * What the bid's unit says of a winner's contract amount (cents, positive),
 * which SEAO states in no unit: its currency, an issue, or that it is no
 * amount at all (the bid's figure itself, in a unit price, a percentage or
 * points).
 */
static void
bid_rules(SeaoAward *a, const CagAllocator *mem, const SeaoXmlBid *bid, int64_t cents)
{
	static const char *const what[] = {
		[UNIT_PRICE] = "a unit price", [UNIT_PERCENT] = "a percentage",
		[UNIT_POINTS] = "a score in points",
	};
	int			code;
	BidUnitKind kind = bid_unit(bid->montantssoumisunite, &code);
	int64_t		bid_cents;
	bool		rounded;
	CagParseError err;

	switch (kind)
	{
		case UNIT_DOLLARS:
			return;
		case UNIT_UNKNOWN:
			award_note(a->notes, &a->nnotes, SEAO_F_AMOUNT, bid->montantssoumisunite,
					   "The bid's unit (montantssoumisunite) is none of SEAO's codes (01 to 12): the contract amount (montantcontrat) is taken in Canadian dollars.");
			return;
		case UNIT_US_DOLLARS:
			memcpy(a->currency, "USD", 4);
			award_note(a->notes, &a->nnotes, SEAO_F_CURRENCY, bid->montantssoumisunite,
					   "The bid is in US dollars (montantssoumisunite 07): the contract amount (montantcontrat), which SEAO states in no unit, is taken in US dollars too.");
			return;
		case UNIT_PRICE:
		case UNIT_PERCENT:
		case UNIT_POINTS:
			break;
	}
	if (!blank(bid->montantsoumis) && seao_amount_parse(bid->montantsoumis, &bid_cents, &rounded, &err) &&
		bid_cents == cents)
		not_purchase(a, SEAO_F_AMOUNT, bid->montantcontrat,
					 text(mem, "The bid is %s (%s, montantssoumisunite %02d) and the contract amount (montantcontrat) is the same figure: %s, not the contract's total in dollars; not a purchase.",
						  what[kind], bid_units[code].name, code, what[kind]));
	else
		award_note(a->notes, &a->nnotes, SEAO_F_AMOUNT, bid->montantcontrat,
				   text(mem, "The bid is %s (%s, montantssoumisunite %02d): the contract amount (montantcontrat), another figure, is taken as the contract's total in Canadian dollars, but may be %s too.",
						what[kind], bid_units[code].name, code, what[kind]));
}

bool
seao_xml_entered(const char *datesaisieadjudication, bool *has, int64_t *usecs,
				 CagParseError *err)
{
	*has = false;
	if (blank(datesaisieadjudication))
		return true;
	if (!seao_local_timestamp_parse(datesaisieadjudication, usecs, err))
		return false;
	*has = true;
	return true;
}

bool
seao_xml_export_end(const char *datefin, bool *has, int32_t *date, CagParseError *err)
{
	/* a date, optionally with a time, as <dateadjudication> */
	return seao_xml_award_date(datefin, has, date, err);
}

bool
seao_xml_award(SeaoAward *a, const CagAllocator *mem, const SeaoXmlBid *bid,
			   bool has_date, int32_t date, const char *date_raw, int32_t today,
			   CagParseError *err)
{
	const char *montantcontrat = bid->montantcontrat;
	int64_t		cents = 0;
	bool		rounded = false;
	const char *why;

	memset(a, 0, sizeof(*a));
	a->amount_raw = montantcontrat;
	a->amount_name = "contract amount";
	memcpy(a->currency, "CAD", 4);
	/* the amount decides whether this is a purchase at all */
	if (blank(montantcontrat))
		not_purchase(a, SEAO_F_AMOUNT, montantcontrat,
					 "The winner has no contract amount (montantcontrat): not a purchase.");
	else if (!seao_amount_parse(montantcontrat, &cents, &rounded, err))
	{
		if (err->kind != CAG_ERR_RANGE)
			return false;
		not_purchase(a, SEAO_F_AMOUNT, montantcontrat, seao_error_text(mem, err));
	}
	else if (cents <= 0)
		not_purchase(a, SEAO_F_AMOUNT, montantcontrat,
					 cents == 0 ? "The winner's contract amount (montantcontrat) is zero: not a purchase." :
					 "The winner's contract amount (montantcontrat) is negative: not a purchase.");
	else
		bid_rules(a, mem, bid, cents);
	if (!has_date)
		not_purchase(a, SEAO_F_PURCHASED_ON, date_raw,
					 "The notice has no award date (dateadjudication): not a purchase.");
	else if (!seao_date_plausible(mem, date, today, "award date (dateadjudication)", date_raw, &why))
	{
		not_purchase(a, SEAO_F_PURCHASED_ON, date_raw, text(mem, "%s: not a purchase.", why));
		has_date = false;
	}
	a->cents = cents;
	a->rounded = rounded;
	a->has_date = has_date;
	a->date = date;
	return true;
}

/* ---- OCDS release packages ---- */

void
seao_ocds_begin(SeaoOcdsAward *a, const CagAllocator *mem, const char *status, int32_t today)
{
	memset(a, 0, sizeof(*a));
	a->mem = mem;
	a->today = today;
	if (status != NULL && strcmp(status, "active") != 0)
		a->inactive = status;
}

bool
seao_ocds_active(const SeaoOcdsAward *a)
{
	return a->inactive == NULL;
}

bool
seao_ocds_contract(SeaoOcdsAward *a, const char *status)
{
	a->ncontracts++;
	if (status != NULL && strcmp(status, "cancelled") == 0)
		return false;
	a->nlive++;
	return true;
}

/*
 * Read an amount of the award: 1 when read, 0 when beyond the largest a
 * purchase can have (a->range, which stays set: the award has no amount),
 * -1 when it cannot be read (err).
 */
static int
award_amount(SeaoOcdsAward *a, const char *amount, int64_t *cents, bool *rounded,
			 CagParseError *err)
{
	if (seao_amount_parse(amount, cents, rounded, err))
		return 1;
	if (err->kind != CAG_ERR_RANGE)
		return -1;
	a->range = true;
	return 0;
}

/* The currency of an amount read: one for the award, another kept apart. */
static void
award_currency(SeaoOcdsAward *a, const char *currency)
{
	const char *c = currency ? currency : "CAD";

	if (currency == NULL)
		a->no_currency = true;
	if (a->currency == NULL)
		a->currency = c;
	else if (!ascii_caseless_equal(a->currency, c) && a->other_currency == NULL)
		a->other_currency = c;
}

/*
 * The amount of a live contract adds to the award's.  An amount beyond the
 * largest, or a sum that overflows, leaves the award without an amount,
 * whatever the other contracts say (1.1 let the next contract's amount
 * clear it: contracts of 1e15 and 100 loaded as a purchase of 100.00).
 */
bool
seao_ocds_contract_value(SeaoOcdsAward *a, const char *amount, const char *currency,
						 CagParseError *err)
{
	int64_t		cents;
	bool		rounded;
	int			read;

	if (amount == NULL)
		return true;
	read = award_amount(a, amount, &cents, &rounded, err);
	if (read <= 0)
	{
		if (read == 0)
			a->amount_raw = a->amount_raw ? text(a->mem, "%s + %s", a->amount_raw, amount) : amount;
		return read == 0;
	}
	if (__builtin_add_overflow(a->has_amount ? a->cents : 0, cents, &a->cents))
		a->range = true;
	a->has_amount = true;
	a->rounded |= rounded;
	a->amount_raw = a->amount_raw ? text(a->mem, "%s + %s", a->amount_raw, amount) : amount;
	award_currency(a, currency);
	return true;
}

/*
 * A date of the award (what names its element in reasons): false when it
 * cannot be read; *plausible false, with an issue, when it is not a date a
 * purchase can have.
 */
static bool
award_date(SeaoOcdsAward *a, const char *raw, const char *what, int32_t *date, bool *plausible,
		   CagParseError *err)
{
	int			y;
	int			m;
	int			d;
	const char *why;

	*plausible = false;
	if (!seao_date_parse(raw, &y, &m, &d, err))
		return false;
	*date = seao_days_since_2000(y, m, d);
	*plausible = seao_date_plausible(a->mem, *date, a->today, what, raw, &why);
	if (!*plausible)
		award_note(a->notes, &a->nnotes, SEAO_F_PURCHASED_ON, raw,
				   text(a->mem, "%s: left out.", why));
	return true;
}

/* The earliest date a live contract was signed is the purchase date. */
bool
seao_ocds_contract_date(SeaoOcdsAward *a, const char *date_signed, CagParseError *err)
{
	int32_t		date;
	bool		plausible;

	if (date_signed == NULL)
		return true;
	if (!award_date(a, date_signed, "date a contract was signed (dateSigned)", &date, &plausible, err))
		return false;
	if (plausible && (!a->has_signed || date < a->signed_date))
	{
		a->has_signed = true;
		a->signed_date = date;
	}
	return true;
}

/* No contract gave an amount, and not every contract is cancelled. */
bool
seao_ocds_wants_award_value(const SeaoOcdsAward *a)
{
	return a->inactive == NULL && !(a->ncontracts > 0 && a->nlive == 0) &&
		!a->has_amount && !a->range;
}

bool
seao_ocds_award_value(SeaoOcdsAward *a, const char *amount, const char *currency,
					  CagParseError *err)
{
	int			read;

	if (amount == NULL)
		return true;
	a->amount_raw = amount;
	read = award_amount(a, amount, &a->cents, &a->rounded, err);
	a->has_amount = read > 0;
	if (read > 0)
		award_currency(a, currency);
	return read >= 0;
}

/* No live contract was signed on a plausible date: the award's own date. */
bool
seao_ocds_wants_award_date(const SeaoOcdsAward *a)
{
	return a->inactive == NULL && !a->has_signed;
}

bool
seao_ocds_award_date(SeaoOcdsAward *a, const char *date, CagParseError *err)
{
	if (date == NULL)
		return true;
	return award_date(a, date, "award date (date)", &a->date, &a->has_date, err);
}

/* Whether the award's amount is one: its range, sign and currency. */
static void
decide_amount(const SeaoOcdsAward *a, SeaoAward *award)
{
	if (a->ncontracts > 0 && a->nlive == 0)
		not_purchase(award, SEAO_F_AMOUNT, NULL,
					 "Every contract of the award is cancelled: not a purchase.");
	else if (a->range || (a->has_amount && (a->cents > SEAO_AMOUNT_MAX_CENTS ||
											a->cents < -SEAO_AMOUNT_MAX_CENTS)))
		not_purchase(award, SEAO_F_AMOUNT, a->amount_raw,
					 "The amount is beyond 99,999,999,999,999.99, the largest a purchase can have.");
	else if (!a->has_amount)
		not_purchase(award, SEAO_F_AMOUNT, NULL,
					 "Neither the award nor its contracts have an amount: not a purchase.");
	else if (a->other_currency != NULL)
		not_purchase(award, SEAO_F_CURRENCY, a->other_currency,
					 text(a->mem, "The contracts' amounts are in %s and in %s, which cannot be added: not a purchase.",
						  a->currency, a->other_currency));
	else if (!cag_currency_code(a->currency, award->currency))
		not_purchase(award, SEAO_F_CURRENCY, a->currency,
					 text(a->mem, "The amount's currency (value.currency) \"%s\" is not an ISO 4217 code (three letters): not a purchase.",
						  a->currency));
	else if (a->cents <= 0)
		not_purchase(award, SEAO_F_AMOUNT, a->amount_raw,
					 a->cents == 0 ? "The amount is zero: not a purchase." :
					 "The amount is negative: not a purchase.");
	else if (a->no_currency)
		award_note(award->notes, &award->nnotes, SEAO_F_CURRENCY, NULL,
				   "The amount states no currency (value.currency): Canadian dollars are assumed.");
}

void
seao_ocds_decide(const SeaoOcdsAward *a, SeaoAward *award)
{
	int			k;

	memset(award, 0, sizeof(*award));
	award->amount_name = "amount";
	award->amount_raw = a->amount_raw;
	memcpy(award->currency, "CAD", 4);
	if (a->inactive != NULL)
	{
		not_purchase(award, SEAO_F_AMOUNT, NULL,
					 text(a->mem, "The award's status is \"%s\", not \"active\": not a purchase.",
						  a->inactive));
		return;
	}
	decide_amount(a, award);
	award->cents = a->cents;
	award->rounded = a->rounded;
	award->has_date = a->has_signed || a->has_date;
	award->date = a->has_signed ? a->signed_date : a->date;
	/* the dates left out, as issues of the purchase or why it is none */
	for (k = 0; k < a->nnotes; k++)
		award_note(award->notes, &award->nnotes, a->notes[k].field, a->notes[k].value,
				   a->notes[k].reason);
	if (!award->has_date)
		not_purchase(award, SEAO_F_PURCHASED_ON, a->nnotes > 0 ? a->notes[0].value : NULL,
					 a->nnotes > 0 ?
					 text(a->mem, "Neither the award nor its contracts have a date from 1990-01-01 to five years after the load (%s is not one): not a purchase.",
						  a->notes[0].value) :
					 "Neither the award nor its contracts have a date: not a purchase.");
}

void
seao_ocds_no_supplier(SeaoRow *row)
{
	seao_row_not_purchase(row, SEAO_F_SUPPLIER_NAME, NULL,
						  "The award names no supplier: not a purchase.");
}

void
seao_ocds_unknown_party(SeaoRow *row, const char *supplier_id)
{
	seao_row_issue(row, SEAO_F_SUPPLIER_NAME, supplier_id,
				   supplier_id ? "The supplier is not among the release's parties: its NEQ and address are unknown."
				   : "The supplier has no id: its NEQ and address are unknown.");
}
