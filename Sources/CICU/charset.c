#include "cicu.h"

#include <string.h>
#include <unicode/ucsdet.h>

int32_t cicu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    int32_t confidence = -1;
    if (U_SUCCESS(code)) ucsdet_setText(detector, (const char *)bytes, length, &code);
    const UCharsetMatch *match = U_SUCCESS(code) ? ucsdet_detect(detector, &code) : NULL;
    if (U_SUCCESS(code) && match != NULL) {
        const char *found = ucsdet_getName(match, &code);
        int32_t found_confidence = ucsdet_getConfidence(match, &code);
        if (U_SUCCESS(code) && found != NULL && (int32_t)strlen(found) < capacity) {
            strcpy(name, found);
            confidence = found_confidence;
        } else if (U_SUCCESS(code)) {
            code = U_BUFFER_OVERFLOW_ERROR;
        }
    }
    if (detector != NULL) ucsdet_close(detector);
    *status = (int32_t)code;
    return confidence;
}
