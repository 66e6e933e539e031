/*-------------------------------------------------------------------------
 *
 * geography.h
 *	  Region of a municipality or of a forward sortation area, on a date,
 *	  from the reference tables cag_ovt.municipalities and
 *	  cag_ovt.mrc_region_changes (through the reference cache).
 *
 * Regions are codes 1..17 (a qc_region Datum is CharGetDatum(code)); 0
 * means "unknown".  Dates are DateADT; callers map a NULL date to today
 * (GetSQLCurrentDate()).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_GEOGRAPHY_H
#define CAG_GEOGRAPHY_H

#include "postgres.h"

#include "utils/date.h"

/*
 * Region of the municipalities whose MAMH geographic code starts with the
 * two digits prefix (0..99) on date as_of: the region the municipalities
 * table gives the prefix, or, before a territory change of the prefix, the
 * region it had then.  0 when no municipality has the prefix, or when they
 * are not all in one region.
 */
extern int	cag_region_of_prefix(int prefix, DateADT as_of);

/*
 * Region of a forward sortation area (fsa: its number, see fsa_index in
 * postal_code_core.h) on date as_of: its one region in table fsa_regions
 * (locate.h); 0 otherwise (unknown FSA, or several regions).  A database at
 * a version without fsa_regions (1.0, 1.1) gets the region of every
 * municipality whose town hall has a postal code of that FSA, when they are
 * all in one region.
 */
extern int	cag_region_of_fsa(int fsa, DateADT as_of);

/*
 * Region of a postal code (packed, see postal_code_core.h) on date as_of:
 * the one region of cag_postal_code_regions (its FSA's, or its local
 * delivery unit's); 0 when unknown or several, and outside Québec.  In a
 * database at 1.0 or 1.1, that of its FSA from the town halls.
 */
extern int	cag_region_of_postal_code(int32 postal_code, DateADT as_of);

/*
 * The prefix (first two digits, 0..99) of a MAMH geographic code given as
 * text in the server encoding (municipality_code_parse of
 * geography_core.h); anything else raises 22P02 naming the value.
 */
extern int	cag_municipality_prefix(const char *str);

/*
 * Candidate regions of an FSA (its number) on date as_of in table
 * fsa_regions, as a bit set (CAG_REGION_BIT of locate_core.h); 0 when the
 * FSA is not in the table, serves no region on that date, or the table
 * does not exist (1.0, 1.1).
 */
extern uint32 cag_fsa_regions(int fsa, DateADT as_of);

/*
 * Candidate regions of a postal code (packed) on date as_of: those of its
 * FSA, or, when the FSA spans several, the region of its local delivery
 * unit in table ldu_communities (*by_ldu then true) when it is one of them.
 * 0 outside Québec, for an unknown FSA, or in a database without the
 * tables.
 */
extern uint32 cag_postal_code_regions(int32 postal_code, DateADT as_of, bool *by_ldu);

/* Argument argno of a SQL function as a date; today when NULL or absent. */
extern DateADT cag_as_of_arg(FunctionCallInfo fcinfo, int argno);

/* The number of an FSA written as text, or 22P02 naming the value. */
extern int	cag_fsa_arg(const char *str);

/*
 * Load the geography cache now if it is not loaded or is stale: for the
 * loaders, which look regions up inside libxml2's parser, where the cache
 * must not be (re)loaded (SPI may raise an error).
 */
extern void cag_geography_preload(void);

/*
 * Whether a region (1..17) is outside the centres -- Montréal and
 * Capitale-Nationale -- which the plan calls "in the regions" ("en
 * région"): the column counts_as_region of table cag_ovt.regions, which
 * the DBA may edit, says it.  1 outside the centres, 0 a centre, -1 when
 * the table has no row for the region.  The purchase summaries split the
 * spend with Québec suppliers by it (outside_centres_summary,
 * centres_summary); regional_positions counts the positions in the regions
 * with the same column.
 */
extern int	cag_region_outside_centres(int region);

#endif							/* CAG_GEOGRAPHY_H */
