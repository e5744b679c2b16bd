// sitrep command line: dispatches to one function per subcommand (cmd_*.cc).
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "sitrep/core/version.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep " SITREP_VERSION " - news text in, political event data (CAMEO) out"};
  app.require_subcommand(1);
  app.set_version_flag("--version", SITREP_VERSION);
  int exit_code = 0;
  sitrep::cli::RegisterCode(&app, &exit_code);
  sitrep::cli::RegisterExplain(&app, &exit_code);
  sitrep::cli::RegisterTrain(&app, &exit_code);
  sitrep::cli::RegisterParse(&app, &exit_code);
  sitrep::cli::RegisterEval(&app, &exit_code);
  sitrep::cli::RegisterDict(&app, &exit_code);
  sitrep::cli::RegisterQuery(&app, &exit_code);
  sitrep::cli::RegisterDedup(&app, &exit_code);
  sitrep::cli::RegisterServe(&app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}
