// Normalizer: story text -> matching text, with a map back to the original.
//
// Produces NFKC text in which typographic variants are folded to the ASCII forms the
// dictionaries are written in: curly single quotes and primes -> ', curly double quotes and
// guillemets -> ", hyphen and en dash variants -> -, em dash -> --, ellipsis -> ..., exotic
// spaces -> ' ', zero-width characters and soft hyphens removed, other control characters -> ' '.
//
// Output: NormalizedText. For every byte b of `text`, orig_start[b] and orig_end[b] give the
// [start,end) code point range in the ORIGINAL text that produced it, so a token covering bytes
// [i,j) of the normalized text maps back to original code points [orig_start[i], orig_end[j-1]).
// Invariant: both maps are non-decreasing; orig_start[b] < orig_end[b].
//
// Thread-safety: stateless; Normalize may be called from any number of threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct NormalizedText {
  std::string text;
  std::vector<int32_t> orig_start;  // one entry per byte of `text`
  std::vector<int32_t> orig_end;    // one entry per byte of `text`
  int32_t orig_length = 0;          // code points in the original text
};

// REQUIRES: `original` is valid UTF-8 (see RepairUtf8).
NormalizedText Normalize(std::string_view original);

}  // namespace sitrep::text
