// voa_throughput: end-to-end coding throughput on a JSONL corpus (default workload: the VOA
// stories in ../shared/data/voa/voa_stories.jsonl), single thread.
//
//   voa_throughput [FILE] [--repeat N] [--no-syntax]
//
// By default the pipeline tags and parses every sentence with the shipped models, as `sitrep
// code` does; --no-syntax measures the text stage and word-order coder alone (the figures
// before the parser existed).
// Reads every story once into memory (reading is not what is measured), then codes the whole
// corpus N times (default 20) and prints stories/s, sentences/s, tokens/s, MB/s of story text,
// events, dictionary load time and peak RSS. Prints figures only; never asserts on time.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "sitrep/nlp/embedded_models.h"
#include "sitrep/sitrep.h"
#include "story_corpus.h"

int main(int argc, char** argv) {
  std::string path = "../shared/data/voa/voa_stories.jsonl";
  int repeat = 20;
  bool syntax = true;
  bool geo = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--no-syntax") == 0) syntax = false;
    else if (std::strcmp(argv[i], "--no-geo") == 0) geo = false;
    else path = argv[i];
  }
  std::ifstream in(path);
  if (!in) {
    std::printf("voa_throughput: %s not found; nothing to measure (the corpus lives in ../shared/data)\n", path.c_str());
    return 0;
  }
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  auto dicts = sitrep::dictionaries::LoadDictionaries();
  if (!dicts.ok()) {
    std::fprintf(stderr, "voa_throughput: %s\n", dicts.status().ToString().c_str());
    return 1;
  }
  const double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::shared_ptr<const sitrep::nlp::SyntaxModel> model;
  const auto t_model = Clock::now();
  if (syntax) {
    auto m = sitrep::nlp::EmbeddedSyntaxModel();
    if (!m.ok()) {
      std::fprintf(stderr, "voa_throughput: %s\n", m.status().ToString().c_str());
      return 1;
    }
    model = *m;
  }
  const double model_s = std::chrono::duration<double>(Clock::now() - t_model).count();
  auto shared = std::make_shared<const sitrep::dictionaries::DictionarySet>(std::move(dicts).value());
  std::shared_ptr<const sitrep::geo::Gazetteer> gazetteer;
  const auto t_geo = Clock::now();
  if (geo) {
    std::vector<std::string> problems;
    auto g = sitrep::geo::LoadGazetteer(sitrep::geo::DefaultGazetteerDir(), *shared, &problems);
    if (!g.ok()) {
      std::fprintf(stderr, "voa_throughput: %s (or pass --no-geo)\n", g.status().ToString().c_str());
      return 1;
    }
    gazetteer = *g;
  }
  const double geo_s = std::chrono::duration<double>(Clock::now() - t_geo).count();
  sitrep::Pipeline pipeline(shared, sitrep::Options{}, model, gazetteer);

  const std::vector<sitrep::Story> stories = ReadStoryCorpus(in, path);
  size_t bytes = 0;
  for (const sitrep::Story& s : stories) bytes += s.text.size();

  size_t sentences = 0, tokens = 0, events = 0;
  const auto t1 = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& story : stories) {
      auto coded = pipeline.Code(story);
      if (!coded.ok()) continue;
      if (r == 0) {
        sentences += coded->sentences.size();
        tokens += coded->tokens.size();
        events += coded->events.size();
      }
    }
  }
  const double secs = std::chrono::duration<double>(Clock::now() - t1).count() / repeat;
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("corpus        %s\n", path.c_str());
  std::printf("stories       %zu (%zu sentences, %zu tokens, %.2f MB of text), %zu events\n", stories.size(), sentences,
              tokens, bytes / 1e6, events);
  std::printf("passes        %d, %.4f s per pass, 1 thread\n", repeat, secs);
  std::printf("stories/s     %.0f\n", stories.size() / secs);
  std::printf("sentences/s   %.0f\n", sentences / secs);
  std::printf("tokens/s      %.0f\n", tokens / secs);
  std::printf("MB/s          %.2f\n", bytes / 1e6 / secs);
  std::printf("syntax        %s\n", syntax ? "tagger + lemmatizer + parser (shipped models)" : "off (--no-syntax)");
  std::printf("dict load     %.3f s\n", load_s);
  if (syntax) std::printf("model load    %.3f s\n", model_s);
  std::printf("geo           %s\n", geo ? "places, dates, casualties (default gazetteer)" : "dates and casualties only (--no-geo)");
  if (geo) std::printf("gazetteer     %.3f s to load, %zu places\n", geo_s, gazetteer->places().size());
  std::printf("peak RSS      %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
