/*
 * libFuzzer harness for the SEAO XML reader (src/seao_xml_core.c, with
 * libxml2).
 *
 * The input is read as a document twice: as UTF-8 text (declaration
 * ignored) and as a file's bytes, at once or in pieces (as very large
 * documents are).  The first input byte also decides after how many
 * notices the notice function asks to stop, and the size of the pieces.  Properties checked: no crash or out-of-bounds access in the
 * reader (AddressSanitizer, UBSan); every notice handed over is consistent
 * (its fields lie inside its text and end with a NUL, its bidders are
 * numbered 1, 2, ... in order, notices are numbered in order, the bytes
 * read never go back nor beyond the document, the export's end date is a
 * string); a failure carries a detail; no memory is leaked (LeakSanitizer,
 * with the allocator counting blocks).
 */
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

typedef struct Seen
{
	int			notices;
	int			last_ordinal;
	int			stop_after;
	size_t		size;			/* of the document */
	size_t		bytes_read;		/* at the last notice */
} Seen;

static void
check_field(const SeaoXmlNotice *n, int offset)
{
	if (offset < 0)
		return;
	if ((size_t) offset >= n->textlen || memchr(n->text + offset, '\0', n->textlen - offset) == NULL)
		abort();
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
	for (f = 0; f < SEAO_N_COUNT; f++)
		check_field(n, n->field[f]);
	for (i = 0; i < n->nsuppliers; i++)
	{
		if (n->suppliers[i].position != i + 1)
			abort();
		for (f = 0; f < SEAO_S_COUNT; f++)
			check_field(n, n->suppliers[i].field[f]);
	}
	if (++seen->notices == seen->stop_after)
	{
		cag_fail(err, CAG_ERR_SYNTAX, "Stopped by the harness.");
		return false;
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CagAllocator alloc = {fz_alloc, fz_realloc, fz_free, NULL};
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		Seen		seen = {0, 0, size > 0 ? data[0] % 8 : 0, size, 0};
		CagParseError err;
		SeaoXmlReader *r;

		live_blocks = 0;
		r = seao_xml_create(&alloc, pass == 0, on_notice, &seen);
		if (r == NULL)
			abort();
		if (!seao_xml_parse(r, (const char *) data, size,
							pass == 0 || size == 0 || (data[0] & 0x80) ? 0 : 1 + data[0] % 64,
							&err))
		{
			if (err.kind == CAG_OK || err.detail[0] == '\0')
				abort();
		}
		seao_xml_destroy(r);
		if (live_blocks != 0)
			abort();
	}
	return 0;
}
