#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

cicu_translit *cicu_translit_open(const char *id, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar idUnits[256];
    int32_t idLength = 0;
    u_strFromUTF8(idUnits, 256, &idLength, id, (int32_t)strlen(id), &code);
    UTransliterator *translit = NULL;
    if (U_SUCCESS(code)) translit = utrans_openU(idUnits, idLength, UTRANS_FORWARD, NULL, 0, NULL, &code);
    *status = (int32_t)code;
    return U_SUCCESS(code) ? (cicu_translit *)translit : NULL;
}

int32_t cicu_translit_utf8(cicu_translit *translit, const uint8_t *text, int32_t length,
                           uint8_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    /* Transliteration can grow text (Щ → Shch): room for four times the input. */
    int32_t unitsCapacity = length * 4 + 16;
    UChar *units = (UChar *)malloc(sizeof(UChar) * (size_t)unitsCapacity);
    if (units == NULL) { *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t unitsLength = 0;
    u_strFromUTF8(units, unitsCapacity, &unitsLength, (const char *)text, length, &code);
    int32_t limit = unitsLength;
    if (U_SUCCESS(code)) utrans_transUChars((UTransliterator *)translit, units, &unitsLength, unitsCapacity, 0, &limit, &code);
    int32_t needed = 0;
    if (U_SUCCESS(code)) {
        u_strToUTF8((char *)destination, capacity, &needed, units, limit, &code);
        if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    }
    free(units);
    *status = (int32_t)code;
    return needed;
}

void cicu_translit_close(cicu_translit *translit) {
    if (translit != NULL) utrans_close((UTransliterator *)translit);
}
