/*-------------------------------------------------------------------------
 *
 * seao.h
 *	  SEAO open data loaders: server-side declarations.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CAG_SEAO_H
#define CAG_SEAO_H

/* Define the loaders' settings (cag_ovt.load_progress); called by _PG_init. */
extern void cag_seao_define_gucs(void);

#endif							/* CAG_SEAO_H */
