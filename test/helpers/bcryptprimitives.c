/*
 * For the tests under Wine only, never shipped: sharp's libvips-42.dll imports ProcessPrng from
 * bcryptprimitives.dll, which Windows 10 and 11 have and Wine 8 lacks. This stand-in gets the
 * same random bytes from BCryptGenRandom. Built by test/helpers/wine.ts with MinGW.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
  while (size > 0) {
    ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
    if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    data += chunk;
    size -= chunk;
  }
  return TRUE;
}
