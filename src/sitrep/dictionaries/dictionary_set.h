// DictionarySet: everything the coders read — the CAMEO codebook, actors, agents and verb
// patterns — loaded once and shared (const) by every thread.
//
// By default all of it comes from the dictionaries compiled into the binary. DictionaryPaths
// replaces any part with files on disk (the CLI's --verbs/--actors/--agents/--codebook).
// Loading never stops at a malformed line: each one is reported in `problems` as
// "file:line: reason" and skipped. It fails only when a file cannot be read or a part ends up
// empty (no codebook, no verb pattern, no actor).
#pragma once

#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/dictionaries/actor_dictionary.h"
#include "sitrep/dictionaries/agent_dictionary.h"
#include "sitrep/dictionaries/cameo_codebook.h"
#include "sitrep/dictionaries/verb_dictionary.h"

namespace sitrep::dictionaries {

struct DictionaryPaths {
  std::string codebook;             // empty: embedded dictionaries/cameo_codebook.tsv
  std::vector<std::string> actors;  // empty: embedded dictionaries/actors/*.txt
  std::string agents;               // empty: embedded dictionaries/agents.txt
  std::string verbs;                // empty: embedded dictionaries/verbs.txt
};

struct DictionarySet {
  CameoCodebook codebook;
  ActorDictionary actors;
  AgentDictionary agents;
  VerbDictionary verbs;
  std::vector<std::string> problems;  // "file:line: reason" for every skipped line
};

Result<DictionarySet> LoadDictionaries(const DictionaryPaths& paths = {});

// Loads from in-memory files (tests use this with dictionaries written inline).
Result<DictionarySet> LoadDictionaries(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                       const DictionaryFile& agents, const DictionaryFile& verbs);

}  // namespace sitrep::dictionaries
