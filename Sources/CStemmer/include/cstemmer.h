/*
 * cstemmer.h — a plain-C window on Snowball's libstemmer (Debian's libstemmer-dev).
 * Like CICU, the header uses only C types; libstemmer.h is included by the .c file alone.
 * A stemmer is not thread-safe: each thread uses its own.
 */
#ifndef CSTEMMER_H
#define CSTEMMER_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cstemmer cstemmer;

/** Opens a UTF-8 stemmer for an algorithm name or language code ("english", "en", "russian", "ru");
 *  NULL when Snowball has no such algorithm. Close with cstemmer_close. */
cstemmer *cstemmer_open(const char *algorithm);

/** Stems one lower-case UTF-8 word. The result stays valid until the next call on this stemmer. */
const uint8_t *cstemmer_stem(cstemmer *stemmer, const uint8_t *word, int32_t length, int32_t *resultLength);

void cstemmer_close(cstemmer *stemmer);

/** The algorithm names Snowball offers, NULL-terminated. */
const char **cstemmer_algorithms(void);

#ifdef __cplusplus
}
#endif

#endif /* CSTEMMER_H */
