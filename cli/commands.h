// One registration function per subcommand; each sets *exit_code when its subcommand runs.
#pragma once

#include <CLI/CLI.hpp>

namespace sitrep::cli {

void RegisterCode(CLI::App* app, int* exit_code);
void RegisterExplain(CLI::App* app, int* exit_code);
void RegisterTrain(CLI::App* app, int* exit_code);
void RegisterParse(CLI::App* app, int* exit_code);
void RegisterEval(CLI::App* app, int* exit_code);
void RegisterDict(CLI::App* app, int* exit_code);
void RegisterQuery(CLI::App* app, int* exit_code);
void RegisterDedup(CLI::App* app, int* exit_code);
void RegisterServe(CLI::App* app, int* exit_code);

}  // namespace sitrep::cli
