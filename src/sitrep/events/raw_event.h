// RawEvent: an event before the codebook and text fields are attached (indexes into the
// sentence's mentions), and the steps every coder shares once it has chosen an event's sides.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/events/verb_matcher.h"

namespace sitrep::events {

struct RawEvent {
  int32_t source = -1;  // index into mentions, -1: none
  int32_t target = -1;
  VerbMatch verb;
  bool negated = false;
  bool reciprocal = false;  // the second event of a "[032:033]" pattern: code = second_code
  // Announced, not done ("will attack"): EventBuilder codes it as the intent or threat
  // (intent_code.h) when both codes are in the codebook.
  bool future = false;
  const char* coder = "positional";  // which coder chose the sides: "dependency" or "positional"
  const std::string& code() const { return reciprocal ? verb.pattern->second_code : verb.pattern->code; }
};

// Appends one event per (source, target) pair of `sources` x `targets` (-1 stands for a missing
// side), skipping pairs whose codes are equal and pairs already coded for this verb: "Kurdish
// Peshmerga fighters and Iraqi troops" both code IRQMIL and make one event, credited to the
// first mention. A reciprocal pattern ("[032:033]") adds the reverse of each pair with its
// second code, unless a compound already gave that direction ("% * [030:030]" is two events).
void AppendEvents(const std::vector<actors::ActorMention>& mentions, const VerbMatch& verb,
                  const std::vector<int32_t>& sources, const std::vector<int32_t>& targets, bool negated,
                  std::vector<RawEvent>* out, bool future = false);

// "its", "their", ...: an actor right after one is not an event's target ("withdraw its troops").
bool IsPossessivePronoun(const Token& t);

// "not", "n't", "never" or "no longer" within three tokens before the verb.
bool NegatedBefore(const std::vector<Token>& tokens, const Sentence& sentence, int32_t verb_head);

}  // namespace sitrep::events
