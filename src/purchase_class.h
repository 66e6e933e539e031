/*-------------------------------------------------------------------------
 *
 * purchase_class.h
 *	  SQL type purchase_class: server-side access for other modules.
 *
 * A purchase_class Datum is an int2 holding the PC_* flags of
 * purchase_class_core.h.  Code that builds classes (the classification
 * functions) combines PC_* masks and returns them with
 * PG_RETURN_PURCHASE_CLASS after purchase_class_ensure_valid().
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_PURCHASE_CLASS_H
#define CAG_PURCHASE_CLASS_H

#include "cag_ovt.h"

#include "purchase_class_core.h"

typedef uint16 PurchaseClass;

#define DatumGetPurchaseClass(X)	((PurchaseClass) DatumGetInt16(X))
#define PurchaseClassGetDatum(X)	Int16GetDatum((int16) (X))
#define PG_GETARG_PURCHASE_CLASS(n) DatumGetPurchaseClass(PG_GETARG_DATUM(n))
#define PG_RETURN_PURCHASE_CLASS(x) return PurchaseClassGetDatum(x)

/*
 * Raise 22023 (invalid_parameter_value) unless bits form a valid purchase
 * class; "what" names the operation in the message, which reads "<what>
 * gives an invalid purchase class" (e.g. "classify_purchase(...)").
 */
extern void purchase_class_ensure_valid(uint32 bits, const char *what);

#endif							/* CAG_PURCHASE_CLASS_H */
