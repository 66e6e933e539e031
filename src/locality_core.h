/*-------------------------------------------------------------------------
 *
 * locality_core.h
 *	  A locality as people write it (a city field of SEAO, an OCDS
 *	  address.locality) turned into comparison keys, server-free.
 *
 * The words of the text are folded by cag_fold_key (fold_core.h): accents,
 * case, hyphens, spaces, apostrophes and punctuation go away.  Then:
 *
 * - abbreviations are written out: St, St. -> saint, Ste -> sainte, Sts ->
 *	 saints, Stes -> saintes, Mt -> mont, Pte -> pointe, N.-D. -> notre dame;
 * - a trailing group in parentheses is set apart as a qualifier
 *	 ("Saint-Lambert (Montérégie)"): when it names a region (qc_region
 *	 spellings) the region is reported, to choose among homonyms;
 * - trailing words that only say the province or the country ("QC",
 *	 "Québec", "P.Q.", "Canada") or a postal code typed into the field are
 *	 dropped, as long as a word remains (the postal code is reported);
 * - a leading designation ("Ville de", "Municipalité de", "Cité de",
 *	 "City of", "Ville" followed by a name...) is dropped, as long as a word
 *	 remains.
 *
 * The words are then glued without separator ("L'Assomption", "L
 * Assomption" and "Lassomption" give "lassomption").  Because dropping
 * words can be wrong ("Ville-Marie" is a name), the result is a list of
 * keys from the most literal to the most stripped; a lookup tries them in
 * that order.  The first key of a name is the key a reference name is
 * stored under.
 *
 * Nothing here allocates or aborts.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_LOCALITY_CORE_H
#define CAG_LOCALITY_CORE_H

#include "core.h"

/* Longest key; a longer locality is refused (no place has such a name). */
#define CAG_LOCALITY_KEY_MAX 96

/* Keys of one locality: literal, without the trailing words, without the designation. */
#define CAG_LOCALITY_NKEYS 3

typedef struct CagLocalityKeys
{
	int			nkeys;			/* 1..CAG_LOCALITY_NKEYS, distinct */
	char		key[CAG_LOCALITY_NKEYS][CAG_LOCALITY_KEY_MAX + 1];
	int			qualifier_region;	/* region named in trailing parentheses,
									 * 1..17; 0 none */
	bool		has_postal_code;	/* a Canadian postal code was in the text */
	int32_t		postal_code;	/* packed (postal_code_core.h) */
	bool		designated;		/* a leading designation was dropped: the
								 * last key is without it */
} CagLocalityKeys;

/*
 * The keys of a locality (len bytes of UTF-8; invalid bytes are dropped).
 * Fails (CAG_ERR_SYNTAX, with a detail) when the text has no letter, or
 * when it is too long to be the name of a place.
 */
extern bool cag_locality_keys(const char *str, size_t len, CagLocalityKeys *out,
							  CagParseError *err);

/*
 * The keys of a party's name when it is the name of a public body named
 * after its municipality: a designation, then the name ("Ville de
 * Mont-Saint-Hilaire", "Municipalité du Village de North Hatley",
 * "MUNICIPALITÉ DE SAINT-BERNARD.."), followed or not by a service after a
 * spaced dash ("Ville de Montréal - Arrondissement Saint-Laurent").  False
 * (with a detail) for any other name: "Cité de la culture et du sport de
 * Laval" gives keys, which match no locality; "Rogers Communications" none.
 * A lookup uses the last key only.
 */
extern bool cag_party_name_keys(const char *str, size_t len, CagLocalityKeys *out,
								CagParseError *err);

#endif							/* CAG_LOCALITY_CORE_H */
