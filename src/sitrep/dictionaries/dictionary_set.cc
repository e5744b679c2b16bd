#include "sitrep/dictionaries/dictionary_set.h"

#include <xxhash.h>

#include <cstdio>

#include "sitrep/dictionaries/embedded_files.h"
#include "sitrep/dictionaries/petrarch_actors.h"
#include "sitrep/dictionaries/petrarch_agents.h"
#include "sitrep/dictionaries/petrarch_verbs.h"

namespace sitrep::dictionaries {
namespace {

Result<DictionaryFile> ReadOrEmbedded(const std::string& path, std::string_view embedded_name) {
  if (!path.empty()) return ReadDictionaryFile(path);
  for (const auto& e : EmbeddedFiles())
    if (e.name == embedded_name) return DictionaryFile{std::string(e.name), std::string(e.content)};
  return Status::Internal("embedded dictionary '" + std::string(embedded_name) + "' is missing from this build");
}

}  // namespace

Result<DictionarySet> LoadDictionaries(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                       const DictionaryFile& agents, const DictionaryFile& verbs,
                                       const DictionaryFile& discards) {
  DictionarySet set;
  {
    XXH3_state_t* h = XXH3_createState();
    XXH3_64bits_reset(h);
    std::string names;
    std::vector<const DictionaryFile*> files = {&codebook};
    for (const auto& f : actors) files.push_back(&f);
    files.insert(files.end(), {&agents, &verbs, &discards});
    for (const DictionaryFile* f : files) {
      if (f->name.empty() && f->content.empty()) continue;
      XXH3_64bits_update(h, f->name.data(), f->name.size() + 1);  // the name's NUL separates it
      XXH3_64bits_update(h, f->content.data(), f->content.size());
      names += (names.empty() ? "" : ", ") + f->name;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(h)));
    XXH3_freeState(h);
    set.fingerprint = std::string(hex) + " " + names;
  }
  Result<CameoCodebook> book = CameoCodebook::Parse(codebook, &set.problems);
  if (!book.ok()) return book.status();
  set.codebook = std::move(book).value();
  for (const auto& f : actors) {
    if (LooksLikePetrarchActors(f)) {
      ReadPetrarchActors(f, &set.actors, &set.problems);
      set.notes.push_back(f.name + ": PETRARCH actor format");
    } else {
      set.actors.Add(f, &set.problems);
    }
  }
  if (LooksLikePetrarchAgents(agents)) {
    ReadPetrarchAgents(agents, &set.agents, &set.problems);
    set.notes.push_back(agents.name + ": PETRARCH agent format");
  } else {
    set.agents.Add(agents, &set.problems);
  }
  if (LooksLikePetrarchVerbs(verbs)) {
    PetrarchVerbStats stats;
    ReadPetrarchVerbs(verbs, set.codebook, &set.verbs, &set.problems, &stats);
    std::string note = verbs.name + ": PETRARCH verb format, " + std::to_string(stats.verbs) + " verbs, " +
                       std::to_string(stats.patterns) + " patterns, " + std::to_string(stats.synsets) + " synsets";
    if (stats.transformations > 0)
      note += ", " + std::to_string(stats.transformations) + " transformation lines not applied";
    if (!stats.codes_outside_codebook.empty()) {
      note += "; " + std::to_string(stats.codes_outside_codebook.size()) +
              " event codes are not in the CAMEO codebook and are kept as written:";
      int shown = 0;
      for (const std::string& c : stats.codes_outside_codebook) {
        if (++shown > 12) {
          note += " ...";
          break;
        }
        note += " " + c;
      }
    }
    set.notes.push_back(std::move(note));
  } else {
    set.verbs.Add(verbs, set.codebook, &set.problems);
  }
  set.verbs.Finish();
  if (!discards.content.empty()) set.discards.Add(discards, &set.problems);
  set.discards.Finish();
  if (set.actors.phrases().empty()) return Status::Corrupt("no actor phrase could be read from the actor dictionaries");
  if (set.verbs.entries().empty()) return Status::Corrupt(verbs.name + ": no verb could be read");
  return set;
}

Result<DictionarySet> LoadDictionaries(const DictionaryPaths& paths) {
  Result<DictionaryFile> codebook = ReadOrEmbedded(paths.codebook, "dictionaries/cameo_codebook.tsv");
  if (!codebook.ok()) return codebook.status();
  Result<DictionaryFile> agents = ReadOrEmbedded(paths.agents, "dictionaries/agents.txt");
  if (!agents.ok()) return agents.status();
  Result<DictionaryFile> verbs = ReadOrEmbedded(paths.verbs, "dictionaries/verbs.txt");
  if (!verbs.ok()) return verbs.status();
  DictionaryFile discards;
  if (!paths.discards.empty()) {
    Result<DictionaryFile> d = ReadDictionaryFile(paths.discards);
    if (!d.ok()) return d.status();
    discards = std::move(d).value();
  }
  std::vector<DictionaryFile> actors;
  if (paths.actors.empty()) {
    for (const auto& e : EmbeddedFiles())
      if (e.name.starts_with("dictionaries/actors/")) actors.push_back({std::string(e.name), std::string(e.content)});
  } else {
    for (const auto& p : paths.actors) {
      Result<DictionaryFile> f = ReadDictionaryFile(p);
      if (!f.ok()) return f.status();
      actors.push_back(std::move(f).value());
    }
  }
  return LoadDictionaries(*codebook, actors, *agents, *verbs, discards);
}

}  // namespace sitrep::dictionaries
