// DictionaryStats: entry counts per dictionary file of a loaded set (`sitrep dict stats`).
//
// Counts come from the in-memory form, attributed to the file of each entry's rule, so they
// are the same whatever format a file was written in.
#pragma once

#include <map>
#include <string>

#include "sitrep/dictionaries/dictionary_set.h"

namespace sitrep::dictionaries {

struct FileStats {
  // Actors
  std::map<std::string, int> actors_by_kind;  // "country" -> 195, ...
  int actor_phrases = 0;
  int dated_entries = 0;  // entries with at least one dated code window
  int date_windows = 0;
  // Agents
  int agents = 0, agent_nouns = 0;
  // Verbs
  int verbs = 0, nouns = 0, patterns = 0;  // patterns: beyond the verbs' and nouns' own codes
  int pattern_lines = 0;                   // lines (rules) that make a verb, noun or pattern
  int blocking = 0;                        // of them, "---" patterns that name no event
  int lemmas = 0;                          // distinct verb lemmas
  int word_classes = 0, class_members = 0;  // word classes defined here, their members (expanded)
  int event_codes = 0;                     // distinct codes the file uses
  int cameo_roots = 0;                     // distinct CAMEO roots 01..20 among them
  // Discards
  int discards = 0;
};

struct DictionaryStats {
  std::map<std::string, FileStats> files;  // by file name, sorted
  int codebook_codes = 0, codebook_with_plover = 0;
};

DictionaryStats ComputeStats(const DictionarySet& set);

}  // namespace sitrep::dictionaries
