/*
 * Stand-in for ICU's common library (libicuuc.so.NN) in Phase-1. aria2c
 * reaches ICU only through libxml2's charset conversion of non-UTF-8 XML,
 * which BootTorrent never feeds it (bttui talks JSON-RPC to aria2c), yet the
 * loader binds libxml2's ICU imports at start (BIND_NOW), so they must exist.
 * The real library with an empty data package, which Phase-1 carried before,
 * opened no charset converter beyond UTF-8/16/32, ASCII and Latin-1, all of
 * which libxml2 decodes itself; this one opens none and answers
 * U_FILE_ACCESS_ERROR, the real library's answer without data, so libxml2
 * would call the charset unsupported. It saves every client about 680 KB of
 * TFTP (2 MB of code and the data package).
 *
 * build-phase1 compiles it with -DICU_SUFFIX=_NN (ICU appends its major
 * version to every symbol) and fails when a Phase-1 library imports a symbol
 * from libicuuc that is not defined here.
 */
#include <stddef.h>
#include <stdint.h>

#ifndef ICU_SUFFIX
#error "ICU_SUFFIX must be the version suffix of the host's ICU symbols, e.g. _72"
#endif

#define ICU_CONCAT(name, suffix) name##suffix
#define ICU_NAME(name, suffix) ICU_CONCAT(name, suffix)
#define ICU(name) ICU_NAME(name, ICU_SUFFIX)
#define EXPORT __attribute__((visibility("default")))

typedef int UErrorCode;
typedef int8_t UBool;
typedef uint16_t UChar;
typedef struct UConverter UConverter;

enum { U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *error)
{
    /* ICU keeps the first failure: a set error is never overwritten. */
    if (error && *error <= 0)
        *error = U_FILE_ACCESS_ERROR;
}

EXPORT UConverter *ICU(ucnv_open)(const char *name, UErrorCode *error)
{
    (void)name;
    fail(error);
    return NULL;
}

EXPORT void ICU(ucnv_close)(UConverter *converter) { (void)converter; }

EXPORT void ICU(ucnv_convertEx)(UConverter *targetConverter, UConverter *sourceConverter,
    char **target, const char *targetLimit, const char **source, const char *sourceLimit,
    UChar *pivotStart, UChar **pivotSource, UChar **pivotTarget, const UChar *pivotLimit,
    UBool reset, UBool flush, UErrorCode *error)
{
    (void)targetConverter, (void)sourceConverter, (void)target, (void)targetLimit, (void)source;
    (void)sourceLimit, (void)pivotStart, (void)pivotSource, (void)pivotTarget, (void)pivotLimit;
    (void)reset, (void)flush;
    fail(error);
}

EXPORT void ICU(ucnv_setFromUCallBack)(UConverter *converter, const void *action,
    const void *context, const void **oldAction, const void **oldContext, UErrorCode *error)
{
    (void)converter, (void)action, (void)context, (void)oldAction, (void)oldContext;
    fail(error);
}

EXPORT void ICU(ucnv_setToUCallBack)(UConverter *converter, const void *action, const void *context,
    const void **oldAction, const void **oldContext, UErrorCode *error)
{
    (void)converter, (void)action, (void)context, (void)oldAction, (void)oldContext;
    fail(error);
}

/* The two callbacks libxml2 installs; with no converter they are never called. */
EXPORT void ICU(UCNV_FROM_U_CALLBACK_STOP)(const void *context, void *arguments,
    const UChar *codeUnits, int32_t length, int32_t codePoint, int reason, UErrorCode *error)
{
    (void)context, (void)arguments, (void)codeUnits, (void)length, (void)codePoint, (void)reason,
        (void)error;
}

EXPORT void ICU(UCNV_TO_U_CALLBACK_STOP)(const void *context, void *arguments,
    const char *codeUnits, int32_t length, int reason, UErrorCode *error)
{
    (void)context, (void)arguments, (void)codeUnits, (void)length, (void)reason, (void)error;
}
