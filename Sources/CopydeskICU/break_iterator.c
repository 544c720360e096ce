// ICU break iteration behind Copydesk's opaque facade. Only this file sees ICU's headers.
#include "copydesk_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

struct cd_break_iterator {
    UBreakIterator *breaker;
    UText *text;
};

cd_break_iterator *cd_break_open(cd_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open((UBreakIteratorType)kind, (locale && *locale) ? locale : "", NULL, 0, &error);
    if (U_FAILURE(error) || breaker == NULL) {
        *status = (int32_t)(U_FAILURE(error) ? error : U_MEMORY_ALLOCATION_ERROR);
        return NULL;
    }
    cd_break_iterator *iterator = calloc(1, sizeof(cd_break_iterator));
    if (iterator == NULL) {
        ubrk_close(breaker);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    iterator->breaker = breaker;
    *status = 0;
    return iterator;
}

cd_break_iterator *cd_break_clone(const cd_break_iterator *iterator, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_clone(iterator->breaker, &error);
    if (U_FAILURE(error) || breaker == NULL) {
        *status = (int32_t)(U_FAILURE(error) ? error : U_MEMORY_ALLOCATION_ERROR);
        return NULL;
    }
    cd_break_iterator *copy = calloc(1, sizeof(cd_break_iterator));
    if (copy == NULL) {
        ubrk_close(breaker);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    copy->breaker = breaker;
    *status = 0;
    return copy;
}

void cd_break_close(cd_break_iterator *iterator) {
    if (iterator == NULL) return;
    if (iterator->breaker) ubrk_close(iterator->breaker);
    if (iterator->text) utext_close(iterator->text);
    free(iterator);
}

int32_t cd_break_set_utf8(cd_break_iterator *iterator, const uint8_t *text, int64_t length, int32_t *status) {
    if (length < 0 || length > INT32_MAX) {
        *status = (int32_t)U_INDEX_OUTOFBOUNDS_ERROR;
        return -1;
    }
    static const char empty[1] = {0};
    UErrorCode error = U_ZERO_ERROR;
    // Reuses the UText allocation when one exists.
    UText *bound = utext_openUTF8(iterator->text, text ? (const char *)text : empty, length, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    iterator->text = bound;
    ubrk_setUText(iterator->breaker, bound, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    ubrk_first(iterator->breaker);
    *status = 0;
    return 0;
}

int32_t cd_break_next_batch(cd_break_iterator *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(iterator->breaker);
        if (boundary == UBRK_DONE) break;
        offsets[count] = boundary;
        if (statuses) statuses[count] = ubrk_getRuleStatus(iterator->breaker);
        count++;
    }
    return count;
}

const char *cd_icu_version(void) {
    return U_ICU_VERSION;
}

const char *cd_icu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
