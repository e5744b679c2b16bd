// `sitrep dict check` and `sitrep dict stats`: lint the dictionaries and count their entries.
// Both take the dictionary flags of `sitrep code` (default: the shipped dictionaries), so
// PETRARCH-format files can be checked the same way.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "dictionary_options.h"
#include "sitrep/dictionaries/dictionary_linter.h"
#include "sitrep/dictionaries/dictionary_stats.h"

namespace sitrep::cli {
namespace {

int RunCheck(CodingFlags* f, bool warnings) {
  Result<dictionaries::DictionarySet> set = LoadDictionarySet(f);
  if (!set.ok()) {
    std::cerr << "sitrep: " << set.status().ToString() << "\n";
    return 2;
  }
  int errors = 0, warned = 0;
  for (const dictionaries::LintFinding& x : dictionaries::LintDictionaries(*set)) {
    const bool error = x.severity == dictionaries::LintFinding::Severity::kError;
    (error ? errors : warned) += 1;
    if (error || warnings) std::printf("%s: %s: %s\n", x.location.c_str(), error ? "error" : "warning", x.message.c_str());
  }
  std::printf("%d error(s), %d warning(s)%s\n", errors, warned, warnings || warned == 0 ? "" : " (--warnings lists them)");
  return errors > 0 ? 1 : 0;
}

int RunStats(CodingFlags* f) {
  Result<dictionaries::DictionarySet> set = LoadDictionarySet(f);
  if (!set.ok()) {
    std::cerr << "sitrep: " << set.status().ToString() << "\n";
    return 2;
  }
  const dictionaries::DictionaryStats s = dictionaries::ComputeStats(*set);
  for (const auto& [file, x] : s.files) {
    std::printf("%s\n", file.c_str());
    if (!x.actors_by_kind.empty()) {
      int total = 0;
      std::string kinds;
      for (const auto& [kind, n] : x.actors_by_kind) {
        total += n;
        kinds += (kinds.empty() ? "" : ", ") + std::to_string(n) + " " + kind;
      }
      std::printf("  actors       %d (%s), %d phrases, %d with dated codes (%d windows)\n", total, kinds.c_str(),
                  x.actor_phrases, x.dated_entries, x.date_windows);
    }
    if (x.agents > 0) std::printf("  agents       %d, %d nouns\n", x.agents, x.agent_nouns);
    if (x.verbs + x.nouns > 0) {
      std::printf("  verbs        %d verbs, %d nouns, %d further patterns; %d event codes in %d CAMEO roots\n", x.verbs,
                  x.nouns, x.patterns, x.event_codes, x.cameo_roots);
      std::printf("  pattern lines %d (%d of them '---'), %d distinct verb lemmas\n", x.pattern_lines, x.blocking,
                  x.lemmas);
    }
    if (x.word_classes > 0) std::printf("  word classes %d, %d members\n", x.word_classes, x.class_members);
    if (x.discards > 0) std::printf("  discards     %d\n", x.discards);
  }
  int lines = 0, blocking = 0, classes = 0;
  for (const auto& [file, x] : s.files) {
    lines += x.pattern_lines;
    blocking += x.blocking;
    classes += x.word_classes;
  }
  if (lines > 0)
    std::printf("verb and noun patterns: %d lines in all (%d of them '---'), %d word classes\n", lines, blocking, classes);
  std::printf("codebook: %d CAMEO codes, %d with a PLOVER type\n", s.codebook_codes, s.codebook_with_plover);
  if (!set->problems.empty()) std::printf("%zu line(s) skipped while loading (sitrep dict check lists them)\n", set->problems.size());
  return 0;
}

}  // namespace

void RegisterDict(CLI::App* app, int* exit_code) {
  static CodingFlags check_flags, stats_flags;
  static bool warnings = false;
  auto* dict = app->add_subcommand("dict", "check and count dictionaries");
  dict->require_subcommand(1);
  auto* check = dict->add_subcommand("check", "lint dictionaries: unknown codes, overlapping dates, conflicting "
                                              "phrases, patterns that can never fire (exit 1 on errors)");
  AddDictionaryFlags(check, &check_flags);
  check->add_flag("--warnings", warnings, "also list warnings");
  check->callback([exit_code]() { *exit_code = RunCheck(&check_flags, warnings); });
  auto* stats = dict->add_subcommand("stats", "entry counts per dictionary file");
  AddDictionaryFlags(stats, &stats_flags);
  stats->callback([exit_code]() { *exit_code = RunStats(&stats_flags); });
}

}  // namespace sitrep::cli
