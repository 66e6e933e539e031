/*-------------------------------------------------------------------------
 *
 * json_writer.h
 *	  A small JSON writer that puts the separators itself.
 *
 * For the JSON the extension builds in C (explain_classification): the
 * caller says what comes -- an object, a key, a string, an array -- and
 * the writer adds ", " between the members or elements of a container,
 * ": " after a key, and escapes strings (escape_json).  The output is
 * what jsonb_in reads; its spacing is that of jsonb's text form.
 *
 *	JsonWriter	w;
 *
 *	jw_init(&w);
 *	jw_object_begin(&w);
 *	jw_member(&w, "result", "quebec");		-- "result": "quebec"
 *	jw_key(&w, "delivery_regions");
 *	jw_array_begin(&w);
 *	jw_string(&w, "Estrie");
 *	jw_array_end(&w);
 *	jw_object_end(&w);						-- w.buf.data
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_JSON_WRITER_H
#define CAG_JSON_WRITER_H

#include "postgres.h"

#include "lib/stringinfo.h"

/* Containers nested at most. */
#define JW_MAX_DEPTH 16

typedef struct JsonWriter
{
	StringInfoData buf;			/* the text so far */
	int			depth;			/* open containers */
	bool		empty[JW_MAX_DEPTH];	/* the container at a depth has
										 * nothing yet */
	bool		after_key;		/* a key was written: its value comes */
} JsonWriter;

extern void jw_init(JsonWriter *w);
extern void jw_object_begin(JsonWriter *w);
extern void jw_object_end(JsonWriter *w);
extern void jw_array_begin(JsonWriter *w);
extern void jw_array_end(JsonWriter *w);

/* The key of the next member of the object being written. */
extern void jw_key(JsonWriter *w, const char *key);

/* Values: a string (NULL writes null), null, a boolean. */
extern void jw_string(JsonWriter *w, const char *value);
extern void jw_null(JsonWriter *w);
extern void jw_bool(JsonWriter *w, bool value);

/* A member whose value is a string (NULL: null). */
extern void jw_member(JsonWriter *w, const char *key, const char *value);

#endif							/* CAG_JSON_WRITER_H */
