/*-------------------------------------------------------------------------
 *
 * seao_xml_core.h
 *	  Streaming reader of SEAO XML exports (notices and their bidders),
 *	  server-free.
 *
 * A SEAO export is <export> holding one <Avis> (notice) per tender, each
 * with leaf fields (<numeroseao>, <organisme>, <codepostal>,
 * <dateadjudication>, <regionlivraison>, <unspscprincipale>...) and a
 * <fournisseurs> list of <fournisseur> (bidders) with theirs
 * (<nomorganisation>, <province>, <pays>, <codepostal>, <adjudicataire>,
 * <montantcontrat>...).  The reader reads the document in one pass with
 * the scanner of xml_scan_core.h, which checks that it is well-formed
 * (libxml2 reads the documents the scanner declines), and collects the
 * fields of each notice as text; elements it does not know are skipped.
 * It checks the structure (root <export>, notices <Avis> and nothing else
 * under it, no element inside a field, no field twice) but not the values:
 * the caller reads them with the parsers of seao_core.h.  Of the root's
 * attributes it keeps datefin, the end of the export's period.
 *
 * Besides libxml2 it uses only the C library and core.h (so that a fuzz
 * harness can link it); memory comes from the caller's CagAllocator
 * (core.h): when it returns NULL the reader stops with an error.  The
 * reader never longjmps through libxml2: errors are recorded and stop the
 * reading.
 *
 * Usage: create with the function that takes each notice as it completes,
 * parse the document, destroy.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_XML_CORE_H
#define CAG_SEAO_XML_CORE_H

#include "core.h"

/* Fields of a notice (<Avis>). */
typedef enum SeaoNoticeField
{
	SEAO_N_NUMBER,				/* numeroseao */
	SEAO_N_BUYER,				/* organisme */
	SEAO_N_POSTAL_CODE,			/* codepostal */
	SEAO_N_AWARD_DATE,			/* dateadjudication */
	SEAO_N_REGIONS,				/* regionlivraison */
	SEAO_N_UNSPSC,				/* unspscprincipale */
	SEAO_N_TITLE,				/* titre (exports after 2013) */
	SEAO_N_ENTERED,				/* datesaisieadjudication */
	SEAO_N_TYPE,				/* type: the procedure (bids) */
	SEAO_N_PUBLISHED,			/* datepublication */
	SEAO_N_CLOSING,				/* datefermeture */
	SEAO_N_COUNT
} SeaoNoticeField;

/* Fields of a bidder (<fournisseur>). */
typedef enum SeaoSupplierField
{
	SEAO_S_NAME,				/* nomorganisation */
	SEAO_S_PROVINCE,			/* province */
	SEAO_S_COUNTRY,				/* pays */
	SEAO_S_POSTAL_CODE,			/* codepostal */
	SEAO_S_WINNER,				/* adjudicataire */
	SEAO_S_AMOUNT,				/* montantcontrat */
	SEAO_S_NEQ,					/* neq (exports after 2013) */
	SEAO_S_BID,					/* montantsoumis */
	SEAO_S_BID_UNIT,			/* montantssoumisunite */
	SEAO_S_CITY,				/* ville */
	SEAO_S_CONFORMING,			/* conforme */
	SEAO_S_ADMISSIBLE,			/* admissible */
	SEAO_S_COUNT
} SeaoSupplierField;

/* Element names of the fields, in the order of the enums. */
extern const char *const seao_notice_field_names[SEAO_N_COUNT];
extern const char *const seao_supplier_field_names[SEAO_S_COUNT];

typedef struct SeaoXmlSupplier
{
	int			position;		/* 1-based, among the notice's <fournisseur> */
	int			line;			/* line of its start tag */
	int			field[SEAO_S_COUNT];	/* offset in the notice's text, -1 */
} SeaoXmlSupplier;

typedef struct SeaoXmlNotice
{
	int			ordinal;		/* 1-based, among the export's <Avis> */
	int			line;			/* line of its start tag */
	size_t		bytes_read;		/* bytes of the document read at its </Avis> */
	const char *export_end;		/* the datefin attribute of <export> (UTF-8,
								 * as written), or NULL */
	int			field[SEAO_N_COUNT];	/* offset in text, or -1 when absent */
	SeaoXmlSupplier *suppliers;
	int			nsuppliers;
	int			maxsuppliers;
	char	   *text;			/* the fields' values, each NUL-terminated,
								 * in UTF-8 */
	size_t		textlen;
	size_t		textcap;
} SeaoXmlNotice;

/* A field's value (UTF-8, as written), or NULL when the element is absent. */
static inline const char *
seao_notice_field(const SeaoXmlNotice *n, SeaoNoticeField f)
{
	return n->field[f] < 0 ? NULL : n->text + n->field[f];
}

static inline const char *
seao_supplier_field(const SeaoXmlNotice *n, const SeaoXmlSupplier *s, SeaoSupplierField f)
{
	return s->field[f] < 0 ? NULL : n->text + s->field[f];
}

typedef struct SeaoXmlReader SeaoXmlReader;

/*
 * Called with each notice as soon as its </Avis> is read; the notice is
 * valid until the function returns.  Returning false stops the reading:
 * seao_xml_parse then fails with the error the function recorded in err
 * (or a plain "reading stopped" when it recorded none).  The function must
 * return to its caller (libxml2): no longjmp.
 */
typedef bool (*SeaoXmlNoticeFn) (const SeaoXmlNotice *notice, void *arg, CagParseError *err);

/*
 * A new reader.  utf8 true: the bytes are UTF-8 whatever the XML
 * declaration says (text already converted by the server); false: the
 * encoding comes from the byte order mark or the declaration (a file's
 * bytes).  Returns NULL when memory runs out.
 */
extern SeaoXmlReader *seao_xml_create(const CagAllocator *allocator, bool utf8,
									  SeaoXmlNoticeFn on_notice, void *arg);

/*
 * Read a whole document, handing each notice to the reader's function.
 * The scanner reads the document as it is; when libxml2 reads it (a
 * document the scanner declines), piece 0: at once (libxml2 makes a copy
 * of it: its parser needs the bytes to end with a NUL); otherwise in
 * pieces of that many bytes (slower, but its buffer stays small: for very
 * large documents).  Returns false on the first
 * error (not well-formed XML, not a SEAO export, a misplaced element, or
 * the function's own): err then has a detail naming the line and, when
 * known, the notice.  A reader reads one document.
 */
extern bool seao_xml_parse(SeaoXmlReader *reader, const char *data, size_t len,
						   size_t piece, CagParseError *err);

/*
 * For tests: use false makes the reader give the document to libxml2
 * without trying the scanner of xml_scan_core.h first.
 */
extern void seao_xml_use_scanner(SeaoXmlReader *reader, bool use);

/* Free the reader and everything it holds. */
extern void seao_xml_destroy(SeaoXmlReader *reader);

#endif							/* CAG_SEAO_XML_CORE_H */
