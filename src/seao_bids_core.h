/*-------------------------------------------------------------------------
 *
 * seao_bids_core.h
 *	  SEAO open data: the bids of a notice, server-free.
 *
 * Every bidder of a notice (<fournisseur> of an XML export, a tenderer or a
 * bid of an OCDS release) is a bid: who bid (the fields a purchase's
 * supplier has, read by seao_row_fields), under which procedure, how much
 * in which unit, whether the bid conformed and whether it won.  The rules
 * here read the values that only bids have (the XML exports' elements,
 * the OCDS releases' tender.procurementMethod and SEAO's bids[]);
 * doc/reference.md ("Bids and competition")
 * states them for users.  Nothing allocates but through the caller's
 * CagAllocator, nothing raises: a value that makes the file malformed
 * returns false with a CagParseError.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_BIDS_CORE_H
#define CAG_SEAO_BIDS_CORE_H

#include "seao_core.h"

/* The procedure of a notice (cag_ovt.tender_bids.procedure). */
typedef enum SeaoProcedure
{
	SEAO_PROC_OTHER = 0,		/* a type that is no contract's procedure,
								 * or none stated: NULL */
	SEAO_PROC_OPEN,				/* 3: public call for tenders */
	SEAO_PROC_INVITATION,		/* 10, 14: call for tenders by invitation */
	SEAO_PROC_SOLE_SOURCE		/* 9: contract by mutual agreement */
} SeaoProcedure;

/* "open", "invitation", "sole_source"; NULL for SEAO_PROC_OTHER. */
extern const char *seao_procedure_name(SeaoProcedure proc);

/*
 * The procedure of an XML notice from its <type>: 3 open, 10 and 14
 * invitation, 9 sole source, any other number SEAO_PROC_OTHER (*code the
 * number, -1 when blank or absent).  False when the type is not a number.
 */
extern bool seao_xml_procedure(const char *type, int *code, SeaoProcedure *proc,
							   CagParseError *err);

/*
 * The procedure of an OCDS tender from its procurementMethod, as SEAO's
 * packages write it: "open" (Avis d'appel d'offres) open; "limited"
 * (appel d'offres sur invitation) and "selective" invitation; "direct"
 * (gré à gré) sole source; anything else, or NULL, SEAO_PROC_OTHER.
 */
extern SeaoProcedure seao_ocds_procedure(const char *method);

/* What a bid says besides its bidder, read by seao_bid_parse. */
typedef struct SeaoBid
{
	const char *amount;			/* the figure bid, as a decimal without
								 * white space (NUL-terminated), NULL none */
	const char *unit;			/* SEAO's unit: "$", "$/KM", "%"...; NULL
								 * when the code is none of SEAO's */
	const char *currency;		/* "CAD" or "USD" for an amount of money,
								 * NULL for a unit price, a percentage,
								 * points or an unknown unit */
	int			conforming;		/* 1, 0, -1 unknown */
	int			admissible;		/* 1, 0, -1 unknown */
} SeaoBid;

/*
 * A bid: its figure (XML <montantsoumis>, OCDS bids[].value; blank: none;
 * else a decimal amount), its unit (<montantssoumisunite>, OCDS
 * bids[].valueUnit: SEAO's codes 01 to 12, blank or 00: none stated,
 * dollars), <conforme> and <admissible> (1, 0, blank: unknown; OCDS: none).
 * False when the amount is not a number or a flag is neither 0 nor 1;
 * err->detail names the element.
 */
extern bool seao_bid_parse(SeaoBid *bid, const CagAllocator *mem, const char *montantsoumis,
						 const char *montantssoumisunite, const char *conforme,
						 const char *admissible, CagParseError *err);

#endif							/* CAG_SEAO_BIDS_CORE_H */
