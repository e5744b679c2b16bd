// VerbMatcher: finds verb and noun event patterns in a sentence.
//
// At each token, noun patterns are tried before verb patterns and longer before shorter; the
// first that matches wins and its tokens are not reused. A verb form right after a determiner or
// possessive ("the attack", "its withdrawal") is a noun and is skipped unless a noun pattern
// claims it. Tokens inside actor mentions are never verbs ("Rapid Support Forces").
// Thread-safety: const after construction.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/dictionaries/verb_dictionary.h"

namespace sitrep::events {

struct VerbMatch {
  int32_t head = 0;       // token of the verb (or first noun word)
  int32_t last = 0;       // one past the last token the pattern used
  const dictionaries::VerbPattern* pattern = nullptr;
};

class VerbMatcher {
 public:
  // REQUIRES: `verbs` outlives the matcher.
  explicit VerbMatcher(const dictionaries::VerbDictionary& verbs);

  std::vector<VerbMatch> Find(const std::vector<Token>& tokens, const Sentence& sentence,
                              const std::vector<actors::ActorMention>& mentions) const;

 private:
  // head form -> patterns, nouns first, then by number of words, longest first.
  std::unordered_map<std::string, std::vector<const dictionaries::VerbPattern*>> by_head_;
};

}  // namespace sitrep::events
