/*
 * libFuzzer harness for the folding of text to comparison keys
 * (cag_fold_key in src/fold_core.c), used for labels, provinces and
 * countries.
 *
 * Properties checked on every input, with and without a word separator:
 * the key fits in len + 1 bytes and is never longer than the text; it
 * holds only lower-case ASCII letters, digits, separators between words
 * and characters of other scripts; folding it again gives it back; and a
 * buffer too small for it is reported, never overrun.
 */
#include <stdlib.h>
#include <string.h>

#include "fold_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const char *str, size_t size, char sep)
{
	char	   *key = malloc(size + 1);
	char	   *again = malloc(size + 1);
	size_t		n = cag_fold_key(str, size, sep, key, size + 1);
	size_t		m;
	size_t		i;

	if (n == CAG_FOLD_TOO_LONG || n > size || strlen(key) != n)
		abort();
	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) key[i];

		if (c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') &&
			!(sep != '\0' && c == (unsigned char) sep))
			abort();
	}
	if (sep != '\0' && n > 0 &&
		(key[0] == sep || key[n - 1] == sep || strstr(key, (char[]) {sep, sep, '\0'}) != NULL))
		abort();
	/* idempotent */
	m = cag_fold_key(key, n, sep, again, n + 1);
	if (m != n || memcmp(key, again, n) != 0)
		abort();
	/* a buffer one byte short is refused, and not overrun */
	if (n > 0)
	{
		char	   *small = malloc(n);

		if (cag_fold_key(str, size, sep, small, n) != CAG_FOLD_TOO_LONG)
			abort();
		free(small);
	}
	free(key);
	free(again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);

	memcpy(str, data, size);
	str[size] = '\0';
	check(str, size, '\0');
	check(str, size, '-');
	free(str);
	return 0;
}
