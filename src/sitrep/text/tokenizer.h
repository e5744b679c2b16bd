// Tokenizer: normalized text -> tokens with offsets into the original story text.
//
// Splits the way UD English-EWT is tokenized, so the tagger and parser trained on it see the
// tokens they were trained on:
//   - whitespace separates; punctuation is split off words ("Mosul," -> "Mosul" ",");
//   - clitics split off: 's 're 've 'll 'd 'm n't ("Iraq's" -> "Iraq" "'s", "don't" -> "do"
//     "n't", "can't" -> "ca" "n't", "won't" -> "wo" "n't", "cannot" -> "can" "not");
//   - abbreviations keep their period: acronyms with dots (U.S., U.N., e.g.), single-letter
//     initials (J.), and a fixed list of titles, months and company suffixes (Gen., Mr., Jan.,
//     Inc.); "No." only before a number ("No. 2");
//   - numbers keep their inner commas and points (1,000; 3.5), hyphenated words stay whole
//     (U.S.-backed, AK-47), "--" and "..." are single tokens, URLs and e-mail addresses stay whole.
// Output tokens are in text order, non-empty, non-overlapping, and every token's [start,end)
// lies inside the original text. Thread-safety: stateless.
#pragma once

#include <vector>

#include "sitrep/core/token.h"
#include "sitrep/text/normalizer.h"

namespace sitrep::text {

// Token plus tokenizer facts the sentence splitter needs.
struct TokenInfo {
  bool abbreviation = false;   // ends with a period that belongs to the word (U.S., Gen.)
  bool title = false;          // an abbreviation that never ends a sentence (Gen., Mr., No.)
  bool paragraph_before = false;  // a blank line (two or more newlines) precedes the token
};

struct Tokenization {
  std::vector<Token> tokens;
  std::vector<TokenInfo> info;  // parallel to `tokens`
};

Tokenization Tokenize(const NormalizedText& text);

}  // namespace sitrep::text
