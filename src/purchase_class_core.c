/*-------------------------------------------------------------------------
 *
 * purchase_class_core.c
 *	  Purchase class: parsing, checking and formatting, server-free.
 *
 * Text form: flag names between braces, separated by commas, such as
 * "{quebec,regional,eco}".  Output lists the flags in bit order; input
 * accepts any order, any ASCII case, white space around names and braces,
 * and repeated names.  "{}" is the empty class.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "purchase_class_core.h"

const char *const purchase_class_flag_names[PC_NFLAGS] = {
	"quebec",
	"outside_quebec",
	"regional",
	"outside_region",
	"eco",
	"food",
	"quebec_food",
	"group_purchase",
	"eco_unknown",
	"food_unknown",
	"quebec_food_unknown",
	"group_purchase_unknown"
};

const char	purchase_class_flag_list[] =
"quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase, "
"eco_unknown, food_unknown, quebec_food_unknown, group_purchase_unknown";

int
purchase_class_flag_lookup(const char *name, size_t len)
{
	int			i;

	for (i = 0; i < PC_NFLAGS; i++)
	{
		const char *candidate = purchase_class_flag_names[i];
		size_t		j;

		if (strlen(candidate) != len)
			continue;
		for (j = 0; j < len; j++)
			if (cag_to_lower((unsigned char) name[j]) != (unsigned char) candidate[j])
				break;
		if (j == len)
			return i;
	}
	return -1;
}

bool
purchase_class_named_flag(const char *name, size_t len, int *flag, CagParseError *err)
{
	cag_error_clear(err);
	*flag = purchase_class_flag_lookup(name, len);
	if (*flag >= 0)
		return true;
	cag_fail(err, CAG_ERR_SYNTAX, "Flag \"%.*s\"%s is unknown.",
			 len > 64 ? 64 : (int) len, name, len > 64 ? "..." : "");
	cag_hint(err, "Valid flags are %s.", purchase_class_flag_list);
	return false;
}

bool
purchase_class_check(uint32_t bits, CagErrorKind kind, CagParseError *err)
{
	cag_error_clear(err);
	if (bits & ~PC_ALL_FLAGS)
		return cag_fail(err, kind,
						"Bits 0x%04X are not flags of a purchase class, which uses the 12 low bits only.",
						(unsigned int) (bits & ~PC_ALL_FLAGS));
	if ((bits & PC_QUEBEC) && (bits & PC_OUTSIDE_QUEBEC))
		return cag_fail(err, kind,
						"Flags quebec and outside_quebec exclude each other: a supplier is either in Québec or outside it.");
	if ((bits & PC_REGIONAL) && (bits & PC_OUTSIDE_REGION))
		return cag_fail(err, kind,
						"Flags regional and outside_region exclude each other: a supplier is either in the buyer's region or outside it.");
	if ((bits & PC_REGIONAL) && !(bits & PC_QUEBEC))
		return cag_fail(err, kind,
						"Flag regional requires flag quebec: a supplier of the buyer's region is a Québec supplier.");
	if ((bits & PC_QUEBEC_FOOD) && !(bits & PC_FOOD))
		return cag_fail(err, kind,
						"Flag quebec_food requires flag food: Québec food is food.");
	if ((bits & PC_ECO) && (bits & PC_ECO_UNKNOWN))
		return cag_fail(err, kind,
						"Flags eco and eco_unknown exclude each other: a purchase known to be eco-responsible is not unknown on it.");
	if ((bits & PC_FOOD) && (bits & PC_FOOD_UNKNOWN))
		return cag_fail(err, kind,
						"Flags food and food_unknown exclude each other: a purchase known to be food is not unknown on it.");
	if ((bits & PC_QUEBEC_FOOD) && (bits & PC_QUEBEC_FOOD_UNKNOWN))
		return cag_fail(err, kind,
						"Flags quebec_food and quebec_food_unknown exclude each other: a purchase known to be Québec food is not unknown on it.");
	if ((bits & PC_GROUP_PURCHASE) && (bits & PC_GROUP_PURCHASE_UNKNOWN))
		return cag_fail(err, kind,
						"Flags group_purchase and group_purchase_unknown exclude each other: a purchase known to be a group purchase is not unknown on it.");
	if ((bits & PC_FOOD_UNKNOWN) && !(bits & PC_QUEBEC_FOOD_UNKNOWN))
		return cag_fail(err, kind,
						"Flag food_unknown requires flag quebec_food_unknown: whether a purchase that may be food is Québec food is unknown too.");
	if ((bits & PC_QUEBEC_FOOD_UNKNOWN) && !(bits & (PC_FOOD | PC_FOOD_UNKNOWN)))
		return cag_fail(err, kind,
						"Flag quebec_food_unknown requires flag food or food_unknown: a purchase known not to be food is known not to be Québec food.");
	return true;
}

/* Is c allowed in a flag name? */
static inline bool
is_name_char(unsigned char c)
{
	return cag_is_alpha(c) || c == '_';
}

static const unsigned char *
skip_space(const unsigned char *p)
{
	while (cag_is_space(*p))
		p++;
	return p;
}

bool
purchase_class_from_binary(const char *data, size_t len, uint16_t *result,
						   CagParseError *err)
{
	uint16_t	bits;

	cag_error_clear(err);
	if (len != PC_BINARY_LEN)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a purchase class has 2 bytes (an int2), not %zu.", len);
	bits = cag_get_uint16((const unsigned char *) data);
	if (!purchase_class_check(bits, CAG_ERR_BINARY, err))
	{
		cag_error_value(err, "0x%04X", (unsigned) bits);
		return false;
	}
	*result = bits;
	return true;
}

void
purchase_class_to_binary(uint16_t bits, unsigned char *buf)
{
	cag_put_uint16(buf, bits);
}

bool
purchase_class_parse(const char *str, uint16_t *result, CagParseError *err)
{
	const unsigned char *p = (const unsigned char *) str;
	uint32_t	bits = 0;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);
	p = skip_space(p);
	if (*p == '\0')
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A purchase class is a list of flags in braces, such as {quebec,eco} or {}; the value is empty.");
	if (*p != '{')
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A purchase class starts with \"{\", not %s.",
						cag_describe_char((const char *) p, strlen((const char *) p),
										  cbuf, sizeof(cbuf)));
	p = skip_space(p + 1);
	if (*p == '}')
		p++;
	else
	{
		for (;;)
		{
			const unsigned char *start;
			int			flag;

			p = skip_space(p);
			start = p;
			while (is_name_char(*p))
				p++;
			if (p == start)
			{
				if (*p == ',' || *p == '}')
					return cag_fail(err, CAG_ERR_SYNTAX,
									"A flag name is missing before \"%c\".", *p);
				if (*p == '\0')
					return cag_fail(err, CAG_ERR_SYNTAX,
									"The list of flags ends without a closing \"}\".");
				return cag_fail(err, CAG_ERR_SYNTAX,
								"Character %s is not allowed in a flag name.",
								cag_describe_char((const char *) p, strlen((const char *) p),
												  cbuf, sizeof(cbuf)));
			}
			/* a name ends at white space, a comma, the brace or the end */
			if (*p != '\0' && *p != ',' && *p != '}' && !cag_is_space(*p))
				return cag_fail(err, CAG_ERR_SYNTAX,
								"Character %s is not allowed in a flag name.",
								cag_describe_char((const char *) p, strlen((const char *) p),
												  cbuf, sizeof(cbuf)));
			if (!purchase_class_named_flag((const char *) start, (size_t) (p - start),
										   &flag, err))
				return false;
			bits |= 1U << flag;
			p = skip_space(p);
			if (*p == ',')
			{
				p++;
				continue;
			}
			if (*p == '}')
			{
				p++;
				break;
			}
			if (*p == '\0')
				return cag_fail(err, CAG_ERR_SYNTAX,
								"The list of flags ends without a closing \"}\".");
			if (is_name_char(*p))
				return cag_fail(err, CAG_ERR_SYNTAX,
								"Flag names must be separated by commas.");
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Character %s is not allowed in a flag name.",
							cag_describe_char((const char *) p, strlen((const char *) p),
											  cbuf, sizeof(cbuf)));
		}
	}
	p = skip_space(p);
	if (*p != '\0')
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Text after the closing \"}\" is not allowed (found %s).",
						cag_describe_char((const char *) p, strlen((const char *) p),
										  cbuf, sizeof(cbuf)));
	if (!purchase_class_check(bits, CAG_ERR_SYNTAX, err))
		return false;
	*result = (uint16_t) bits;
	return true;
}

void
purchase_class_format(uint16_t bits, char *buf)
{
	char	   *p = buf;
	int			i;

	*p++ = '{';
	for (i = 0; i < PC_NFLAGS; i++)
	{
		if (bits & (1U << i))
		{
			size_t		len = strlen(purchase_class_flag_names[i]);

			if (p != buf + 1)
				*p++ = ',';
			memcpy(p, purchase_class_flag_names[i], len);
			p += len;
		}
	}
	*p++ = '}';
	*p = '\0';
}
