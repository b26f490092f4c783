/*
 * cicu.h — a small plain-C window on the system ICU (libicu-dev, ICU 72).
 *
 * Swift cannot call ICU's versioned entry points (`ubrk_open` is a macro for `ubrk_open_72`), and
 * Foundation on Linux ships its own `_FoundationICU` module whose declarations clash with ICU's
 * headers. So this header uses only plain C types and opaque handles; the ICU headers are included
 * by the .c files alone. Every function reports ICU failure through `status` (> 0 is failure,
 * as ICU's U_FAILURE; negative values are warnings with correct results).
 */
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Normalization (unorm2) ------------------------------------------------------------------ */

/** The normalization forms Booth uses. */
typedef enum {
    CICU_FORM_NFC = 0,
    CICU_FORM_NFKC = 1,
    CICU_FORM_NFKC_CASEFOLD = 2
} cicu_form;

/** An ICU normalizer instance. Owned by ICU: never freed. NULL on failure. */
const void *cicu_normalizer(cicu_form form, int32_t *status);

/** 1 when the UTF-8 text is already in the normalizer's form, 0 when not. */
int32_t cicu_is_normalized_utf8(const void *normalizer, const uint8_t *text, int32_t length, int32_t *status);

/**
 * Normalizes UTF-8 text into `destination` (UTF-8). Returns the length the result needs; when it is
 * larger than `capacity`, nothing useful was written and the caller retries with a larger buffer.
 */
int32_t cicu_normalize_utf8(const void *normalizer, const uint8_t *text, int32_t length,
                            uint8_t *destination, int32_t capacity, int32_t *status);

/**
 * 1 when the code point passes the normalizer's quick check as Yes with combining class 0: text made only
 * of such code points is already in the normalizer's form (UAX #15's quick check answers Yes for it).
 * `form` is the normalizer's: NFC and NFKC are read from the Unicode properties directly.
 */
int32_t cicu_is_quick_yes(const void *normalizer, cicu_form form, int32_t codePoint);

/** 1 when the code point always starts a new normalization segment (text before it is independent). */
int32_t cicu_has_boundary_before(const void *normalizer, int32_t codePoint);

/**
 * Reference measurement only: converts UTF-8 to UTF-16 and normalizes it with ICU's own API, as a
 * program calling ICU directly would. Returns the UTF-16 length of the result.
 */
int32_t cicu_reference_normalize_utf8(const void *normalizer, const uint8_t *text, int32_t length,
                                      uint16_t *scratch, int32_t scratchCapacity,
                                      uint16_t *destination, int32_t capacity, int32_t *status);

/* ---- Scripts (uscript) ---------------------------------------------------------------------- */

/** The ISO 15924 code of the code point's script ("Latn", "Cyrl", "Zyyy" for common characters). */
const char *cicu_script_code(int32_t codePoint);

/* ---- Transliteration (utrans) -------------------------------------------------------------- */

typedef struct cicu_translit cicu_translit;

/** Opens a transliterator by ICU id, e.g. "Any-Latin; Latin-ASCII; Lower". One per thread. */
cicu_translit *cicu_translit_open(const char *id, int32_t *status);

/** Transliterates UTF-8 text into `destination` (UTF-8); returns the length needed. */
int32_t cicu_translit_utf8(cicu_translit *translit, const uint8_t *text, int32_t length,
                           uint8_t *destination, int32_t capacity, int32_t *status);

void cicu_translit_close(cicu_translit *translit);

/* ---- Spoof checking (uspoof) --------------------------------------------------------------- */

typedef struct cicu_spoof cicu_spoof;

/** A checker that flags text mixing scripts (ICU restriction level "single script restrictive"). */
cicu_spoof *cicu_spoof_open(int32_t *status);

/** 1 when the UTF-8 word mixes scripts (a Cyrillic letter inside a Latin word), 0 when not.
 *  Safe to call from several threads on one checker. */
int32_t cicu_spoof_mixes_scripts(const cicu_spoof *checker, const uint8_t *text, int32_t length, int32_t *status);

void cicu_spoof_close(cicu_spoof *checker);

/* ---- Charset detection (ucsdet) --------------------------------------------------------------- */

/**
 * ICU's best guess at the charset of `bytes` ("windows-1251", "ISO-8859-1", "Shift_JIS"): writes its
 * name, NUL-terminated, into `name` and returns its confidence (0–100); -1 when ICU gives none, with
 * `status` set (U_BUFFER_OVERFLOW_ERROR when the name does not fit `capacity`). The bytes are not kept.
 */
int32_t cicu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t capacity, int32_t *status);

/* ---- Break iteration (ubrk over UTF-8, through UText or a UTF-16 copy) ------------------------*/

typedef struct cicu_breaker cicu_breaker;

typedef enum {
    CICU_BREAK_WORD = 1,
    CICU_BREAK_SENTENCE = 3
} cicu_break_kind;

/**
 * ICU's own sentence-break exceptions for a locale (CLDR's abbreviations, "Dr.", "z.B.", the list that
 * "@ss=standard" suppresses breaks after), as UTF-8 entries each ended by '\n', into `buffer`. Returns
 * the bytes written, or -1 with `status` set (U_BUFFER_OVERFLOW_ERROR, 15, when `capacity` is too
 * small; U_MISSING_RESOURCE_ERROR, 2, for a locale without a list).
 */
int32_t cicu_sentence_exceptions(const char *locale, uint8_t *buffer, int32_t capacity, int32_t *status);

/** Opens a break iterator for a locale such as "en_US" or "en_US@ss=standard". Close with cicu_breaker_close. */
cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, int32_t *status);

/**
 * Points the iterator at UTF-8 text. The text is not copied: it must stay alive and unchanged
 * until the next call to cicu_breaker_set_utf8 or cicu_breaker_close. Boundaries are UTF-8 offsets.
 */
void cicu_breaker_set_utf8(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status);

/**
 * Points the iterator at UTF-8 text by way of a UTF-16 copy (kept in the breaker and reused): ICU's
 * rules run about half as fast again on UTF-16 as through UText's UTF-8 adapter. Boundaries are still
 * UTF-8 offsets. ASCII is widened byte by byte and only the runs of other bytes go through
 * u_strFromUTF8. Text over 16 MB, or not valid UTF-8, is read through UText as by cicu_breaker_set_utf8.
 * The text must stay alive and unchanged while its boundaries are read.
 */
void cicu_breaker_set_utf8_via_utf16(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status);

/** The benchmark's reference: UTF-8 to UTF-16 by ICU's u_strFromUTF8 alone, then the boundaries counted
 * (not mapped back). */
int64_t cicu_reference_count_breaks_utf16(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status);

/**
 * UTF-8 to UTF-16 as the break iterators copy it (`byICU` 0: Booth's own decoding) or as ICU's
 * u_strFromUTF8 does (`byICU` 1), into `units` (at least `length` long); the units written, -1 when the
 * text is not well-formed UTF-8. For tests: the two must agree on every input.
 */
int32_t cicu_utf8_to_utf16(const uint8_t *text, int32_t length, uint16_t *units, int32_t capacity, int32_t byICU);

/** The first boundary (0). */
int64_t cicu_breaker_first(cicu_breaker *breaker);

/** The next boundary, or -1 when there is none. */
int64_t cicu_breaker_next(cicu_breaker *breaker);

/** The rule status of the boundary last returned (e.g. word kinds: letter, number, none). */
int32_t cicu_breaker_rule_status(cicu_breaker *breaker);

void cicu_breaker_close(cicu_breaker *breaker);

/* ---- Regular expressions (uregex over UTF-8 through UText) ----------------------------------- */

typedef struct cicu_regex cicu_regex;

/**
 * Compiles a UTF-8 pattern; `caseInsensitive` != 0 ignores case. On a syntax error returns NULL and
 * sets `errorOffset` to the offset (in UTF-16 units of the pattern) where ICU stopped.
 */
cicu_regex *cicu_regex_open(const uint8_t *pattern, int32_t length, int32_t caseInsensitive,
                            int32_t *errorOffset, int32_t *status);

/** A copy for another thread (a compiled pattern is not thread-safe to match with). */
cicu_regex *cicu_regex_clone(const cicu_regex *regex, int32_t *status);

/** 1 when the whole UTF-8 text matches, 0 when not. */
int32_t cicu_regex_matches_utf8(cicu_regex *regex, const uint8_t *text, int64_t length, int32_t *status);

/** Whether the last match touched the end of the text: if not, no longer text starting the same can match. */
int32_t cicu_regex_hit_end(cicu_regex *regex);

void cicu_regex_close(cicu_regex *regex);

#ifdef __cplusplus
}
#endif

#endif /* CICU_H */
