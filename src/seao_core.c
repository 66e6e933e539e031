/*-------------------------------------------------------------------------
 *
 * seao_core.c
 *	  SEAO open data: the field parsers of the loaders, server-free.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "seao_core.h"

/* Official region code of each SEAO region number; 0: none (10) or outside (19). */
static const int seao_to_official[20] = {
	0,							/* 0: not a SEAO number */
	1, 2, 3, 4, 5, 6, 7, 8, 9,	/* 1..9: the official codes */
	0,							/* 10: not a SEAO number */
	10,							/* 11: Nord-du-Québec */
	12,							/* 12: Chaudière-Appalaches */
	13,							/* 13: Laval */
	15,							/* 14: Laurentides */
	16,							/* 15: Montérégie */
	14,							/* 16: Lanaudière */
	17,							/* 17: Centre-du-Québec */
	11,							/* 18: Gaspésie–Îles-de-la-Madeleine */
	0							/* 19: outside Québec */
};

void
seao_trim(const char *str, size_t *start, size_t *len)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		b = 0;
	size_t		e = *len;

	while (b < e && cag_is_space(s[b]))
		b++;
	while (e > b && cag_is_space(s[e - 1]))
		e--;
	*start = b;
	*len = e - b;
}

/* Describe the character at s[0] of a value for a detail. */
static const char *
describe(const char *s, size_t len, char *buf, size_t buflen)
{
	return cag_describe_char(s, len, buf, buflen);
}

int
seao_region_official(int seao_code)
{
	if (seao_code < 0 || seao_code > SEAO_REGION_OUTSIDE)
		return 0;
	return seao_to_official[seao_code];
}

/* Parse the number in s[0..len) (already trimmed, not empty). */
static bool
region_number(const char *s, size_t len, int *seao_code, CagParseError *err)
{
	size_t		i;
	int			value = 0;
	char		cbuf[CAG_CHAR_DESC_LEN];

	for (i = 0; i < len; i++)
	{
		if (!cag_is_digit((unsigned char) s[i]))
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Character %s is not a digit: a SEAO region is a number from 1 to 19.",
							describe(s + i, len - i, cbuf, sizeof(cbuf)));
		if (value < 100)
			value = value * 10 + (s[i] - '0');
	}
	if (value == 10)
	{
		cag_fail(err, CAG_ERR_SYNTAX,
				 "\"%.*s\" is not a SEAO region: SEAO numbers the regions 1 to 19 and has no 10.",
				 (int) (len > 20 ? 20 : len), s);
		cag_hint(err, "SEAO numbers Nord-du-Québec 11.");
		return false;
	}
	if (value < 1 || value > SEAO_REGION_OUTSIDE)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"\"%.*s\" is not a SEAO region: SEAO numbers the regions 1 to 19.",
						(int) (len > 20 ? 20 : len), s);
	*seao_code = value;
	return true;
}

bool
seao_region_parse(const char *str, int *seao_code, CagParseError *err)
{
	size_t		start;
	size_t		len = strlen(str);

	cag_error_clear(err);
	seao_trim(str, &start, &len);
	if (len == 0)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A SEAO region is a number from 1 to 19; the value is empty.");
	return region_number(str + start, len, seao_code, err);
}

/* Add an official region (or outside Québec) of a SEAO number to a list. */
static void
list_add(SeaoRegionList *list, int code)
{
	uint32_t	bit;

	if (code == SEAO_REGION_OUTSIDE)
	{
		list->outside = true;
		return;
	}
	bit = UINT32_C(1) << seao_to_official[code];
	if ((list->regions & bit) == 0)
	{
		list->regions |= bit;
		list->nregions++;
	}
}

/*
 * Four digits that are two two-digit SEAO numbers run together ("1416":
 * 14 and 16): add both.  Digits 11 to 19 each, 10 being no SEAO number.
 */
static bool
run_together(const char *s, SeaoRegionList *list)
{
	int			a;
	int			b;
	int			i;

	for (i = 0; i < 4; i++)
		if (!cag_is_digit((unsigned char) s[i]))
			return false;
	a = (s[0] - '0') * 10 + (s[1] - '0');
	b = (s[2] - '0') * 10 + (s[3] - '0');
	if (a < 11 || a > SEAO_REGION_OUTSIDE || b < 11 || b > SEAO_REGION_OUTSIDE)
		return false;
	list_add(list, a);
	list_add(list, b);
	list->run_together++;
	return true;
}

bool
seao_region_list_parse(const char *str, SeaoRegionList *list, CagParseError *err)
{
	size_t		pos = 0;
	size_t		total = strlen(str);
	int			item = 0;

	cag_error_clear(err);
	list->regions = 0;
	list->nregions = 0;
	list->outside = false;
	list->run_together = 0;
	for (;;)
	{
		const char *comma = memchr(str + pos, ',', total - pos);
		size_t		end = comma ? (size_t) (comma - str) : total;
		size_t		start;
		size_t		len = end - pos;
		int			code;

		item++;
		seao_trim(str + pos, &start, &len);
		if (len == 0)
		{
			if (item == 1 && comma == NULL)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A list of SEAO regions holds numbers from 1 to 19 separated by commas; the value is empty.");
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Item %d of the list of SEAO regions is empty.", item);
		}
		if (len == 4 && run_together(str + pos + start, list))
		{
			if (comma == NULL)
				break;
			pos = end + 1;
			continue;
		}
		if (!region_number(str + pos + start, len, &code, err))
		{
			if (comma != NULL || item > 1)
			{
				char		detail[CAG_MSG_LEN];

				memcpy(detail, err->detail, sizeof(detail));
				cag_fail(err, CAG_ERR_SYNTAX, "Item %d of the list: %s", item, detail);
			}
			return false;
		}
		list_add(list, code);
		if (comma == NULL)
			break;
		pos = end + 1;
	}
	return true;
}

bool
seao_amount_parse(const char *str, int64_t *cents, bool *rounded, CagParseError *err)
{
	size_t		start;
	size_t		len = strlen(str);
	const char *s;
	size_t		i = 0;
	bool		negative = false;
	bool		seen_point = false;
	int			int_digits = 0;		/* significant digits before the point */
	int			frac_digits = 0;
	int			ndigits = 0;
	int64_t		whole = 0;		/* in cents, before rounding */
	bool		round_up = false;
	bool		dropped = false;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);
	seao_trim(str, &start, &len);
	s = str + start;
	if (len == 0)
		return cag_fail(err, CAG_ERR_SYNTAX, "The amount is empty.");
	if (s[0] == '-' || s[0] == '+')
	{
		negative = s[0] == '-';
		i = 1;
	}
	for (; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '.')
		{
			if (seen_point)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"An amount has at most one decimal point; character %d is a second one.",
								(int) i + 1);
			seen_point = true;
			continue;
		}
		if (!cag_is_digit(c))
		{
			cag_fail(err, CAG_ERR_SYNTAX,
					 "Character %s at position %d is not allowed in an amount: digits, one decimal point and a leading sign only.",
					 describe(s + i, len - i, cbuf, sizeof(cbuf)), (int) i + 1);
			if (c == ',')
				cag_hint(err, "The decimal separator of an amount is a point.");
			return false;
		}
		ndigits++;
		if (!seen_point)
		{
			if (int_digits == 0 && c == '0')
				continue;		/* leading zero */
			if (++int_digits > 14)
				return cag_fail(err, CAG_ERR_RANGE,
								"The amount is beyond 99,999,999,999,999.99, the largest a purchase can have.");
			whole = whole * 10 + (c - '0');
		}
		else
		{
			frac_digits++;
			if (frac_digits == 1)
				whole = whole * 10 + (c - '0');
			else if (frac_digits == 2)
				whole = whole * 10 + (c - '0');
			else
			{
				if (frac_digits == 3 && c >= '5')
					round_up = true;
				if (c != '0')
					dropped = true;
			}
		}
	}
	if (ndigits == 0)
		return cag_fail(err, CAG_ERR_SYNTAX, "The amount has no digit.");
	/* scale to cents when fewer than two decimals were written */
	if (frac_digits == 0)
		whole *= 100;
	else if (frac_digits == 1)
		whole *= 10;
	if (round_up)
		whole++;
	if (whole > SEAO_AMOUNT_MAX_CENTS)
		return cag_fail(err, CAG_ERR_RANGE,
						"The amount is beyond 99,999,999,999,999.99, the largest a purchase can have.");
	*cents = negative ? -whole : whole;
	*rounded = dropped;
	return true;
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* n digits at s[*i], advancing *i; false when they are not all digits. */
static bool
digits(const char *s, size_t len, size_t *i, int n, int *value)
{
	int			v = 0;
	int			k;

	if (*i + n > len)
		return false;
	for (k = 0; k < n; k++)
	{
		if (!cag_is_digit((unsigned char) s[*i + k]))
			return false;
		v = v * 10 + (s[*i + k] - '0');
	}
	*i += n;
	*value = v;
	return true;
}

/*
 * The common parser: date, optional time, optional offset.  *has_offset
 * tells whether an offset was written; *offset_minutes is east of UTC.
 */
static bool
parse_datetime(const char *str, int *year, int *month, int *day,
			   int *hour, int *minute, int *second, int64_t *micro,
			   bool *has_time, bool *has_offset, int *offset_minutes,
			   CagParseError *err)
{
	size_t		start;
	size_t		len = strlen(str);
	const char *s;
	size_t		i = 0;
	int			y;
	int			m;
	int			d;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);
	seao_trim(str, &start, &len);
	s = str + start;
	*has_time = false;
	*has_offset = false;
	*hour = *minute = *second = 0;
	*micro = 0;
	*offset_minutes = 0;
	if (len == 0)
		return cag_fail(err, CAG_ERR_SYNTAX, "The date is empty.");
	if (!digits(s, len, &i, 4, &y) || i >= len || s[i] != '-' ||
		(i++, !digits(s, len, &i, 2, &m)) || i >= len || s[i] != '-' ||
		(i++, !digits(s, len, &i, 2, &d)))
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A date is written YYYY-MM-DD, such as 2013-01-23.");
	if (y < 1)
		return cag_fail(err, CAG_ERR_SYNTAX, "The year 0000 does not exist.");
	if (m < 1 || m > 12)
		return cag_fail(err, CAG_ERR_SYNTAX, "There is no month %02d.", m);
	if (d < 1 || d > days_in_month(y, m))
		return cag_fail(err, CAG_ERR_SYNTAX, "%04d-%02d has no day %02d.", y, m, d);
	*year = y;
	*month = m;
	*day = d;
	if (i == len)
		return true;

	/* a time: " HH:MM[:SS]" or "THH:MM:SS[.fraction][offset]" */
	if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Character %s after the date is neither a time separator (\"T\" or a space) nor the end.",
						describe(s + i, len - i, cbuf, sizeof(cbuf)));
	i++;
	*has_time = true;
	if (!digits(s, len, &i, 2, hour) || i >= len || s[i] != ':' ||
		(i++, !digits(s, len, &i, 2, minute)))
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A time is written HH:MM or HH:MM:SS, such as 15:24:41.");
	if (i < len && s[i] == ':')
	{
		i++;
		if (!digits(s, len, &i, 2, second))
			return cag_fail(err, CAG_ERR_SYNTAX,
							"The seconds of a time are two digits.");
		if (i < len && (s[i] == '.' || s[i] == ','))
		{
			int64_t		scale = 100000;
			size_t		first = ++i;

			while (i < len && cag_is_digit((unsigned char) s[i]))
			{
				*micro += (s[i] - '0') * scale;
				scale /= 10;
				i++;
			}
			if (i == first)
				return cag_fail(err, CAG_ERR_SYNTAX,
								"A decimal point in the seconds must be followed by digits.");
		}
	}
	if (*hour > 23 || *minute > 59 || *second > 59)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"The time %02d:%02d:%02d does not exist.", *hour, *minute, *second);
	if (i == len)
		return true;
	if (s[i] == 'Z' || s[i] == 'z')
	{
		*has_offset = true;
		i++;
	}
	else if (s[i] == '+' || s[i] == '-')
	{
		int			sign = s[i] == '-' ? -1 : 1;
		int			oh;
		int			om;

		i++;
		if (!digits(s, len, &i, 2, &oh) || i >= len || s[i] != ':' ||
			(i++, !digits(s, len, &i, 2, &om)))
			return cag_fail(err, CAG_ERR_SYNTAX,
							"A time zone offset is written +HH:MM or -HH:MM, such as -04:00.");
		if (oh > 23 || om > 59)
			return cag_fail(err, CAG_ERR_SYNTAX,
							"The time zone offset %02d:%02d does not exist.", oh, om);
		*has_offset = true;
		*offset_minutes = sign * (oh * 60 + om);
	}
	if (i != len)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Character %s at position %d follows a complete date and time.",
						describe(s + i, len - i, cbuf, sizeof(cbuf)), (int) i + 1);
	return true;
}

bool
seao_date_parse(const char *str, int *year, int *month, int *day, CagParseError *err)
{
	int			hour;
	int			minute;
	int			second;
	int64_t		micro;
	bool		has_time;
	bool		has_offset;
	int			offset;

	return parse_datetime(str, year, month, day, &hour, &minute, &second, &micro,
						  &has_time, &has_offset, &offset, err);
}

int32_t
seao_days_since_2000(int year, int month, int day)
{
	/* days from civil (H. Hinnant's algorithm), relative to 2000-03-01 */
	int			y = month <= 2 ? year - 1 : year;
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	int32_t		days_since_0000_03_01 = era * 146097 + doe;

	/* 2000-01-01 is 730425 days after 0000-03-01 */
	return days_since_0000_03_01 - 730425;
}

void
seao_date_of_days(int32_t days, int *year, int *month, int *day)
{
	/* civil from days (H. Hinnant's algorithm), relative to 0000-03-01 */
	int32_t		z = days + 730425;
	int32_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t		doe = z - era * 146097;
	int32_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t		mp = (5 * doy + 2) / 153;

	*day = doy - (153 * mp + 2) / 5 + 1;
	*month = mp < 10 ? mp + 3 : mp - 9;
	*year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

/*
 * A date and time as microseconds since 2000-01-01 00:00: with its offset
 * (UTC) when local is false, without one (the wall clock) when it is true.
 */
static bool
datetime_parse(const char *str, bool local, int64_t *usecs, CagParseError *err)
{
	int			year;
	int			month;
	int			day;
	int			hour;
	int			minute;
	int			second;
	int64_t		micro;
	bool		has_time;
	bool		has_offset;
	int			offset;

	if (!parse_datetime(str, &year, &month, &day, &hour, &minute, &second, &micro,
						&has_time, &has_offset, &offset, err))
		return false;
	if (local && has_offset)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A local date and time has no time zone offset, such as 2013-01-23 10:53.");
	if (!local && (!has_time || !has_offset))
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A date and time needs its time and its time zone offset, such as 2026-07-28T15:24:41-04:00.");
	*usecs = (((int64_t) seao_days_since_2000(year, month, day) * 24 + hour) * 60 +
			  minute - (local ? 0 : offset)) * 60 * INT64_C(1000000) +
		(int64_t) second * 1000000 + micro;
	return true;
}

bool
seao_timestamp_parse(const char *str, int64_t *usecs, CagParseError *err)
{
	return datetime_parse(str, false, usecs, err);
}

bool
seao_local_timestamp_parse(const char *str, int64_t *usecs, CagParseError *err)
{
	return datetime_parse(str, true, usecs, err);
}

bool
seao_notice_number_parse(const char *str, size_t *start, size_t *len, CagParseError *err)
{
	size_t		i;
	char		cbuf[CAG_CHAR_DESC_LEN];

	cag_error_clear(err);
	*len = strlen(str);
	seao_trim(str, start, len);
	if (*len == 0)
		return cag_fail(err, CAG_ERR_SYNTAX, "The notice number is empty.");
	for (i = 0; i < *len; i++)
		if (!cag_is_digit((unsigned char) str[*start + i]))
			return cag_fail(err, CAG_ERR_SYNTAX,
							"Character %s of the notice number is not a digit.",
							describe(str + *start + i, *len - i, cbuf, sizeof(cbuf)));
	if (*len > 18)
		return cag_fail(err, CAG_ERR_SYNTAX,
						"A notice number has at most 18 digits, not %d.", (int) *len);
	return true;
}

const char *
seao_ocid_notice(const char *ocid)
{
	static const char prefix[] = "ocds-ec9k95-";

	if (strncmp(ocid, prefix, sizeof(prefix) - 1) == 0 && ocid[sizeof(prefix) - 1] != '\0')
		return ocid + sizeof(prefix) - 1;
	return ocid;
}
