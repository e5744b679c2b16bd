// voa_judged: how many events each dictionary set codes correctly on a fixed random sample of VOA
// sentences, scored against judgments written by reading every event (issue 5: "on current news
// the same engine must code more events correctly with these dictionaries than with the Phoenix
// set").
//
//   voa_judged [STORIES.jsonl] [--judgments F] [--sample N] [--seed S] [--dict-dir DIR]
//              [--verbs-only NAME=PATH]... [--dump] [--list] [--dev]
//
// Workloads (dictionary sets, all coded by the same engine, parse and options):
//   sitrep         the shipped dictionaries (verbs, actors, agents; no discards)
//   phoenix        the Phoenix set in DIR (CAMEO.2.0 verbs, the three Phoenix actor files,
//                  Phoenix agents and discards), as PETRARCH2 codes with
//   phoenix-verbs  CAMEO.2.0 verbs with the shipped actors and agents: the verb dictionary
//                  alone swapped
//   NAME           for each --verbs-only NAME=PATH, that verb file or folder with the shipped
//                  actors and agents (e.g. an older verb dictionary)
// The sample: every sentence of the corpus (default ../shared/data/voa/voa_stories.jsonl, split
// by sitrep), shuffled with a seeded Mersenne Twister (own Fisher-Yates, so the sample is the
// same on every platform), the first N (default 500, seed 5: 200 sentences give too few events
// to tell the sets apart).
// An event is keyed by story id, sentence index, source code, CAMEO code and target code ("-"
// for a missing side); the judgments file (default bench/data/voa_judgments.tsv) gives each key
// a verdict, "correct" or "wrong", and a note, following the rules in docs/evaluation.md. A key
// is judged once, whichever set produced it, so both sets are judged alike. Negated events
// ("did not attack") are counted apart and not judged: event data leaves them out.
// Prints per set: sentences, events, judged, correct, wrong, unjudged, precision (correct /
// judged) and correct events per 100 sentences, and correct events by CAMEO root.
// --dump prints every unjudged event with its sentence, for the judge (the output holds VOA text:
// read it, do not commit it); --list prints every sampled event with its verdict and note.
// --dev uses every sentence outside the sample instead, for writing dictionaries without looking
// at the sentences they are scored on; --print-sample lists the sample's "story<TAB>sentence"
// keys (so other tools can leave them out) and stops.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "sitrep/nlp/embedded_models.h"
#include "sitrep/sitrep.h"
#include "story_corpus.h"

namespace {

struct Config {
  std::string name;
  sitrep::dictionaries::DictionaryPaths paths;
};

struct Key {
  std::string story;
  int sentence = 0;
  std::string source, cameo, target;
  bool operator<(const Key& o) const {
    return std::tie(story, sentence, source, cameo, target) < std::tie(o.story, o.sentence, o.source, o.cameo, o.target);
  }
};

struct Verdict {
  bool correct = false;
  std::string note;
};

std::string Code(const std::optional<sitrep::EventActor>& a) { return a ? a->code : "-"; }

// Reads "story<TAB>sentence<TAB>source<TAB>cameo<TAB>target<TAB>correct|wrong<TAB>note" lines;
// '#' lines are comments.
std::map<Key, Verdict> ReadJudgments(const std::string& path, int* bad) {
  std::map<Key, Verdict> out;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() < 6 || (f[5] != "correct" && f[5] != "wrong")) {
      std::fprintf(stderr, "voa_judged: %s:%d: expected 'story sentence source cameo target correct|wrong note'\n",
                   path.c_str(), number);
      ++*bad;
      continue;
    }
    Key k{f[0], std::atoi(f[1].c_str()), f[2], f[3], f[4]};
    if (out.count(k)) {
      std::fprintf(stderr, "voa_judged: %s:%d: judged twice\n", path.c_str(), number);
      ++*bad;
    }
    out[k] = Verdict{f[5] == "correct", f.size() > 6 ? f[6] : ""};
  }
  return out;
}

// Fisher-Yates with mt19937 draws reduced by rejection: the same permutation on every platform
// (std::shuffle and the std distributions are implementation-defined).
template <typename T>
void Shuffle(std::vector<T>* v, uint32_t seed) {
  std::mt19937 rng(seed);
  for (size_t i = v->size(); i > 1; --i) {
    const uint32_t n = static_cast<uint32_t>(i);
    const uint32_t limit = 0xFFFFFFFFu - 0xFFFFFFFFu % n;
    uint32_t r;
    do r = static_cast<uint32_t>(rng());
    while (r >= limit);
    std::swap((*v)[i - 1], (*v)[r % n]);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "../shared/data/voa/voa_stories.jsonl";
  std::string judgments_path = "bench/data/voa_judgments.tsv";
  std::string dict_dir = "../shared/data/petrarch/dictionaries";
  size_t sample_size = 500;
  uint32_t seed = 5;
  bool dump = false, list = false, dev = false, print_sample = false;
  std::vector<std::pair<std::string, std::string>> verbs_only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--judgments") == 0 && i + 1 < argc) judgments_path = argv[++i];
    else if (std::strcmp(argv[i], "--sample") == 0 && i + 1 < argc) sample_size = std::strtoul(argv[++i], nullptr, 10);
    else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) seed = static_cast<uint32_t>(std::strtoul(argv[++i], nullptr, 10));
    else if (std::strcmp(argv[i], "--dict-dir") == 0 && i + 1 < argc) dict_dir = argv[++i];
    else if (std::strcmp(argv[i], "--verbs-only") == 0 && i + 1 < argc) {
      const std::string spec = argv[++i];
      const size_t eq = spec.find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "voa_judged: --verbs-only wants NAME=PATH\n");
        return 2;
      }
      verbs_only.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
    } else if (std::strcmp(argv[i], "--dump") == 0) dump = true;
    else if (std::strcmp(argv[i], "--list") == 0) list = true;
    else if (std::strcmp(argv[i], "--dev") == 0) dev = true;
    else if (std::strcmp(argv[i], "--print-sample") == 0) print_sample = true;
    else path = argv[i];
  }
  std::ifstream in(path);
  if (!in) {
    std::printf("voa_judged: %s not found; nothing to measure (the corpus lives in ../shared/data)\n", path.c_str());
    return 0;
  }
  std::vector<Config> configs;
  configs.push_back({"sitrep", {}});
  if (std::ifstream(dict_dir + "/CAMEO.2.0.txt")) {
    Config phoenix{"phoenix", {}};
    phoenix.paths.verbs = dict_dir + "/CAMEO.2.0.txt";
    phoenix.paths.actors = {dict_dir + "/Phoenix.Countries.actors.txt", dict_dir + "/Phoenix.International.actors.txt",
                            dict_dir + "/Phoenix.MilNonState.actors.txt"};
    phoenix.paths.agents = dict_dir + "/Phoenix.agents.txt";
    phoenix.paths.discards = dict_dir + "/Phoenix.discards.txt";
    configs.push_back(phoenix);
    Config swapped{"phoenix-verbs", {}};
    swapped.paths.verbs = dict_dir + "/CAMEO.2.0.txt";
    configs.push_back(swapped);
  } else {
    std::printf("voa_judged: no Phoenix dictionaries in %s; coding with the shipped set only\n", dict_dir.c_str());
  }
  for (const auto& [name, verbs] : verbs_only) {
    Config c{name, {}};
    c.paths.verbs = verbs;
    configs.push_back(c);
  }
  int bad = 0;
  const std::map<Key, Verdict> judged = ReadJudgments(judgments_path, &bad);

  auto model = sitrep::nlp::EmbeddedSyntaxModel();
  if (!model.ok()) {
    std::fprintf(stderr, "voa_judged: %s\n", model.status().ToString().c_str());
    return 1;
  }
  const std::vector<sitrep::Story> stories = ReadStoryCorpus(in, path);

  // Code every story with every set; the sentence split does not depend on the dictionaries.
  struct Coded {
    std::vector<sitrep::CodedStory> stories;
  };
  std::vector<Coded> coded(configs.size());
  for (size_t c = 0; c < configs.size(); ++c) {
    auto dicts = sitrep::dictionaries::LoadDictionaries(configs[c].paths);
    if (!dicts.ok()) {
      std::fprintf(stderr, "voa_judged: %s: %s\n", configs[c].name.c_str(), dicts.status().ToString().c_str());
      return 1;
    }
    sitrep::Pipeline pipeline(std::make_shared<const sitrep::dictionaries::DictionarySet>(std::move(dicts).value()),
                              sitrep::Options{}, *model);
    for (const sitrep::Story& s : stories) {
      auto r = pipeline.Code(s);
      coded[c].stories.push_back(r.ok() ? std::move(r).value() : sitrep::CodedStory{});
    }
  }

  // The sample, from the first set's sentence split.
  std::vector<std::pair<size_t, int>> all;
  for (size_t i = 0; i < stories.size(); ++i)
    for (size_t k = 0; k < coded[0].stories[i].sentences.size(); ++k) all.emplace_back(i, static_cast<int>(k));
  Shuffle(&all, seed);
  std::set<std::pair<size_t, int>> sample;
  for (size_t i = 0; i < all.size(); ++i)
    if ((i < sample_size) != dev) sample.insert(all[i]);

  if (print_sample) {
    for (const auto& [si, sentence] : sample) std::printf("%s\t%d\n", stories[si].id.c_str(), sentence);
    return 0;
  }
  std::printf("corpus      %s (%zu stories)\n", path.c_str(), stories.size());
  const std::string which = dev ? " (--dev: the sentences outside the sample of " + std::to_string(sample_size) + ")" : "";
  std::printf("sample      %zu sentences, seed %u%s\n", sample.size(), seed, which.c_str());
  std::printf("judgments   %s (%zu keys%s)\n\n", judgments_path.c_str(), judged.size(),
              bad ? (", " + std::to_string(bad) + " bad lines").c_str() : "");
  std::printf("%-16s %6s %6s %7s %6s %7s %9s %9s %9s\n", "set", "events", "judged", "correct", "wrong", "unjudged",
              "precision", "correct", "negated");
  std::printf("%-16s %6s %6s %7s %6s %7s %9s %9s %9s\n", "", "", "", "", "", "", "", "/100 sent", "(apart)");
  std::map<Key, std::vector<std::string>> unjudged;  // key -> "set: verb (rule)"
  std::map<std::string, std::string> sentence_text;   // "story:sentence" -> text, for --dump
  std::vector<std::map<std::string, int>> by_root(configs.size());
  for (size_t c = 0; c < configs.size(); ++c) {
    int events = 0, correct = 0, wrong = 0, open = 0, negated = 0;
    for (const auto& [si, sentence] : sample) {
      const sitrep::CodedStory& cs = coded[c].stories[si];
      for (const sitrep::Event& e : cs.events) {
        if (e.sentence != sentence) continue;
        if (e.negated) {
          ++negated;
          continue;
        }
        ++events;
        const Key k{stories[si].id, sentence, Code(e.source), e.cameo, Code(e.target)};
        auto it = judged.find(k);
        if (it == judged.end()) {
          ++open;
          unjudged[k].push_back(configs[c].name + ": '" + e.verb_text + "' (" + e.rule + ")");
          sentence_text[k.story + ":" + std::to_string(k.sentence)] = e.sentence_text;
          continue;
        }
        if (it->second.correct) {
          ++correct;
          ++by_root[c][e.cameo.substr(0, 2)];
        } else {
          ++wrong;
        }
        if (list)
          std::fprintf(stderr, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", configs[c].name.c_str(), k.story.c_str(), k.sentence,
                       k.source.c_str(), k.cameo.c_str(), k.target.c_str(), it->second.correct ? "correct" : "wrong",
                       it->second.note.c_str());
      }
    }
    const int judged_n = correct + wrong;
    std::printf("%-16s %6d %6d %7d %6d %7d %8.1f%% %9.1f %9d\n", configs[c].name.c_str(), events, judged_n, correct, wrong,
                open, judged_n ? 100.0 * correct / judged_n : 0.0, sample.empty() ? 0.0 : 100.0 * correct / sample.size(),
                negated);
  }
  std::printf("\ncorrect events by CAMEO root\n%-16s", "set");
  std::set<std::string> roots;
  for (const auto& m : by_root)
    for (const auto& [r, n] : m) roots.insert(r);
  for (const std::string& r : roots) std::printf(" %4s", r.c_str());
  std::printf("\n");
  for (size_t c = 0; c < configs.size(); ++c) {
    std::printf("%-16s", configs[c].name.c_str());
    for (const std::string& r : roots) {
      auto it = by_root[c].find(r);
      std::printf(" %4d", it == by_root[c].end() ? 0 : it->second);
    }
    std::printf("\n");
  }

  if (dump && !unjudged.empty()) {
    std::printf("\n# %zu unjudged events; copy a line to the judgments file and set verdict and note\n", unjudged.size());
    std::string last;
    for (const auto& [k, who] : unjudged) {
      const std::string where = k.story + ":" + std::to_string(k.sentence);
      if (where != last) {
        last = where;
        std::printf("\n## %s  %s\n", where.c_str(), sentence_text[where].c_str());
      }
      std::printf("%s\t%d\t%s\t%s\t%s\t?\t", k.story.c_str(), k.sentence, k.source.c_str(), k.cameo.c_str(), k.target.c_str());
      for (size_t i = 0; i < who.size(); ++i) std::printf("%s%s", i ? " | " : "", who[i].c_str());
      std::printf("\n");
    }
  }
  return 0;
}
