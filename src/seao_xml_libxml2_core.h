/*-------------------------------------------------------------------------
 *
 * seao_xml_libxml2_core.h
 *	  libxml2's reading of a document for the SEAO XML reader, server-free.
 *
 * The SEAO XML reader (seao_xml_core.c) reads a document with the scanner
 * of xml_scan_core.h; a document the scanner declines, libxml2 reads, here:
 * its SAX1 interface (SAX2 when libxml2 is built without it: names then
 * come without their prefix), the document in memory (libxml2 copies it)
 * or, for very large ones, in pieces (its push parser), with the options
 * NONET and NOCDATA and no entity callbacks: libxml2 substitutes no entity
 * but the five predefined ones and the character references, so that a
 * document that declares its own entities and uses them is not
 * well-formed here, and nothing is fetched from the network or the disk.
 *
 * Its events go to the reader's functions below, which record the first
 * error and stop the parser (seao_xml_libxml2_stop); nothing jumps out of
 * libxml2.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_XML_LIBXML2_CORE_H
#define CAG_SEAO_XML_LIBXML2_CORE_H

#include "seao_xml_core.h"

typedef struct SeaoXmlLibxml2 SeaoXmlLibxml2;

/*
 * The reader's side (seao_xml_core.c), where libxml2's events go.  An
 * element starts: true for the root, whose datefin attribute the reader
 * then takes (seao_xml_root_datefin); an element ends; character data; a
 * well-formedness error, at a line (0: where the parser stands).  Hidden
 * (core.h): the reader's own reading calls them inline.
 */
extern CAG_INTERNAL bool seao_xml_element_start(SeaoXmlReader *r, const char *name, int len);
extern CAG_INTERNAL void seao_xml_root_datefin(SeaoXmlReader *r, const char *value, size_t len);
extern CAG_INTERNAL void seao_xml_element_end(SeaoXmlReader *r);
extern CAG_INTERNAL void seao_xml_characters(SeaoXmlReader *r, const char *text, size_t len);
extern CAG_INTERNAL void seao_xml_not_well_formed(SeaoXmlReader *r, const char *message, int line);
extern CAG_INTERNAL bool seao_xml_failed(const SeaoXmlReader *r);

/* Memory from the reader's allocator (NULL: the reader has failed). */
extern CAG_INTERNAL void *seao_xml_alloc(SeaoXmlReader *r, size_t size);
extern CAG_INTERNAL void seao_xml_free(SeaoXmlReader *r, void *ptr);

/*
 * libxml2's side.  Create a parser for the reader (NULL when memory runs
 * out); utf8 as for seao_xml_create.
 */
extern SeaoXmlLibxml2 *seao_xml_libxml2_create(SeaoXmlReader *r, bool utf8);

/*
 * Read a document, at once (piece 0) or in pieces of that many bytes.
 * Returns 0 when it is well-formed, libxml2's error number when it is not
 * (its message has gone to the reader, unless the reading stopped
 * before), -1 when libxml2 could not start (out of memory) or had already
 * read a document.
 */
extern int	seao_xml_libxml2_parse(SeaoXmlLibxml2 *x, const char *data, size_t len,
								   size_t piece);

/* Where the parser stands: its line, the bytes of the document consumed. */
extern int	seao_xml_libxml2_line(const SeaoXmlLibxml2 *x);
extern size_t seao_xml_libxml2_consumed(const SeaoXmlLibxml2 *x);

/* Stop the parser (at the reader's first error). */
extern void seao_xml_libxml2_stop(SeaoXmlLibxml2 *x);

extern void seao_xml_libxml2_destroy(SeaoXmlLibxml2 *x);

#endif							/* CAG_SEAO_XML_LIBXML2_CORE_H */
