// syntax_throughput: speed of the tagger, lemmatizer and parser on a CoNLL-U file's words
// (default: the UD English-EWT test set in ../shared/data), single thread, gold tokenization.
//
//   syntax_throughput [FILE.conllu] [--repeat N] [--tagger-model F --parser-model F]
//
// Prints model load time, sentences/s and words/s for tagging alone, tagging + parsing, and
// the whole analysis (tag + lemma + parse), plus peak RSS. Uses the models compiled into
// sitrep unless files are given. Prints figures only; never asserts on time.
//
// Each rate is given twice: by wall-clock time, and by the CPU time this process used. On a
// shared machine the first swings with the other jobs' load; the second much less (only through
// the caches they share), so it is the one to compare across runs.
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/embedded_models.h"
#include "sitrep/nlp/syntax_model.h"

int main(int argc, char** argv) {
  std::string path = "../shared/data/ud-english-ewt/en_ewt-ud-test.conllu";
  std::string tagger_path, parser_path;
  int repeat = 5;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--tagger-model") == 0 && i + 1 < argc) {
      tagger_path = argv[++i];
    } else if (std::strcmp(argv[i], "--parser-model") == 0 && i + 1 < argc) {
      parser_path = argv[++i];
    } else {
      path = argv[i];
    }
  }
  auto gold = sitrep::nlp::ReadConlluFile(path);
  if (!gold.ok()) {
    std::printf("syntax_throughput: %s; nothing to measure (the treebank lives in ../shared/data)\n",
                gold.status().message().c_str());
    return 0;
  }
  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); };
  auto cpu_seconds = [](std::clock_t a) { return static_cast<double>(std::clock() - a) / CLOCKS_PER_SEC; };
  const auto t0 = Clock::now();
  auto model = tagger_path.empty() ? sitrep::nlp::EmbeddedSyntaxModel()
                                   : sitrep::nlp::SyntaxModel::FromFiles(tagger_path, parser_path);
  if (!model.ok()) {
    std::fprintf(stderr, "syntax_throughput: %s\n", model.status().ToString().c_str());
    return 1;
  }
  const double load = seconds(t0);
  const sitrep::nlp::SyntaxModel& m = **model;

  std::vector<std::vector<sitrep::nlp::LexicalKeys>> keys;
  std::vector<std::vector<std::string_view>> forms;
  size_t words = 0;
  for (const auto& s : *gold) {
    keys.push_back(sitrep::nlp::SentenceKeys(s));
    forms.emplace_back();
    for (const auto& w : s.words) forms.back().push_back(w.form);
    words += s.words.size();
  }
  const double sentences = static_cast<double>(gold->size()) * repeat;
  const double total_words = static_cast<double>(words) * repeat;

  sitrep::nlp::TaggerScratch ts;
  sitrep::nlp::ParserScratch ps;
  std::vector<uint16_t> tags, labels;
  std::vector<int32_t> heads;
  auto t1 = Clock::now();
  auto c1 = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& k : keys) m.tagger().Tag(k, &tags, &ts);
  }
  const double tag_s = seconds(t1), tag_c = cpu_seconds(c1);
  t1 = Clock::now();
  c1 = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& k : keys) {
      m.tagger().Tag(k, &tags, &ts);
      m.parser().Parse(k, tags, &heads, &labels, &ps);
    }
  }
  const double parse_s = seconds(t1), parse_c = cpu_seconds(c1);
  sitrep::nlp::SyntaxScratch scratch;
  std::vector<sitrep::nlp::WordSyntax> out;
  t1 = Clock::now();
  c1 = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& f : forms) m.Analyze(f, &out, &scratch);
  }
  const double all_s = seconds(t1), all_c = cpu_seconds(c1);

  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("corpus            %s: %zu sentences, %zu words, x%d\n", path.c_str(), gold->size(), words, repeat);
  std::printf("models            %s\n", m.description().c_str());
  std::printf("model load        %.3f s\n", load);
  std::printf("tag               %9.0f sentences/s %10.0f words/s   by CPU time %9.0f sentences/s\n",
              sentences / tag_s, total_words / tag_s, sentences / tag_c);
  std::printf("tag+parse         %9.0f sentences/s %10.0f words/s   by CPU time %9.0f sentences/s\n",
              sentences / parse_s, total_words / parse_s, sentences / parse_c);
  std::printf("full analysis     %9.0f sentences/s %10.0f words/s   by CPU time %9.0f sentences/s"
              "  (keys + tag + lemma + parse)\n",
              sentences / all_s, total_words / all_s, sentences / all_c);
  std::printf("peak RSS          %.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
