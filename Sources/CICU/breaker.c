#include "cicu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text;
};

cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) return NULL;
    cicu_breaker *breaker = (cicu_breaker *)calloc(1, sizeof(cicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void cicu_breaker_set_utf8(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    /* utext_openUTF8 reuses the UText it is given, so one UText serves every text. */
    breaker->text = utext_openUTF8(breaker->text, (const char *)text, length, &code);
    if (U_SUCCESS(code)) ubrk_setUText(breaker->iterator, breaker->text, &code);
    *status = (int32_t)code;
}

int64_t cicu_breaker_first(cicu_breaker *breaker) {
    return (int64_t)ubrk_first(breaker->iterator);
}

int64_t cicu_breaker_next(cicu_breaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : (int64_t)next;
}

int32_t cicu_breaker_rule_status(cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}
