// VerbMatcher: finds the verbs and nouns of the verb dictionary in a sentence and, for each, the
// most specific pattern around it that matches.
//
// A word is looked up by its lowercase form, and with a parse also by its lemma (dictionaries
// that list irregular forms explicitly need not list every one).
// At each token, noun entries (sitrep's contiguous "air strikes") are tried before verbs and
// consume their words, longest first; a "---" noun consumes them and names no event; with a
// parse, a one-word noun tagged VERB is left to the verbs. A noun among the words a verb's
// pattern used ("called for talks") is dropped: it is what the verb is about. A verb must be a verb here: tagged VERB when the sentence has a parse
// (a multi-word verb's fixed words are evidence enough);
// without one, a form right after a determiner or possessive ("the attack") is a noun, and a bare
// lemma counts only after "to", a modal, do-support, a negation or an actor. Tokens inside actor
// mentions are never verbs ("Rapid Support Forces").
// For a verb, the patterns of every block it belongs to are tried most specific first; the
// first that matches decides: its code, or no event at all for "---". When none matches, the
// verb's bare code applies (none when that is "---" too).
// Pattern elements (verb_dictionary.h) match in text order: words and synsets on token
// lowercase forms; '$', '+' and '%' on an actor mention starting there (after an optional
// article); '^' on one to eight words. Non-adjacent elements may be up to the pattern's max_gap
// words apart; sitrep's own gapped particles never cross a comma, semicolon or dash.
// Thread-safety: const after construction.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/dictionaries/verb_dictionary.h"
#include "sitrep/events/dependency_tree.h"

namespace sitrep::events {

struct VerbMatch {
  int32_t head = 0;         // token of the verb (or first noun word)
  int32_t first = 0;        // first token of the verb's own words (a multi-word verb's prefix)
  int32_t last = 0;         // one past the verb's own words
  int32_t pattern_end = 0;  // one past the last token the pattern used (>= last)
  const dictionaries::VerbPattern* pattern = nullptr;
  const dictionaries::VerbEntry* entry = nullptr;
  // Mentions (indexes into the sentence's mentions) at the pattern's '$', '+' and '%' slots.
  int32_t source = -1, target = -1, compound = -1;
};

class VerbMatcher {
 public:
  // REQUIRES: `verbs` outlives the matcher.
  explicit VerbMatcher(const dictionaries::VerbDictionary& verbs);

  // `tree` may be empty (no parse). With `trace`, appends one line per verb considered and per
  // pattern tried, for `sitrep explain`.
  std::vector<VerbMatch> Find(const std::vector<Token>& tokens, const Sentence& sentence,
                              const std::vector<actors::ActorMention>& mentions, const DependencyTree& tree,
                              std::vector<std::string>* trace = nullptr) const;

 private:
  const dictionaries::VerbDictionary& verbs_;
  std::unordered_map<std::string, std::vector<int32_t>> by_head_;  // head form -> entries
  // Per pattern, words one of which must occur in the sentence for it to match (the first words
  // of its most selective element); empty when it needs none. Most patterns of a big block fail
  // on this check without being tried.
  std::vector<std::vector<std::string>> anchors_;
};

}  // namespace sitrep::events
