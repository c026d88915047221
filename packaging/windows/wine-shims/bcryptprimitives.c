/* Test harness only, never in the bundle: Wine 8 lacks ProcessPrng, which Rust-built wheels
   (cryptography, nh3) call for random bytes. It is answered from RtlGenRandom, Windows' own
   generator. Built into the Wine prefix by packaging/windows/wine.sh. */
#include <windows.h>
BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG piece = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, piece)) return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
