// UTF-8 checks and repair on top of utf8proc.
//
// Readers call RepairUtf8 on every text before it enters the pipeline, so every later stage may
// assume valid UTF-8. Repair replaces each maximal invalid byte sequence with U+FFFD, which keeps
// the rest of the text (and so its code point offsets) intact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::text {

// Replaces invalid UTF-8 sequences in *s with U+FFFD. Returns how many were replaced (0: untouched).
size_t RepairUtf8(std::string* s);

bool IsValidUtf8(std::string_view s);

// Number of Unicode code points in a valid UTF-8 string.
int32_t CountCodePoints(std::string_view s);

// True when the bytes look like a binary file rather than text: a NUL byte, or more than 10% of
// the first 4 KiB being C0 control bytes other than tab, newline and carriage return.
bool LooksBinary(std::string_view s);

// Lowercases with Unicode simple case mapping; ASCII fast path.
std::string ToLower(std::string_view s);

// Byte offset of the code point with index `cp` in valid UTF-8 `s` (s.size() when past the end).
size_t ByteOffsetOfCodePoint(std::string_view s, int32_t cp);

}  // namespace sitrep::text
