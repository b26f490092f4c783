#include "cicu.h"

#include <stdlib.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct cicu_regex {
    URegularExpression *expression;
    UText *text;
};

static cicu_regex *wrap(URegularExpression *expression, int32_t *status) {
    cicu_regex *regex = (cicu_regex *)calloc(1, sizeof(cicu_regex));
    if (regex == NULL) {
        uregex_close(expression);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    regex->expression = expression;
    return regex;
}

cicu_regex *cicu_regex_open(const uint8_t *pattern, int32_t length, int32_t caseInsensitive,
                            int32_t *errorOffset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    UText *patternText = utext_openUTF8(NULL, (const char *)pattern, length, &code);
    URegularExpression *expression = NULL;
    if (U_SUCCESS(code)) {
        expression = uregex_openUText(patternText, caseInsensitive ? UREGEX_CASE_INSENSITIVE : 0, &parseError, &code);
    }
    utext_close(patternText);
    *status = (int32_t)code;
    if (U_FAILURE(code)) {
        *errorOffset = parseError.offset;
        return NULL;
    }
    return wrap(expression, status);
}

cicu_regex *cicu_regex_clone(const cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    URegularExpression *expression = uregex_clone(regex->expression, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) return NULL;
    return wrap(expression, status);
}

int32_t cicu_regex_matches_utf8(cicu_regex *regex, const uint8_t *text, int64_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    regex->text = utext_openUTF8(regex->text, (const char *)text, length, &code);
    if (U_SUCCESS(code)) uregex_setUText(regex->expression, regex->text, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) result = uregex_matches64(regex->expression, 0, &code) ? 1 : 0;
    *status = (int32_t)code;
    return result;
}

void cicu_regex_close(cicu_regex *regex) {
    if (regex == NULL) return;
    uregex_close(regex->expression);
    if (regex->text != NULL) utext_close(regex->text);
    free(regex);
}

int32_t cicu_regex_hit_end(cicu_regex *regex) {
    UErrorCode code = U_ZERO_ERROR;
    UBool hit = uregex_hitEnd(regex->expression, &code);
    return U_SUCCESS(code) && hit ? 1 : 0;
}
