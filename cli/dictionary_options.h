// Options shared by the subcommands that code text: which dictionaries to load and the
// pipeline knobs. Each subcommand adds them to its own CLI11 app.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "model_options.h"
#include "sitrep/sitrep.h"

namespace sitrep::cli {

struct CodingFlags {
  dictionaries::DictionaryPaths paths;
  std::string actors_csv;  // --actors F[,F...]
  Options options;
  bool keep_monads = false;
  ModelFlags models;
  std::string gazetteer;  // --gazetteer DIR ("" = the default, which may be absent)
  bool no_geo = false;    // --no-geo
};

void AddCodingFlags(CLI::App* app, CodingFlags* flags);
// Only the dictionary file flags (--verbs, --actors, --agents, --discards, --codebook).
void AddDictionaryFlags(CLI::App* app, CodingFlags* flags);

// Loads the dictionaries the flags name (the shipped ones by default); skipped lines stay in
// the set's `problems` for the caller to report.
Result<dictionaries::DictionarySet> LoadDictionarySet(CodingFlags* flags);

// Loads the dictionaries and builds the pipeline; reports skipped dictionary lines on stderr.
Result<std::unique_ptr<Pipeline>> MakePipeline(CodingFlags* flags);

}  // namespace sitrep::cli
