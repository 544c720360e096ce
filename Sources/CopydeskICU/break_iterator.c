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
// the copy. Boundaries come back as UTF-16 indices and are mapped to UTF-8 offsets through a table
// made with the copy (none for the text's ASCII prefix, which is all of most English articles).
// Three kinds of text are bound as UTF-8 and read in place, as ICU read all text before: text over
// a megabyte (which bounds the memory the copy keeps), text that is not valid UTF-8, and text in a
// script whose ICU dictionary engine depends on the encoding (see `reads_alike_in_utf16`).
struct cd_break_iterator {
    UBreakIterator *breaker;
    UText *text;
    cd_break_kind kind;
    /// The bound UTF-8 text and the offset of the last boundary read in it (0 after binding).
    const uint8_t *utf8;
    int32_t previous_boundary;
    /// The UTF-16 copy of the bound text (grown as needed, kept across texts).
    UChar *utf16;
    int64_t utf16_capacity;
    /// ICU's offsets below `first_mapped` are UTF-8 offsets already (the text's ASCII prefix,
    /// or all of it when it is ASCII or bound as UTF-8); offset `first_mapped + i` is at UTF-8
    /// offset `utf8_offsets[i]`.
    int32_t first_mapped;
    int32_t *utf8_offsets;
    int64_t utf8_offsets_capacity;
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
    iterator->kind = kind;
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
    copy->kind = iterator->kind;
    *status = 0;
    return copy;
}

void cd_break_close(cd_break_iterator *iterator) {
    if (iterator == NULL) return;
    if (iterator->breaker) ubrk_close(iterator->breaker);
    if (iterator->text) utext_close(iterator->text);
    free(iterator->utf16);
    free(iterator->utf8_offsets);
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

/// Grows `*buffer` to hold at least `count` elements of `size` bytes; returns 0 when memory is short.
static int reserve(void **buffer, int64_t *capacity, int64_t count, size_t size) {
    if (*capacity >= count) return 1;
    int64_t grown = count < 256 ? 256 : count;
    void *moved = realloc(*buffer, (size_t)grown * size);
    if (moved == NULL) return 0;
    *buffer = moved;
    *capacity = grown;
    return 1;
}

/// Whether the eight bytes at `bytes` are all ASCII.
static inline int is_ascii8(const uint8_t *bytes) {
    uint64_t chunk;
    memcpy(&chunk, bytes, 8);
    return (chunk & 0x8080808080808080ULL) == 0;
}

/// Whether the sixteen bytes at `bytes` are all ASCII.
static inline int is_ascii16(const uint8_t *bytes) {
    uint64_t low, high;
    memcpy(&low, bytes, 8);
    memcpy(&high, bytes + 8, 8);
    return ((low | high) & 0x8080808080808080ULL) == 0;
}

#if defined(__clang__)
typedef uint8_t cd_u8x16 __attribute__((ext_vector_type(16)));
typedef uint16_t cd_u16x16 __attribute__((ext_vector_type(16)));
typedef int32_t cd_i32x8 __attribute__((ext_vector_type(8)));
#endif

/// Copies sixteen ASCII bytes to sixteen UTF-16 units (two vector stores where the compiler has
/// vector types; the scalar loop is not vectorized, as `out` and `in` may alias).
static inline void widen16(UChar *out, const uint8_t *in) {
#if defined(__clang__)
    cd_u8x16 bytes;
    memcpy(&bytes, in, 16);
    cd_u16x16 units = __builtin_convertvector(bytes, cd_u16x16);
    memcpy(out, &units, 32);
#else
    for (int k = 0; k < 16; k++) out[k] = in[k];
#endif
}

/// Writes `first`, `first + 1`, … `first + 15` to `out`.
static inline void count16(int32_t *out, int32_t first) {
#if defined(__clang__)
    const cd_i32x8 steps = {0, 1, 2, 3, 4, 5, 6, 7};
    cd_i32x8 low = steps + first, high = low + 8;
    memcpy(out, &low, 32);
    memcpy(out + 8, &high, 32);
#else
    for (int k = 0; k < 16; k++) out[k] = first + k;
#endif
}

/// The longest text copied, in bytes: longer texts (far longer than articles) are read in place,
/// so that the copy and its offset table (up to six bytes per byte of text) stay small.
#define UTF16_COPY_LIMIT (1 << 20)

/// Copies `length` bytes of UTF-8 into `iterator->utf16` and, from the first byte outside
/// ASCII on, the UTF-8 offset of each unit into `iterator->utf8_offsets`. Returns the number of
/// UTF-16 units, or -1 when the text is to be bound as UTF-8: longer than `UTF16_COPY_LIMIT`,
/// not valid UTF-8, with a character that does not `reads_alike_in_utf16`, or with memory short.
static int64_t copy_to_utf16(cd_break_iterator *iterator, const uint8_t *text, int32_t length) {
    if (length > UTF16_COPY_LIMIT) return -1;
    if (!reserve((void **)&iterator->utf16, &iterator->utf16_capacity, length, sizeof(UChar))) return -1;
    UChar *out = iterator->utf16;
    int32_t index = 0;
    // The ASCII prefix: units and bytes alike, nothing to map.
    while (index + 16 <= length && is_ascii16(text + index)) {
        widen16(out + index, text + index);
        index += 16;
    }
    if (index + 8 <= length && is_ascii8(text + index)) {
        for (int k = 0; k < 8; k++) out[index + k] = text[index + k];
        index += 8;
    }
    while (index < length && text[index] < 0x80) {
        out[index] = text[index];
        index += 1;
    }
    if (index == length) {
        iterator->first_mapped = INT32_MAX;
        return length;
    }
    int32_t first = index;
    iterator->first_mapped = first;
    // At most one unit per byte from here, and one more offset for the end.
    if (!reserve((void **)&iterator->utf8_offsets, &iterator->utf8_offsets_capacity, length - first + 1, sizeof(int32_t))) return -1;
    int32_t *offsets = iterator->utf8_offsets;   // offsets[unit - first]
    int32_t units = first;
    while (index < length) {
        uint8_t lead = text[index];
        if (lead < 0x80) {
            if (index + 16 <= length && is_ascii16(text + index)) {
                widen16(out + units, text + index);
                count16(offsets + (units - first), index);
                units += 16;
                index += 16;
            } else if (index + 8 <= length && is_ascii8(text + index)) {
                for (int k = 0; k < 8; k++) {
                    out[units + k] = text[index + k];
                    offsets[units - first + k] = index + k;
                }
                units += 8;
                index += 8;
            } else {
                out[units] = lead;
                offsets[units++ - first] = index++;
            }
            continue;
        }
        // Two-byte characters (U+0080–U+07FF, lead bytes C2–DF: Latin accents, Greek, Cyrillic,
        // Hebrew, Arabic; none overlong, all `reads_alike_in_utf16`), decoded here.
        if (lead >= 0xC2 && lead <= 0xDF && index + 1 < length && (text[index + 1] & 0xC0) == 0x80) {
            out[units] = (UChar)(((lead & 0x1F) << 6) | (text[index + 1] & 0x3F));
            offsets[units++ - first] = index;
            index += 2;
            continue;
        }
        // Kana, CJK punctuation and ideographs (U+3000–U+9FFF, lead bytes E3–E9: no overlong or
        // surrogate forms, and all `reads_alike_in_utf16`), decoded here: most of Chinese and
        // Japanese text, for which the general decoder below cost half of binding.
        if (lead >= 0xE3 && lead <= 0xE9 && index + 2 < length
            && (text[index + 1] & 0xC0) == 0x80 && (text[index + 2] & 0xC0) == 0x80) {
            out[units] = (UChar)(((lead & 0x0F) << 12) | ((text[index + 1] & 0x3F) << 6) | (text[index + 2] & 0x3F));
            offsets[units++ - first] = index;
            index += 3;
            continue;
        }
        int32_t start = index;
        UChar32 scalar;
        U8_NEXT(text, index, length, scalar);
        if (scalar < 0 || !reads_alike_in_utf16(scalar)) return -1;
        if (scalar <= 0xFFFF) {
            out[units] = (UChar)scalar;
            offsets[units++ - first] = start;
        } else {
            out[units] = U16_LEAD(scalar);
            offsets[units++ - first] = start;
            out[units] = U16_TRAIL(scalar);
            offsets[units++ - first] = start;   // never a boundary: ICU breaks between scalars
        }
    }
    offsets[units - first] = length;
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
    } else {
        bound = utext_openUTF8(iterator->text, (const char *)bytes, length, &error);
        iterator->first_mapped = INT32_MAX;
    }
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    iterator->text = bound;
    iterator->utf8 = bytes;
    iterator->previous_boundary = 0;
    // Also moves to the start of the text (no ubrk_first needed).
    ubrk_setUText(iterator->breaker, bound, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    *status = 0;
    return 0;
}

/// Whether the rule status of a segment starting with `byte` is 0 without asking ICU: ICU's word
/// rules tag no segment that starts with ASCII white space (spaces, tabs and line breaks make
/// untagged segments of their own, with any combining marks after them). Half the word segments
/// of prose are spaces.
static inline int status_is_zero(const cd_break_iterator *iterator, uint8_t byte) {
    return iterator->kind == CD_BREAK_WORD && (byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09);
}

/// The iterator's next boundary as an offset into the UTF-8 text (mapped back from the UTF-16
/// copy when ICU reads one), or UBRK_DONE at the end.
static inline int32_t next_utf8_boundary(cd_break_iterator *iterator) {
    int32_t boundary = ubrk_next(iterator->breaker);
    if (boundary == UBRK_DONE) return UBRK_DONE;
    return boundary < iterator->first_mapped ? boundary : iterator->utf8_offsets[boundary - iterator->first_mapped];
}

int32_t cd_break_next_batch(cd_break_iterator *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    // No text bound to this iterator yet (a clone shares its prototype's text with ICU, but not
    // our offset table): nothing to read.
    if (iterator->utf8 == NULL) return 0;
    int32_t count = 0;
    int32_t previous = iterator->previous_boundary;
    while (count < capacity) {
        int32_t offset = next_utf8_boundary(iterator);
        if (offset == UBRK_DONE) break;
        offsets[count] = offset;
        if (statuses) {
            statuses[count] = status_is_zero(iterator, iterator->utf8[previous]) ? 0 : ubrk_getRuleStatus(iterator->breaker);
        }
        previous = offset;
        count++;
    }
    iterator->previous_boundary = previous;
    return count;
}

int32_t cd_break_next_words(cd_break_iterator *iterator, int32_t *starts, int32_t *ends, int32_t *statuses, int32_t capacity) {
    if (iterator->utf8 == NULL || iterator->kind != CD_BREAK_WORD) return 0;
    const uint8_t *text = iterator->utf8;
    int32_t count = 0;
    int32_t previous = iterator->previous_boundary;
    while (count < capacity) {
        int32_t offset = next_utf8_boundary(iterator);
        if (offset == UBRK_DONE) break;
        if (!status_is_zero(iterator, text[previous])) {
            starts[count] = previous;
            ends[count] = offset;
            statuses[count] = ubrk_getRuleStatus(iterator->breaker);
            count++;
        }
        previous = offset;
    }
    iterator->previous_boundary = previous;
    return count;
}

const char *cd_icu_version(void) {
    return U_ICU_VERSION;
}

const char *cd_icu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
