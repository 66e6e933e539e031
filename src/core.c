/*-------------------------------------------------------------------------
 *
 * core.c
 *	  Server-independent parsing support shared by the cag_ovt types.
 *
 *-------------------------------------------------------------------------
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core.h"

void
cag_error_clear(CagParseError *err)
{
	err->kind = CAG_OK;
	err->detail[0] = '\0';
	err->hint[0] = '\0';
	err->value[0] = '\0';
}

bool
cag_fail(CagParseError *err, CagErrorKind kind, const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	err->hint[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

void
cag_hint(CagParseError *err, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

void
cag_error_value(CagParseError *err, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(err->value, sizeof(err->value), fmt, ap);
	va_end(ap);
}

bool
cag_binary_version(const char *data, size_t len, const char *what, int32_t *version,
				   CagParseError *err)
{
	if (len < 4)
		return cag_fail(err, CAG_ERR_BINARY,
						"The binary form of a %s begins with its format version (4 bytes), but it has %zu bytes.",
						what, len);
	*version = (int32_t) cag_get_uint32((const unsigned char *) data);
	return true;
}

void
cag_printable_bytes(const char *bytes, size_t len, char *buf, size_t buflen)
{
	size_t		out = 0;
	size_t		i;

	if (buflen == 0)
		return;
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) bytes[i];

		if (i == 16)
		{
			if (out + 4 <= buflen)
			{
				memcpy(buf + out, "...", 3);
				out += 3;
			}
			break;
		}
		if (c >= 0x20 && c < 0x7F && c != '\\')
		{
			if (out + 2 > buflen)
				break;
			buf[out++] = (char) c;
		}
		else
		{
			if (out + 5 > buflen)
				break;
			snprintf(buf + out, 5, "\\x%02X", c);
			out += 4;
		}
	}
	buf[out] = '\0';
}

/* Length of the well-formed UTF-8 sequence starting at s, or 0. */
static size_t
utf8_seq_len(const unsigned char *s, size_t len)
{
	size_t		n;
	size_t		i;

	if (s[0] < 0x80)
		return 1;
	else if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4;
	else
		return 0;
	if (n > len)
		return 0;
	for (i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

const char *
cag_describe_char(const char *s, size_t len, char *buf, size_t buflen)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n;

	if (len == 0)
	{
		snprintf(buf, buflen, "end of input");
		return buf;
	}
	if (u[0] >= 0x20 && u[0] < 0x7F)
	{
		snprintf(buf, buflen, "\"%c\"", u[0]);
		return buf;
	}
	if (u[0] < 0x20 || u[0] == 0x7F)
	{
		snprintf(buf, buflen, "U+%04X", u[0]);
		return buf;
	}
	n = utf8_seq_len(u, len);
	if (n > 1 && n + 3 <= buflen)
	{
		uint32_t	cp = u[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
		size_t		i;

		for (i = 1; i < n; i++)
			cp = (cp << 6) | (u[i] & 0x3F);
		buf[0] = '"';
		memcpy(buf + 1, s, n);
		buf[n + 1] = '"';
		buf[n + 2] = '\0';
		/* the code point tells a no-break space or a look-alike letter apart */
		snprintf(buf + n + 2, buflen - (n + 2), " (U+%04X)", (unsigned) cp);
		return buf;
	}
	snprintf(buf, buflen, "byte 0x%02X", u[0]);
	return buf;
}
