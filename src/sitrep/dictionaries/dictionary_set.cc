#include "sitrep/dictionaries/dictionary_set.h"

#include <xxhash.h>

#include <algorithm>
#include <filesystem>

#include "sitrep/core/hex_digest.h"
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

// The verb files: `path` itself, the *.txt files of a directory in name order, or the embedded
// dictionaries/verbs/*.txt (the embedding keeps CMake's sorted glob order; sorted here anyway).
Result<std::vector<DictionaryFile>> ReadVerbFiles(const std::string& path) {
  std::vector<DictionaryFile> out;
  if (path.empty()) {
    for (const auto& e : EmbeddedFiles())
      if (e.name.starts_with("dictionaries/verbs/")) out.push_back({std::string(e.name), std::string(e.content)});
    if (out.empty()) return Status::Internal("embedded dictionaries/verbs/*.txt are missing from this build");
  } else {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      Result<DictionaryFile> f = ReadDictionaryFile(path);
      if (!f.ok()) return f.status();
      out.push_back(std::move(f).value());
      return out;
    }
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec))
      if (entry.path().extension() == ".txt" && !entry.is_directory()) names.push_back(entry.path().string());
    if (ec) return Status::IoError("cannot list verb dictionary directory '" + path + "': " + ec.message());
    if (names.empty()) return Status::NotFound("verb dictionary directory '" + path + "' has no .txt file");
    std::sort(names.begin(), names.end());
    for (const std::string& n : names) {
      Result<DictionaryFile> f = ReadDictionaryFile(n);
      if (!f.ok()) return f.status();
      out.push_back(std::move(f).value());
    }
  }
  std::sort(out.begin(), out.end(), [](const DictionaryFile& a, const DictionaryFile& b) { return a.name < b.name; });
  return out;
}

}  // namespace

Result<DictionarySet> LoadDictionaries(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                       const DictionaryFile& agents, const DictionaryFile& verbs,
                                       const DictionaryFile& discards) {
  return LoadDictionaryFiles(codebook, actors, agents, std::vector<DictionaryFile>{verbs}, discards);
}

Result<DictionarySet> LoadDictionaryFiles(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                          const DictionaryFile& agents, const std::vector<DictionaryFile>& verb_files,
                                          const DictionaryFile& discards) {
  DictionarySet set;
  {
    XXH3_state_t* h = XXH3_createState();
    XXH3_64bits_reset(h);
    std::string names;
    std::vector<const DictionaryFile*> files = {&codebook};
    for (const auto& f : actors) files.push_back(&f);
    files.push_back(&agents);
    for (const auto& f : verb_files) files.push_back(&f);
    files.push_back(&discards);
    for (const DictionaryFile* f : files) {
      if (f->name.empty() && f->content.empty()) continue;
      XXH3_64bits_update(h, f->name.data(), f->name.size() + 1);  // the name's NUL separates it
      XXH3_64bits_update(h, f->content.data(), f->content.size());
      names += (names.empty() ? "" : ", ") + f->name;
    }
    set.fingerprint = Hex64(XXH3_64bits_digest(h)) + " " + names;
    XXH3_freeState(h);
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
  std::vector<DictionaryFile> own_verbs;
  for (const DictionaryFile& verbs : verb_files) {
    if (!LooksLikePetrarchVerbs(verbs)) {
      own_verbs.push_back(verbs);
      continue;
    }
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
  }
  if (!own_verbs.empty()) set.verbs.AddFiles(own_verbs, set.codebook, &set.problems);
  set.verbs.Finish();
  if (!discards.content.empty()) set.discards.Add(discards, &set.problems);
  set.discards.Finish();
  if (set.actors.phrases().empty()) return Status::Corrupt("no actor phrase could be read from the actor dictionaries");
  if (set.verbs.entries().empty()) {
    std::string names;
    for (const DictionaryFile& f : verb_files) names += (names.empty() ? "" : ", ") + f.name;
    return Status::Corrupt((names.empty() ? std::string("verb dictionary") : names) + ": no verb could be read");
  }
  return set;
}

Result<DictionarySet> LoadDictionaries(const DictionaryPaths& paths) {
  Result<DictionaryFile> codebook = ReadOrEmbedded(paths.codebook, "dictionaries/cameo_codebook.tsv");
  if (!codebook.ok()) return codebook.status();
  Result<DictionaryFile> agents = ReadOrEmbedded(paths.agents, "dictionaries/agents.txt");
  if (!agents.ok()) return agents.status();
  Result<std::vector<DictionaryFile>> verbs = ReadVerbFiles(paths.verbs);
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
  return LoadDictionaryFiles(*codebook, actors, *agents, *verbs, discards);
}

}  // namespace sitrep::dictionaries
