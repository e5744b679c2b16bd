// dictionary_coverage: how much of a corpus the dictionaries reach, and the work list for the
// next round of dictionary writing (issue 5's "measure and report").
//
//   dictionary_coverage [STORIES.jsonl] [--dict-dir DIR | --shipped] [--top N]
//
// Codes the corpus (default ../shared/data/voa/voa_stories.jsonl) with the shipped dictionaries
// (--shipped, the default) or the Phoenix set in DIR, tagging and parsing with the shipped models,
// and prints: the share of sentences with at least one actor and with at least one event; the
// share of events whose source and target both resolved to an actor code (not an agent alone,
// "---GOV"); the N most frequent proper-noun runs no actor phrase covers; and the N most frequent
// verb lemmas no verb entry knows. Prints figures only.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "sitrep/nlp/embedded_models.h"
#include "sitrep/sitrep.h"

namespace {

bool IsCalendarWord(const std::string& w) {
  static const std::set<std::string> kWords = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
  return kWords.count(w) > 0;
}

void PrintTop(const char* title, const std::map<std::string, int>& counts, int top) {
  std::vector<std::pair<int, std::string>> v;
  for (const auto& [k, n] : counts) v.emplace_back(-n, k);
  std::sort(v.begin(), v.end());
  std::printf("%s (%zu distinct)\n", title, v.size());
  for (int i = 0; i < top && i < static_cast<int>(v.size()); ++i) std::printf("  %5d  %s\n", -v[i].first, v[i].second.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "../shared/data/voa/voa_stories.jsonl";
  std::string dict_dir;
  int top = 30;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dict-dir") == 0 && i + 1 < argc) dict_dir = argv[++i];
    else if (std::strcmp(argv[i], "--shipped") == 0) dict_dir.clear();
    else if (std::strcmp(argv[i], "--top") == 0 && i + 1 < argc) top = std::atoi(argv[++i]);
    else path = argv[i];
  }
  std::ifstream in(path);
  if (!in) {
    std::printf("dictionary_coverage: %s not found; nothing to measure (the corpus lives in ../shared/data)\n",
                path.c_str());
    return 0;
  }
  sitrep::dictionaries::DictionaryPaths paths;
  if (!dict_dir.empty()) {
    paths.verbs = dict_dir + "/CAMEO.2.0.txt";
    paths.actors = {dict_dir + "/Phoenix.Countries.actors.txt", dict_dir + "/Phoenix.International.actors.txt",
                    dict_dir + "/Phoenix.MilNonState.actors.txt"};
    paths.agents = dict_dir + "/Phoenix.agents.txt";
    paths.discards = dict_dir + "/Phoenix.discards.txt";
  }
  auto dicts = sitrep::dictionaries::LoadDictionaries(paths);
  auto model = sitrep::nlp::EmbeddedSyntaxModel();
  if (!dicts.ok() || !model.ok()) {
    std::fprintf(stderr, "dictionary_coverage: %s\n",
                 (!dicts.ok() ? dicts.status() : model.status()).ToString().c_str());
    return 1;
  }
  std::set<std::string> verb_forms;
  for (const auto& e : dicts->verbs.entries())
    if (e.kind == sitrep::dictionaries::PatternKind::kVerb) verb_forms.insert(e.head_forms.begin(), e.head_forms.end());
  sitrep::Pipeline pipeline(std::make_shared<const sitrep::dictionaries::DictionarySet>(std::move(dicts).value()),
                            sitrep::Options{}, *model);

  auto reader = sitrep::io::MakeStoryReader(sitrep::io::InputFormat::kJsonl, in, path, {});
  sitrep::Story story;
  sitrep::io::Rejection rej;
  std::vector<std::string> warnings;
  size_t sentences = 0, with_actor = 0, with_event = 0, events = 0, resolved = 0;
  std::map<std::string, int> unresolved_names, uncoded_verbs;
  while (true) {
    auto o = reader->Next(&story, &rej, &warnings);
    if (o == sitrep::io::StoryReader::Outcome::kEnd) break;
    if (o != sitrep::io::StoryReader::Outcome::kStory) continue;
    auto coded = pipeline.Code(story);
    if (!coded.ok()) continue;
    std::vector<char> covered(coded->tokens.size(), 0), has_event(coded->sentences.size(), 0);
    for (const auto& ms : coded->mentions)
      for (const auto& m : ms)
        for (int32_t t = m.first; t < m.last; ++t) covered[t] = 1;
    for (const sitrep::Event& e : coded->events) {
      has_event[e.sentence] = 1;
      ++events;
      auto real = [](const std::optional<sitrep::EventActor>& a) { return a && !a->code.starts_with("---"); };
      resolved += real(e.source) && real(e.target);
    }
    for (size_t si = 0; si < coded->sentences.size(); ++si) {
      const sitrep::Sentence& s = coded->sentences[si];
      ++sentences;
      with_actor += !coded->mentions[si].empty();
      with_event += has_event[si];
      std::string run;
      for (int32_t t = s.first_token; t <= s.last_token; ++t) {
        const bool name = t < s.last_token && !covered[t] && pipeline.syntax()->upos(coded->syntax[t]) == "PROPN";
        if (name) {
          run += (run.empty() ? "" : " ") + coded->tokens[t].form;
        } else if (!run.empty()) {
          if (!IsCalendarWord(run)) ++unresolved_names[run];  // dates are not actors (issue 6)
          run.clear();
        }
        if (t < s.last_token && pipeline.syntax()->upos(coded->syntax[t]) == "VERB" && !verb_forms.count(coded->tokens[t].lower) &&
            !verb_forms.count(coded->syntax[t].lemma))
          ++uncoded_verbs[coded->syntax[t].lemma];
      }
    }
  }
  std::printf("corpus        %s\n", path.c_str());
  std::printf("dictionaries  %s\n", dict_dir.empty() ? "shipped (sitrep's own)" : (dict_dir + " (Phoenix set)").c_str());
  std::printf("sentences     %zu: %.1f%% with an actor, %.1f%% with an event\n", sentences, 100.0 * with_actor / sentences,
              100.0 * with_event / sentences);
  std::printf("events        %zu: %.1f%% with both sides resolved to an actor code\n", events,
              events ? 100.0 * resolved / events : 0.0);
  PrintTop("most frequent proper-noun runs no actor phrase covers", unresolved_names, top);
  PrintTop("most frequent verbs no verb entry knows (lemma)", uncoded_verbs, top);
  return 0;
}
