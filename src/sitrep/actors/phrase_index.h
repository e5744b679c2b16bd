// PhraseIndex: finds the longest dictionary phrase starting at a token.
//
// Phrases are bucketed by their first word (Token::lower for case-insensitive phrases,
// Token::form for all-capitals ones) and kept longest first, so a lookup checks only the
// phrases that can start at the token and stops at the first (longest) that matches.
// Thread-safety: immutable after Finish(); LongestAt may run on many threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/core/token.h"
#include "sitrep/dictionaries/phrase.h"

namespace sitrep::actors {

class PhraseIndex {
 public:
  struct Match {
    int32_t payload = -1;  // what Add() was given; -1: no match
    int32_t length = 0;    // tokens matched
  };

  // REQUIRES: `phrase` outlives the index and is non-empty.
  void Add(const dictionaries::Phrase* phrase, int32_t payload);
  void Finish();  // sorts buckets; call once after the last Add

  // Longest phrase matching tokens[i..] without passing `end`.
  Match LongestAt(const std::vector<Token>& tokens, int32_t i, int32_t end) const;

 private:
  struct Entry {
    const dictionaries::Phrase* phrase;
    int32_t payload;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_lower_;
  std::unordered_map<std::string, std::vector<Entry>> by_form_;
};

}  // namespace sitrep::actors
