#include "cicu.h"

#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/udata.h>

int32_t cicu_sentence_exceptions(const char *locale, uint8_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    /* The locale's own bundle, without falling back to the default locale's (English) list. */
    UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &code);
    UResourceBundle *table = ures_getByKey(bundle, "exceptions", NULL, &code);
    UResourceBundle *exceptions = ures_getByKey(table, "SentenceBreak", NULL, &code);
    int32_t written = 0;
    if (U_SUCCESS(code)) {
        int32_t count = ures_getSize(exceptions);
        for (int32_t index = 0; index < count && U_SUCCESS(code); index++) {
            int32_t length = 0;
            const UChar *entry = ures_getStringByIndex(exceptions, index, &length, &code);
            if (U_FAILURE(code)) break;
            int32_t needed = 0;
            UErrorCode conversion = U_ZERO_ERROR;
            u_strToUTF8((char *)buffer + written, capacity - written > 0 ? capacity - written : 0, &needed,
                        entry, length, &conversion);
            if (conversion == U_BUFFER_OVERFLOW_ERROR || written + needed + 1 > capacity) {
                code = U_BUFFER_OVERFLOW_ERROR;
                break;
            }
            if (U_FAILURE(conversion)) { code = conversion; break; }
            written += needed;
            buffer[written++] = '\n';
        }
    }
    ures_close(exceptions);
    ures_close(table);
    ures_close(bundle);
    *status = (int32_t)code;
    return U_SUCCESS(code) ? written : -1;
}
