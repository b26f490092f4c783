#include "cstemmer.h"

#include <libstemmer.h>
#include <stdlib.h>

struct cstemmer {
    struct sb_stemmer *stemmer;
};

cstemmer *cstemmer_open(const char *algorithm) {
    struct sb_stemmer *stemmer = sb_stemmer_new(algorithm, "UTF_8");
    if (stemmer == NULL) return NULL;
    cstemmer *wrapper = (cstemmer *)malloc(sizeof(cstemmer));
    if (wrapper == NULL) {
        sb_stemmer_delete(stemmer);
        return NULL;
    }
    wrapper->stemmer = stemmer;
    return wrapper;
}

const uint8_t *cstemmer_stem(cstemmer *stemmer, const uint8_t *word, int32_t length, int32_t *resultLength) {
    const sb_symbol *result = sb_stemmer_stem(stemmer->stemmer, (const sb_symbol *)word, length);
    if (result == NULL) {
        *resultLength = 0;
        return NULL;
    }
    *resultLength = sb_stemmer_length(stemmer->stemmer);
    return (const uint8_t *)result;
}

void cstemmer_close(cstemmer *stemmer) {
    if (stemmer == NULL) return;
    sb_stemmer_delete(stemmer->stemmer);
    free(stemmer);
}

const char **cstemmer_algorithms(void) {
    return sb_stemmer_list();
}
