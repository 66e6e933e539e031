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

void
seao_row_award(SeaoRow *row, const SeaoAward *a, int i, int n)
{
	if (a->not_purchase != NULL)
		seao_row_not_purchase(row, a->not_purchase_field, a->not_purchase_value,
							  a->not_purchase);
	else
	{
		int64_t		share = a->cents / n + (i < a->cents % n ? 1 : 0);

		row->cents = share;
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
seao_xml_award(SeaoAward *a, const CagAllocator *mem, const char *montantcontrat,
			   bool has_date, int32_t date, const char *date_raw, CagParseError *err)
{
	int64_t		cents = 0;
	bool		rounded = false;

	memset(a, 0, sizeof(*a));
	a->amount_raw = montantcontrat;
	a->amount_name = "contract amount";
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
	if (!has_date)
		not_purchase(a, SEAO_F_PURCHASED_ON, date_raw,
					 "The notice has no award date (dateadjudication): not a purchase.");
	a->cents = cents;
	a->rounded = rounded;
	a->has_date = has_date;
	a->date = date;
	return true;
}

/* ---- OCDS release packages ---- */

void
seao_ocds_begin(SeaoOcdsAward *a, const CagAllocator *mem, const char *status)
{
	memset(a, 0, sizeof(*a));
	a->mem = mem;
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
 * purchase can have (a->range), -1 when it cannot be read (err).
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

/*
 * The amount of a live contract adds to the award's.  An amount beyond the
 * largest, or a sum that overflows, makes the award's amount out of range
 * until the next contract's amount (which clears the flag, as each
 * contract's reading does).
 */
bool
seao_ocds_contract_value(SeaoOcdsAward *a, const char *amount, const char *currency,
						 CagParseError *err)
{
	int64_t		cents;
	bool		rounded;
	int			read;

	a->range = false;
	if (amount == NULL)
		return true;
	read = award_amount(a, amount, &cents, &rounded, err);
	if (read <= 0)
	{
		if (read == 0)
			a->amount_raw = amount;
		return read == 0;
	}
	if (__builtin_add_overflow(a->has_amount ? a->cents : 0, cents, &a->cents))
		a->range = true;
	a->has_amount = true;
	a->rounded |= rounded;
	a->amount_raw = a->amount_raw ? text(a->mem, "%s + %s", a->amount_raw, amount) : amount;
	if (currency != NULL)
		a->currency = currency;
	return true;
}

/* The earliest date a live contract was signed is the purchase date. */
bool
seao_ocds_contract_date(SeaoOcdsAward *a, const char *date_signed, CagParseError *err)
{
	int			y;
	int			m;
	int			d;
	int32_t		date;

	if (date_signed == NULL)
		return true;
	if (!seao_date_parse(date_signed, &y, &m, &d, err))
		return false;
	date = seao_days_since_2000(y, m, d);
	if (!a->has_signed || date < a->signed_date)
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

	a->range = false;
	if (amount == NULL)
		return true;
	a->amount_raw = amount;
	a->currency = currency;
	read = award_amount(a, amount, &a->cents, &a->rounded, err);
	a->has_amount = read > 0;
	return read >= 0;
}

/* No live contract was signed: the award's own date. */
bool
seao_ocds_wants_award_date(const SeaoOcdsAward *a)
{
	return a->inactive == NULL && !a->has_signed;
}

bool
seao_ocds_award_date(SeaoOcdsAward *a, const char *date, CagParseError *err)
{
	int			y;
	int			m;
	int			d;

	if (date == NULL)
		return true;
	if (!seao_date_parse(date, &y, &m, &d, err))
		return false;
	a->has_date = true;
	a->date = seao_days_since_2000(y, m, d);
	return true;
}

void
seao_ocds_decide(const SeaoOcdsAward *a, SeaoAward *award)
{
	memset(award, 0, sizeof(*award));
	award->amount_name = "amount";
	award->amount_raw = a->amount_raw;
	if (a->inactive != NULL)
	{
		not_purchase(award, SEAO_F_AMOUNT, NULL,
					 text(a->mem, "The award's status is \"%s\", not \"active\": not a purchase.",
						  a->inactive));
		return;
	}
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
	else if (a->currency != NULL && !ascii_caseless_equal(a->currency, "CAD"))
		not_purchase(award, SEAO_F_AMOUNT, a->amount_raw,
					 text(a->mem, "The amount is in %s, which the loader does not convert to Canadian dollars: not a purchase.",
						  a->currency));
	else if (a->cents <= 0)
		not_purchase(award, SEAO_F_AMOUNT, a->amount_raw,
					 a->cents == 0 ? "The amount is zero: not a purchase." :
					 "The amount is negative: not a purchase.");
	award->cents = a->cents;
	award->rounded = a->rounded;
	award->has_date = a->has_signed || a->has_date;
	award->date = a->has_signed ? a->signed_date : a->date;
	if (!award->has_date)
		not_purchase(award, SEAO_F_PURCHASED_ON, NULL,
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
