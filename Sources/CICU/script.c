#include "cicu.h"

#include <unicode/uscript.h>

const char *cicu_script_code(int32_t codePoint) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &code);
    if (U_FAILURE(code)) return "Zzzz";
    const char *name = uscript_getShortName(script);
    return name != NULL ? name : "Zzzz";
}
