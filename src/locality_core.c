/*-------------------------------------------------------------------------
 *
 * locality_core.c
 *	  Comparison keys of localities as people write them, server-free.
 *
 * See locality_core.h for what a key is.  The folding is cag_fold_key's
 * (fold_core.c): this file only works on its words.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "fold_core.h"
#include "locality_core.h"
#include "postal_code_core.h"
#include "qc_region_core.h"

/* Longest text read: longer is no locality. */
#define LOCALITY_TEXT_MAX 400
#define LOCALITY_WORDS_MAX 32

typedef struct Words
{
	int			n;
	const char *w[LOCALITY_WORDS_MAX];
} Words;

/* Abbreviations written out, word by word. */
static const char *const abbreviations[][2] = {
	{"st", "saint"}, {"ste", "sainte"}, {"sts", "saints"}, {"stes", "saintes"},
	{"mt", "mont"}, {"pte", "pointe"},
};

/* Words that only say the province or the country, at the end. */
static const char *const trailing_place_words[] = {
	"qc", "pq", "quebec", "que", "qu", "canada", "can", "ca",
};

/* Leading designations, and the words that may link them to the name. */
static const char *const designations[] = {
	"ville", "municipalite", "cite", "city", "town", "village", "paroisse",
	"canton", "township", "municipality", "corporation",
};
static const char *const designation_links[] = {
	"de", "d", "du", "des", "of", "municipale",
};

#define LENGTHOF(a) (sizeof(a) / sizeof((a)[0]))

static bool
in_list(const char *const *list, size_t n, const char *word)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], word) == 0)
			return true;
	return false;
}

static bool
is_letter(char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* "h3b" or "2y5": letter-digit-letter (first) or digit-letter-digit. */
static bool
postal_half(const char *w, bool first)
{
	if (strlen(w) != 3)
		return false;
	if (first)
		return is_letter(w[0]) && is_digit(w[1]) && is_letter(w[2]);
	return is_digit(w[0]) && is_letter(w[1]) && is_digit(w[2]);
}

/*
 * If the last word(s) of words[0..n) make a Canadian postal code, return
 * how many (1 or 2) and pack the code; else 0.
 */
static int
trailing_postal_code(const Words *ws, int n, int32_t *packed)
{
	char		code[8];
	CagParseError err;
	int			used = 0;

	if (n >= 1 && strlen(ws->w[n - 1]) == 6)
	{
		memcpy(code, ws->w[n - 1], 6);
		code[6] = '\0';
		used = 1;
	}
	else if (n >= 2 && postal_half(ws->w[n - 2], true) && postal_half(ws->w[n - 1], false))
	{
		memcpy(code, ws->w[n - 2], 3);
		memcpy(code + 3, ws->w[n - 1], 3);
		code[6] = '\0';
		used = 2;
	}
	else
		return 0;
	if (!postal_code_parse(code, packed, &err))
		return 0;
	return used;
}

/* How many trailing words of words[0..n) only name the province or country. */
static int
trailing_place(const Words *ws, int n)
{
	if (n >= 1 && in_list(trailing_place_words, LENGTHOF(trailing_place_words), ws->w[n - 1]))
		return 1;
	/* P.Q., Q.C. */
	if (n >= 2 && strlen(ws->w[n - 2]) == 1 && strlen(ws->w[n - 1]) == 1 &&
		((ws->w[n - 2][0] == 'p' && ws->w[n - 1][0] == 'q') ||
		 (ws->w[n - 2][0] == 'q' && ws->w[n - 1][0] == 'c')))
		return 2;
	/* "province de" left before a province word already dropped */
	if (n >= 2 && strcmp(ws->w[n - 2], "province") == 0 &&
		(strcmp(ws->w[n - 1], "de") == 0 || strcmp(ws->w[n - 1], "du") == 0))
		return 2;
	if (n >= 1 && strcmp(ws->w[n - 1], "province") == 0)
		return 1;
	return 0;
}

/* Glue words[first..last) into out; false when too long. */
static bool
glue(const Words *ws, int first, int last, char *out)
{
	size_t		used = 0;
	int			i;

	for (i = first; i < last; i++)
	{
		size_t		m = strlen(ws->w[i]);

		if (used + m > CAG_LOCALITY_KEY_MAX)
			return false;
		memcpy(out + used, ws->w[i], m);
		used += m;
	}
	out[used] = '\0';
	return true;
}

static void
add_key(CagLocalityKeys *out, const char *key)
{
	int			i;

	if (key[0] == '\0')
		return;
	for (i = 0; i < out->nkeys; i++)
		if (strcmp(out->key[i], key) == 0)
			return;
	strcpy(out->key[out->nkeys++], key);
}

/*
 * Set apart a trailing group in parentheses: returns the length of the
 * text before it (len when there is none) and sets *qstart, *qlen to the
 * text inside.
 */
static size_t
split_qualifier(const char *str, size_t len, size_t *qstart, size_t *qlen)
{
	size_t		end = len;
	size_t		open;

	*qstart = *qlen = 0;
	while (end > 0 && (cag_is_space((unsigned char) str[end - 1]) ||
					   str[end - 1] == '.' || str[end - 1] == ','))
		end--;
	if (end == 0 || str[end - 1] != ')')
		return len;
	open = end - 1;
	while (open > 0 && str[open - 1] != '(' && str[open - 1] != ')')
		open--;
	if (open == 0 || str[open - 1] != '(')
		return len;
	*qstart = open;
	*qlen = end - 1 - open;
	return open - 1;
}

/* The region a qualifier names, or 0. */
static int
qualifier_region(const char *str, size_t len)
{
	char		buf[LOCALITY_TEXT_MAX + 1];
	CagParseError err;
	int			region;

	if (len == 0 || len > LOCALITY_TEXT_MAX)
		return 0;
	memcpy(buf, str, len);
	buf[len] = '\0';
	if (memchr(buf, '\0', len) != NULL)
		return 0;
	return qc_region_parse(buf, &region, &err) ? region : 0;
}

/*
 * The words of a folded text (separated by spaces, which become NULs),
 * abbreviations written out; false, with err set, for too many words or
 * no letter.
 */
static bool
read_words(char *folded, Words *ws, CagParseError *err)
{
	char	   *p;
	bool		letter = false;
	int			i;

	ws->n = 0;
	for (p = folded; *p != '\0';)
	{
		char	   *end = strchr(p, ' ');
		size_t		a;

		if (end != NULL)
			*end = '\0';
		if (ws->n == LOCALITY_WORDS_MAX)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"The text has more than %d words: it is not the name of a place.",
							LOCALITY_WORDS_MAX);
		ws->w[ws->n] = p;
		for (a = 0; a < LENGTHOF(abbreviations); a++)
			if (strcmp(p, abbreviations[a][0]) == 0)
				ws->w[ws->n] = abbreviations[a][1];
		ws->n++;
		p = end != NULL ? end + 1 : p + strlen(p);
	}
	/* N.-D., N D, ND followed by a word: Notre-Dame */
	for (i = 0; i < ws->n; i++)
	{
		if (strcmp(ws->w[i], "n") == 0 && i + 1 < ws->n && strcmp(ws->w[i + 1], "d") == 0)
		{
			ws->w[i] = "notre";
			ws->w[i + 1] = "dame";
		}
		else if (strcmp(ws->w[i], "nd") == 0 && i + 1 < ws->n)
			ws->w[i] = "notredame";
	}
	for (i = 0; i < ws->n && !letter; i++)
	{
		const char *q;

		for (q = ws->w[i]; *q != '\0' && !letter; q++)
			letter = !is_digit(*q);
	}
	if (!letter)
		return cag_fail(err, CAG_ERR_SYNTAX, "The text has no letter: it is not the name of a place.");
	return true;
}

/*
 * Where the name begins after a leading designation (*first), and ends
 * before the trailing postal code, province and country (*last): at least
 * one word stays.  A trailing postal code goes into out.
 */
static void
name_bounds(const Words *ws, CagLocalityKeys *out, int *first, int *last)
{
	*first = 0;
	while (*first < ws->n - 1 &&
		   in_list(designations, LENGTHOF(designations), ws->w[*first]))
	{
		int			next = *first + 1;

		while (next < ws->n - 1 &&
			   in_list(designation_links, LENGTHOF(designation_links), ws->w[next]))
			next++;
		*first = next;
	}
	*last = ws->n;
	for (;;)
	{
		int32_t		packed;
		int			k = trailing_postal_code(ws, *last, &packed);

		if (k > 0 && *last - k > *first)
		{
			if (!out->has_postal_code)
			{
				out->has_postal_code = true;
				out->postal_code = packed;
			}
			*last -= k;
			continue;
		}
		k = trailing_place(ws, *last);
		if (k > 0 && *last - k > *first)
		{
			*last -= k;
			continue;
		}
		break;
	}
}

bool
cag_locality_keys(const char *str, size_t len, CagLocalityKeys *out, CagParseError *err)
{
	char		folded[LOCALITY_TEXT_MAX + 1];
	char		key[CAG_LOCALITY_KEY_MAX + 1];
	Words		ws;
	size_t		qstart;
	size_t		qlen;
	size_t		nlen;
	size_t		flen;
	int			last;
	int			first;

	cag_error_clear(err);
	memset(out, 0, sizeof(*out));
	if (len > LOCALITY_TEXT_MAX)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"The text is longer than %d bytes: it is not the name of a place.",
						LOCALITY_TEXT_MAX);

	nlen = split_qualifier(str, len, &qstart, &qlen);
	flen = cag_fold_key(str, nlen, ' ', folded, sizeof(folded));
	if (flen == 0 && qlen > 0)
	{
		/* nothing but the parentheses: they are the name */
		nlen = len;
		qlen = 0;
		flen = cag_fold_key(str, nlen, ' ', folded, sizeof(folded));
	}
	if (flen == CAG_FOLD_TOO_LONG)
		return cag_fail(err, CAG_ERR_SYNTAX, "The text is too long to be the name of a place.");
	if (qlen > 0)
		out->qualifier_region = qualifier_region(str + qstart, qlen);
	if (!read_words(folded, &ws, err))
		return false;

	/* key 0: every word */
	if (!glue(&ws, 0, ws.n, key))
		return cag_fail(err, CAG_ERR_SYNTAX, "The text is too long to be the name of a place.");
	add_key(out, key);

	/* key 1: without the trailing words; key 2: without the designation too */
	name_bounds(&ws, out, &first, &last);
	glue(&ws, 0, last, key);
	add_key(out, key);
	glue(&ws, first, last, key);
	add_key(out, key);
	out->designated = first > 0;
	return true;
}

/*
 * Where a service follows the body's name: a dash (hyphen, en or em dash)
 * with white space on both sides.  Returns the length before it.
 */
static size_t
before_spaced_dash(const char *str, size_t len)
{
	size_t		i;

	for (i = 1; i + 1 < len; i++)
	{
		size_t		dash = 0;

		if (str[i] == '-')
			dash = 1;
		else if (i + 3 < len && (unsigned char) str[i] == 0xE2 &&
				 (unsigned char) str[i + 1] == 0x80 &&
				 ((unsigned char) str[i + 2] == 0x93 || (unsigned char) str[i + 2] == 0x94))
			dash = 3;
		if (dash > 0 && cag_is_space((unsigned char) str[i - 1]) &&
			cag_is_space((unsigned char) str[i + dash]))
			return i - 1;
	}
	return len;
}

bool
cag_party_name_keys(const char *str, size_t len, CagLocalityKeys *out, CagParseError *err)
{
	if (!cag_locality_keys(str, before_spaced_dash(str, len), out, err))
		return false;
	if (!out->designated)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"The name does not begin with the designation of a public body (Ville de, Municipalité de...).");
	return true;
}
