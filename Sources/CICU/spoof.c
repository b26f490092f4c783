#include "cicu.h"

#include <unicode/uspoof.h>

cicu_spoof *cicu_spoof_open(int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&code);
    if (U_SUCCESS(code)) uspoof_setChecks(checker, USPOOF_RESTRICTION_LEVEL, &code);
    if (U_SUCCESS(code)) uspoof_setRestrictionLevel(checker, USPOOF_SINGLE_SCRIPT_RESTRICTIVE);
    *status = (int32_t)code;
    if (U_FAILURE(code)) {
        if (checker != NULL) uspoof_close(checker);
        return NULL;
    }
    return (cicu_spoof *)checker;
}

int32_t cicu_spoof_mixes_scripts(const cicu_spoof *checker, const uint8_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uspoof_checkUTF8((const USpoofChecker *)checker, (const char *)text, length, NULL, &code);
    *status = (int32_t)code;
    return U_SUCCESS(code) && (result & USPOOF_RESTRICTION_LEVEL) != 0 ? 1 : 0;
}

void cicu_spoof_close(cicu_spoof *checker) {
    if (checker != NULL) uspoof_close((USpoofChecker *)checker);
}
