/*-------------------------------------------------------------------------
 *
 * json_writer.c
 *	  A small JSON writer that puts the separators itself.
 *
 *-------------------------------------------------------------------------
 */
#include "json_writer.h"

#include "utils/json.h"

void
jw_init(JsonWriter *w)
{
	initStringInfo(&w->buf);
	w->depth = 0;
	w->after_key = false;
}

/* Before a value or a key: the separator from what precedes it. */
static void
separate(JsonWriter *w)
{
	if (w->after_key)
	{
		w->after_key = false;
		return;
	}
	if (w->depth > 0)
	{
		if (!w->empty[w->depth - 1])
			appendStringInfoString(&w->buf, ", ");
		w->empty[w->depth - 1] = false;
	}
}

static void
open_container(JsonWriter *w, char c)
{
	separate(w);
	if (w->depth >= JW_MAX_DEPTH)
		elog(ERROR, "JSON nested more than %d deep", JW_MAX_DEPTH);
	appendStringInfoChar(&w->buf, c);
	w->empty[w->depth++] = true;
}

static void
close_container(JsonWriter *w, char c)
{
	Assert(w->depth > 0 && !w->after_key);
	w->depth--;
	appendStringInfoChar(&w->buf, c);
}

void
jw_object_begin(JsonWriter *w)
{
	open_container(w, '{');
}

void
jw_object_end(JsonWriter *w)
{
	close_container(w, '}');
}

void
jw_array_begin(JsonWriter *w)
{
	open_container(w, '[');
}

void
jw_array_end(JsonWriter *w)
{
	close_container(w, ']');
}

void
jw_key(JsonWriter *w, const char *key)
{
	Assert(!w->after_key);
	separate(w);
	escape_json(&w->buf, key);
	appendStringInfoString(&w->buf, ": ");
	w->after_key = true;
}

void
jw_string(JsonWriter *w, const char *value)
{
	separate(w);
	if (value == NULL)
		appendStringInfoString(&w->buf, "null");
	else
		escape_json(&w->buf, value);
}

void
jw_null(JsonWriter *w)
{
	jw_string(w, NULL);
}

void
jw_bool(JsonWriter *w, bool value)
{
	separate(w);
	appendStringInfoString(&w->buf, value ? "true" : "false");
}

void
jw_member(JsonWriter *w, const char *key, const char *value)
{
	jw_key(w, key);
	jw_string(w, value);
}
