// DictionarySet: everything the coders read — the CAMEO codebook, actors, agents and verb
// patterns — loaded once and shared (const) by every thread.
//
// By default all of it comes from the dictionaries compiled into the binary. DictionaryPaths
// replaces any part with files on disk (the CLI's --verbs/--actors/--agents/--discards/
// --codebook). Each file may be in sitrep's own format or in the PETRARCH/TABARI format; the
// format is detected from the file's content, file by file, and both load into the same form.
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
#include "sitrep/dictionaries/discard_list.h"
#include "sitrep/dictionaries/verb_dictionary.h"

namespace sitrep::dictionaries {

struct DictionaryPaths {
  std::string codebook;             // empty: embedded dictionaries/cameo_codebook.tsv
  std::vector<std::string> actors;  // empty: embedded dictionaries/actors/*.txt
  std::string agents;               // empty: embedded dictionaries/agents.txt
  // A file (sitrep's own format or PETRARCH's), or a directory whose *.txt files are read in
  // name order as one dictionary; empty: the embedded dictionaries/verbs/*.txt.
  std::string verbs;
  std::string discards;             // empty: no discard list
};

struct DictionarySet {
  CameoCodebook codebook;
  ActorDictionary actors;
  AgentDictionary agents;
  VerbDictionary verbs;
  DiscardList discards;
  std::vector<std::string> problems;  // "file:line: reason" for every skipped line
  std::vector<std::string> notes;     // what was read, in which format, and what was kept as is
  // Which dictionaries these are: XXH3-64 (16 hex digits) over every file's name and content in
  // load order, then the file names ("3f2a... dictionaries/verbs.txt, ..."). Stores record it
  // with each coded event.
  std::string fingerprint;
};

Result<DictionarySet> LoadDictionaries(const DictionaryPaths& paths = {});

// Loads from in-memory files (tests use this with dictionaries written inline).
// `discards` may have an empty name and content (no discard list).
Result<DictionarySet> LoadDictionaries(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                       const DictionaryFile& agents, const DictionaryFile& verbs,
                                       const DictionaryFile& discards = {});
// The same with several verb files. Files in sitrep's own format are read together (a word class
// defined in one may be used in the others); each PETRARCH file is read on its own.
Result<DictionarySet> LoadDictionaryFiles(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                          const DictionaryFile& agents, const std::vector<DictionaryFile>& verbs,
                                          const DictionaryFile& discards = {});

}  // namespace sitrep::dictionaries
