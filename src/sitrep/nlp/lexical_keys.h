// LexicalKeys: the hashed spellings of one word that the tagger's and parser's features are
// built from — the lowercased word, the word as written, its prefixes and suffixes, and its
// shape ("Mosul" -> "Xx", "U.S." -> "X.X.", "1,200" -> "d,d"). Computed once per word so a
// feature is a few integer mixes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::nlp {

struct LexicalKeys {
  uint64_t lower = 0;
  uint64_t form = 0;
  uint64_t shape = 0;
  uint64_t prefix[3] = {};  // 1..3 leading code points of the lowercased word
  uint64_t suffix[4] = {};  // 1..4 trailing code points
  bool capitalized = false;
  bool all_caps = false;
  bool has_digit = false;
  bool has_hyphen = false;
};

// The word's shape: letters become X/x, digits d, runs of the same class collapse to one.
std::string WordShape(std::string_view form);

LexicalKeys ComputeLexicalKeys(std::string_view form, std::string_view lower);

// Lowercase, with an ASCII fast path (delegates to text::ToLower otherwise).
std::string LowerWord(std::string_view form);

}  // namespace sitrep::nlp
