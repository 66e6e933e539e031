/*-------------------------------------------------------------------------
 *
 * seao_bids_core.c
 *	  SEAO open data: the bids of a notice, server-free.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "seao_bids_core.h"
#include "seao_rules_core.h"

const char *
seao_procedure_name(SeaoProcedure proc)
{
	switch (proc)
	{
		case SEAO_PROC_OPEN:
			return "open";
		case SEAO_PROC_INVITATION:
			return "invitation";
		case SEAO_PROC_SOLE_SOURCE:
			return "sole_source";
		case SEAO_PROC_OTHER:
			break;
	}
	return NULL;
}

/* A value's digits, white space around; false when not digits. */
static bool
small_number(const char *value, int *n, size_t *len_out)
{
	size_t		start;
	size_t		len = strlen(value);
	size_t		i;

	seao_trim(value, &start, &len);
	*len_out = len;
	*n = 0;
	if (len == 0 || len > 4)
		return false;
	for (i = start; i < start + len; i++)
	{
		if (!cag_is_digit((unsigned char) value[i]))
			return false;
		*n = *n * 10 + (value[i] - '0');
	}
	return true;
}

static bool
is_blank(const char *value)
{
	size_t		start;
	size_t		len;

	if (value == NULL)
		return true;
	len = strlen(value);
	seao_trim(value, &start, &len);
	return len == 0;
}

bool
seao_xml_procedure(const char *type, int *code, SeaoProcedure *proc, CagParseError *err)
{
	size_t		len;

	*code = -1;
	*proc = SEAO_PROC_OTHER;
	if (is_blank(type))
		return true;
	if (!small_number(type, code, &len))
		return cag_fail(err, CAG_ERR_SYNTAX,
						"The notice type (type) is not one of SEAO's type numbers.");
	switch (*code)
	{
		case 3:
			*proc = SEAO_PROC_OPEN;
			break;
		case 10:
		case 14:
			*proc = SEAO_PROC_INVITATION;
			break;
		case 9:
			*proc = SEAO_PROC_SOLE_SOURCE;
			break;
		default:
			break;
	}
	return true;
}

SeaoProcedure
seao_ocds_procedure(const char *method)
{
	if (method == NULL)
		return SEAO_PROC_OTHER;
	if (strcmp(method, "open") == 0)
		return SEAO_PROC_OPEN;
	if (strcmp(method, "limited") == 0 || strcmp(method, "selective") == 0)
		return SEAO_PROC_INVITATION;
	if (strcmp(method, "direct") == 0)
		return SEAO_PROC_SOLE_SOURCE;
	return SEAO_PROC_OTHER;
}

/* A flag of a bid: 1, 0, blank (-1); false otherwise. */
static bool
bid_flag(const char *value, int *flag)
{
	int			n;
	size_t		len;

	*flag = -1;
	if (is_blank(value))
		return true;
	if (!small_number(value, &n, &len) || len != 1 || n > 1)
		return false;
	*flag = n;
	return true;
}

static char *
copy(const CagAllocator *mem, const char *str, size_t len)
{
	char	   *p = mem->alloc(mem->arg, len + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, str, len);
	p[len] = '\0';
	return p;
}

bool
seao_bid_parse(SeaoBid *bid, const CagAllocator *mem, const char *montantsoumis,
			 const char *montantssoumisunite, const char *conforme,
			 const char *admissible, CagParseError *err)
{
	size_t		start;
	size_t		len;

	memset(bid, 0, sizeof(*bid));
	if (!is_blank(montantsoumis))
	{
		int64_t		cents;
		bool		rounded;

		/* a decimal the purchases' amounts could hold, kept as written */
		if (!seao_amount_parse(montantsoumis, &cents, &rounded, err))
		{
			cag_hint(err, "The bid (XML montantsoumis, OCDS bids[].value) must be a decimal amount.");
			return false;
		}
		len = strlen(montantsoumis);
		seao_trim(montantsoumis, &start, &len);
		bid->amount = copy(mem, montantsoumis + start, len);
	}
	seao_bid_unit(montantssoumisunite, &bid->unit, &bid->currency);
	if (!bid_flag(conforme, &bid->conforming))
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Whether the bid conformed (conforme) is neither 1 nor 0.");
	if (!bid_flag(admissible, &bid->admissible))
		return cag_fail(err, CAG_ERR_SYNTAX,
						"Whether the bidder was admissible (admissible) is neither 1 nor 0.");
	return true;
}
