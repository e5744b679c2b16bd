// PositionalCoder: the first, syntax-free event coder, and the fallback once the dependency
// coder exists. It reads "who did what to whom" from word order around each verb pattern.
//
// For each verb/noun match in a sentence:
//   source  = the nearest actor mention before the verb (with every actor coordinated with it:
//             "Kurdish Peshmerga fighters and Iraqi troops attacked ..." gives two sources);
//             in "X attacked Y and seized Z", the second verb keeps X as its source;
//   target  = the nearest actor mention after the pattern's last word and before the next verb,
//             with its coordinated actors; none when that actor starts an embedded clause
//             ("X said Y attacked Z": "said" gets no target, "attacked" gets Y -> Z);
//   passive = "was/were/been ... <participle> by X": X is the source, the actor before the
//             target;
//   negated = "not", "n't", "never" or "no longer" within three tokens before the verb.
// A pattern's '$', '+' and '%' slots override these choices ('%': every member of the compound
// acts on every other). Reciprocal patterns ("[032:033]") add the reverse event with the second
// code.
// One event per (source, target) pair; pairs whose codes are identical are dropped. With
// require_dyad (the default, as in PETRARCH) both sides must be present.
// Thread-safety: const after construction.
#pragma once

#include <cstdint>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/events/raw_event.h"
#include "sitrep/events/verb_matcher.h"

namespace sitrep::events {

// The mentions coordinated with mentions[k] by word order (k included, in text order):
// neighbours separated only by "and", "or", "," and "the"/"both", and the members of a coded
// compound (same span).
std::vector<int32_t> CoordinatedMentions(const std::vector<Token>& tokens,
                                         const std::vector<actors::ActorMention>& mentions, int32_t k);

struct PositionalCoderOptions {
  bool require_dyad = true;
};

class PositionalCoder {
 public:
  explicit PositionalCoder(PositionalCoderOptions options = {}) : options_(options) {}

  std::vector<RawEvent> Code(const std::vector<Token>& tokens, const Sentence& sentence,
                             const std::vector<actors::ActorMention>& mentions,
                             const std::vector<VerbMatch>& verbs) const;

 private:
  PositionalCoderOptions options_;
};

}  // namespace sitrep::events
