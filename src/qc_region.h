/*-------------------------------------------------------------------------
 *
 * qc_region.h
 *	  Server-side helpers of the qc_region type for other cag_ovt modules.
 *
 * A qc_region Datum is a "char" holding the code 1..17:
 * DatumGetChar / CharGetDatum.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_QC_REGION_H
#define CAG_QC_REGION_H

#include "postgres.h"

/*
 * Parse a region in the server encoding; raises 22P02 naming typname (the
 * type or parameter being read) when the text is not a region.  Returns the
 * code, 1..17.
 */
extern int	qc_region_parse_server(const char *str, const char *typname);

/* The French (or English) name of a region in the server encoding. */
extern const char *qc_region_server_name(int code, bool english);

#endif							/* CAG_QC_REGION_H */
