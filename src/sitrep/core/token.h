// Token and Sentence: the text stage's output, consumed by every later stage.
//
// A token's `form` is its normalized spelling (NFKC, ASCII quotes and dashes, repaired
// apostrophes) used for matching; `start`/`end` are [start,end) code point offsets into the
// ORIGINAL story text, so a token always points back at the words a reader sees. Clitics split
// the UD way ("Iraq's" -> "Iraq" + "'s", "don't" -> "do" + "n't") share the original word's
// characters: the two spans are adjacent and together cover the word.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sitrep {

struct Token {
  std::string form;   // normalized surface form
  std::string lower;  // `form` lowercased (Unicode simple case mapping)
  int32_t start = 0;  // code point offset into Story::text, inclusive
  int32_t end = 0;    // code point offset into Story::text, exclusive
  bool space_after = true;  // false when the next token follows without whitespace (CoNLL-U SpaceAfter=No)
};

struct Sentence {
  int32_t index = 0;        // 0-based position in the story
  int32_t first_token = 0;  // index into the story's token vector
  int32_t last_token = 0;   // exclusive
  int32_t start = 0;        // code point offsets into Story::text of the first token's start...
  int32_t end = 0;          // ...and the last token's end
  int32_t size() const { return last_token - first_token; }
};

}  // namespace sitrep
