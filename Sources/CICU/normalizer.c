#include "cicu.h"

#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

const void *cicu_normalizer(cicu_form form, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = NULL;
    switch (form) {
    case CICU_FORM_NFC: normalizer = unorm2_getNFCInstance(&code); break;
    case CICU_FORM_NFKC: normalizer = unorm2_getNFKCInstance(&code); break;
    case CICU_FORM_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&code); break;
    default: code = U_ILLEGAL_ARGUMENT_ERROR; break;
    }
    *status = (int32_t)code;
    return U_SUCCESS(code) ? normalizer : NULL;
}

/* Converts UTF-8 to UTF-16 into `stack` when it fits, else into a heap buffer the caller frees. */
static UChar *to_utf16(const uint8_t *text, int32_t length, UChar *stack, int32_t stackCapacity,
                       int32_t *outLength, UErrorCode *code) {
    int32_t needed = 0;
    u_strFromUTF8(stack, stackCapacity, &needed, (const char *)text, length, code);
    if (*code == U_BUFFER_OVERFLOW_ERROR || *code == U_STRING_NOT_TERMINATED_WARNING) {
        if (*code == U_STRING_NOT_TERMINATED_WARNING && needed <= stackCapacity) {
            *code = U_ZERO_ERROR;
            *outLength = needed;
            return stack;
        }
        *code = U_ZERO_ERROR;
        UChar *heap = (UChar *)malloc(sizeof(UChar) * (size_t)(needed + 1));
        if (heap == NULL) { *code = U_MEMORY_ALLOCATION_ERROR; return NULL; }
        u_strFromUTF8(heap, needed + 1, &needed, (const char *)text, length, code);
        *outLength = needed;
        return heap;
    }
    *outLength = needed;
    return stack;
}

enum { STACK_UNITS = 1024 };

int32_t cicu_is_normalized_utf8(const void *normalizer, const uint8_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar stack[STACK_UNITS];
    int32_t units = 0;
    UChar *utf16 = to_utf16(text, length, stack, STACK_UNITS, &units, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_isNormalized((const UNormalizer2 *)normalizer, utf16, units, &code) ? 1 : 0;
    }
    if (utf16 != stack) free(utf16);
    *status = (int32_t)code;
    return result;
}

int32_t cicu_normalize_utf8(const void *normalizer, const uint8_t *text, int32_t length,
                            uint8_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar stack[STACK_UNITS];
    int32_t units = 0;
    UChar *utf16 = to_utf16(text, length, stack, STACK_UNITS, &units, &code);
    UChar outStack[STACK_UNITS];
    UChar *out = outStack;
    int32_t outUnits = 0;
    int32_t needed = 0;
    if (U_SUCCESS(code)) {
        outUnits = unorm2_normalize((const UNormalizer2 *)normalizer, utf16, units, out, STACK_UNITS, &code);
        if (code == U_BUFFER_OVERFLOW_ERROR) {
            code = U_ZERO_ERROR;
            out = (UChar *)malloc(sizeof(UChar) * (size_t)(outUnits + 1));
            if (out == NULL) {
                code = U_MEMORY_ALLOCATION_ERROR;
            } else {
                outUnits = unorm2_normalize((const UNormalizer2 *)normalizer, utf16, units, out, outUnits + 1, &code);
            }
        }
    }
    if (U_SUCCESS(code)) {
        u_strToUTF8((char *)destination, capacity, &needed, out, outUnits, &code);
        if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    }
    if (utf16 != stack) free(utf16);
    if (out != outStack) free(out);
    *status = (int32_t)code;
    return needed;
}

int32_t cicu_is_quick_yes(const void *normalizer, cicu_form form, int32_t codePoint) {
    /* NFC and NFKC: the Unicode properties themselves, a table lookup each. */
    if (form == CICU_FORM_NFC || form == CICU_FORM_NFKC) {
        if (u_getCombiningClass((UChar32)codePoint) != 0) return 0;
        UProperty property = form == CICU_FORM_NFC ? UCHAR_NFC_QUICK_CHECK : UCHAR_NFKC_QUICK_CHECK;
        return u_getIntPropertyValue((UChar32)codePoint, property) == UNORM_YES ? 1 : 0;
    }
    const UNormalizer2 *n2 = (const UNormalizer2 *)normalizer;
    if (unorm2_getCombiningClass(n2, (UChar32)codePoint) != 0) return 0;
    UChar units[2];
    int32_t length = 0;
    UBool error = 0;
    U16_APPEND((UChar *)units, length, 2, (UChar32)codePoint, error);
    if (error) return 0;
    UErrorCode code = U_ZERO_ERROR;
    UNormalizationCheckResult result = unorm2_quickCheck(n2, units, length, &code);
    return U_SUCCESS(code) && result == UNORM_YES ? 1 : 0;
}

int32_t cicu_has_boundary_before(const void *normalizer, int32_t codePoint) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)normalizer, (UChar32)codePoint) ? 1 : 0;
}

int32_t cicu_reference_normalize_utf8(const void *normalizer, const uint8_t *text, int32_t length,
                                      uint16_t *scratch, int32_t scratchCapacity,
                                      uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8((UChar *)scratch, scratchCapacity, &units, (const char *)text, length, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)scratch, units,
                                  (UChar *)destination, capacity, &code);
    }
    *status = (int32_t)code;
    return result;
}
