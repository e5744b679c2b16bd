// Reads PETRARCH/TABARI agent dictionaries (PETR.Validate.agents.txt, Phoenix.agents.txt) into
// an AgentDictionary.
//
//   !MINST! = MINISTER, MINISTERS, MINISTRY   substitution set, used as "!MINST!_OF_DEFENSE"
//   POLICE {} [~COP]                          "{}": no plural
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]  the plural given
//   PRESIDENT [~GOV]                          regular plural generated ("presidents")
//   HUMAN_RIGHTS_BODY [NGO~]                  code before the actor's: "NGOARN"
// Substituted phrases get no further plural, as in PETRARCH. A malformed line is reported as
// "file:line: reason" and skipped.
#pragma once

#include <string>
#include <vector>

#include "sitrep/dictionaries/agent_dictionary.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

// True when `file` is not in sitrep's own agent format (whose entries open "agent MIL").
bool LooksLikePetrarchAgents(const DictionaryFile& file);

void ReadPetrarchAgents(const DictionaryFile& file, AgentDictionary* dict, std::vector<std::string>* problems);

}  // namespace sitrep::dictionaries
