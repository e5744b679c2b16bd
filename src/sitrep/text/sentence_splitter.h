// SentenceSplitter: groups a story's tokens into sentences.
//
// A sentence ends after ".", "!", "?" (or a run of them), after "..." when the next token starts
// with a capital letter, and at a blank line. Closing quotes and brackets glued to the end mark
// stay with the sentence they close ('He said "stop." Then' -> 'He said "stop."' | 'Then').
// Abbreviations keep their period inside the token (see Tokenizer), so "Gen. Smith" and
// "No. 2" never split; a dotted acronym or a non-title abbreviation ("U.S.", "etc.") ends a
// sentence only when the next word is a capitalised common sentence opener ("The", "But",
// "He"...), because "the U.S. Army" must stay whole. Sentences longer than `max_tokens` are
// cut there, so one run-on "sentence" cannot blow up later stages.
// Output: sentences in order, covering every token exactly once. Thread-safety: stateless.
#pragma once

#include <vector>

#include "sitrep/core/token.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep::text {

std::vector<Sentence> SplitSentences(const Tokenization& tokens, int max_tokens = 250);

}  // namespace sitrep::text
