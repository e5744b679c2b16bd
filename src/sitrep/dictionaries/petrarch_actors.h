// Reads PETRARCH/TABARI actor dictionaries (PETR.Validate.actors.txt, Phoenix.*.actors.txt)
// into an ActorDictionary.
//
// A record is a primary phrase with an optional default code, "+" synonym lines, and
// tab-indented date restrictions:
//     GOLLUM
//     +SMEAGOL
//         [HOB <950601]                    before or on 1995-06-01
//         [HOBGOV 19950601 - 19990815]     between, inclusive
//         [HOBREB >990816]                 on or after
// Dates are YYMMDD (YY <= 30 is 20YY) or YYYYMMDD. Restrictions are tried in file order and the
// default code (the one on the primary line, or an undated "[CODE]" line) applies when none
// covers the story's date. Phrases join words with '_' or spaces; a trailing '_' is dropped.
// Entries come in as ActorKind::kCoded. A code of three capital letters is also registered as
// a country code for the output's country field.
// A malformed line is reported as "file:line: reason" and skipped.
#pragma once

#include <string>
#include <vector>

#include "sitrep/dictionaries/actor_dictionary.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

// True when `file` is not in sitrep's own actor format (whose entries open "country IRQ", ...).
bool LooksLikePetrarchActors(const DictionaryFile& file);

void ReadPetrarchActors(const DictionaryFile& file, ActorDictionary* dict, std::vector<std::string>* problems);

}  // namespace sitrep::dictionaries
