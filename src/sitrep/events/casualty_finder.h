// CasualtyFinder: the counts of people killed and wounded that a sentence states.
//
//   "killing at least 12 civilians"      killed 12, at least   (count after an active verb)
//   "two soldiers died", "dozens were wounded", "left 12 dead"   (count before the verb)
//   "about 30", "nearly 30" -> approximate; "more than 20", "over 20" -> at least;
//   "up to 15" -> at most; "a policeman was killed" -> 1; "no one was hurt" -> 0;
//   "a dozen" 12, "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2000, "several" 3
//   (all approximate, the conventions docs/output.md lists).
// Arrested, displaced, kidnapped or missing people are not casualties; modal or infinitive
// verbs ("may have been killed", "threatened to kill") state no count. A count before the verb
// must belong to its clause: with a parse, no other verb may stand between them.
// Input: story tokens, a sentence range and optionally each token's UPOS (may be empty).
// Output: counts in text order; each count's words are used once.
// Thread-safety: stateless.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/core/token.h"

namespace sitrep::events {

enum class CountQualifier { kExact, kAtLeast, kApproximate, kAtMost };
const char* CountQualifierName(CountQualifier q);  // "exact", "at_least", "approximate", "at_most"

struct CasualtyCount {
  bool killed = true;  // false: wounded or injured
  int64_t n = 0;
  CountQualifier qualifier = CountQualifier::kExact;
  int32_t first_token = 0;  // the count's words (qualifier included), story token indices
  int32_t last_token = 0;   // exclusive
  int32_t trigger = 0;      // the verb or adjective that says killed/wounded
};

class CasualtyFinder {
 public:
  // `upos` is indexed by story token (empty when the story has no parse).
  std::vector<CasualtyCount> Find(const std::vector<Token>& tokens, int32_t first, int32_t last,
                                  const std::vector<std::string>& upos) const;
};

}  // namespace sitrep::events
