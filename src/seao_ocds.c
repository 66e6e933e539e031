/*-------------------------------------------------------------------------
 *
 * seao_ocds.c
 *	  SEAO open data: the adapter of the OCDS release packages (2021 on).
 *
 * A release package is {"releases": [...]}; a release has an ocid, an id,
 * a date, parties, a buyer, a tender, awards and contracts.  This file
 * walks the jsonb, hands the values the rules ask for to them
 * (seao_rules_core.h: an award's amount and date come from its contracts,
 * else from itself) and the rows to seao_rows.c: one per award supplier.
 * A value of the wrong JSON type, or one the rules cannot read, makes the
 * package malformed: an error naming the release, the award, the contract
 * or the party.
 *
 * A package comes as a jsonb value (load_ocds(jsonb): its strings are in
 * the server encoding) or as the bytes of a file, read one release at a
 * time by seao_ocds_stream.c (its strings are UTF-8 then, whatever the
 * server encoding: the rows' texts are converted as the XML exports' are,
 * a character the database cannot store being an issue, not an error).
 *
 *-------------------------------------------------------------------------
 */
#include "seao.h"

#include <string.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/pg_list.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "locate.h"

/*
 * The strings of the package being read are UTF-8 (a file's bytes), not in
 * the server encoding (a jsonb value); set by seao_ocds_begin_package.
 */
static bool package_utf8 = false;

void
seao_ocds_begin_package(bool utf8)
{
	package_utf8 = utf8;
	cag_locate_preload();
}

void
seao_ocds_malformed(const char *fmt,...)
{
	StringInfoData detail;

	initStringInfo(&detail);
	for (;;)
	{
		va_list		ap;
		int			needed;

		va_start(ap, fmt);
		needed = appendStringInfoVA(&detail, fmt, ap);
		va_end(ap);
		if (needed == 0)
			break;
		enlargeStringInfo(&detail, needed);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid OCDS release package"),
			 errdetail("%s", package_utf8 ? cag_utf8_message_to_server(detail.data) : detail.data)));
}

void
seao_ocds_no_releases(bool records)
{
	if (records)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid OCDS release package"),
				 errdetail("The document is a record package (\"records\"), not a release package (\"releases\")."),
				 errhint("Load the release packages that SEAO publishes.")));
	seao_ocds_malformed("The package has no \"releases\" array: it is not an OCDS release package.");
}

#define malformed_package seao_ocds_malformed

/* ---------------------------------------------------------------------
 * Reading jsonb
 * ---------------------------------------------------------------------
 */

/* The member key of an object, or NULL (JSON null counts as absent). */
static JsonbValue *
json_member(JsonbContainer *obj, const char *key)
{
	JsonbValue *v;

	if (obj == NULL)
		return NULL;
	v = getKeyJsonValueFromContainer(obj, key, strlen(key), NULL);
	if (v != NULL && v->type == jbvNull)
		return NULL;
	return v;
}

static const char *
json_type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "a JSON value";
	}
}

/* The container of an object or array member, NULL when absent. */
static JsonbContainer *
json_container(JsonbContainer *obj, const char *key, bool array, const char *where)
{
	JsonbValue *v = json_member(obj, key);

	if (v == NULL)
		return NULL;
	if (v->type != jbvBinary ||
		(array ? !JsonContainerIsArray(v->val.binary.data) : !JsonContainerIsObject(v->val.binary.data)))
		malformed_package("%s: \"%s\" is %s, not %s.", where, key, json_type_name(v),
						  array ? "an array" : "an object");
	return v->val.binary.data;
}

/* The i-th element of an array, which must be an object. */
static JsonbContainer *
json_element_object(JsonbContainer *array, uint32 i, const char *key, const char *where)
{
	JsonbValue *v = getIthJsonbValueFromContainer(array, i);

	if (v == NULL || v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
		malformed_package("%s: element %u of \"%s\" is %s, not an object.", where, i + 1, key,
						  v ? json_type_name(v) : "missing");
	return v->val.binary.data;
}

/*
 * A string member as a NUL-terminated string in the server encoding; NULL
 * when absent.  Numbers are accepted where ids are (as_id).
 */
static char *
json_string(JsonbContainer *obj, const char *key, bool as_id, const char *where)
{
	JsonbValue *v = json_member(obj, key);

	if (v == NULL)
		return NULL;
	if (v->type == jbvString)
		return pnstrdup(v->val.string.val, v->val.string.len);
	if (as_id && v->type == jbvNumeric)
		return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
	malformed_package("%s: \"%s\" is %s, not a string.", where, key, json_type_name(v));
}

/* A string of the package in UTF-8, for the rules. */
static const char *
to_utf8(const char *str)
{
	if (str == NULL || package_utf8)
		return str;
	return cag_cstring_to_utf8(str);
}

/*
 * An identifier of the package (an OCID, a release, award or supplier id)
 * in the server encoding, for the rows: one the database cannot store
 * makes the package one it cannot load.
 */
static const char *
server_id(const char *str, const char *where)
{
	char	   *server;

	if (str == NULL || !package_utf8)
		return str;
	if (!cag_utf8_to_server_noerror(str, &server))
		malformed_package("%s: the identifier \"%s\" holds a character that the database encoding (%s) cannot store.",
						  where, str, GetDatabaseEncodingName());
	return server;
}

/*
 * The amount of a value object ({"amount": 12.5, "currency": "CAD"}) as
 * numeric_out writes it, and its currency; *amount NULL when it has none.
 */
static void
value_amount(JsonbContainer *value, const char *where, const char *what,
			 const char **amount, const char **currency)
{
	JsonbValue *v = json_member(value, "amount");

	*amount = NULL;
	*currency = NULL;
	if (v == NULL)
		return;
	if (v->type != jbvNumeric)
		malformed_package("%s: the amount of %s is %s, not a number.", where, what,
						  json_type_name(v));
	*amount = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
	*currency = to_utf8(json_string(value, "currency", false, where));
}

/* ---------------------------------------------------------------------
 * Releases and awards
 * ---------------------------------------------------------------------
 */

typedef struct Party
{
	char	   *id;
	JsonbContainer *obj;
} Party;

typedef struct Release
{
	SeaoRowId	id;				/* notice, ocid, release id and date, ordinal
								 * (server encoding) */
	const char *notice;			/* the notice, as the package writes it */
	const char *where;			/* "Release 2 (ocid ...)" */
	CagAllocator mem;
	Party	   *parties;
	int			nparties;
	JsonbContainer *tender;
	JsonbContainer *contracts;
	char	   *buyer_name;
	char	   *buyer_id;
	JsonbContainer *buyer_party;
	char	  **refs;			/* source_refs so far, for duplicates */
	int			nrefs;
	int			maxrefs;
	List	   *purchase_suppliers; /* ids of the suppliers of its purchases */
} Release;

static JsonbContainer *
find_party(const Release *rel, const char *id)
{
	int			i;

	if (id == NULL)
		return NULL;
	for (i = 0; i < rel->nparties; i++)
		if (rel->parties[i].id && strcmp(rel->parties[i].id, id) == 0)
			return rel->parties[i].obj;
	return NULL;
}

static bool
has_role(JsonbContainer *party, const char *role, const char *where)
{
	JsonbContainer *roles = json_container(party, "roles", true, where);
	uint32		i;

	if (roles == NULL)
		return false;
	for (i = 0; i < JsonContainerSize(roles); i++)
	{
		JsonbValue *v = getIthJsonbValueFromContainer(roles, i);

		if (v && v->type == jbvString && v->val.string.len == (int) strlen(role) &&
			memcmp(v->val.string.val, role, v->val.string.len) == 0)
			return true;
	}
	return false;
}

/* The id of the first UNSPSC classification of items[], or NULL. */
static char *
first_unspsc(JsonbContainer *obj, const char *where)
{
	JsonbContainer *items = json_container(obj, "items", true, where);
	uint32		i;

	if (items == NULL)
		return NULL;
	for (i = 0; i < JsonContainerSize(items); i++)
	{
		JsonbContainer *item = json_element_object(items, i, "items", where);
		JsonbContainer *cls = json_container(item, "classification", false, where);
		char	   *scheme;

		if (cls == NULL)
			continue;
		scheme = json_string(cls, "scheme", false, where);
		if (scheme && pg_strcasecmp(scheme, "UNSPSC") == 0)
		{
			char	   *id = json_string(cls, "id", true, where);

			if (id)
				return id;
		}
	}
	return NULL;
}

/* A reference of the release's purchases: each once. */
static void
add_ref(Release *rel, const char *ref)
{
	int			i;

	for (i = 0; i < rel->nrefs; i++)
		if (strcmp(rel->refs[i], ref) == 0)
			malformed_package("%s: the purchase %s appears twice (an award id, or a supplier of an award, is repeated).",
							  rel->where, ref);
	if (rel->nrefs == rel->maxrefs)
	{
		rel->maxrefs = rel->maxrefs ? rel->maxrefs * 2 : 16;
		rel->refs = rel->refs ? repalloc(rel->refs, sizeof(char *) * rel->maxrefs)
			: palloc(sizeof(char *) * rel->maxrefs);
	}
	rel->refs[rel->nrefs++] = pstrdup(ref);
}

/* The contracts of an award (awardID) give its amount and date. */
static void
award_contracts(Release *rel, SeaoOcdsAward *a, const char *award_id)
{
	CagParseError err;
	uint32		i;

	if (rel->contracts == NULL)
		return;
	for (i = 0; i < JsonContainerSize(rel->contracts); i++)
	{
		JsonbContainer *c = json_element_object(rel->contracts, i, "contracts", rel->where);
		char	   *cwhere = psprintf("%s, contract %u", rel->where, i + 1);
		char	   *award_ref = json_string(c, "awardID", true, cwhere);
		const char *amount;
		const char *currency;
		char	   *date_signed;

		if (award_ref == NULL || strcmp(award_ref, award_id) != 0)
			continue;
		if (!seao_ocds_contract(a, to_utf8(json_string(c, "status", false, cwhere))))
			continue;
		value_amount(json_container(c, "value", false, cwhere), cwhere, "the contract",
					 &amount, &currency);
		if (!seao_ocds_contract_value(a, amount, currency, &err))
			malformed_package("%s: the amount %s of %s cannot be read. %s", cwhere, amount,
							  "the contract", seao_error_text(&rel->mem, &err));
		date_signed = json_string(c, "dateSigned", false, cwhere);
		if (!seao_ocds_contract_date(a, to_utf8(date_signed), &err))
			malformed_package("%s: the dateSigned \"%s\" cannot be read. %s", cwhere,
							  date_signed, seao_error_text(&rel->mem, &err));
	}
}

/* Whether an award is a purchase, its amount and its date. */
static void
award_decision(Release *rel, JsonbContainer *award, const char *award_id, const char *status,
			   const char *where, SeaoAward *decision)
{
	SeaoOcdsAward a;
	CagParseError err;

	seao_ocds_begin(&a, &rel->mem, to_utf8(status), GetSQLCurrentDate());
	if (seao_ocds_active(&a))
		award_contracts(rel, &a, award_id);
	if (seao_ocds_wants_award_value(&a))
	{
		const char *amount;
		const char *currency;

		value_amount(json_container(award, "value", false, where), where, "the award",
					 &amount, &currency);
		if (!seao_ocds_award_value(&a, amount, currency, &err))
			malformed_package("%s: the amount %s of %s cannot be read. %s", where, amount,
							  "the award", seao_error_text(&rel->mem, &err));
	}
	if (seao_ocds_wants_award_date(&a))
	{
		char	   *date = json_string(award, "date", false, where);

		if (!seao_ocds_award_date(&a, to_utf8(date), &err))
			malformed_package("%s: the date \"%s\" cannot be read. %s", where, date,
							  seao_error_text(&rel->mem, &err));
	}
	seao_ocds_decide(&a, decision);
}

/* What the release and the supplier say of the purchase. */
static void
supplier_text(Release *rel, JsonbContainer *party, const char *sname, const char *pwhere,
			  SeaoPurchaseText *t)
{
	memset(t, 0, sizeof(*t));
	t->buyer = to_utf8(rel->buyer_name);
	t->buyer_id = to_utf8(rel->buyer_id);
	if (rel->buyer_party)
	{
		JsonbContainer *addr = json_container(rel->buyer_party, "address", false, rel->where);

		t->buyer_postal_code = to_utf8(json_string(addr, "postalCode", false, rel->where));
		t->buyer_city = to_utf8(json_string(addr, "locality", false, rel->where));
	}
	if (sname == NULL && party)
		sname = json_string(party, "name", false, pwhere);
	t->supplier_name = to_utf8(sname);
	if (party)
	{
		JsonbContainer *details = json_container(party, "details", false, pwhere);
		JsonbContainer *addr = json_container(party, "address", false, pwhere);

		t->supplier_neq = to_utf8(json_string(details, "neq", true, pwhere));
		t->supplier_province = to_utf8(json_string(addr, "region", false, pwhere));
		t->supplier_postal_code = to_utf8(json_string(addr, "postalCode", false, pwhere));
		t->supplier_country = to_utf8(json_string(addr, "countryName", false, pwhere));
		t->supplier_city = to_utf8(json_string(addr, "locality", false, pwhere));
	}
}

static void
ocds_award(SeaoRows *rows, Release *rel, JsonbContainer *award, uint32 index)
{
	char	   *where = psprintf("%s, award %u", rel->where, index + 1);
	char	   *award_id = json_string(award, "id", true, where);
	char	   *status = json_string(award, "status", false, where);
	JsonbContainer *suppliers = json_container(award, "suppliers", true, where);
	SeaoAward	decision;
	char	   *category;
	char	   *title;
	int			nsuppliers;
	int			i;

	if (award_id == NULL)
		malformed_package("%s has no id.", where);
	where = psprintf("%s, award %s", rel->where, award_id);
	award_decision(rel, award, award_id, status, where, &decision);

	category = first_unspsc(award, where);
	if (category == NULL)
		category = first_unspsc(rel->tender, rel->where);
	title = json_string(award, "title", false, where);
	if (title == NULL)
		title = json_string(rel->tender, "title", false, rel->where);

	nsuppliers = suppliers ? (int) JsonContainerSize(suppliers) : 0;
	if (nsuppliers == 0)
	{
		SeaoRow		row;

		rel->id.source_ref = server_id(psprintf("%s/%s", rel->notice, award_id), where);
		add_ref(rel, rel->id.source_ref);
		seao_row_init(&row, &rel->mem);
		seao_ocds_no_supplier(&row);
		seao_rows_emit(rows, &rel->id, &row);
		return;
	}

	for (i = 0; i < nsuppliers; i++)
	{
		JsonbContainer *sup = json_element_object(suppliers, (uint32) i, "suppliers", where);
		char	   *sid = json_string(sup, "id", true, where);
		char	   *sname = json_string(sup, "name", false, where);
		JsonbContainer *party = find_party(rel, sid);
		char	   *pwhere = psprintf("%s, party %s", rel->where, sid ? sid : "?");
		SeaoPurchaseText text;
		SeaoRow		row;

		rel->id.source_ref = server_id(sid ? psprintf("%s/%s/%s", rel->notice, award_id, sid)
									   : psprintf("%s/%s/#%d", rel->notice, award_id, i + 1),
									   where);
		add_ref(rel, rel->id.source_ref);
		seao_row_init(&row, &rel->mem);
		seao_row_award(&row, &decision, i, nsuppliers);
		supplier_text(rel, party, sname, pwhere, &text);
		text.category = to_utf8(category);
		text.description = to_utf8(title);
		seao_row_fields(&row, &text);
		if (party == NULL)
			seao_ocds_unknown_party(&row, to_utf8(sid));
		seao_rows_emit(rows, &rel->id, &row);
		if (row.purchase && sid != NULL)
			rel->purchase_suppliers = lappend(rel->purchase_suppliers, sid);
	}
}

/* Is id the supplier of a purchase of the release (whose issues it has)? */
static bool
purchase_supplier(const Release *rel, const char *id)
{
	ListCell   *lc;

	if (id == NULL)
		return false;
	foreach(lc, rel->purchase_suppliers)
		if (strcmp((const char *) lfirst(lc), id) == 0)
			return true;
	return false;
}

/* ---------------------------------------------------------------------
 * Bids (the loader's cag_ovt.tender_bids)
 * ---------------------------------------------------------------------
 */

/* Is id a supplier of an active award of the release? */
static bool
ocds_winner(JsonbContainer *awards, const char *id, const char *where)
{
	uint32		i;
	uint32		k;

	for (i = 0; id != NULL && i < JsonContainerSize(awards); i++)
	{
		JsonbContainer *award = json_element_object(awards, i, "awards", where);
		JsonbContainer *suppliers = json_container(award, "suppliers", true, where);
		char	   *status = json_string(award, "status", false, where);

		if (suppliers == NULL || status == NULL || strcmp(status, "active") != 0)
			continue;
		for (k = 0; k < JsonContainerSize(suppliers); k++)
		{
			char	   *sid = json_string(json_element_object(suppliers, k, "suppliers", where),
										  "id", true, where);

			if (sid != NULL && strcmp(sid, id) == 0)
				return true;
		}
	}
	return false;
}

/* The bid of bids[] whose id is id: its value and unit, NULL none. */
static void
ocds_bid_value(JsonbContainer *bids, const char *id, const char *where, const char **amount,
			   const char **unit)
{
	uint32		i;

	*amount = NULL;
	*unit = NULL;
	for (i = 0; bids != NULL && id != NULL && i < JsonContainerSize(bids); i++)
	{
		JsonbContainer *bid = json_element_object(bids, i, "bids", where);
		char	   *bid_id = json_string(bid, "id", true, where);
		JsonbValue *v;

		if (bid_id == NULL || strcmp(bid_id, id) != 0)
			continue;
		v = json_member(bid, "value");
		if (v != NULL && v->type == jbvNumeric)
			*amount = DatumGetCString(DirectFunctionCall1(numeric_out,
														  NumericGetDatum(v->val.numeric)));
		else if (v != NULL && v->type == jbvBinary && JsonContainerIsObject(v->val.binary.data))
		{
			const char *currency;

			value_amount(v->val.binary.data, where, "a bid", amount, &currency);
		}
		else if (v != NULL)
			malformed_package("%s: the value of bid %s is %s, not a number.", where, id,
							  json_type_name(v));
		*unit = to_utf8(json_string(bid, "valueUnit", true, where));
		return;
	}
}

/*
 * Every tenderer of the release (tender.tenderers, else the ids of bids[])
 * is a bid: its party's address, the figure and unit of its entry in
 * bids[] (SEAO's own member: {"id", "value", "valueUnit"}), the procedure
 * of tender.procurementMethod, whether an active award names it.
 */
static void
ocds_bids(SeaoRows *rows, Release *rel, JsonbContainer *obj, JsonbContainer *awards)
{
	JsonbContainer *tenderers = json_container(rel->tender, "tenderers", true, rel->where);
	JsonbContainer *bids = json_container(obj, "bids", true, rel->where);
	JsonbContainer *list = tenderers ? tenderers : bids;
	JsonbContainer *period = json_container(rel->tender, "tenderPeriod", false, rel->where);
	SeaoNoticeBids nb;
	CagParseError err;
	char	   *v;
	char	   *category;
	char	   *title;
	bool		has_date = false;
	int32_t		date = 0;
	uint32		i;

	if (list == NULL)
		return;
	memset(&nb, 0, sizeof(nb));
	nb.type = -1;
	nb.procedure = seao_ocds_procedure(to_utf8(json_string(rel->tender, "procurementMethod",
														  false, rel->where)));
	v = json_string(period, "startDate", false, rel->where);
	if (!seao_xml_award_date(to_utf8(v), &nb.has_published, &nb.published, &err))
		malformed_package("%s: tender.tenderPeriod.startDate \"%s\" cannot be read. %s",
						  rel->where, v, seao_error_text(&rel->mem, &err));
	v = json_string(period, "endDate", false, rel->where);
	if (!seao_xml_award_date(to_utf8(v), &nb.has_closing, &nb.closing, &err))
		malformed_package("%s: tender.tenderPeriod.endDate \"%s\" cannot be read. %s",
						  rel->where, v, seao_error_text(&rel->mem, &err));
	/* the award date of the notice: that of its first award that has one */
	for (i = 0; !has_date && i < JsonContainerSize(awards); i++)
	{
		v = json_string(json_element_object(awards, i, "awards", rel->where), "date", false,
						rel->where);
		if (!seao_xml_award_date(to_utf8(v), &has_date, &date, &err))
			malformed_package("%s: the date \"%s\" of award %u cannot be read. %s",
							  rel->where, v, i + 1, seao_error_text(&rel->mem, &err));
	}
	category = first_unspsc(rel->tender, rel->where);
	title = json_string(rel->tender, "title", false, rel->where);

	for (i = 0; i < JsonContainerSize(list); i++)
	{
		const char *what = tenderers ? "tenderers" : "bids";
		JsonbContainer *t = json_element_object(list, i, what, rel->where);
		char	   *id = json_string(t, "id", true, rel->where);
		char	   *pwhere = psprintf("%s, party %s", rel->where, id ? id : "?");
		const char *amount;
		const char *unit;
		const char *bid_texts[4];
		bool		winner;
		SeaoPurchaseText text;
		SeaoBid		bid;
		SeaoRow		row;

		ocds_bid_value(bids, id, rel->where, &amount, &unit);
		supplier_text(rel, find_party(rel, id), tenderers ? json_string(t, "name", false, pwhere) : NULL,
					  pwhere, &text);
		text.category = to_utf8(category);
		text.description = to_utf8(title);
		winner = ocds_winner(awards, id, rel->where);
		bid_texts[0] = to_utf8(amount);
		bid_texts[1] = unit;
		bid_texts[2] = bid_texts[3] = NULL;
		if (!seao_rows_bid_digest(rows, &text, &nb, (int) i + 1, winner, has_date, date,
								  bid_texts))
			continue;
		if (!seao_bid_parse(&bid, &rel->mem, bid_texts[0], unit, NULL, NULL, &err))
			malformed_package("%s: bid %s cannot be read. %s", rel->where, id ? id : "?",
							  seao_error_text(&rel->mem, &err));
		seao_row_init(&row, &rel->mem);
		row.has_date = has_date;
		row.date = date;
		seao_row_fields(&row, &text);
		/* its reference: the notice, "bidder" and its position */
		rel->id.source_ref = server_id(psprintf("%s/bidder/%u", rel->notice, i + 1), rel->where);
		seao_rows_bid(rows, &rel->id, &row, &nb, (int) i + 1, &bid, winner,
					  purchase_supplier(rel, id));
	}
}

/* The release's identity: ocid, id, date, and the notice of the ocid. */
static void
release_identity(Release *rel, JsonbContainer *obj, int ordinal)
{
	char	   *date;
	CagParseError err;
	int64_t		usecs;
	char	   *ocid;
	char	   *id;

	rel->id.ordinal = ordinal;
	rel->where = psprintf("Release %d", ordinal);
	ocid = json_string(obj, "ocid", false, rel->where);
	if (ocid == NULL || ocid[0] == '\0')
		malformed_package("%s has no ocid.", rel->where);
	rel->where = psprintf("Release %d (ocid %s)", ordinal, ocid);
	id = json_string(obj, "id", true, rel->where);
	if (id == NULL || id[0] == '\0')
		malformed_package("%s has no id.", rel->where);
	date = json_string(obj, "date", false, rel->where);
	if (date == NULL)
		malformed_package("%s has no date.", rel->where);
	if (!seao_timestamp_parse(to_utf8(date), &usecs, &err))
		malformed_package("%s: the date \"%s\" cannot be read. %s", rel->where, date,
						  seao_error_text(&rel->mem, &err));
	if (usecs < MIN_TIMESTAMP || usecs >= END_TIMESTAMP)
		malformed_package("%s: the date \"%s\" is out of range.", rel->where, date);
	rel->notice = seao_ocid_notice(ocid);
	rel->id.ocid = server_id(ocid, rel->where);
	rel->id.version.release_id = server_id(id, rel->where);
	rel->id.version.has_release_date = true;
	rel->id.version.release_date = (TimestampTz) usecs;
	rel->id.notice = server_id(rel->notice, rel->where);
}

/* The parties, the tender, the contracts and the buyer of a release. */
static void
release_parties(Release *rel, JsonbContainer *obj)
{
	JsonbContainer *parties = json_container(obj, "parties", true, rel->where);
	JsonbContainer *buyer;
	uint32		i;

	if (parties)
	{
		rel->nparties = (int) JsonContainerSize(parties);
		rel->parties = palloc0(sizeof(Party) * (rel->nparties + 1));
		for (i = 0; i < (uint32) rel->nparties; i++)
		{
			rel->parties[i].obj = json_element_object(parties, i, "parties", rel->where);
			rel->parties[i].id = json_string(rel->parties[i].obj, "id", true, rel->where);
		}
	}
	rel->tender = json_container(obj, "tender", false, rel->where);
	rel->contracts = json_container(obj, "contracts", true, rel->where);
	buyer = json_container(obj, "buyer", false, rel->where);
	if (buyer)
	{
		rel->buyer_name = json_string(buyer, "name", false, rel->where);
		rel->buyer_id = json_string(buyer, "id", true, rel->where);
		rel->buyer_party = find_party(rel, rel->buyer_id);
	}
	else
	{
		for (i = 0; i < (uint32) rel->nparties; i++)
			if (has_role(rel->parties[i].obj, "buyer", rel->where))
			{
				rel->buyer_party = rel->parties[i].obj;
				rel->buyer_id = rel->parties[i].id;
				break;
			}
	}
	if (rel->buyer_name == NULL && rel->buyer_party)
		rel->buyer_name = json_string(rel->buyer_party, "name", false, rel->where);
}

void
seao_ocds_release(SeaoRows *rows, JsonbContainer *obj, int ordinal)
{
	Release		rel;
	JsonbContainer *awards;
	uint32		i;

	memset(&rel, 0, sizeof(rel));
	rel.mem = cag_allocator(NULL);
	release_identity(&rel, obj, ordinal);

	/* a release without awards says nothing about purchases */
	awards = json_container(obj, "awards", true, rel.where);
	if (awards == NULL)
		return;
	release_parties(&rel, obj);

	seao_rows_notice_begin(rows);
	for (i = 0; i < JsonContainerSize(awards); i++)
		ocds_award(rows, &rel, json_element_object(awards, i, "awards", rel.where), i);
	ocds_bids(rows, &rel, obj, awards);
	rel.id.source_ref = NULL;
	seao_rows_notice_end(rows, &rel.id);
}

/*
 * Where release i of the package's array ends, in bytes of the jsonb value
 * (the progress of a package given as jsonb).
 */
static uint64
jsonb_position(const Jsonb *package, JsonbContainer *array, uint32 i)
{
	uint32		n = JsonContainerSize(array);

	if (i + 1 >= n)
		return VARSIZE(package);
	return (uint64) (((const char *) &array->children[n] + getJsonbOffset(array, (int) i + 1)) -
					 (const char *) package);
}

void
seao_ocds_read(SeaoRows *rows, Jsonb *package)
{
	JsonbContainer *root = &package->root;
	JsonbContainer *releases;
	MemoryContext cxt;
	MemoryContext old;
	uint32		i;

	seao_ocds_begin_package(false);
	if (!JsonContainerIsObject(root) || JsonContainerIsScalar(root))
		malformed_package("The package is %s, not an object with \"releases\".",
						  JsonContainerIsArray(root) && !JsonContainerIsScalar(root) ? "an array" : "a scalar");
	releases = json_container(root, "releases", true, "The package");
	if (releases == NULL)
		seao_ocds_no_releases(json_member(root, "records") != NULL);

	cxt = AllocSetContextCreate(CurrentMemoryContext, "OCDS release", ALLOCSET_DEFAULT_SIZES);
	for (i = 0; i < JsonContainerSize(releases); i++)
	{
		old = MemoryContextSwitchTo(cxt);
		seao_ocds_release(rows, json_element_object(releases, i, "releases", "The package"), (int) i + 1);
		MemoryContextSwitchTo(old);
		MemoryContextReset(cxt);
		seao_rows_progress(rows, jsonb_position(package, releases, i), VARSIZE(package));
		CHECK_FOR_INTERRUPTS();
	}
	MemoryContextDelete(cxt);
}
