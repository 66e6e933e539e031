/*-------------------------------------------------------------------------
 *
 * geography_core.c
 *	  Geographic codes as text, server-free.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "geography_core.h"

bool
municipality_code_parse(const char *str, int *prefix, CagParseError *err)
{
	const char *p = str;
	const char *end;
	const char *q;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);
	while (cag_is_space((unsigned char) *p))
		p++;
	end = p + strlen(p);
	while (end > p && cag_is_space((unsigned char) end[-1]))
		end--;
	for (q = p; q < end; q++)
	{
		if (!cag_is_digit((unsigned char) *q))
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Character %s is not a digit; a MAMH geographic code has 5 digits.",
							cag_describe_char(q, strlen(q), cbuf, sizeof(cbuf)));
	}
	if (end == p)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"The code is empty; a MAMH geographic code has 5 digits.");
	if (end - p != 5)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A MAMH geographic code has 5 digits, not %d.", (int) (end - p));
	*prefix = (p[0] - '0') * 10 + (p[1] - '0');
	return true;
}
