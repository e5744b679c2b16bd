// Runs the real `sitrep` binary (SITREP_CLI) for the end-to-end tests: arguments, stdin text,
// and back come stdout, stderr and the exit code. Files go to a per-process temp folder.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sitrep::testing {

struct CliRun {
  int exit_code;
  std::string out, err;
};

inline std::filesystem::path TempDir() {
  std::filesystem::path d = std::filesystem::temp_directory_path() / ("sitrep_cli_" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d;
}

inline void Write(const std::filesystem::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary) << content;
}

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline CliRun Sitrep(const std::string& args, const std::string& stdin_text = "") {
  const std::filesystem::path dir = TempDir();
  Write(dir / "stdin", stdin_text);
  const std::string cmd = std::string(SITREP_CLI) + " " + args + " < " + (dir / "stdin").string() + " > " +
                          (dir / "stdout").string() + " 2> " + (dir / "stderr").string();
  const int status = std::system(cmd.c_str());
  return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(dir / "stdout"), Slurp(dir / "stderr")};
}

}  // namespace sitrep::testing
