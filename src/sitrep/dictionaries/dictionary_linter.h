// DictionaryLinter: checks a loaded DictionarySet for the mistakes that make a coder quietly
// wrong, so dictionaries can be written at scale and reviewed as diffs (`sitrep dict check`).
//
// Errors:
//   - lines the readers skipped (malformed entries, unknown event codes);
//   - actor codes that are not CAMEO-shaped (capitals, digits or '-', in 3-letter chunks) or
//     whose first chunk is neither a country or ethnic code of the dictionaries nor a
//     transnational prefix (IGO, NGO, IMG, MNC, UIS, ---);
//   - a `country:` that is no country's ISO code;
//   - two date windows of one entry that cover the same days with different codes (a window
//     ending on the day the next begins is a handover, not an overlap);
//   - one phrase naming two actors with different codes, or two agents;
//   - a verb or noun pattern that can never fire: an earlier identical one takes its matches,
//     or one tried before it matches wherever it does (the same verb; its elements a prefix of
//     this one's, each covering it) (errors when the codes differ; warnings when they agree),
//     or its words are an actor phrase (actors are found first);
//   - undefined or circular word classes (reported by the reader, as skipped lines).
// Warnings:
//   - the same phrase twice with the same code; dated windows of one code that overlap;
//   - a "---" pattern with nothing to block (no pattern or verb naming an event is tried after
//     it), an event pattern that adds nothing (everything tried after it, and the verb alone,
//     give the same code), a word class never used or listing a member twice;
//   - a person's role chunk (IRQ*GOV*) that is no agent code;
//   - an agent noun that is also an actor phrase (the actor wins the tie);
//   - a codebook code without a PLOVER type (except root 01, which PLOVER leaves out).
// Input: the set as loaded (any format). Output: findings in file order, each "file:line".
#pragma once

#include <string>
#include <vector>

#include "sitrep/dictionaries/dictionary_set.h"

namespace sitrep::dictionaries {

struct LintFinding {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string location;  // "file:line", or the file alone
  std::string message;
};

std::vector<LintFinding> LintDictionaries(const DictionarySet& set);

// "dictionaries/verbs/19_fight.txt:42" -> "dictionaries/verbs/19_fight.txt".
std::string FileOfRule(const std::string& rule);

}  // namespace sitrep::dictionaries
