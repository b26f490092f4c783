#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

/* Above this many bytes a text is read through UText rather than copied to UTF-16: the copy would
   double the memory of a huge paragraph (a file with no newline). */
#define CICU_UTF16_COPY_LIMIT (16 * 1024 * 1024)

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text;
    /* The UTF-16 copy of the current text (cicu_breaker_set_utf8_via_utf16), reused from text to text. */
    UChar *units;
    int32_t capacity;
    /* Mapping boundaries back to UTF-8: the text, and the last boundary mapped in both encodings. Off
       when the text is read through UText or is all ASCII (the offsets are then the same). */
    const uint8_t *utf8;
    int mapping;
    int64_t mappedUTF8;
    int32_t mappedUTF16;
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
    breaker->mapping = 0;
    /* utext_openUTF8 reuses the UText it is given, so one UText serves every text. */
    breaker->text = utext_openUTF8(breaker->text, (const char *)text, length, &code);
    if (U_SUCCESS(code)) ubrk_setUText(breaker->iterator, breaker->text, &code);
    *status = (int32_t)code;
}

/* Whether the 16 bytes at `bytes` are all ASCII. */
static inline int ascii16(const uint8_t *bytes) {
    uint64_t a, b;
    memcpy(&a, bytes, 8);
    memcpy(&b, bytes + 8, 8);
    return ((a | b) & 0x8080808080808080ULL) == 0;
}

/* UTF-8 to UTF-16 into units[0..<capacity], validating as u_strFromUTF8 does (strictly: no overlong
   form, no surrogate, nothing above U+10FFFF): ASCII sixteen bytes at a time, two-, three- and four-byte
   sequences decoded here (a call of u_strFromUTF8 per run of non-ASCII bytes cost Russian text, whose
   every word is such a run, a tenth of its time). Returns the units written, or -1 for ill-formed input. */
static int32_t utf8_to_utf16(UChar *units, int32_t capacity, const uint8_t *text, int32_t length) {
    int32_t read = 0, written = 0;
    (void)capacity; /* UTF-8 never needs more UTF-16 units than bytes: the caller's capacity suffices. */
    while (read < length) {
        /* ASCII sixteen bytes at a time (a fixed-length loop the compiler widens with vector
           instructions), then byte by byte up to the next other byte. */
        while (read + 16 <= length && ascii16(text + read)) {
            for (int i = 0; i < 16; i++) units[written + i] = (UChar)text[read + i];
            read += 16;
            written += 16;
        }
        if (read == length) break;
        uint8_t lead = text[read];
        if (lead < 0x80) {
            units[written++] = lead;
            read += 1;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            if (read + 1 >= length || (text[read + 1] & 0xC0) != 0x80) return -1;
            units[written++] = (UChar)(((lead & 0x1F) << 6) | (text[read + 1] & 0x3F));
            read += 2;
            continue;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (read + 2 >= length) return -1;
            uint8_t second = text[read + 1], third = text[read + 2];
            /* E0 needs A0–BF (else overlong), ED needs 80–9F (else a surrogate). */
            uint8_t low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
            if (second < low || second > high || (third & 0xC0) != 0x80) return -1;
            units[written++] = (UChar)(((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F));
            read += 3;
            continue;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (read + 3 >= length) return -1;
            uint8_t second = text[read + 1], third = text[read + 2], fourth = text[read + 3];
            /* F0 needs 90–BF (else overlong), F4 needs 80–8F (else above U+10FFFF). */
            uint8_t low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high || (third & 0xC0) != 0x80 || (fourth & 0xC0) != 0x80) return -1;
            uint32_t c = ((uint32_t)(lead & 0x07) << 18) | ((uint32_t)(second & 0x3F) << 12)
                | ((uint32_t)(third & 0x3F) << 6) | (fourth & 0x3F);
            units[written++] = (UChar)(0xD7C0 + (c >> 10));
            units[written++] = (UChar)(0xDC00 | (c & 0x3FF));
            read += 4;
            continue;
        }
        /* A continuation byte without a lead, C0, C1, F5–FF. */
        return -1;
    }
    return written;
}

int32_t cicu_utf8_to_utf16(const uint8_t *text, int32_t length, uint16_t *units, int32_t capacity, int32_t byICU) {
    if (capacity < length) return -2;
    if (!byICU) return utf8_to_utf16((UChar *)units, capacity, text, length);
    UErrorCode code = U_ZERO_ERROR;
    int32_t count = 0;
    u_strFromUTF8((UChar *)units, capacity, &count, (const char *)text, length, &code);
    return U_SUCCESS(code) ? count : -1;
}

/* The UTF-16 copy of the text in the breaker's buffer; 0 when it cannot be made (too long, no memory,
   not valid UTF-8). `asciiRuns` picks utf8_to_utf16, else one u_strFromUTF8 (the benchmark's raw ICU). */
static int copy_to_utf16(cicu_breaker *breaker, const uint8_t *text, int64_t length, int asciiRuns, int32_t *count) {
    if (length > CICU_UTF16_COPY_LIMIT) return 0;
    /* UTF-8 never needs more UTF-16 units than bytes. */
    if (breaker->capacity < (int32_t)length + 1) {
        int32_t capacity = (int32_t)length + 1 < 4096 ? 4096 : (int32_t)length + 1;
        UChar *units = (UChar *)realloc(breaker->units, sizeof(UChar) * (size_t)capacity);
        if (units == NULL) return 0;
        breaker->units = units;
        breaker->capacity = capacity;
    }
    if (asciiRuns) {
        *count = utf8_to_utf16(breaker->units, breaker->capacity, text, (int32_t)length);
        return *count >= 0;
    }
    UErrorCode code = U_ZERO_ERROR;
    u_strFromUTF8(breaker->units, breaker->capacity, count, (const char *)text, (int32_t)length, &code);
    return U_SUCCESS(code);
}

static void set_utf16_copy(cicu_breaker *breaker, const uint8_t *text, int64_t length, int asciiRuns, int32_t *status) {
    int32_t count = 0;
    if (!copy_to_utf16(breaker, text, length, asciiRuns, &count)) {
        /* Too long, or not valid UTF-8: UText reads it as ICU always has (ill-formed bytes as U+FFFD). */
        cicu_breaker_set_utf8(breaker, text, length, status);
        return;
    }
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, breaker->units, count, &code);
    /* As many units as bytes only when every byte is ASCII: the offsets are then the same. */
    breaker->utf8 = text;
    breaker->mapping = count != (int32_t)length;
    breaker->mappedUTF8 = 0;
    breaker->mappedUTF16 = 0;
    *status = (int32_t)code;
}

void cicu_breaker_set_utf8_via_utf16(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status) {
    set_utf16_copy(breaker, text, length, 1, status);
}

int64_t cicu_reference_count_breaks_utf16(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status) {
    set_utf16_copy(breaker, text, length, 0, status);
    if (*status > 0) return -1;
    int64_t count = 0;
    while (ubrk_next(breaker->iterator) != UBRK_DONE) count += 1;
    return count;
}

/* The UTF-8 offset of a UTF-16 boundary of the current text, walking on from the last one mapped (a
   break iterator's boundaries only grow, so a text is walked once). */
static int64_t utf8_offset(cicu_breaker *breaker, int32_t boundary) {
    if (!breaker->mapping) return (int64_t)boundary;
    if (boundary < breaker->mappedUTF16) {
        breaker->mappedUTF16 = 0;
        breaker->mappedUTF8 = 0;
    }
    const uint8_t *text = breaker->utf8;
    int64_t bytes = breaker->mappedUTF8;
    int32_t units = breaker->mappedUTF16;
    while (units < boundary) {
        /* Sixteen ASCII bytes are sixteen units (and at least sixteen bytes remain: a unit is a byte
           or more). */
        if (boundary - units >= 16 && ascii16(text + bytes)) {
            bytes += 16;
            units += 16;
            continue;
        }
        uint8_t lead = text[bytes];
        if (lead < 0x80) { bytes += 1; units += 1; }
        else if (lead < 0xE0) { bytes += 2; units += 1; }
        else if (lead < 0xF0) { bytes += 3; units += 1; }
        else { bytes += 4; units += 2; }
    }
    breaker->mappedUTF8 = bytes;
    breaker->mappedUTF16 = units;
    return bytes;
}

int64_t cicu_breaker_first(cicu_breaker *breaker) {
    return utf8_offset(breaker, ubrk_first(breaker->iterator));
}

int64_t cicu_breaker_next(cicu_breaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : utf8_offset(breaker, next);
}

int32_t cicu_breaker_rule_status(cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker->units);
    free(breaker);
}
