/*-------------------------------------------------------------------------
 *
 * fold_core.c
 *	  UTF-8 decoding and folding of Latin letters to ASCII, server-free.
 *
 * Moved here from qc_region_core.c so that the classification's label,
 * province and country matching folds text exactly as the region input
 * does.  See fold_core.h for the contract of each function.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "fold_core.h"

/* Folding of U+00C0..U+00FF to lower-case ASCII; NULL: not a letter. */
static const char *const latin1_fold[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* C0-C7 */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* C8-CF */
	"d", "n", "o", "o", "o", "o", "o", NULL,	/* D0-D7 (D7 times) */
	"o", "u", "u", "u", "u", "y", "th", "ss",	/* D8-DF */
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* E0-E7 */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* E8-EF */
	"d", "n", "o", "o", "o", "o", "o", NULL,	/* F0-F7 (F7 divide) */
	"o", "u", "u", "u", "u", "y", "th", "y",	/* F8-FF */
};

/* Folding of U+0100..U+017F (Latin Extended-A) to lower-case ASCII. */
static const char *const latin_ext_a_fold[128] = {
	"a", "a", "a", "a", "a", "a", "c", "c",	/* 0100-0107 */
	"c", "c", "c", "c", "c", "c", "d", "d",	/* 0108-010F */
	"d", "d", "e", "e", "e", "e", "e", "e",	/* 0110-0117 */
	"e", "e", "e", "e", "g", "g", "g", "g",	/* 0118-011F */
	"g", "g", "g", "g", "h", "h", "h", "h",	/* 0120-0127 */
	"i", "i", "i", "i", "i", "i", "i", "i",	/* 0128-012F */
	"i", "i", "ij", "ij", "j", "j", "k", "k",	/* 0130-0137 */
	"k", "l", "l", "l", "l", "l", "l", "l",	/* 0138-013F */
	"l", "l", "l", "n", "n", "n", "n", "n",	/* 0140-0147 */
	"n", "n", "n", "n", "o", "o", "o", "o",	/* 0148-014F */
	"o", "o", "oe", "oe", "r", "r", "r", "r",	/* 0150-0157 */
	"r", "r", "s", "s", "s", "s", "s", "s",	/* 0158-015F */
	"s", "s", "t", "t", "t", "t", "t", "t",	/* 0160-0167 */
	"u", "u", "u", "u", "u", "u", "u", "u",	/* 0168-016F */
	"u", "u", "u", "u", "w", "w", "y", "y",	/* 0170-0177 */
	"y", "z", "z", "z", "z", "z", "z", "s",	/* 0178-017F */
};

/*
 * Windows-1252 bytes 0x80..0x9F as Unicode (0: undefined), to recognize
 * UTF-8 decoded as Windows-1252: "Î" (C3 8E) read as "Ã" + "Ž" (U+017D).
 */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/*
 * Decode the UTF-8 sequence at s (len bytes left) into *cp; returns its
 * length, or 0 when it is not well-formed (overlong forms and surrogates
 * included).
 */
size_t
cag_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t	c;
	size_t		n;
	size_t		i;

	if (s[0] < 0x80)
	{
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
	{
		n = 2;
		c = s[0] & 0x1F;
	}
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
	{
		n = 3;
		c = s[0] & 0x0F;
	}
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
	{
		n = 4;
		c = s[0] & 0x07;
	}
	else
		return 0;
	if (n > len)
		return 0;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* The byte 0x80..0xBF that a code point stands for in mojibake, or -1. */
static int
mojibake_continuation(uint32_t cp)
{
	int			i;

	if (cp >= 0x80 && cp <= 0xBF)
		return (int) cp;
	if (cp < 0x80)
		return -1;				/* ASCII: the common case, without the search */
	for (i = 0; i < 32; i++)
		if (cp1252_high[i] != 0 && cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Classify a code point; for letters, *fold is its lower-case ASCII form. */
CagCharClass
cag_char_class(uint32_t cp, const char **fold)
{
	static const char *const ascii_lower[26] = {
		"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
		"n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"
	};

	*fold = NULL;
	if (cp < 0x80)
	{
		unsigned char c = (unsigned char) cp;

		if (cag_is_alpha(c))
		{
			*fold = ascii_lower[cag_to_lower(c) - 'a'];
			return CAG_CH_LETTER;
		}
		if (cag_is_digit(c))
			return CAG_CH_DIGIT;
		if (cag_is_space(c))
			return CAG_CH_SPACE;
		switch (c)
		{
			case '-':
			case '/':
				return CAG_CH_DASH;
			case '\'':
			case '`':
				return CAG_CH_APOSTROPHE;
			case '.':
				return CAG_CH_PERIOD;
			case '(':
				return CAG_CH_LPAREN;
			case ')':
				return CAG_CH_RPAREN;
			default:
				return CAG_CH_OTHER;
		}
	}
	if (cp >= 0xC0 && cp <= 0xFF)
	{
		*fold = latin1_fold[cp - 0xC0];
		return *fold ? CAG_CH_LETTER : CAG_CH_OTHER;
	}
	if (cp >= 0x100 && cp <= 0x17F)
	{
		*fold = latin_ext_a_fold[cp - 0x100];
		return CAG_CH_LETTER;
	}
	if (cp >= 0x300 && cp <= 0x36F)
		return CAG_CH_COMBINING;
	switch (cp)
	{
		case 0x00A0:			/* no-break space */
		case 0x2007:			/* figure space */
		case 0x2009:			/* thin space */
		case 0x202F:			/* narrow no-break space */
			return CAG_CH_SPACE;
		case 0x2010:			/* hyphen */
		case 0x2011:			/* non-breaking hyphen */
		case 0x2012:			/* figure dash */
		case 0x2013:			/* en dash */
		case 0x2014:			/* em dash */
		case 0x2015:			/* horizontal bar */
		case 0x2212:			/* minus sign */
			return CAG_CH_DASH;
		case 0x00B4:			/* acute accent */
		case 0x02BC:			/* modifier letter apostrophe */
		case 0x2018:			/* left single quotation mark */
		case 0x2019:			/* right single quotation mark */
		case 0x2032:			/* prime */
			return CAG_CH_APOSTROPHE;
		default:
			return CAG_CH_OTHER;
	}
}

/*
 * Text that was UTF-8, decoded as Latin-1 or Windows-1252 and encoded again
 * in UTF-8, shows each byte of a character as a character of its own:
 * "é" (C3 A9) becomes "Ã©", the EN DASH (E2 80 93) "â€“".  *cp is such a
 * lead byte read as a character (U+00C2..U+00EF), s[pos..len) what follows.
 * When the next characters stand for the continuation bytes and the bytes
 * make a letter, a space, a dash or an apostrophe, replaces *cp by that
 * character and returns how many bytes of s it took; else returns 0.
 */
size_t
cag_mojibake(const unsigned char *s, size_t len, size_t pos, uint32_t *cp)
{
	unsigned char bytes[3];
	int			nbytes = *cp < 0xE0 ? 2 : 3;
	size_t		used = 0;
	uint32_t	orig;
	const char *fold;
	CagCharClass cls;
	int			i;

	bytes[0] = (unsigned char) *cp;
	for (i = 1; i < nbytes; i++)
	{
		uint32_t	next;
		size_t		m;
		int			b;

		if (pos + used >= len)
			return 0;
		m = cag_utf8_decode(s + pos + used, len - pos - used, &next);
		b = m ? mojibake_continuation(next) : -1;
		if (b < 0)
			return 0;
		bytes[i] = (unsigned char) b;
		used += m;
	}
	if (cag_utf8_decode(bytes, (size_t) nbytes, &orig) != (size_t) nbytes)
		return 0;
	cls = cag_char_class(orig, &fold);
	if (cls != CAG_CH_LETTER && cls != CAG_CH_SPACE && cls != CAG_CH_DASH &&
		cls != CAG_CH_APOSTROPHE)
		return 0;
	*cp = orig;
	return used;
}


/*
 * Is a code point that cag_char_class calls "other" a separator (punctuation,
 * symbol, control, emoji...)?  The rest are letters of other scripts, kept
 * as written.  *ignore is set for the invisible marks that are dropped
 * without separating words (variation selectors, tags).
 */
static bool
is_separator(uint32_t cp, bool *ignore)
{
	*ignore = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE007F) ||
		cp == 0x200D || cp == 0x00AD;	/* ZERO WIDTH JOINER, SOFT HYPHEN */
	if (*ignore)
		return false;
	return cp < 0x80 ||			/* ASCII punctuation and controls */
		(cp >= 0x80 && cp <= 0xBF) ||	/* C1 controls, Latin-1 symbols */
		cp == 0xD7 || cp == 0xF7 ||	/* multiplication, division */
		(cp >= 0x2B0 && cp <= 0x2FF) || /* spacing modifier letters */
		(cp >= 0x2000 && cp <= 0x2BFF) ||	/* punctuation, symbols, arrows */
		(cp >= 0x2E00 && cp <= 0x2E7F) ||	/* supplemental punctuation */
		(cp >= 0x3000 && cp <= 0x303F) ||	/* CJK punctuation */
		(cp >= 0xFE10 && cp <= 0xFE1F) ||	/* vertical forms */
		(cp >= 0xFE30 && cp <= 0xFE6F) ||	/* compatibility and small forms */
		(cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
		(cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
		cp == 0xFEFF ||			/* byte order mark */
		(cp >= 0xFFF0 && cp <= 0xFFFF) ||	/* specials */
		(cp >= 0x1F000 && cp <= 0x1FBFF);	/* emoji, pictographs */
}

/* An ASCII byte in a key: its lower-case form for a letter or a digit, else NUL. */
static const char ascii_key[128] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
	['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f',
	['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l',
	['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
	['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x',
	['Y'] = 'y', ['Z'] = 'z',
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
	['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l',
	['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r',
	['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x',
	['y'] = 'y', ['z'] = 'z',
};

/* The key being written by cag_fold_key. */
typedef struct FoldOut
{
	char	   *out;
	size_t		outsize;
	size_t		used;
	char		sep;
	bool		in_word;		/* the last character kept was in a word */
	bool		pending;		/* a separator since the last word */
} FoldOut;

/* A separator: the next letter begins a word. */
static inline void
fold_separate(FoldOut *f)
{
	if (f->in_word)
		f->pending = true;
	f->in_word = false;
}

/* Letters of a word (m bytes); false when the key is full. */
static inline bool
fold_put(FoldOut *f, const char *letters, size_t m)
{
	bool		sep = f->pending && f->sep != '\0';

	if (f->used + sep + m >= f->outsize)
	{
		f->out[f->used] = '\0';
		return false;
	}
	if (sep)
		f->out[f->used++] = f->sep;
	f->pending = false;
	f->in_word = true;
	memcpy(f->out + f->used, letters, m);
	f->used += m;
	return true;
}

size_t
cag_fold_key(const char *str, size_t len, char sep, char *out, size_t outsize)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		pos = 0;
	FoldOut		f = {out, outsize, 0, sep, false, false};

	while (pos < len)
	{
		uint32_t	cp;
		size_t		n;
		const char *fold = NULL;
		char		ascii[2];
		CagCharClass cls;
		bool		ignore = false;
		size_t		start = pos;

		if (s[pos] < 0x80)
		{
			/*
			 * A run of ASCII, as below in short: letters and digits, else
			 * separators
			 */
			do
			{
				const char *c = &ascii_key[s[pos++]];

				if (*c == '\0')
					fold_separate(&f);
				else if (!fold_put(&f, c, 1))
					return CAG_FOLD_TOO_LONG;
			} while (pos < len && s[pos] < 0x80);
			continue;
		}
		n = cag_utf8_decode(s + pos, len - pos, &cp);
		if (n == 0)
		{
			/* not UTF-8: the byte is dropped, and separates nothing */
			pos++;
			continue;
		}
		pos += n;
		if (cp >= 0xC2 && cp <= 0xEF)
			pos += cag_mojibake(s, len, pos, &cp);
		cls = cag_char_class(cp, &fold);

		/* full-width ASCII letters and digits */
		if (cls == CAG_CH_OTHER && cp >= 0xFF10 && cp <= 0xFF5A &&
			!is_separator(cp, &ignore))
		{
			uint32_t	a = cp - 0xFF00 + 0x20;

			cls = cag_char_class(a, &fold);
		}
		if (cls == CAG_CH_DIGIT)
		{
			ascii[0] = (char) (cp >= 0xFF10 ? '0' + (cp - 0xFF10) : cp);
			ascii[1] = '\0';
			fold = ascii;
			cls = CAG_CH_LETTER;
		}
		if (cls == CAG_CH_COMBINING)
			continue;			/* an accent goes away with its letter */
		if (cls == CAG_CH_OTHER && !is_separator(cp, &ignore))
		{
			if (ignore)
				continue;
			/* a letter of another script: kept as written */
			fold = NULL;
			cls = CAG_CH_LETTER;
		}
		if (cls != CAG_CH_LETTER)
			fold_separate(&f);
		else if (!fold_put(&f, fold != NULL ? fold : str + start,
						   fold != NULL ? strlen(fold) : n))
			return CAG_FOLD_TOO_LONG;
	}
	out[f.used] = '\0';
	return f.used;
}
