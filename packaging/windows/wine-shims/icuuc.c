/* Test harness only, never in the bundle: Wine 8 has no icuuc.dll, which Qt6Core links to for
   legacy text codecs. Every converter is "not available", so Qt uses its own UTF-8/UTF-16 and
   Latin-1 code (all Ekasar needs). Built into the Wine prefix by packaging/windows/wine.sh. */
#include <stddef.h>
#include <stdint.h>
#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4
typedef int UErrorCode;
static void fail(UErrorCode *error) { if (error && *error <= 0) *error = U_FILE_ACCESS_ERROR; }
EXPORT void *ucnv_open(const char *name, UErrorCode *error) { (void)name; fail(error); return NULL; }
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; fail(e); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **f, const void **x) { (void)c; if (f) *f = NULL; if (x) *x = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **f, const void **x) { (void)c; if (f) *f = NULL; if (x) *x = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *n, const void *nx, void **o, const void **ox, UErrorCode *e) { (void)c; (void)n; (void)nx; (void)o; (void)ox; fail(e); }
EXPORT void ucnv_setFromUCallBack(void *c, void *n, const void *nx, void **o, const void **ox, UErrorCode *e) { (void)c; (void)n; (void)nx; (void)o; (void)ox; fail(e); }
EXPORT void ucnv_cbToUWriteUChars(void *a, const void *s, int32_t l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e); }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e); }
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e); }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; fail(e); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
