/*-------------------------------------------------------------------------
 *
 * seao_rules_core.h
 *	  SEAO open data: what a purchase is, server-free.
 *
 * The loaders read a SEAO file through an adapter -- seao_xml.c for the
 * XML exports, seao_ocds.c for the OCDS release packages -- that hands the
 * values it finds, as text, to the rules here: whether a winner (XML) or
 * an award supplier (OCDS) is a purchase, its amount and its date, the
 * delivery regions, and the problems found ("issues").  The rules fill a
 * SeaoRow, a plain struct that seao_rows.c turns into a row of
 * parse_seao_xml, parse_ocds and the loader.  doc/reference.md ("Load SEAO
 * data") states every rule for users.
 *
 * Values are UTF-8 as the file writes them; NULL is an absent value.
 * Nothing here raises an error: a value that makes the whole file
 * malformed is reported by returning false with a CagParseError, and the
 * adapter raises the error with where the value is.  The texts the rules
 * write (reasons, trimmed copies) are allocated with the row's
 * CagAllocator; the values they point at belong to the adapter and must
 * outlive the row.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_RULES_CORE_H
#define CAG_SEAO_RULES_CORE_H

#include "seao_core.h"

/*
 * The columns an issue can be about (load_issues.field), in the order in
 * which a row reports its issues.
 */
typedef enum SeaoField
{
	SEAO_F_AMOUNT,
	SEAO_F_CURRENCY,
	SEAO_F_PURCHASED_ON,
	SEAO_F_BUYER,
	SEAO_F_BUYER_REGION,		/* the buyer's postal code, which gives it */
	SEAO_F_DELIVERY_REGION,
	SEAO_F_SUPPLIER_NAME,
	SEAO_F_SUPPLIER_NEQ,
	SEAO_F_SUPPLIER_PROVINCE,
	SEAO_F_SUPPLIER_POSTAL_CODE,
	SEAO_F_SUPPLIER_COUNTRY,
	SEAO_F_CATEGORY,
	SEAO_F_DESCRIPTION,
	SEAO_F_SUPPLIER_CITY,
	SEAO_F_BUYER_CITY,
	SEAO_F_BUYER_ID,
	SEAO_F_COUNT
} SeaoField;

/* Their names: columns of cag_ovt.parsed_purchase and cag_ovt.purchases. */
extern const char *const seao_field_names[SEAO_F_COUNT];

/* Issues a row keeps at most (it has a dozen at most). */
#define SEAO_MAX_ISSUES 24

typedef struct SeaoIssue
{
	SeaoField	field;
	const char *value;			/* the raw value, or NULL */
	const char *reason;			/* full sentences */
} SeaoIssue;

/* A text column: the value trimmed, str NULL when absent or blank. */
typedef struct SeaoText
{
	const char *str;			/* len bytes, not NUL-terminated */
	size_t		len;
} SeaoText;

/*
 * A row: a purchase, or a winner that is not one (purchase false: its only
 * issue says why, and its amount is NULL).
 *
 * The buyer's region is where the location rules place it on the purchase
 * date (its postal code, city, name and identifier): the server looks the
 * facts up in the reference tables (seao_rows_emit, locate.h).  The delivery regions are those of
 * the list, see seao_delivery_region.
 */
typedef struct SeaoRow
{
	const CagAllocator *mem;
	bool		purchase;
	int64_t		cents;			/* the amount, when a purchase */
	char		currency[4];	/* its ISO 4217 code ("CAD") */
	bool		has_date;
	int32_t		date;			/* days since 2000-01-01 */
	bool		has_buyer_postal_code;
	int32_t		buyer_postal_code;	/* packed (postal_code_core.h) */
	bool		has_delivery;
	SeaoRegionList delivery;
	bool		has_supplier_neq;
	int64_t		supplier_neq;
	bool		has_supplier_postal_code;
	int32_t		supplier_postal_code;
	bool		has_category;
	int32_t		category;		/* unspsc */

	/*
	 * SEAO_F_BUYER, _SUPPLIER_NAME, _SUPPLIER_PROVINCE, _COUNTRY,
	 * _DESCRIPTION, _SUPPLIER_CITY, _BUYER_CITY, _BUYER_ID
	 */
	SeaoText	text[SEAO_F_COUNT];

	SeaoIssue	issues[SEAO_MAX_ISSUES];	/* in the order they were found */
	int			nissues;
} SeaoRow;

/*
 * A parse error's detail and hint as one text (for a reason, or for the
 * message of a malformed file).
 */
extern const char *seao_error_text(const CagAllocator *mem, const CagParseError *err);

/* An empty row, a purchase until a rule says otherwise. */
extern void seao_row_init(SeaoRow *row, const CagAllocator *mem);

/*
 * Record an issue of a purchase (of a row that is not one, nothing: its
 * only issue says why).  value is the raw value or NULL.
 */
extern void seao_row_issue(SeaoRow *row, SeaoField field, const char *value,
						   const char *fmt,...) CAG_PRINTF(4, 5);

/*
 * The row is not a purchase: drop its issues and keep only why (the first
 * reason given wins).
 */
extern void seao_row_not_purchase(SeaoRow *row, SeaoField field, const char *value,
								  const char *reason);

/*
 * What a file says of a purchase besides its amount and date, as written
 * (UTF-8, NULL when absent).
 */
typedef struct SeaoPurchaseText
{
	const char *buyer;
	const char *buyer_postal_code;
	const char *delivery_regions;	/* SEAO's region numbers, "16,14" (XML) */
	const char *supplier_name;
	const char *supplier_neq;
	const char *supplier_province;
	const char *supplier_postal_code;
	const char *supplier_country;
	const char *category;		/* UNSPSC code */
	const char *description;
	const char *supplier_city;	/* XML ville, OCDS address.locality */
	const char *buyer_city;		/* OCDS address.locality (XML: none) */
	const char *buyer_id;		/* OCDS buyer.id (XML: none) */
} SeaoPurchaseText;

/*
 * Fill the row's columns from their text: texts trimmed (NULL when
 * blank); a postal code, NEQ, region list or UNSPSC code that is not one
 * is NULL with an issue; a province that is neither a province nor a
 * state, or a country that is no country, is NULL with an issue (the
 * postal code decides, see cag_read_province and cag_read_country).
 */
extern void seao_row_fields(SeaoRow *row, const SeaoPurchaseText *text);

/*
 * The delivery region of a list: the region when the list is exactly one
 * region of Québec; 0 otherwise, for a notice delivered to several regions
 * or outside Québec, whose list goes to delivery_regions (empty when only
 * outside Québec).
 */
extern int	seao_delivery_region(const SeaoRegionList *list);

/* ---- dates ---- */

/* The earliest date a purchase can have, 1990-01-01, in days since 2000-01-01. */
#define SEAO_DATE_MIN (-3652)

/*
 * Whether a date (days since 2000-01-01) can be a purchase's: from
 * 1990-01-01 to five years after today (the day of the load), as the check
 * of cag_ovt.purchases says; else a missing date (SEAO writes 0001-01-01
 * for none), and *why says so, naming the element (what, e.g. "award date
 * (dateadjudication)") and its value (raw), in the first part of a
 * sentence to which the caller adds what follows (": not a purchase.").
 */
extern bool seao_date_plausible(const CagAllocator *mem, int32_t date, int32_t today,
								const char *what, const char *raw, const char **why);

/* ---- awards ---- */

/* An issue of a purchase that an award's rules found. */
typedef struct SeaoNote
{
	SeaoField	field;
	const char *value;
	const char *reason;
} SeaoNote;

#define SEAO_MAX_NOTES 4

/*
 * Whether an award is a purchase, and its amount, currency and date: what
 * the rules of a format (XML below, OCDS further down) decide.
 */
typedef struct SeaoAward
{
	const char *not_purchase;	/* why it is not a purchase; NULL: it is */
	SeaoField	not_purchase_field;
	const char *not_purchase_value;
	int64_t		cents;			/* the amount, when a purchase */
	bool		rounded;		/* digits below the cent were dropped */
	const char *amount_raw;		/* the amount as written */
	const char *amount_name;	/* "contract amount", "amount" (in reasons) */
	char		currency[4];	/* ISO 4217 code, upper case: "CAD" */
	bool		has_date;
	int32_t		date;			/* days since 2000-01-01 */
	SeaoNote	notes[SEAO_MAX_NOTES];	/* issues of the purchase */
	int			nnotes;
} SeaoAward;

/*
 * The row of supplier i (from 0) of the n of an award: not a purchase, or
 * an equal share of the amount (the cents left over go to the first
 * suppliers) in the award's currency, with the award's issues and one when
 * the amount was rounded or shared; the date in any case.
 */
extern void seao_row_award(SeaoRow *row, const SeaoAward *award, int i, int n);

/* ---- XML exports ---- */

/* Whether a bidder won: its <adjudicataire>. */
typedef enum SeaoWinner
{
	SEAO_WINNER,				/* 1 */
	SEAO_LOSER,					/* 0 */
	SEAO_WINNER_MISSING,		/* absent or blank: the export is malformed */
	SEAO_WINNER_INVALID			/* anything else: malformed too */
} SeaoWinner;

extern SeaoWinner seao_xml_winner(const char *adjudicataire);

/*
 * The award date of a notice (<dateadjudication>): absent or blank, no
 * date (its winners are no purchases); false when it cannot be read.
 */
extern bool seao_xml_award_date(const char *dateadjudication, bool *has_date, int32_t *date,
								CagParseError *err);

/*
 * SEAO's unit of a bid (montantssoumisunite, OCDS bids[].valueUnit: codes 01
 * to 12; blank or 00, none stated: dollars): its name ("$", "$/KM",
 * "$U.S.", "%", "points"...; NULL for a code SEAO does not list) and the
 * currency of a figure in money ("CAD", "USD"; NULL for a unit price, a
 * percentage, points or an unknown code).
 */
extern void seao_bid_unit(const char *code, const char **name, const char **currency);

/* What a winning bidder says of its award, as written (NULL: absent). */
typedef struct SeaoXmlBid
{
	const char *montantcontrat; /* the contract amount, in no stated unit */
	const char *montantsoumis;	/* the bid */
	const char *montantssoumisunite;	/* the bid's unit, SEAO's code */
} SeaoXmlBid;

/*
 * The version of an XML notice, which the loader compares (seao_load.c):
 * when SEAO recorded its award (<datesaisieadjudication>, a local time:
 * an export holds the notices whose award was recorded in its period) and
 * the end of the export's period (the datefin attribute of <export>).
 * Absent or blank: unknown (*has false); false when it cannot be read.
 */
extern bool seao_xml_entered(const char *datesaisieadjudication, bool *has, int64_t *usecs,
							 CagParseError *err);
extern bool seao_xml_export_end(const char *datefin, bool *has, int32_t *date,
								CagParseError *err);

/*
 * The award of a winning bidder: its contract amount (<montantcontrat>),
 * which must be positive, in the unit its bid implies (Canadian dollars,
 * US dollars for a bid in $U.S.; a contract amount equal to a bid in a
 * unit price, a percentage or points is that, not a purchase; other bids
 * in such units give an issue), and the notice's award date (date_raw is
 * <dateadjudication> as written), which must be plausible on today (days
 * since 2000-01-01, the day of the load).  False when the amount cannot be
 * read.
 */
extern bool seao_xml_award(SeaoAward *award, const CagAllocator *mem, const SeaoXmlBid *bid,
						   bool has_date, int32_t date, const char *date_raw, int32_t today,
						   CagParseError *err);

/* ---- OCDS release packages ---- */

/*
 * An award of a release, decided step by step as the adapter reads it, so
 * that it reads only what the rules use (a value it does not read cannot
 * make the package malformed):
 *
 *	seao_ocds_begin(&a, mem, award.status);
 *	if (seao_ocds_active(&a))
 *		for each contract whose awardID is the award's id:
 *			if (seao_ocds_contract(&a, contract.status))   -- not cancelled
 *				seao_ocds_contract_value(...), seao_ocds_contract_date(...);
 *	if (seao_ocds_wants_award_value(&a)) seao_ocds_award_value(...);
 *	if (seao_ocds_wants_award_date(&a)) seao_ocds_award_date(...);
 *	seao_ocds_decide(&a, &award);
 *
 * An amount is given as numeric_out writes a JSON number, NULL when the
 * value has none, with the value's currency (NULL when it states none:
 * Canadian dollars, with an issue); the functions that parse return false
 * when it cannot be read.  A date before 1990 or more than five years after
 * the load (SEAO writes 0001-01-01 for none) is left out, with an issue.
 */
typedef struct SeaoOcdsAward
{
	const CagAllocator *mem;
	int32_t		today;			/* the day of the load (dates' range) */
	const char *inactive;		/* the status, when not "active" */
	int			ncontracts;		/* contracts of the award */
	int			nlive;			/* those not cancelled */
	bool		has_amount;
	bool		range;			/* an amount beyond the largest: stays */
	int64_t		cents;
	bool		rounded;
	const char *amount_raw;		/* "a + b" for several contracts */
	const char *currency;		/* of the amount read first; NULL: none */
	const char *other_currency; /* another one, which cannot be added */
	bool		no_currency;	/* an amount stated no currency */
	bool		has_signed;		/* the earliest plausible dateSigned */
	int32_t		signed_date;
	bool		has_date;		/* the award's own date, if plausible */
	int32_t		date;
	SeaoNote	notes[SEAO_MAX_NOTES];	/* dates left out */
	int			nnotes;
} SeaoOcdsAward;

/* today: the day of the load, in days since 2000-01-01. */
extern void seao_ocds_begin(SeaoOcdsAward *a, const CagAllocator *mem, const char *status,
							int32_t today);
extern bool seao_ocds_active(const SeaoOcdsAward *a);
extern bool seao_ocds_contract(SeaoOcdsAward *a, const char *status);
extern bool seao_ocds_contract_value(SeaoOcdsAward *a, const char *amount,
									 const char *currency, CagParseError *err);
extern bool seao_ocds_contract_date(SeaoOcdsAward *a, const char *date_signed,
									CagParseError *err);
extern bool seao_ocds_wants_award_value(const SeaoOcdsAward *a);
extern bool seao_ocds_award_value(SeaoOcdsAward *a, const char *amount, const char *currency,
								  CagParseError *err);
extern bool seao_ocds_wants_award_date(const SeaoOcdsAward *a);
extern bool seao_ocds_award_date(SeaoOcdsAward *a, const char *date, CagParseError *err);
extern void seao_ocds_decide(const SeaoOcdsAward *a, SeaoAward *award);

/* The row of an award that names no supplier: not a purchase. */
extern void seao_ocds_no_supplier(SeaoRow *row);

/*
 * The supplier (its id, NULL when it has none) is not among the release's
 * parties: an issue, its NEQ and address are unknown.
 */
extern void seao_ocds_unknown_party(SeaoRow *row, const char *supplier_id);

#endif							/* CAG_SEAO_RULES_CORE_H */
