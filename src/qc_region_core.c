/*-------------------------------------------------------------------------
 *
 * qc_region_core.c
 *	  Québec administrative regions: parsing and names, server-free.
 *
 * The parser reads the spellings that real files use.  It works in two
 * steps:
 *
 * 1. The UTF-8 text is cut into tokens: words (letters folded to lower-case
 *	  ASCII: "Îles" gives "iles", "Œ" gives "oe"), numbers, and the
 *	  parentheses of a trailing code.  White space, dashes and hyphens of
 *	  every kind, slashes and apostrophes separate words; a period may only
 *	  end the abbreviations "St." and "Ste.".  UTF-8 text that was decoded
 *	  once too often as Latin-1 or Windows-1252 ("MontrÃ©al") is read as
 *	  what it meant.
 *
 * 2. The words, with "st"/"ste" spelled out and an optional leading
 *	  "Région [administrative] de/du/de la/de l'/des" or trailing English
 *	  "region" dropped, are joined with hyphens into a key ("saguenay-lac-
 *	  saint-jean") that is looked up in a fixed list of names.  A code may
 *	  come alone ("05", "5"), before the name ("05 - Estrie") or after it in
 *	  parentheses ("Estrie (05)"); it must then agree with the name.
 *
 * The list of accepted names is documented in doc/reference.md and each
 * entry is tested in sql/qc_region.sql.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "fold_core.h"
#include "qc_region_core.h"

/* ------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------
 */
typedef struct RegionNames
{
	const char *fr;				/* official name, UTF-8 */
	const char *en;				/* English name, UTF-8 */
	const char *ascii;			/* official name folded to ASCII */
	const char *en_ascii;		/* English name folded to ASCII */
} RegionNames;

static const RegionNames region_names[QC_REGION_MAX + 1] = {
	{NULL, NULL, NULL, NULL},
	{"Bas-Saint-Laurent", "Lower St. Lawrence",
	"Bas-Saint-Laurent", "Lower St. Lawrence"},
	{"Saguenay\xE2\x80\x93Lac-Saint-Jean", "Saguenay\xE2\x80\x93Lac-Saint-Jean",
	"Saguenay-Lac-Saint-Jean", "Saguenay-Lac-Saint-Jean"},
	{"Capitale-Nationale", "Capitale-Nationale",
	"Capitale-Nationale", "Capitale-Nationale"},
	{"Mauricie", "Mauricie", "Mauricie", "Mauricie"},
	{"Estrie", "Eastern Townships", "Estrie", "Eastern Townships"},
	{"Montr\xC3\xA9" "al", "Montreal", "Montreal", "Montreal"},
	{"Outaouais", "Outaouais", "Outaouais", "Outaouais"},
	{"Abitibi-T\xC3\xA9miscamingue", "Abitibi-T\xC3\xA9miscamingue",
	"Abitibi-Temiscamingue", "Abitibi-Temiscamingue"},
	{"C\xC3\xB4te-Nord", "North Shore", "Cote-Nord", "North Shore"},
	{"Nord-du-Qu\xC3\xA9" "bec", "Northern Quebec", "Nord-du-Quebec", "Northern Quebec"},
	{"Gasp\xC3\xA9sie\xE2\x80\x93\xC3\x8Eles-de-la-Madeleine", "Gasp\xC3\xA9sie\xE2\x80\x93Magdalen Islands",
	"Gaspesie-Iles-de-la-Madeleine", "Gaspesie-Magdalen Islands"},
	{"Chaudi\xC3\xA8re-Appalaches", "Chaudi\xC3\xA8re-Appalaches",
	"Chaudiere-Appalaches", "Chaudiere-Appalaches"},
	{"Laval", "Laval", "Laval", "Laval"},
	{"Lanaudi\xC3\xA8re", "Lanaudi\xC3\xA8re", "Lanaudiere", "Lanaudiere"},
	{"Laurentides", "Laurentians", "Laurentides", "Laurentians"},
	{"Mont\xC3\xA9r\xC3\xA9gie", "Mont\xC3\xA9r\xC3\xA9gie", "Monteregie", "Monteregie"},
	{"Centre-du-Qu\xC3\xA9" "bec", "Centre-du-Qu\xC3\xA9" "bec",
	"Centre-du-Quebec", "Centre-du-Quebec"},
};

/*
 * Every accepted name, as a key: lower-case ASCII words joined by hyphens,
 * "st"/"ste" already spelled "saint"/"sainte".  Keep in step with
 * doc/reference.md and sql/qc_region.sql.
 */
typedef struct RegionAlias
{
	const char *key;
	int			code;
} RegionAlias;

static const RegionAlias region_aliases[] = {
	/* official names, and the English or short names in use */
	{"bas-saint-laurent", 1},
	{"lower-saint-lawrence", 1},
	{"saguenay-lac-saint-jean", 2},
	{"saguenay", 2},
	{"lac-saint-jean", 2},
	{"capitale-nationale", 3},
	{"national-capital", 3},
	{"quebec-city", 3},
	{"mauricie", 4},
	{"estrie", 5},
	{"eastern-townships", 5},
	{"cantons-de-l-est", 5},
	{"montreal", 6},
	{"outaouais", 7},
	{"abitibi-temiscamingue", 8},
	{"abitibi", 8},
	{"cote-nord", 9},
	{"north-shore", 9},
	{"nord-du-quebec", 10},
	{"northern-quebec", 10},
	{"gaspesie-iles-de-la-madeleine", 11},
	{"gaspe-iles-de-la-madeleine", 11},
	{"gaspesie", 11},
	{"gaspe", 11},
	{"gaspe-peninsula", 11},
	{"iles-de-la-madeleine", 11},
	{"magdalen-islands", 11},
	{"gaspesie-magdalen-islands", 11},
	{"gaspe-magdalen-islands", 11},
	{"chaudiere-appalaches", 12},
	{"laval", 13},
	{"lanaudiere", 14},
	{"laurentides", 15},
	{"laurentians", 15},
	{"monteregie", 16},
	{"centre-du-quebec", 17},
	{"central-quebec", 17},
};

/* Names that are refused with a hint rather than guessed. */
typedef enum RegionTrap
{
	TRAP_NONE = 0,
	TRAP_QUEBEC,				/* the province, or region 03 before 2000 */
	TRAP_MAURICIE_BOIS_FRANCS,	/* split in 1997 into 04 and 17 */
	TRAP_NATIONAL_CAPITAL_REGION	/* Ottawa-Gatineau */
} RegionTrap;

typedef struct RegionTrapKey
{
	const char *key;
	RegionTrap	trap;
} RegionTrapKey;

static const RegionTrapKey region_traps[] = {
	{"quebec", TRAP_QUEBEC},
	{"province-de-quebec", TRAP_QUEBEC},
	{"mauricie-bois-francs", TRAP_MAURICIE_BOIS_FRANCS},
	{"mauricie-et-bois-francs", TRAP_MAURICIE_BOIS_FRANCS},
	{"mauricie-et-des-bois-francs", TRAP_MAURICIE_BOIS_FRANCS},
	{"national-capital-region", TRAP_NATIONAL_CAPITAL_REGION},
};

#define REGION_HINT \
	"Write a region as its code (01 to 17) or its official name, such as Estrie, Montr\xC3\xA9" "al or Saguenay\xE2\x80\x93Lac-Saint-Jean."

const char *
qc_region_name_fr(int code)
{
	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		return NULL;
	return region_names[code].fr;
}

const char *
qc_region_name_en(int code)
{
	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		return NULL;
	return region_names[code].en;
}

const char *
qc_region_name_ascii(int code, bool english)
{
	if (code < QC_REGION_MIN || code > QC_REGION_MAX)
		return NULL;
	return english ? region_names[code].en_ascii : region_names[code].ascii;
}

void
qc_region_format_code(int code, char *buf)
{
	buf[0] = (char) ('0' + (code / 10) % 10);
	buf[1] = (char) ('0' + code % 10);
	buf[2] = '\0';
}

bool
qc_region_check(int value, CagParseError *err)
{
	cag_error_clear(err);
	if (value < QC_REGION_MIN || value > QC_REGION_MAX)
	{
		cag_fail(err, CAG_ERR_BINARY,
				 "A region code is between 1 and 17, not %d.", value);
		return false;
	}
	return true;
}

bool
qc_region_from_binary(const char *data, size_t len, int *result, CagParseError *err)
{
	int			code;

	cag_error_clear(err);
	if (len != QC_REGION_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"A qc_region is sent as one byte, not %zu.", len);
	code = (unsigned char) data[0];
	if (!qc_region_check(code, err))
	{
		cag_error_value(err, "%d", code);
		return false;
	}
	*result = code;
	return true;
}

void
qc_region_to_binary(int code, unsigned char *buf)
{
	buf[0] = (unsigned char) code;
}

/* ------------------------------------------------------------------------
 * Tokens
 * ------------------------------------------------------------------------
 */
#define MAX_TOKENS 24
#define NORM_LEN 192

typedef enum TokKind
{
	TOK_WORD,
	TOK_NUMBER,
	TOK_LPAREN,
	TOK_RPAREN
} TokKind;

typedef struct Token
{
	TokKind		kind;
	int			start;			/* offset in Tokens.buf */
	int			len;
} Token;

typedef struct Tokens
{
	Token		tok[MAX_TOKENS];
	int			ntok;
	char		buf[NORM_LEN];	/* folded text of the tokens, NUL-separated */
	int			used;
	bool		too_long;		/* more than fits: cannot be a region name */
} Tokens;

static bool
tok_is(const Tokens *t, int i, const char *word)
{
	return i < t->ntok && t->tok[i].kind == TOK_WORD &&
		strcmp(t->buf + t->tok[i].start, word) == 0;
}

/* Start a token; false when there is no room left. */
static bool
tok_start(Tokens *t, TokKind kind)
{
	if (t->ntok >= MAX_TOKENS || t->used + 1 >= NORM_LEN)
	{
		t->too_long = true;
		return false;
	}
	t->tok[t->ntok].kind = kind;
	t->tok[t->ntok].start = t->used;
	t->tok[t->ntok].len = 0;
	t->buf[t->used] = '\0';
	t->ntok++;
	return true;
}

/* Append text to the last token (started by tok_start). */
static void
tok_append(Tokens *t, const char *s)
{
	size_t		n = strlen(s);

	if (t->too_long)
		return;
	if (t->used + (int) n + 1 >= NORM_LEN)
	{
		t->too_long = true;
		return;
	}
	memcpy(t->buf + t->used, s, n);
	t->used += (int) n;
	t->buf[t->used] = '\0';
	t->tok[t->ntok - 1].len += (int) n;
}

/* Close the last token. */
static void
tok_end(Tokens *t)
{
	if (t->too_long)
		return;
	t->buf[t->used] = '\0';
	t->used++;
}

/* What tokenize knows between two characters. */
typedef struct TokState
{
	TokKind		cur;			/* kind of the open token, when open */
	bool		open;			/* a word or number is being read */
	int			ndash;			/* dashes and slashes since the last token */
	int			napos;			/* apostrophes since the last token */
} TokState;

/*
 * A character that does not continue the open token (closed by now): a
 * letter or digit starts one, the others separate them.
 */
static bool
tok_char(Tokens *t, TokState *st, CagCharClass cls, const char *fold, bool in_word,
		 CagParseError *err)
{
	switch (cls)
	{
		case CAG_CH_LETTER:
		case CAG_CH_DIGIT:
			if (t->ntok > 0 && t->tok[t->ntok - 1].kind == TOK_LPAREN &&
				(st->ndash || st->napos))
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A dash or an apostrophe cannot follow a parenthesis.");
			st->cur = cls == CAG_CH_LETTER ? TOK_WORD : TOK_NUMBER;
			if (tok_start(t, st->cur))
			{
				tok_append(t, fold);
				st->open = true;
			}
			st->ndash = st->napos = 0;
			break;
		case CAG_CH_SPACE:
			break;
		case CAG_CH_DASH:
			if (t->ntok == 0)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A dash or a slash cannot come before the name.");
			if (++st->ndash > 2)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"At most two dashes are allowed between two words.");
			break;
		case CAG_CH_APOSTROPHE:
			if (t->ntok == 0)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"An apostrophe cannot come before the name.");
			if (++st->napos > 1)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"At most one apostrophe is allowed between two words.");
			break;
		case CAG_CH_PERIOD:
			/* only right after the abbreviation St or Ste */
			if (!in_word ||
				!(tok_is(t, t->ntok - 1, "st") || tok_is(t, t->ntok - 1, "ste")))
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A period is allowed only right after the abbreviations St and Ste.");
			break;
		case CAG_CH_LPAREN:
		case CAG_CH_RPAREN:
			if (t->ntok == 0)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A code in parentheses can only follow the name, as in \"Estrie (05)\".");
			if (cls == CAG_CH_RPAREN && (st->ndash || st->napos))
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A dash or an apostrophe cannot come before a closing parenthesis.");
			if (tok_start(t, cls == CAG_CH_LPAREN ? TOK_LPAREN : TOK_RPAREN))
				tok_end(t);
			st->ndash = st->napos = 0;
			break;
		case CAG_CH_OTHER:
		case CAG_CH_COMBINING:
			break;
	}
	return true;
}

/*
 * Cut the input into tokens.  Checks the characters and the separators;
 * returns false with err filled in on a character that has no place in a
 * region name.
 */
static bool
tokenize(const char *str, Tokens *t, CagParseError *err)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		len = strlen(str);
	size_t		pos = 0;
	TokState	st = {TOK_WORD, false, 0, 0};
	char		cbuf[CAG_CHAR_DESC_LEN];

	t->ntok = 0;
	t->used = 0;
	t->too_long = false;

	while (pos < len)
	{
		uint32_t	cp;
		size_t		n = cag_utf8_decode(s + pos, len - pos, &cp);
		size_t		here = pos;
		const char *fold;
		char		digit[2];
		CagCharClass cls;
		bool		in_word;

		if (n == 0)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"The text is not valid UTF-8 at %s.",
							cag_describe_char(str + pos, len - pos, cbuf, sizeof(cbuf)));
		pos += n;

		/* UTF-8 decoded once too often as Latin-1 or Windows-1252 */
		if (cp >= 0xC2 && cp <= 0xEF)
			pos += cag_mojibake(s, len, pos, &cp);

		cls = cag_char_class(cp, &fold);
		in_word = st.open && st.cur == TOK_WORD;
		if (cls == CAG_CH_COMBINING)
		{
			/* a combining accent on a letter goes away with the accent */
			if (in_word)
				continue;
			cls = CAG_CH_OTHER;
		}
		if (cls == CAG_CH_OTHER)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Character %s is not allowed in the name of a region.",
							cag_describe_char(str + here, len - here, cbuf, sizeof(cbuf)));
		if (cls == CAG_CH_DIGIT)
		{
			digit[0] = (char) cp;
			digit[1] = '\0';
			fold = digit;
		}

		/* a letter or digit continues the word or number being read */
		if ((cls == CAG_CH_LETTER && in_word) ||
			(cls == CAG_CH_DIGIT && st.open && st.cur == TOK_NUMBER))
		{
			tok_append(t, fold);
			continue;
		}
		if ((cls == CAG_CH_LETTER || cls == CAG_CH_DIGIT) && st.open)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"A region code and a name must be separated by a space or a dash.");

		/* anything else ends the word or number being read */
		if (st.open)
		{
			tok_end(t);
			st.open = false;
		}
		if (!tok_char(t, &st, cls, fold, in_word, err))
			return false;
	}
	if (st.open)
		tok_end(t);
	if (st.ndash || st.napos)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A dash, a slash or an apostrophe cannot end the name.");
	return true;
}

/* ------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------
 */

/* Value of a number token as a region code; false with err set if bad. */
static bool
number_as_code(const Tokens *t, int i, int *code, CagParseError *err)
{
	const char *digits = t->buf + t->tok[i].start;
	int			len = t->tok[i].len;
	int			value;

	if (len > 2)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A region code has one or two digits (01 to 17), not %d.", len);
	value = len == 1 ? digits[0] - '0' : (digits[0] - '0') * 10 + (digits[1] - '0');
	if (value < QC_REGION_MIN || value > QC_REGION_MAX)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "Region codes go from 01 to 17; %s is not one.", digits);
		cag_hint(err, REGION_HINT);
		return false;
	}
	*code = value;
	return true;
}

static int
find_alias(const char *key)
{
	size_t		i;

	for (i = 0; i < sizeof(region_aliases) / sizeof(region_aliases[0]); i++)
		if (strcmp(region_aliases[i].key, key) == 0)
			return region_aliases[i].code;
	return 0;
}

static RegionTrap
find_trap(const char *key)
{
	size_t		i;

	for (i = 0; i < sizeof(region_traps) / sizeof(region_traps[0]); i++)
		if (strcmp(region_traps[i].key, key) == 0)
			return region_traps[i].trap;
	return TRAP_NONE;
}

/*
 * Join the words first..last-1 into a key; false when it does not fit
 * (then no name matches).
 */
static bool
build_key(const Tokens *t, int first, int last, char *key, size_t keylen)
{
	size_t		used = 0;
	int			i;

	key[0] = '\0';
	for (i = first; i < last; i++)
	{
		const char *w = t->buf + t->tok[i].start;
		size_t		n;

		if (strcmp(w, "st") == 0)
			w = "saint";
		else if (strcmp(w, "ste") == 0)
			w = "sainte";
		n = strlen(w);
		if (used + n + 2 > keylen)
			return false;
		if (i > first)
			key[used++] = '-';
		memcpy(key + used, w, n);
		used += n;
		key[used] = '\0';
	}
	return true;
}

static bool
fail_trap(RegionTrap trap, CagParseError *err)
{
	switch (trap)
	{
		case TRAP_QUEBEC:
			cag_fail(err, CAG_ERR_SYNTAX,
					 "Qu\xC3\xA9" "bec alone is ambiguous: it names the province, and it was the name of region 03 until 2000.");
			cag_hint(err, "For the region, write Capitale-Nationale or its code, 03.");
			break;
		case TRAP_MAURICIE_BOIS_FRANCS:
			cag_fail(err, CAG_ERR_SYNTAX,
					 "The region Mauricie\xE2\x80\x93" "Bois-Francs no longer exists: it was split in 1997 into Mauricie (04) and Centre-du-Qu\xC3\xA9" "bec (17).");
			cag_hint(err, "Write Mauricie (04) or Centre-du-Qu\xC3\xA9" "bec (17), according to where the place is.");
			break;
		case TRAP_NATIONAL_CAPITAL_REGION:
			cag_fail(err, CAG_ERR_SYNTAX,
					 "The National Capital Region is Ottawa\xE2\x80\x93Gatineau, not an administrative region of Qu\xC3\xA9" "bec.");
			cag_hint(err, "Write Capitale-Nationale (03) or Outaouais (07).");
			break;
		case TRAP_NONE:
			break;
	}
	return false;
}

/*
 * A code in parentheses at the end: its value in *code (0: none), and
 * *last before it.  Parentheses anywhere else are an error.
 */
static bool
paren_code(const Tokens *t, int *last, int *code, CagParseError *err)
{
	int			i;

	*code = 0;
	if (t->tok[*last - 1].kind == TOK_RPAREN)
	{
		if (*last < 3 || t->tok[*last - 2].kind != TOK_NUMBER ||
			t->tok[*last - 3].kind != TOK_LPAREN)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Parentheses can only hold the region code after the name, as in \"Estrie (05)\".");
		if (!number_as_code(t, *last - 2, code, err))
			return false;
		*last -= 3;
	}
	for (i = 0; i < *last; i++)
		if (t->tok[i].kind == TOK_LPAREN || t->tok[i].kind == TOK_RPAREN)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Parentheses can only hold the region code after the name, as in \"Estrie (05)\".");
	return true;
}

/*
 * "Région [administrative] [de | du | de la | de l' | des | d']" at the
 * start: whether it is there, *first after it.
 */
static bool
region_prefix(const Tokens *t, int *first)
{
	if (!tok_is(t, *first, "region"))
		return false;
	(*first)++;
	if (tok_is(t, *first, "administrative"))
		(*first)++;
	if (tok_is(t, *first, "de"))
	{
		(*first)++;
		if (tok_is(t, *first, "la") || tok_is(t, *first, "l"))
			(*first)++;
	}
	else if (tok_is(t, *first, "du") || tok_is(t, *first, "des") || tok_is(t, *first, "d"))
		(*first)++;
	return true;
}

/*
 * The region the words first..last-1 name (0: none), or the trap they
 * fall into.
 */
static int
name_code(const Tokens *t, int first, int last, RegionTrap *trap)
{
	char		key[NORM_LEN];
	int			code = 0;

	*trap = TRAP_NONE;
	if (!build_key(t, first, last, key, sizeof(key)))
		return 0;
	*trap = find_trap(key);
	code = *trap ? 0 : find_alias(key);
	/* a trailing English "region": "Eastern Townships region" */
	if (!*trap && code == 0 && last - first > 1 && tok_is(t, last - 1, "region") &&
		build_key(t, first, last - 1, key, sizeof(key)))
	{
		*trap = find_trap(key);
		code = *trap ? 0 : find_alias(key);
	}
	return code;
}

/* A name's region against the codes written with it. */
static bool
check_codes(int name, int lead, int paren, CagParseError *err)
{
	if (lead && lead != name)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "The name is that of region %02d (%s), but the code before it is %02d.",
				 name, region_names[name].fr, lead);
		cag_hint(err, "Correct the name or the code.");
		return false;
	}
	if (paren && paren != name)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "The name is that of region %02d (%s), but the code in parentheses is %02d.",
				 name, region_names[name].fr, paren);
		cag_hint(err, "Correct the name or the code.");
		return false;
	}
	return true;
}

/* Tokens without a name: a code alone, before or in parentheses. */
static bool
code_alone(bool prefixed, int lead, int paren, int *result, CagParseError *err)
{
	if (lead == 0 && paren == 0)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 prefixed ? "There is no region name or code after the word \"r\xC3\xA9gion\"." :
				 "There is no region name or code.");
		cag_hint(err, REGION_HINT);
		return false;
	}
	if (lead && paren && lead != paren)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"The code %02d before the name and the code %02d in parentheses disagree.",
						lead, paren);
	*result = lead ? lead : paren;
	return true;
}

bool
qc_region_parse(const char *str, int *result, CagParseError *err)
{
	Tokens		t;
	int			first = 0;
	int			last;
	bool		prefixed;
	int			lead = 0;
	int			paren;
	int			name;
	int			i;
	RegionTrap	trap;

	cag_error_clear(err);
	if (!tokenize(str, &t, err))
		return false;
	if (t.ntok == 0 || t.too_long)
	{
		cag_fail(err, CAG_ERR_SYNTAX, t.ntok == 0 ? "The value is empty." :
				 "The text is too long to be the name of a region.");
		cag_hint(err, REGION_HINT);
		return false;
	}
	last = t.ntok;
	if (!paren_code(&t, &last, &paren, err))
		return false;
	prefixed = region_prefix(&t, &first);

	/* a code before the name: "05", "05 - Estrie", "Région 05" */
	if (first < last && t.tok[first].kind == TOK_NUMBER)
	{
		if (!number_as_code(&t, first, &lead, err))
			return false;
		first++;
	}
	for (i = first; i < last; i++)
		if (t.tok[i].kind == TOK_NUMBER)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Digits can only be a region code, alone, before the name or after it in parentheses.");
	if (first == last)
		return code_alone(prefixed, lead, paren, result, err);

	name = name_code(&t, first, last, &trap);
	/* "Québec (03)": region 03's name until 2000, with its code */
	if (trap == TRAP_QUEBEC && (lead == 3 || paren == 3) &&
		(lead == 0 || lead == 3) && (paren == 0 || paren == 3))
	{
		*result = 3;
		return true;
	}
	if (trap != TRAP_NONE)
		return fail_trap(trap, err);
	if (name == 0)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "This is neither a region code (01 to 17) nor a known name of a Qu\xC3\xA9" "bec administrative region.");
		cag_hint(err, REGION_HINT);
		return false;
	}
	if (!check_codes(name, lead, paren, err))
		return false;
	*result = name;
	return true;
}
