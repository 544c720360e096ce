// Copydesk's opaque C facade over ICU break iteration.
//
// This header deliberately includes no ICU header: Swift modules that import Foundation
// cannot see ICU's headers (they clash with Foundation's private ICU). Names here are
// stable (ICU's own symbols carry a version suffix such as `ubrk_open_72`).
#ifndef COPYDESK_ICU_H
#define COPYDESK_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Asks the CPU to start loading the cache line at `address` for reading. A hint only: it
/// changes no result (Swift has no prefetch of its own; hash tables use it to overlap misses).
static inline void cd_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

/// Which boundaries a break iterator finds.
typedef enum {
    CD_BREAK_CHARACTER = 0,
    CD_BREAK_WORD = 1,
    CD_BREAK_LINE = 2,
    CD_BREAK_SENTENCE = 3
} cd_break_kind;

/// An ICU break iterator together with the UTF-8 text it is bound to. Not thread-safe:
/// clone one per task.
typedef struct cd_break_iterator cd_break_iterator;

/// Opens a break iterator for `locale` (e.g. "en", "ja"; NULL or "" for the root locale).
/// Returns NULL and sets `*status` (an ICU error code, > 0 on failure) when ICU fails.
cd_break_iterator *cd_break_open(cd_break_kind kind, const char *locale, int32_t *status);

/// A cheap, independent copy of `iterator` (no text bound). NULL on failure.
cd_break_iterator *cd_break_clone(const cd_break_iterator *iterator, int32_t *status);

/// Frees the iterator. NULL is ignored.
void cd_break_close(cd_break_iterator *iterator);

/// Binds UTF-8 text. ICU reads text up to a megabyte from a UTF-16 copy the iterator keeps
/// (faster than ICU's UTF-8 reader), and longer text, invalid UTF-8, Thai, Khmer and the like in
/// place; boundaries are UTF-8 offsets either way. `text` is borrowed: it must stay valid and unchanged while
/// boundaries are read from it. Once it is freed, the iterator may still
/// point at it, but neither this function (binding other text) nor `cd_break_close` reads
/// the text bound before: the only call that must not follow is `cd_break_next_batch`
/// until other text is bound. Lengths above INT32_MAX are rejected (ICU offsets are
/// 32-bit). Returns 0 on success.
int32_t cd_break_set_utf8(cd_break_iterator *iterator, const uint8_t *text, int64_t length, int32_t *status);

/// Fills up to `capacity` boundaries after the current position, in increasing order,
/// each as a UTF-8 byte offset with the rule status of the segment it ends (ICU's
/// `ubrk_getRuleStatus`; 0, without asking ICU, for a word segment that starts with an ASCII
/// space, tab or line break, which ICU's word rules never tag). The first call after binding
/// text starts at offset 0 (which is not reported). Returns how many were written; 0 when the
/// text is exhausted, or when no text was bound to this iterator (a fresh clone included). Reads
/// the bound text, which must still be valid (see `cd_break_set_utf8`).
int32_t cd_break_next_batch(cd_break_iterator *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity);

/// Fills up to `capacity` segments of a word iterator after the current position, in order,
/// leaving out those that start with an ASCII space, tab or line break (white space, which ICU's
/// word rules never tag): each as its start and end UTF-8 byte offsets and its rule status
/// (`ubrk_getRuleStatus`). About half the segments of prose are such white space, which then
/// never crosses the facade. The first call after binding text starts at offset 0. Returns how
/// many were written, fewer than `capacity` only when the text is exhausted; 0 for an iterator
/// that is not a word iterator or has no text bound. Reads the bound text, which must still be
/// valid (see `cd_break_set_utf8`).
int32_t cd_break_next_words(cd_break_iterator *iterator, int32_t *starts, int32_t *ends, int32_t *statuses, int32_t capacity);

/// The ICU version this facade was built against, e.g. "72.1".
const char *cd_icu_version(void);

/// A readable name for an ICU error code.
const char *cd_icu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
