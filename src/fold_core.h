/*-------------------------------------------------------------------------
 *
 * fold_core.h
 *	  UTF-8 decoding and folding of Latin letters to ASCII, server-free.
 *
 * Shared by the parsers that compare names as people write them: the
 * qc_region input (src/qc_region_core.c) and the classification's label,
 * province and country matching (src/classify_core.c).  Nothing here
 * allocates or fails: invalid UTF-8 is reported by the return values.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_FOLD_CORE_H
#define CAG_FOLD_CORE_H

#include "core.h"

/* What a character is, for the name parsers. */
typedef enum CagCharClass
{
	CAG_CH_OTHER,
	CAG_CH_LETTER,				/* ASCII, Latin-1 or Latin Extended-A letter */
	CAG_CH_DIGIT,				/* ASCII digit */
	CAG_CH_SPACE,				/* white space, no-break and thin spaces */
	CAG_CH_DASH,				/* hyphen, dashes, minus sign, slash */
	CAG_CH_APOSTROPHE,			/* apostrophes and the quotes used as such */
	CAG_CH_PERIOD,
	CAG_CH_LPAREN,
	CAG_CH_RPAREN,
	CAG_CH_COMBINING			/* combining diacritical mark U+0300..U+036F */
} CagCharClass;

/*
 * Decode the UTF-8 sequence at s (len > 0 bytes left) into *cp; returns its
 * length, or 0 when it is not well-formed (overlong forms and surrogates
 * included).
 */
extern size_t cag_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/*
 * Classify a code point; for a letter, *fold is its lower-case ASCII form
 * ("e" for "É", "oe" for "Œ", "ss" for "ß"), else NULL.
 */
extern CagCharClass cag_char_class(uint32_t cp, const char **fold);

/*
 * Text that was UTF-8, decoded as Latin-1 or Windows-1252 and encoded again
 * in UTF-8 ("MontrÃ©al"), shows each byte of a character as a character of
 * its own.  *cp is a character just read that may be such a lead byte
 * (U+00C2..U+00EF), s[pos..len) what follows it.  When the next characters
 * stand for the continuation bytes and the bytes make a letter, a space, a
 * dash or an apostrophe, replaces *cp by that character and returns how
 * many more bytes of s it took; else returns 0.
 */
extern size_t cag_mojibake(const unsigned char *s, size_t len, size_t pos, uint32_t *cp);

/*
 * Fold text (len bytes of UTF-8) to a comparison key: the words of the text
 * (runs of letters and digits) with letters folded to lower-case ASCII,
 * accents and case dropped, joined by sep, or glued together when sep is
 * '\0'.  Spaces, dashes, apostrophes, punctuation and symbols only separate
 * words; full-width letters and digits are read as ASCII; letters of other
 * scripts are kept as written; bytes that are not UTF-8 are dropped, and
 * mojibake is read as meant.  Writes the key and a terminating NUL into
 * out[outsize] and returns its length, or CAG_FOLD_TOO_LONG when it does
 * not fit.  A key is never longer than its text, so outsize = len + 1 is
 * always enough.  Folding a key again gives the same key.
 */
#define CAG_FOLD_TOO_LONG ((size_t) -1)
extern size_t cag_fold_key(const char *str, size_t len, char sep, char *out,
						   size_t outsize);

#endif							/* CAG_FOLD_CORE_H */
