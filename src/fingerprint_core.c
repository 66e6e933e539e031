/*-------------------------------------------------------------------------
 *
 * fingerprint_core.c
 *	  A streaming 64-bit fingerprint, server-free (fingerprint_core.h).
 *
 *-------------------------------------------------------------------------
 */
#include "fingerprint_core.h"

uint64_t
cag_fingerprint_value(const CagFingerprint *fp)
{
	/* a finaliser of the splitmix64 kind: each bit moves all 64 */
	uint64_t	h = fp->h;

	h ^= h >> 30;
	h *= UINT64_C(0xbf58476d1ce4e5b9);
	h ^= h >> 27;
	h *= UINT64_C(0x94d049bb133111eb);
	h ^= h >> 31;
	return h;
}
