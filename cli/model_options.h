// Which syntax models a subcommand uses: the ones compiled into sitrep unless --tagger-model /
// --parser-model name files (e.g. ones just made by `sitrep train`).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "sitrep/core/status.h"
#include "sitrep/nlp/syntax_model.h"

namespace sitrep::cli {

struct ModelFlags {
  std::string tagger;
  std::string parser;
  bool no_syntax = false;  // only where a subcommand offers --no-syntax
};

void AddModelFlags(CLI::App* app, ModelFlags* flags);

Result<std::shared_ptr<const nlp::SyntaxModel>> LoadSyntaxModel(const ModelFlags& flags);

}  // namespace sitrep::cli
