// coding_throughput: the event coder alone — actors, verb patterns, sources and targets — on
// sentences already tagged and parsed, single thread. This is the step PETRARCH2 performs on
// CoreNLP parses; sitrep's parsing is measured by voa_throughput and syntax_throughput.
//
//   coding_throughput [STORIES.jsonl] [--dict-dir DIR | --shipped] [--repeat N]
//
// Default corpus: ../shared/data/voa/voa_stories.jsonl. Default dictionaries: the Phoenix set
// in ../shared/data/petrarch/dictionaries (CAMEO.2.0 verbs, the three Phoenix actor files,
// Phoenix agents and discards) — the dictionaries PETRARCH2 codes with; --shipped uses
// sitrep's own. Parses every story once (untimed), then codes the parsed corpus N times
// (default 10) and prints sentences/s, events, sentences with an event, discarded sentences,
// dictionary load time and peak RSS, plus how every story was accounted for. Prints figures
// only; never asserts on time.
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
  std::string dict_dir = "../shared/data/petrarch/dictionaries";
  bool shipped = false;
  int repeat = 10;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--dict-dir") == 0 && i + 1 < argc) dict_dir = argv[++i];
    else if (std::strcmp(argv[i], "--shipped") == 0) shipped = true;
    else path = argv[i];
  }
  std::ifstream in(path);
  if (!in) {
    std::printf("coding_throughput: %s not found; nothing to measure (the corpus lives in ../shared/data)\n",
                path.c_str());
    return 0;
  }
  sitrep::dictionaries::DictionaryPaths paths;
  if (!shipped) {
    if (!std::ifstream(dict_dir + "/CAMEO.2.0.txt")) {
      std::printf("coding_throughput: no Phoenix dictionaries in %s; run with --shipped\n", dict_dir.c_str());
      return 0;
    }
    paths.verbs = dict_dir + "/CAMEO.2.0.txt";
    paths.actors = {dict_dir + "/Phoenix.Countries.actors.txt", dict_dir + "/Phoenix.International.actors.txt",
                    dict_dir + "/Phoenix.MilNonState.actors.txt"};
    paths.agents = dict_dir + "/Phoenix.agents.txt";
    paths.discards = dict_dir + "/Phoenix.discards.txt";
  }
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  auto dicts = sitrep::dictionaries::LoadDictionaries(paths);
  if (!dicts.ok()) {
    std::fprintf(stderr, "coding_throughput: %s\n", dicts.status().ToString().c_str());
    return 1;
  }
  const double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  const size_t problems = dicts->problems.size();
  auto model = sitrep::nlp::EmbeddedSyntaxModel();
  if (!model.ok()) {
    std::fprintf(stderr, "coding_throughput: %s\n", model.status().ToString().c_str());
    return 1;
  }
  const auto t_index = Clock::now();
  sitrep::Pipeline pipeline(std::make_shared<const sitrep::dictionaries::DictionarySet>(std::move(dicts).value()),
                            sitrep::Options{}, *model);
  const double index_s = std::chrono::duration<double>(Clock::now() - t_index).count();

  size_t read_rejected = 0;
  const std::vector<sitrep::Story> stories = ReadStoryCorpus(in, path, &read_rejected);
  // Parse once; keep the analyses (untimed).
  std::vector<sitrep::CodedStory> analyzed;
  std::vector<size_t> analyzed_story;
  size_t pipeline_rejected = 0, sentences = 0;
  for (size_t i = 0; i < stories.size(); ++i) {
    auto a = pipeline.Analyze(stories[i]);
    if (!a.ok()) {
      ++pipeline_rejected;
      continue;
    }
    sentences += a->sentences.size();
    analyzed.push_back(std::move(a).value());
    analyzed_story.push_back(i);
  }

  size_t events = 0, with_events = 0, discarded = 0, with_actor = 0, stories_with_events = 0;
  double secs = 0;
  for (int r = 0; r < repeat; ++r) {
    std::vector<sitrep::CodedStory> work = analyzed;  // copying is outside the timed region
    const auto t1 = Clock::now();
    for (size_t i = 0; i < work.size(); ++i) pipeline.CodeEvents(stories[analyzed_story[i]], &work[i]);
    secs += std::chrono::duration<double>(Clock::now() - t1).count();
    if (r > 0) continue;
    for (const sitrep::CodedStory& c : work) {
      events += c.events.size();
      stories_with_events += !c.events.empty();
      std::vector<char> has(c.sentences.size(), 0);
      for (const sitrep::Event& e : c.events) has[e.sentence] = 1;
      for (size_t k = 0; k < c.sentences.size(); ++k) {
        with_events += has[k];
        discarded += !c.discarded[k].empty();
        with_actor += !c.mentions[k].empty();
      }
    }
  }
  secs /= repeat;
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("corpus           %s\n", path.c_str());
  std::printf("dictionaries     %s (%.3f s to load, %zu lines skipped; %.3f s to index)\n",
              shipped ? "shipped (sitrep's own)" : (dict_dir + " (Phoenix set)").c_str(), load_s, problems, index_s);
  std::printf("stories          %zu read: %zu coded (%zu with events), %zu rejected by the pipeline; %zu input "
              "records rejected by the reader\n",
              stories.size(), analyzed.size(), stories_with_events, pipeline_rejected, read_rejected);
  std::printf("sentences        %zu: %zu with an actor (%.1f%%), %zu with an event (%.1f%%), %zu discarded\n", sentences,
              with_actor, 100.0 * with_actor / sentences, with_events, 100.0 * with_events / sentences, discarded);
  std::printf("events           %zu\n", events);
  std::printf("passes           %d, %.4f s per pass, 1 thread\n", repeat, secs);
  std::printf("coding only      %.0f sentences/s (actors + patterns + sides, on parsed sentences)\n", sentences / secs);
  std::printf("peak RSS         %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
