// `sitrep eval`: measures sitrep against gold data.
//
//   sitrep eval parser --conllu FILE   re-tags and re-parses a gold CoNLL-U file (keeping its
//                                      tokenization); prints UPOS, XPOS, lemma accuracy, UAS,
//                                      LAS and the speed.
//   sitrep eval --gold FILE.xml        codes the records of a PETRARCH validation file and
//                                      prints records fully correct, event precision, recall
//                                      and F1 (overall and per category), the skipped records
//                                      and the failures. docs/evaluation.md has the details.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dictionary_options.h"
#include "model_options.h"
#include "sitrep/eval/gold_evaluation.h"
#include "sitrep/eval/gold_file.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/evaluation.h"

namespace sitrep::cli {
namespace {

namespace fs = std::filesystem;

struct EvalFlags {
  std::string conllu;
  std::string output;
  ModelFlags models;
};

struct GoldFlags {
  std::string gold;
  std::string dict_dir;
  int failures = 20;  // how many failures the text report lists; negative: all
  bool json = false;
  CodingFlags coding;
};

int RunParser(const EvalFlags& f) {
  auto model = LoadSyntaxModel(f.models);
  if (!model.ok()) {
    std::cerr << "sitrep: " << model.status().ToString() << "\n";
    return 2;
  }
  auto gold = nlp::ReadConlluFile(f.conllu);
  if (!gold.ok()) {
    std::cerr << "sitrep: " << gold.status().ToString() << "\n";
    return 2;
  }
  std::vector<nlp::ConlluSentence> predicted = *gold;
  nlp::SyntaxScratch scratch;
  const auto start = std::chrono::steady_clock::now();
  for (nlp::ConlluSentence& s : predicted) (*model)->AnnotateConllu(&s, &scratch);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  nlp::SyntaxScores scores;
  for (size_t i = 0; i < gold->size(); ++i) {
    if (Status st = nlp::ScoreSentence((*gold)[i], predicted[i], &scores); !st.ok()) {
      std::cerr << "sitrep: " << st.message() << "\n";
      return 1;
    }
  }
  if (!f.output.empty()) {
    std::ofstream out(f.output);
    for (const auto& s : predicted) nlp::WriteConllu(s, out);
  }
  std::printf("%s: %zu sentences, %zu words\n", f.conllu.c_str(), scores.sentences, scores.words);
  std::printf("UPOS   %6.2f%%\nXPOS   %6.2f%%\nlemma  %6.2f%%\nUAS    %6.2f%%\nLAS    %6.2f%%  (universal labels %.2f%%)\n",
              scores.Upos(), scores.Xpos(), scores.Lemma(), scores.Uas(), scores.Las(), scores.LasUniversal());
  std::printf("speed  %.0f sentences/s, %.0f words/s (tag + lemma + parse, one thread)\n",
              static_cast<double>(scores.sentences) / seconds, static_cast<double>(scores.words) / seconds);
  return 0;
}

// ---- eval --gold ------------------------------------------------------------------------------

// Where a dictionary named in <Environment> lives: under --dict-dir when given; else next to
// the XML file, then in <xml dir>/../dictionaries (the layout PETRARCH's own data uses).
Result<std::string> ResolveDictionary(const std::string& name, const GoldFlags& f) {
  if (fs::path(name).is_absolute()) return name;
  std::vector<fs::path> candidates;
  if (!f.dict_dir.empty()) {
    candidates.push_back(fs::path(f.dict_dir) / name);
  } else {
    fs::path xml_dir = fs::path(f.gold).parent_path();
    if (xml_dir.empty()) xml_dir = ".";
    candidates.push_back(xml_dir / name);
    candidates.push_back((xml_dir / ".." / "dictionaries" / name).lexically_normal());
  }
  std::error_code ec;
  for (const fs::path& p : candidates)
    if (fs::is_regular_file(p, ec)) return p.string();
  std::string tried;
  for (const fs::path& p : candidates) tried += (tried.empty() ? "" : " or ") + ("'" + p.string() + "'");
  return Status::NotFound("dictionary '" + name + "' named in " + f.gold + " <Environment> is not at " + tried +
                          (f.dict_dir.empty() ? " (use --dict-dir)" : ""));
}

// Fills the dictionary paths the command line left open from the gold file's <Environment>.
Status ApplyEnvironment(const eval::GoldEnvironment& env, GoldFlags* f) {
  dictionaries::DictionaryPaths& paths = f->coding.paths;
  for (auto [named, path] : {std::pair{&env.verbs, &paths.verbs}, std::pair{&env.agents, &paths.agents},
                             std::pair{&env.discards, &paths.discards}}) {
    if (named->empty() || !path->empty()) continue;
    Result<std::string> p = ResolveDictionary(*named, *f);
    if (!p.ok()) return p.status();
    *path = *p;
  }
  // MakePipeline splits --actors on commas, so the resolved list goes through the same string.
  if (f->coding.actors_csv.empty()) {
    for (const std::string& a : env.actors) {
      Result<std::string> p = ResolveDictionary(a, *f);
      if (!p.ok()) return p.status();
      f->coding.actors_csv += (f->coding.actors_csv.empty() ? "" : ",") + *p;
    }
  }
  return Status::Ok();
}

std::string Join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string TriplesText(const std::vector<eval::EventTriple>& ts) {
  if (ts.empty()) return "(no events)";
  std::string out;
  for (const auto& t : ts) out += (out.empty() ? "" : "; ") + eval::ToString(t);
  return out;
}

nlohmann::ordered_json TriplesJson(const std::vector<eval::EventTriple>& ts) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const auto& t : ts) a.push_back({{"source", t.source}, {"target", t.target}, {"code", t.code}});
  return a;
}

nlohmann::ordered_json CountsJson(const eval::ScoreCounts& c) {
  return {{"records", c.records},     {"correct", c.correct},      {"expected", c.expected},
          {"predicted", c.predicted}, {"matched", c.matched},      {"precision", c.Precision()},
          {"recall", c.Recall()},     {"f1", c.F1()}};
}

// The dictionaries in use, for the header: a path, or what stands in for a missing one.
struct DictionaryDescription {
  std::string verbs, actors, agents, discards, codebook;
};

DictionaryDescription Describe(const CodingFlags& c) {
  auto or_shipped = [](const std::string& s) { return s.empty() ? std::string("(shipped)") : s; };
  return {or_shipped(c.paths.verbs), c.paths.actors.empty() ? "(shipped)" : Join(c.paths.actors, ", "),
          or_shipped(c.paths.agents), c.paths.discards.empty() ? "(none)" : c.paths.discards,
          or_shipped(c.paths.codebook)};
}

void PrintJson(const GoldFlags& f, const eval::GoldFile& gold, const eval::GoldEvaluation& ev) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["file"] = gold.path;
  // null: the shipped dictionary (for discards: no discard list).
  auto path_or_null = [](const std::string& p) { return p.empty() ? ordered_json() : ordered_json(p); };
  const dictionaries::DictionaryPaths& paths = f.coding.paths;
  j["dictionaries"] = {{"verbs", path_or_null(paths.verbs)},
                       {"actors", paths.actors.empty() ? ordered_json() : ordered_json(paths.actors)},
                       {"agents", path_or_null(paths.agents)},
                       {"discards", path_or_null(paths.discards)},
                       {"codebook", path_or_null(paths.codebook)}};
  j["syntax"] = !f.coding.models.no_syntax;
  j["records_read"] = gold.records.size();
  j["total"] = CountsJson(ev.scores.total);
  ordered_json cats = ordered_json::object();
  for (const auto& [name, c] : ev.scores.by_category) cats[name] = CountsJson(c);
  j["categories"] = cats;
  ordered_json skipped = ordered_json::array();
  for (const auto& s : ev.skipped) {
    const eval::GoldRecord& r = gold.records[s.record];
    skipped.push_back({{"id", r.id}, {"category", r.category}, {"line", r.line}, {"reason", s.reason}});
  }
  j["skipped"] = skipped;
  j["problems"] = gold.problems;
  j["ignored_options"] = ev.ignored_options;
  j["warnings"] = ev.warnings;
  ordered_json failures = ordered_json::array();
  for (size_t k : ev.scores.failed) {
    const eval::RecordOutcome& o = ev.outcomes[k];
    const eval::GoldRecord& r = gold.records[o.record];
    ordered_json x = {{"id", r.id},
                      {"category", r.category},
                      {"line", r.line},
                      {"text", r.text},
                      {"expected", TriplesJson(o.expected)},
                      {"predicted", TriplesJson(o.predicted)}};
    if (!o.rejected.empty()) x["rejected"] = o.rejected;
    failures.push_back(std::move(x));
  }
  j["failures"] = failures;
  // Gold codes are kept verbatim and may hold invalid UTF-8: replace rather than throw.
  std::cout << j.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
}

void PrintText(const GoldFlags& f, const eval::GoldFile& gold, const eval::GoldEvaluation& ev) {
  const DictionaryDescription d = Describe(f.coding);
  const eval::ScoreCounts& t = ev.scores.total;
  std::printf("gold file     %s (%zu records read, %zu problem(s))\n", gold.path.c_str(),
              gold.records.size(), gold.problems.size());
  std::printf("dictionaries  verbs %s; actors %s; agents %s; discards %s; codebook %s\n", d.verbs.c_str(),
              d.actors.c_str(), d.agents.c_str(), d.discards.c_str(), d.codebook.c_str());
  std::printf("syntax        %s\n\n", f.coding.models.no_syntax ? "none (--no-syntax)" : "tagger and parser");

  if (t.records > 0) {
    std::printf("records fully correct  %lld / %lld  (%.1f%%)\n", static_cast<long long>(t.correct),
                static_cast<long long>(t.records), 100.0 * t.Accuracy());
  } else {
    std::printf("records fully correct  0 / 0\n");
  }
  std::printf("events  expected %lld  predicted %lld  matched %lld\n", static_cast<long long>(t.expected),
              static_cast<long long>(t.predicted), static_cast<long long>(t.matched));
  std::printf("precision %.3f  recall %.3f  F1 %.3f\n", t.Precision(), t.Recall(), t.F1());

  if (!ev.scores.by_category.empty()) {
    std::printf("\n%-16s %13s  %6s %6s %6s\n", "category", "correct", "P", "R", "F1");
    for (const auto& [name, c] : ev.scores.by_category) {
      const std::string correct = std::to_string(c.correct) + " / " + std::to_string(c.records);
      std::printf("%-16s %13s  %6.3f %6.3f %6.3f\n", name.empty() ? "(none)" : name.c_str(), correct.c_str(),
                  c.Precision(), c.Recall(), c.F1());
    }
  }
  if (!ev.skipped.empty()) {
    std::printf("\nskipped (%zu):\n", ev.skipped.size());
    for (const auto& s : ev.skipped) {
      const eval::GoldRecord& r = gold.records[s.record];
      std::printf("  %s (%s, line %d): %s\n", r.id.c_str(), r.category.c_str(), r.line, s.reason.c_str());
    }
  }
  if (!gold.problems.empty()) {
    std::printf("\nproblems in the gold file (%zu):\n", gold.problems.size());
    for (const auto& p : gold.problems) std::printf("  %s\n", p.c_str());
  }
  if (!ev.ignored_options.empty())
    std::printf("\nignored <Config> options: %s\n", Join(ev.ignored_options, ", ").c_str());
  for (const auto& w : ev.warnings) std::printf("warning: %s\n", w.c_str());

  const size_t failed = ev.scores.failed.size();
  const size_t shown = f.failures < 0 ? failed : std::min(failed, static_cast<size_t>(f.failures));
  if (shown == 0) return;
  if (shown < failed) {
    std::printf("\nfailures (first %zu of %zu; --failures N or -1 for all):\n", shown, failed);
  } else {
    std::printf("\nfailures (%zu):\n", failed);
  }
  for (size_t i = 0; i < shown; ++i) {
    const eval::RecordOutcome& o = ev.outcomes[ev.scores.failed[i]];
    const eval::GoldRecord& r = gold.records[o.record];
    std::printf("%s (%s, %s:%d): %s\n", r.id.c_str(), r.category.c_str(), gold.path.c_str(), r.line,
                r.text.c_str());
    std::printf("  expected: %s\n", TriplesText(o.expected).c_str());
    std::printf("  got:      %s\n", TriplesText(o.predicted).c_str());
    if (!o.rejected.empty()) std::printf("  rejected: %s\n", o.rejected.c_str());
  }
}

int RunGold(GoldFlags& f) {
  Result<eval::GoldFile> gold = eval::ReadGoldFile(f.gold);
  if (!gold.ok()) {
    std::cerr << "sitrep: " << gold.status().ToString() << "\n";
    return 2;
  }
  if (Status st = ApplyEnvironment(gold->environment, &f); !st.ok()) {
    std::cerr << "sitrep: " << st.ToString() << "\n";
    return 2;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = MakePipeline(&f.coding);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  const eval::GoldEvaluation ev = eval::EvaluateGold(*gold, **pipeline);
  if (f.json) {
    PrintJson(f, *gold, ev);
  } else {
    PrintText(f, *gold, ev);
  }
  return 0;
}

}  // namespace

void RegisterEval(CLI::App* app, int* exit_code) {
  static EvalFlags f;
  static GoldFlags g;
  auto* eval = app->add_subcommand("eval", "measure sitrep against gold data");
  // Either the `parser` subcommand or --gold: checked in the callback below, so that a missing
  // choice gets one clear line instead of CLI11's generic message.
  eval->require_subcommand(0, 1);
  eval->add_option("--gold", g.gold, "PETRARCH validation XML: code its records and score the events");
  eval->add_option("--dict-dir", g.dict_dir,
                   "where the dictionaries named in the XML's <Environment> are (default: the XML's folder, "
                   "then <its folder>/../dictionaries)");
  eval->add_option("--failures", g.failures, "failures to list (0: none, -1: all)")->default_val(20);
  eval->add_flag("--json", g.json, "print one JSON object with the figures and every failure");
  AddCodingFlags(eval, &g.coding);

  auto* parser = eval->add_subcommand("parser", "tagger, lemmatizer and parser accuracy on a gold CoNLL-U file");
  parser->add_option("--conllu", f.conllu, "gold CoNLL-U file (its tokenization is kept)")->required();
  parser->add_option("-o,--output", f.output, "also write the predicted CoNLL-U here");
  AddModelFlags(parser, &f.models);
  // With --gold as well, the eval callback below reports the clash; nothing runs.
  parser->callback([exit_code]() {
    if (g.gold.empty()) *exit_code = RunParser(f);
  });

  // Runs after the `parser` callback when that subcommand was given.
  eval->callback([eval, parser, exit_code]() {
    const bool parser_given = eval->got_subcommand(parser);
    if (parser_given && !g.gold.empty()) {
      std::cerr << "sitrep: eval: give either --gold FILE.xml or the 'parser' subcommand, not both\n";
      *exit_code = 2;
    } else if (!parser_given && g.gold.empty()) {
      std::cerr << "sitrep: eval: give --gold FILE.xml (event coding) or the 'parser' subcommand (syntax)\n";
      *exit_code = 2;
    } else if (!parser_given) {
      *exit_code = RunGold(g);
    }
  });
}

}  // namespace sitrep::cli
