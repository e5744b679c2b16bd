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
//   - a verb or noun pattern that can never fire: an earlier identical one takes its matches
//     (error when the codes differ), or its words are an actor phrase (actors are found first).
// Warnings:
//   - the same phrase twice with the same code; dated windows of one code that overlap;
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

// "dictionaries/verbs.txt:42" -> "dictionaries/verbs.txt".
std::string FileOfRule(const std::string& rule);

}  // namespace sitrep::dictionaries
