/*-------------------------------------------------------------------------
 *
 * classify.h
 *	  Purchase classification, server side: what classify.c (the facts and
 *	  the SQL functions), classify_trigger.c (rows of purchases and the
 *	  trigger) and classify_explain.c (explain_classification) share.
 *
 * The rules themselves are in classify_core.c.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_CLASSIFY_H
#define CAG_CLASSIFY_H

#include "cag_ovt.h"

#include "classify_core.h"
#include "locate.h"

/* A label of the reference lists eco_labels and food_labels. */
typedef struct LabelEntry
{
	const char *key;			/* folded, NUL-terminated */
	size_t		keylen;
	uint32		hash;
	const char *label;			/* as in the table (server encoding) */
	const char *name;			/* may be NULL */
	const char *extra;			/* eco: category; food: kind; may be NULL */
} LabelEntry;

/* The arguments of the classification, in the order of the SQL function's. */
typedef enum ClassifyArg
{
	ARG_SUPPLIER_REGION,
	ARG_SUPPLIER_PROVINCE,
	ARG_SUPPLIER_POSTAL_CODE,
	ARG_DELIVERY_REGION,
	ARG_CATEGORY,
	ARG_LABELS,
	ARG_GROUP_PURCHASE,
	ARG_DELIVERY_REGIONS,
	ARG_SUPPLIER_COUNTRY,
	ARG_AS_OF,
	ARG_SUPPLIER_CITY,
	ARG_SUPPLIER_NAME,
	ARG_SUPPLIER_NEQ,
	NUM_ARGS
} ClassifyArg;

typedef struct ClassifyArgs
{
	Datum		value[NUM_ARGS];
	bool		isnull[NUM_ARGS];
} ClassifyArgs;

/* What the labels matched, for the explanation. */
typedef struct LabelMatch
{
	const LabelEntry *eco;		/* first eco label, or NULL */
	int			eco_index;		/* its position in the array, from 1 */
	const LabelEntry *food;
	int			food_index;
	int			nlabels;		/* labels that are not NULL */
} LabelMatch;

/* Everything the rules and the explanation need. */
typedef struct Classified
{
	CagPartyAddress supplier;	/* what the purchase says of its supplier */
	CagPartyFacts supplier_facts;	/* what the lookups found */
	CagLocation supplier_location;	/* where the rules place it */
	CagPurchaseFacts facts;
	CagClassification cls;
	LabelMatch labels;
	int32		food_category;	/* -1 none */
	DateADT		as_of;
	int			delivery_region;	/* 0 NULL */
} Classified;

/*
 * The defaults of a purchase row that the trigger filled, for the
 * explanation: a region 0 was not filled.
 */
typedef struct ClassifyDefaults
{
	bool		buyer_located;	/* the trigger located the buyer */
	const CagPartyAddress *buyer;	/* what the row says of it */
	const CagLocation *buyer_location;
	const CagPartyFacts *buyer_facts;
	int			delivery_region;	/* from delivery_from */
	const char *delivery_from;	/* "delivery_municipality" or "buyer_region" */
	const char *delivery_municipality;	/* NULL when from buyer_region */
} ClassifyDefaults;

/* A qc_region Datum's code, 1..17 (anything else: an internal error). */
extern int	classify_region_datum(Datum d);

/* The arguments of classify_purchase(...) and explain_classification(...). */
extern void classify_args_from_fcinfo(FunctionCallInfo fcinfo, ClassifyArgs *a);

/*
 * Gather the facts of the arguments (reference lists, geography) and apply
 * the rules.  explain: find every label the explanation names.
 */
extern void classify_args(const ClassifyArgs *a, bool explain, Classified *c);

/* The explanation (jsonb) of a classification; defaults may be NULL. */
extern Datum classify_explain(const ClassifyArgs *a, const Classified *c,
							  const ClassifyDefaults *defaults);

#endif							/* CAG_CLASSIFY_H */
