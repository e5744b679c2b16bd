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
};

void AddCodingFlags(CLI::App* app, CodingFlags* flags);

// Loads the dictionaries and builds the pipeline; reports skipped dictionary lines on stderr.
Result<std::unique_ptr<Pipeline>> MakePipeline(CodingFlags* flags);

}  // namespace sitrep::cli
