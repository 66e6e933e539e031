/*-------------------------------------------------------------------------
 *
 * purchase_class_core.h
 *	  Purchase class: the set of flags a purchase carries, server-free.
 *
 * A purchase class is stored in 16 bits (like int2); the 12 low bits are
 * used.  The bit numbers are part of the on-disk and binary formats: never
 * renumber them.  The classification code builds classes with the PC_*
 * masks below and checks them with purchase_class_check().
 *
 * "Unknown" is a real state on every dimension.  The origin and the region
 * have a flag and its opposite since 1.0: a purchase whose supplier
 * location is unknown carries neither PC_QUEBEC nor PC_OUTSIDE_QUEBEC; one
 * whose supplier or delivery region is unknown carries neither PC_REGIONAL
 * nor PC_OUTSIDE_REGION.  Eco, food, Québec food and group purchase had
 * their flag alone until 1.1, which counted every purchase as known on
 * them (no flag: known not to be); 1.2 says unknown with a flag of its own
 * (PC_ECO_UNKNOWN...), so that a class written by 1.1 -- stored in a table,
 * in a dump, in a binary COPY -- keeps its meaning.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_PURCHASE_CLASS_CORE_H
#define CAG_PURCHASE_CLASS_CORE_H

#include "core.h"

/* Flag numbers (bit positions), in text-form order. */
typedef enum PurchaseClassFlag
{
	PC_FLAG_QUEBEC = 0,			/* supplier located in Québec */
	PC_FLAG_OUTSIDE_QUEBEC = 1, /* supplier located outside Québec */
	PC_FLAG_REGIONAL = 2,		/* supplier in the buyer's (delivery) region */
	PC_FLAG_OUTSIDE_REGION = 3, /* supplier outside the buyer's region */
	PC_FLAG_ECO = 4,			/* eco-responsible purchase */
	PC_FLAG_FOOD = 5,			/* food purchase */
	PC_FLAG_QUEBEC_FOOD = 6,	/* Québec food (implies food) */
	PC_FLAG_GROUP_PURCHASE = 7, /* made through a group purchase */
	/* since 1.2: unknown on a dimension that has no opposite flag */
	PC_FLAG_ECO_UNKNOWN = 8,	/* eco-responsible or not: unknown */
	PC_FLAG_FOOD_UNKNOWN = 9,	/* food or not: unknown */
	PC_FLAG_QUEBEC_FOOD_UNKNOWN = 10,	/* (maybe) food, Québec or not:
										 * unknown */
	PC_FLAG_GROUP_PURCHASE_UNKNOWN = 11 /* group purchase or not: unknown */
} PurchaseClassFlag;

#define PC_NFLAGS			12

#define PC_QUEBEC			(1U << PC_FLAG_QUEBEC)
#define PC_OUTSIDE_QUEBEC	(1U << PC_FLAG_OUTSIDE_QUEBEC)
#define PC_REGIONAL			(1U << PC_FLAG_REGIONAL)
#define PC_OUTSIDE_REGION	(1U << PC_FLAG_OUTSIDE_REGION)
#define PC_ECO				(1U << PC_FLAG_ECO)
#define PC_FOOD				(1U << PC_FLAG_FOOD)
#define PC_QUEBEC_FOOD		(1U << PC_FLAG_QUEBEC_FOOD)
#define PC_GROUP_PURCHASE	(1U << PC_FLAG_GROUP_PURCHASE)
#define PC_ECO_UNKNOWN		(1U << PC_FLAG_ECO_UNKNOWN)
#define PC_FOOD_UNKNOWN		(1U << PC_FLAG_FOOD_UNKNOWN)
#define PC_QUEBEC_FOOD_UNKNOWN (1U << PC_FLAG_QUEBEC_FOOD_UNKNOWN)
#define PC_GROUP_PURCHASE_UNKNOWN (1U << PC_FLAG_GROUP_PURCHASE_UNKNOWN)

/* Every bit in use; the other bits of the 16 must be zero. */
#define PC_ALL_FLAGS		0x0FFFU

/* Longest text form: every flag name, commas, braces and a NUL. */
#define PC_TEXT_MAX			192

/* Names in flag order ("quebec", "outside_quebec", ...). */
extern const char *const purchase_class_flag_names[PC_NFLAGS];

/* "quebec, outside_quebec, ..., group_purchase_unknown", for hints. */
extern const char purchase_class_flag_list[];

/*
 * Flag number of a name (ASCII case-insensitive, exact length), or -1.
 */
extern int	purchase_class_flag_lookup(const char *name, size_t len);

/*
 * The flag named by name[0..len), as purchase_class_flag_lookup, or false
 * with a syntax error whose detail names the unknown flag (cut at 64
 * bytes) and whose hint lists the valid ones: the text input and the
 * operators ?, ?| and ?& report unknown flags alike.
 */
extern bool purchase_class_named_flag(const char *name, size_t len, int *flag,
									  CagParseError *err);

/*
 * Check the invariants of a set of flags: no unused bit, quebec and
 * outside_quebec exclusive, regional and outside_region exclusive, regional
 * implies quebec, quebec_food implies food; a flag and its *_unknown flag
 * exclusive; food_unknown implies quebec_food_unknown, which implies food
 * or food_unknown (a purchase known not to be food is known not to be
 * Québec food).  On failure the error gets the given kind and a detail
 * naming the conflict.
 */
extern bool purchase_class_check(uint32_t bits, CagErrorKind kind, CagParseError *err);

/* Binary form: the bits as an int2 (2 bytes, big-endian). */
#define PC_BINARY_LEN		2

/* Decode and check the binary form (len bytes, all of the field). */
extern bool purchase_class_from_binary(const char *data, size_t len, uint16_t *result,
									   CagParseError *err);

/* Write the binary form into buf[PC_BINARY_LEN]. */
extern void purchase_class_to_binary(uint16_t bits, unsigned char *buf);

/* Parse the text form ("{quebec, eco}", any order and case, duplicates). */
extern bool purchase_class_parse(const char *str, uint16_t *result, CagParseError *err);

/* Write the canonical text form into buf (at least PC_TEXT_MAX bytes). */
extern void purchase_class_format(uint16_t bits, char *buf);

#endif							/* CAG_PURCHASE_CLASS_CORE_H */
