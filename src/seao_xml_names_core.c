/*-------------------------------------------------------------------------
 *
 * seao_xml_names_core.c
 *	  What the element names of a SEAO XML export mean, server-free.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "seao_xml_names_core.h"

const char *const seao_notice_field_names[SEAO_N_COUNT] = {
	"numeroseao", "organisme", "codepostal", "dateadjudication",
	"regionlivraison", "unspscprincipale", "titre", "datesaisieadjudication",
	"type", "datepublication", "datefermeture"
};

const char *const seao_supplier_field_names[SEAO_S_COUNT] = {
	"nomorganisation", "province", "pays", "codepostal",
	"adjudicataire", "montantcontrat", "neq", "montantsoumis", "montantssoumisunite", "ville",
	"conforme", "admissible"
};

static int
field_index(const char *const *names, int count, const char *name)
{
	int			i;

	for (i = 0; i < count; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

int
seao_xml_name_learn(SeaoXmlNames *names, const unsigned char *interned, int i)
{
	const char *name = (const char *) interned;
	const char *colon;
	int			meaning;

	/* (SAX1 gives a namespace prefix with the name) */
	if ((colon = strchr(name, ':')) != NULL)
		name = colon + 1;
	if (strcmp(name, "export") == 0)
		meaning = SEAO_XML_NAME_EXPORT;
	else if (strcmp(name, "Avis") == 0)
		meaning = SEAO_XML_NAME_NOTICE;
	else if (strcmp(name, "fournisseurs") == 0)
		meaning = SEAO_XML_NAME_LIST;
	else if (strcmp(name, "fournisseur") == 0)
		meaning = SEAO_XML_NAME_SUPPLIER;
	else
		meaning = SEAO_XML_NAME_OTHER |
			((field_index(seao_notice_field_names, SEAO_N_COUNT, name) + 1) << 4) |
			((field_index(seao_supplier_field_names, SEAO_S_COUNT, name) + 1) << 8);
	if (names->count < SEAO_XML_NAMES_MAX)
	{
		names->slot[i].name = interned;
		names->slot[i].meaning = meaning;
		names->count++;
	}
	return meaning;
}
