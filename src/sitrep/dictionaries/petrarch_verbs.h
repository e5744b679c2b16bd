// Reads PETRARCH/TABARI verb dictionaries into a VerbDictionary.
//
// Both dialects in use are read:
//  - PETRARCH 1 / TABARI (PETR.Validate.verbs.txt): patterns are words in text order around the
//    verb '*', '_' joins words that must be consecutive ("IN_*", "WILL_*_TALKS"), '$' and '+'
//    mark where the source and target are, '%' a compound actor, '^' a skipped noun phrase;
//  - PETRARCH 2 (CAMEO.2.0.txt): the same, plus "{FINANCIAL AID}" noun phrases and
//    "(TO BORDER)" prepositional phrases, which are read as the words they contain, in order.
// Common to both: "&NAME" synsets with "+PHRASE" members (regular plurals added unless the name
// or the phrase ends in '_'; members may be synsets), "--- NAME [CODE] ---" verb blocks, verb
// lines "VERB {FORMS} [CODE]" and multi-word verbs "+CORDON_OFF {...}", "WIRE_+TAP {...}",
// pattern lines "- PATTERN [CODE]" with reciprocal codes "[032:033]" and "[---]" for no event.
// "~" transformation lines (PETRARCH 2) are counted and not applied.
// Codes are kept as written even when the CAMEO codebook lacks them (the validation suite uses
// WEIS-era and made-up codes); they are counted in `codes_outside_codebook`.
// A malformed line is reported as "file:line: reason" and skipped.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "sitrep/dictionaries/cameo_codebook.h"
#include "sitrep/dictionaries/dictionary_file.h"
#include "sitrep/dictionaries/verb_dictionary.h"

namespace sitrep::dictionaries {

struct PetrarchVerbStats {
  int verbs = 0, patterns = 0, synsets = 0, transformations = 0;
  std::set<std::string> codes_outside_codebook;
};

// True when `file` looks like a PETRARCH verb file (verb blocks or '- ' pattern lines).
bool LooksLikePetrarchVerbs(const DictionaryFile& file);

void ReadPetrarchVerbs(const DictionaryFile& file, const CameoCodebook& codebook, VerbDictionary* dict,
                       std::vector<std::string>* problems, PetrarchVerbStats* stats);

}  // namespace sitrep::dictionaries
