/*
 * libFuzzer harness for the SEAO XML reader (src/seao_xml_core.c: the
 * scanner of src/xml_scan_core.c, libxml2 when it declines).
 *
 * The input is read as a document twice: as UTF-8 text (declaration
 * ignored) and as a file's bytes.  Each time, the reader reads it as it
 * does in the server (the scanner first) and with libxml2 alone: both must
 * hand over the same notices (every field, bidder, line, ordinal, the bytes
 * read, the export's end date) and end the same way (success, or the same
 * error detail).  The first input byte also decides after how many notices
 * the notice function asks to stop.  The reader is also run with libxml2 in
 * pieces (its push parser, for very large documents) for consistency.
 * Properties checked besides: no crash or out-of-bounds access
 * (AddressSanitizer, UBSan); every notice handed over is consistent (its
 * fields lie inside its text and end with a NUL, its bidders are numbered
 * 1, 2, ... in order, notices are numbered in order, the bytes read never
 * go back nor beyond the document, the export's end date is a string); a
 * failure carries a detail; no memory is leaked (LeakSanitizer, with the
 * allocator counting blocks).
 * Dictionary: test/fuzz/xml_scan.dict (the XML tokens of fuzz_xml_scan).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seao_xml_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static long live_blocks;

static void *
fz_alloc(void *arg, size_t size)
{
	(void) arg;
	live_blocks++;
	return malloc(size);
}

static void *
fz_realloc(void *arg, void *ptr, size_t size)
{
	(void) arg;
	return realloc(ptr, size);
}

static void
fz_free(void *arg, void *ptr)
{
	(void) arg;
	if (ptr)
	{
		live_blocks--;
		free(ptr);
	}
}

/* What a reading handed over, written out for comparison. */
typedef struct Seen
{
	int			notices;
	int			last_ordinal;
	int			stop_after;
	size_t		size;			/* of the document */
	size_t		bytes_read;		/* at the last notice */
	char	   *log;
	size_t		loglen;
	size_t		logcap;
} Seen;

static void
say(Seen *seen, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static void
say(Seen *seen, const char *fmt,...)
{
	va_list		ap;
	int			n;

	for (;;)
	{
		va_start(ap, fmt);
		n = vsnprintf(seen->log + seen->loglen, seen->logcap - seen->loglen, fmt, ap);
		va_end(ap);
		if (n < 0)
			abort();
		if (seen->loglen + (size_t) n < seen->logcap)
			break;
		seen->logcap = (seen->logcap + (size_t) n) * 2;
		seen->log = realloc(seen->log, seen->logcap);
		if (seen->log == NULL)
			abort();
	}
	seen->loglen += (size_t) n;
}

static void
check_field(Seen *seen, const SeaoXmlNotice *n, int offset)
{
	if (offset < 0)
	{
		say(seen, "-|");
		return;
	}
	if ((size_t) offset >= n->textlen || memchr(n->text + offset, '\0', n->textlen - offset) == NULL)
		abort();
	say(seen, "%s|", n->text + offset);
}

static bool
on_notice(const SeaoXmlNotice *n, void *arg, CagParseError *err)
{
	Seen	   *seen = arg;
	int			i;
	int			f;

	if (n->ordinal <= seen->last_ordinal || n->field[SEAO_N_NUMBER] < 0)
		abort();
	seen->last_ordinal = n->ordinal;
	if (n->bytes_read < seen->bytes_read || n->bytes_read > seen->size)
		abort();
	seen->bytes_read = n->bytes_read;
	if (n->export_end != NULL && strlen(n->export_end) > seen->size)
		abort();
	say(seen, "notice %d line %d bytes %zu end %s: ", n->ordinal, n->line, n->bytes_read,
		n->export_end ? n->export_end : "-");
	for (f = 0; f < SEAO_N_COUNT; f++)
		check_field(seen, n, n->field[f]);
	for (i = 0; i < n->nsuppliers; i++)
	{
		if (n->suppliers[i].position != i + 1)
			abort();
		say(seen, "\n  bidder %d line %d: ", n->suppliers[i].position, n->suppliers[i].line);
		for (f = 0; f < SEAO_S_COUNT; f++)
			check_field(seen, n, n->suppliers[i].field[f]);
	}
	say(seen, "\n");
	if (++seen->notices == seen->stop_after)
	{
		cag_fail(err, CAG_ERR_SYNTAX, "Stopped by the harness.");
		return false;
	}
	return true;
}

/* Read the document once; the log of what was handed over, and the outcome. */
static Seen
read_document(const uint8_t *data, size_t size, bool utf8, bool scanner, size_t piece)
{
	CagAllocator alloc = {fz_alloc, fz_realloc, fz_free, NULL};
	Seen		seen;
	CagParseError err;
	SeaoXmlReader *r;

	memset(&seen, 0, sizeof(seen));
	seen.stop_after = size > 0 ? data[0] % 8 : 0;
	seen.size = size;
	seen.logcap = 1024;
	if ((seen.log = malloc(seen.logcap)) == NULL)
		abort();
	live_blocks = 0;
	r = seao_xml_create(&alloc, utf8, on_notice, &seen);
	if (r == NULL)
		abort();
	seao_xml_use_scanner(r, scanner);
	if (!seao_xml_parse(r, (const char *) data, size, piece, &err))
	{
		if (err.kind == CAG_OK || err.detail[0] == '\0')
			abort();
		say(&seen, "error: %s\n", err.detail);
	}
	else
		say(&seen, "read\n");
	seao_xml_destroy(r);
	if (live_blocks != 0)
		abort();
	return seen;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		bool		utf8 = pass == 0;
		Seen		scanned = read_document(data, size, utf8, true, 0);
		Seen		parsed = read_document(data, size, utf8, false, 0);
		Seen		pieces = read_document(data, size, utf8, true,
										   size == 0 ? 1 : 1 + data[0] % 64);

		if (scanned.loglen != parsed.loglen || memcmp(scanned.log, parsed.log, parsed.loglen) != 0)
		{
			fprintf(stderr, "DIFFERENCE (%s)\nwith the scanner:\n%.*s\nwith libxml2 alone:\n%.*s\n",
					utf8 ? "text" : "bytes", (int) scanned.loglen, scanned.log,
					(int) parsed.loglen, parsed.log);
			abort();
		}
		free(scanned.log);
		free(parsed.log);
		free(pieces.log);
	}
	return 0;
}
