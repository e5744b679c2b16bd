// AgentDictionary: CAMEO agent roles (GOV, MIL, COP, REB, ...) and the nouns that name them
// (format: docs/dictionaries.md, "Agents"). Agents compose with actors: "Iraqi troops" is the
// country IRQ plus the agent MIL, coded IRQMIL.
// Thread-safety: immutable after loading; share freely.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/dictionaries/dictionary_file.h"
#include "sitrep/dictionaries/phrase.h"

namespace sitrep::dictionaries {

struct AgentEntry {
  std::string code;     // "MIL"; PETRARCH agents may carry several roles ("GOVFRM")
  std::string rule;     // file:line of the header
  bool prefix = false;  // PETRARCH "[NGO~]": the code goes before the actor's ("NGOARN")
};

struct AgentPhrase {
  Phrase phrase;
  int32_t entry = 0;  // index into entries()
  std::string rule;
};

class AgentDictionary {
 public:
  void Add(const DictionaryFile& file, std::vector<std::string>* problems);
  // Building blocks for other readers (petrarch_agents.h). AddEntry returns the entry's index.
  int32_t AddEntry(AgentEntry e) {
    entries_.push_back(std::move(e));
    return static_cast<int32_t>(entries_.size() - 1);
  }
  void AddPhrase(AgentPhrase p) { phrases_.push_back(std::move(p)); }
  const std::vector<AgentEntry>& entries() const { return entries_; }
  const std::vector<AgentPhrase>& phrases() const { return phrases_; }

 private:
  std::vector<AgentEntry> entries_;
  std::vector<AgentPhrase> phrases_;
};

}  // namespace sitrep::dictionaries
