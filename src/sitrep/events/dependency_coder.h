// DependencyCoder: "who did what to whom" from the dependency tree — the coder the pipeline
// uses whenever the sentence has a parse (PositionalCoder remains for text without one).
//
// For each verb match (verb_matcher.h):
//   subject  the verb's nsubj; a verb without one borrows it up the chain of xcomp and conj
//            heads ("Arnor is about to restore ...", "X condemned A and promised B"); the
//            subject of a relative clause is the noun it modifies ("rebels who attacked ...").
//   source   the actor mention that holds the subject's head word, else the first actor inside
//            the subject phrase; in the passive ("was attacked by X") the obl:agent instead.
//   target   in the active voice, the first actor after the verb inside the verb's own phrase,
//            leaving out the subject and every embedded clause (ccomp, advcl, parataxis,
//            relative clauses, conjoined verbs) and every phrase headed by another coded verb;
//            in the passive, the subject.
//            A verb left without a target whose complement clause codes nothing takes the first
//            actor of that clause: "Arnor believes Dagolath can cope" -> ARN DAG; but "X said Y
//            attacked Z" gives only Y -> Z.
//   both     extend to the actors conjoined with them in the tree or by word order ("Fornost
//            and the evil Gondor" is two sources).
// The pattern's own '$', '+' and '%' slots win over all of this. Noun patterns ("air strikes")
// take their actors from the noun phrase, as PositionalCoder does. Negation: "not", "n't",
// "never" or "no longer" just before the verb (the event is kept and flagged, see
// docs/coding.md). With require_dyad (the default) both sides must be present.
// Thread-safety: const after construction.
#pragma once

#include <string>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/events/dependency_tree.h"
#include "sitrep/events/positional_coder.h"
#include "sitrep/events/raw_event.h"
#include "sitrep/events/verb_matcher.h"

namespace sitrep::events {

class DependencyCoder {
 public:
  explicit DependencyCoder(PositionalCoderOptions options = {}) : options_(options), positional_(options) {}

  // REQUIRES: !tree.empty(). With `trace`, appends one line per verb saying which source and
  // target it chose and why, or why it was dropped (for `sitrep explain`).
  std::vector<RawEvent> Code(const std::vector<Token>& tokens, const Sentence& sentence,
                             const std::vector<actors::ActorMention>& mentions, const std::vector<VerbMatch>& verbs,
                             const DependencyTree& tree, std::vector<std::string>* trace = nullptr) const;

 private:
  PositionalCoderOptions options_;
  PositionalCoder positional_;  // for noun patterns
};

}  // namespace sitrep::events
