// DiscardList: phrases that mark a sentence or a whole story as not to be coded (sports,
// entertainment, weather: "World Cup", "+typhoon"). The format is PETRARCH's, which sitrep also
// uses for its own lists (docs/dictionaries.md, "Discards"):
//     WORLD CUP            a sentence containing it is not coded
//     +TYPHOON             a story containing it is not coded at all
//     AFRICAN NATIONS CUP_ a final '_' requires the last word to end there; without it the last
//                          word is a stem ("ballclub" also matches "ballclubs")
// Matching is on tokens, case-insensitive. Thread-safety: immutable after loading.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/core/token.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

struct DiscardEntry {
  std::vector<std::string> words;  // lowercase tokens
  bool whole_story = false;        // '+': discard the story, not only the sentence
  bool last_word_is_stem = true;
  std::string text;                // as written
  std::string rule;                // file:line
};

class DiscardList {
 public:
  void Add(const DictionaryFile& file, std::vector<std::string>* problems);
  void Finish();  // builds the lookup index; call after the last Add
  const std::vector<DiscardEntry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

  // The first entry found in tokens [first, last), or nullptr.
  const DiscardEntry* Find(const std::vector<Token>& tokens, int32_t first, int32_t last) const;

 private:
  bool MatchesAt(const DiscardEntry& e, const std::vector<Token>& tokens, int32_t i, int32_t last) const;

  std::vector<DiscardEntry> entries_;
  // Entries by exact first word, and one-word stems sorted, so a token costs one hash lookup
  // and one binary search however long the list is.
  std::unordered_map<std::string, std::vector<int32_t>> by_first_word_;
  std::vector<std::pair<std::string, int32_t>> stems_;
};

}  // namespace sitrep::dictionaries
