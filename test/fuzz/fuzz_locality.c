/*
 * libFuzzer harness for the comparison keys of localities
 * (cag_locality_keys in src/locality_core.c) and of the names of public
 * bodies (cag_party_name_keys).
 *
 * Properties checked on every input: a failure carries a detail; a success
 * gives 1 to CAG_LOCALITY_NKEYS distinct, non-empty keys that fit, with no
 * upper-case ASCII, space or punctuation; a qualifier region is 0 or
 * 1..17; a postal code found is valid; and a key can be read again (as
 * it is when a name of a reference table is stored under its key; a key
 * read again can differ, when glued words make an abbreviation: "S T"
 * gives "st", which reads as "saint").  A party's name gives keys only
 * when it begins with a designation, and fails with a detail otherwise.
 */
#include <stdlib.h>
#include <string.h>

#include "locality_core.h"
#include "postal_code_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagLocalityKeys keys;
	CagLocalityKeys again;
	CagParseError err;
	int			i;
	int			j;

	if (cag_party_name_keys((const char *) data, size, &keys, &err))
	{
		if (!keys.designated || keys.nkeys < 1 || keys.key[keys.nkeys - 1][0] == '\0')
			abort();
	}
	else if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
		abort();
	if (!cag_locality_keys((const char *) data, size, &keys, &err))
	{
		if (err.kind != CAG_ERR_SYNTAX || err.detail[0] == '\0')
			abort();
		return 0;
	}
	if (keys.nkeys < 1 || keys.nkeys > CAG_LOCALITY_NKEYS)
		abort();
	for (i = 0; i < keys.nkeys; i++)
	{
		size_t		n = strnlen(keys.key[i], CAG_LOCALITY_KEY_MAX + 1);

		if (n == 0 || n > CAG_LOCALITY_KEY_MAX)
			abort();
		for (j = 0; j < (int) n; j++)
		{
			unsigned char c = (unsigned char) keys.key[i][j];

			if (c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9'))
				abort();
		}
		for (j = 0; j < i; j++)
			if (strcmp(keys.key[i], keys.key[j]) == 0)
				abort();
	}
	if (keys.qualifier_region < 0 || keys.qualifier_region > 17)
		abort();
	if (keys.has_postal_code && !postal_code_check(keys.postal_code, &err))
		abort();
	/* a key can be read again */
	if (!cag_locality_keys(keys.key[0], strlen(keys.key[0]), &again, &err))
		abort();
	return 0;
}
