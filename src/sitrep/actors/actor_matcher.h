// ActorMatcher: finds actor mentions in a sentence and composes them with agents.
//
// Step 1 — phrases: at each token the longest actor phrase or agent phrase wins (actor on a tie).
// Step 2 — composition, over runs of adjacent phrases:
//   country/ethnic adjective or name + agent noun   "Iraqi troops"        -> IRQ + MIL = IRQMIL
//   actor + 's + agent noun                         "Iraq's government"   -> IRQGOV
//   agent noun + in/of/from + country or capital    "police in Baghdad"   -> IRQCOP
//   group or person + agent noun                    "Islamic State militants" -> IMGMUSISI (the group)
//   several phrases in a row: the most specific one is the base (person > organisation/group >
//   country > ethnic): "Kurdish Peshmerga fighters" -> the Peshmerga's code
//   capital alone                                   "Baghdad said"        -> IRQGOV
//   agent alone                                     "the rebels"          -> ---REB
//   adjective alone ("the Iraqi city")              -> no actor
// Coordinated adjectives share the agent after them: "Iraqi and Kurdish forces" -> IRQMIL, KURMIL.
// Agents stack in text order: "Iraqi government troops" -> IRQGOVMIL; PETRARCH "[NGO~]" agents go
// before the actor's code ("MSF Arnor diplomat" -> NGOARNGOV). A code with slashes
// ("FRO/BIL/SAM") is a coded compound: one mention per member, all with the same words.
// The story's date selects date-windowed codes. Output mentions are in text order and never
// overlap, except the members of a coded compound, which share their span. Thread-safety: const after construction; Find may run on many threads at once.
#pragma once

#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/actors/phrase_index.h"
#include "sitrep/core/date.h"
#include "sitrep/core/token.h"
#include "sitrep/dictionaries/dictionary_set.h"

namespace sitrep::actors {

class ActorMatcher {
 public:
  // REQUIRES: `dicts` outlives the matcher.
  explicit ActorMatcher(const dictionaries::DictionarySet& dicts);

  std::vector<ActorMention> Find(const std::vector<Token>& tokens, const Sentence& sentence, const Date& date) const;

 private:
  const dictionaries::DictionarySet& dicts_;
  PhraseIndex actor_index_;  // payload: index into dicts_.actors.phrases()
  PhraseIndex agent_index_;  // payload: index into dicts_.agents.phrases()
};

}  // namespace sitrep::actors
