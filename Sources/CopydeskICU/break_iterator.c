// ICU break iteration behind Copydesk's opaque facade. Only this file sees ICU's headers.
#include "copydesk_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

// ICU reads most UTF-8 text from a UTF-16 copy made here: ICU's UTF-8 text provider converts the
// text to UTF-16 itself, 32 characters at a time with a per-byte index map, which costs more than
// the copy. Boundaries come back as UTF-16 indices and are mapped to UTF-8 offsets by walking the
// UTF-8 text forward (nothing to map when it is all ASCII). Two kinds of text are bound as UTF-8,
// so that ICU reads them exactly as before: text that is not valid UTF-8, and text in a script
// whose ICU dictionary engine depends on the encoding (see `reads_alike_in_utf16`).
struct cd_break_iterator {
    UBreakIterator *breaker;
    UText *text;
    /// The UTF-16 copy of the bound text (grown as needed, kept across texts).
    UChar *utf16;
    int64_t utf16_capacity;
    /// How ICU's offsets relate to UTF-8 offsets: identical (ASCII or bound as UTF-8) or mapped.
    int mapped;
    /// The bound UTF-8 text and the last mapped position in both encodings.
    const uint8_t *utf8;
    int32_t utf8_offset;
    int32_t utf16_offset;
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
    free(iterator->utf16);
    free(iterator);
}

/// Whether ICU finds the same boundaries around `scalar` (not ASCII) in UTF-16 as in UTF-8:
/// every scalar but those of the blocks holding the Complex_Context line-break class (Thai, Lao,
/// Myanmar, Khmer, Tai Le, New Tai Lue, Tai Tham, Tai Viet, Ahom). ICU segments those scripts
/// with dictionary engines that measure spans in the text's own code units, so their words
/// depend on the encoding (Khmer's do differ). Han, kana and Hangul go to a dictionary engine
/// that counts characters: the same in both, as every other script is (compared on millions of
/// random boundaries in ICU 72, word and sentence iterators, with statuses).
static inline int reads_alike_in_utf16(UChar32 scalar) {
    return !((scalar >= 0x0E00 && scalar <= 0x0EFF)     // Thai, Lao
        || (scalar >= 0x1000 && scalar <= 0x109F)        // Myanmar
        || (scalar >= 0x1780 && scalar <= 0x17FF)        // Khmer
        || (scalar >= 0x1950 && scalar <= 0x19DF)        // Tai Le, New Tai Lue
        || (scalar >= 0x1A20 && scalar <= 0x1AAF)        // Tai Tham
        || (scalar >= 0xA9E0 && scalar <= 0xA9FF)        // Myanmar Extended-B
        || (scalar >= 0xAA60 && scalar <= 0xAADF)        // Myanmar Extended-A, Tai Viet
        || (scalar >= 0x11700 && scalar <= 0x1174F));    // Ahom
}

/// Copies `length` bytes of UTF-8 into `iterator->utf16`; returns the number of UTF-16 units,
/// or -1 when the text is to be bound as UTF-8: not valid UTF-8, with a character that does not
/// `reads_alike_in_utf16`, or with memory short.
static int64_t copy_to_utf16(cd_break_iterator *iterator, const uint8_t *text, int32_t length) {
    if (iterator->utf16_capacity < length) {
        int64_t capacity = length < 256 ? 256 : length;
        UChar *grown = realloc(iterator->utf16, (size_t)capacity * sizeof(UChar));
        if (grown == NULL) return -1;
        iterator->utf16 = grown;
        iterator->utf16_capacity = capacity;
    }
    UChar *out = iterator->utf16;
    int32_t units = 0;
    int32_t index = 0;
    while (index < length) {
        if (index + 8 <= length) {
            uint64_t chunk;
            memcpy(&chunk, text + index, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                for (int k = 0; k < 8; k++) out[units + k] = text[index + k];
                units += 8;
                index += 8;
                continue;
            }
        }
        if (text[index] < 0x80) {
            out[units++] = text[index++];
            continue;
        }
        UChar32 scalar;
        U8_NEXT(text, index, length, scalar);
        if (scalar < 0 || !reads_alike_in_utf16(scalar)) return -1;
        if (scalar <= 0xFFFF) {
            out[units++] = (UChar)scalar;
        } else {
            out[units++] = U16_LEAD(scalar);
            out[units++] = U16_TRAIL(scalar);
        }
    }
    return units;
}

int32_t cd_break_set_utf8(cd_break_iterator *iterator, const uint8_t *text, int64_t length, int32_t *status) {
    if (length < 0 || length > INT32_MAX) {
        *status = (int32_t)U_INDEX_OUTOFBOUNDS_ERROR;
        return -1;
    }
    static const uint8_t empty[1] = {0};
    const uint8_t *bytes = text ? text : empty;
    UErrorCode error = U_ZERO_ERROR;
    int64_t units = copy_to_utf16(iterator, bytes, (int32_t)length);
    UText *bound;
    // Reuses the UText allocation when one exists.
    if (units >= 0) {
        bound = utext_openUChars(iterator->text, iterator->utf16 ? iterator->utf16 : (const UChar *)u"", units, &error);
        iterator->mapped = units != length;
    } else {
        bound = utext_openUTF8(iterator->text, (const char *)bytes, length, &error);
        iterator->mapped = 0;
    }
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    iterator->text = bound;
    iterator->utf8 = bytes;
    iterator->utf8_offset = 0;
    iterator->utf16_offset = 0;
    ubrk_setUText(iterator->breaker, bound, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    ubrk_first(iterator->breaker);
    *status = 0;
    return 0;
}

/// The UTF-8 offset of `boundary`, a UTF-16 index at or after the last one mapped.
static inline int32_t utf8_offset_of(cd_break_iterator *iterator, int32_t boundary) {
    const uint8_t *text = iterator->utf8;
    int32_t utf8 = iterator->utf8_offset;
    int32_t utf16 = iterator->utf16_offset;
    while (utf16 < boundary) {
        uint8_t lead = text[utf8];
        if (lead < 0x80) {
            utf8 += 1; utf16 += 1;
        } else if (lead < 0xE0) {
            utf8 += 2; utf16 += 1;
        } else if (lead < 0xF0) {
            utf8 += 3; utf16 += 1;
        } else {
            utf8 += 4; utf16 += 2;
        }
    }
    iterator->utf8_offset = utf8;
    iterator->utf16_offset = utf16;
    return utf8;
}

int32_t cd_break_next_batch(cd_break_iterator *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(iterator->breaker);
        if (boundary == UBRK_DONE) break;
        offsets[count] = iterator->mapped ? utf8_offset_of(iterator, boundary) : boundary;
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
