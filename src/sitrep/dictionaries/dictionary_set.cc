#include "sitrep/dictionaries/dictionary_set.h"

#include "sitrep/dictionaries/embedded_files.h"

namespace sitrep::dictionaries {
namespace {

// A file in the PETRARCH/TABARI formats: codes in square brackets after phrases.
bool LooksLikePetrarch(const DictionaryFile& f) {
  LineCursor cur(f.content);
  int bracketed = 0, lines = 0;
  while (cur.Next() && lines < 200) {
    std::string_view l = Trim(cur.line());
    if (l.empty()) continue;
    ++lines;
    if (l.find('[') != std::string_view::npos && l.find(']') != std::string_view::npos) ++bracketed;
  }
  return lines > 0 && bracketed * 2 > lines;
}

Result<DictionaryFile> ReadOrEmbedded(const std::string& path, std::string_view embedded_name) {
  if (!path.empty()) {
    Result<DictionaryFile> f = ReadDictionaryFile(path);
    if (!f.ok()) return f.status();
    if (LooksLikePetrarch(*f))
      return Status::InvalidArgument(path + ": looks like a PETRARCH/TABARI dictionary; reading that format is "
                                     "not supported yet (docs/dictionaries.md describes sitrep's own format)");
    return f;
  }
  for (const auto& e : EmbeddedFiles())
    if (e.name == embedded_name) return DictionaryFile{std::string(e.name), std::string(e.content)};
  return Status::Internal("embedded dictionary '" + std::string(embedded_name) + "' is missing from this build");
}

}  // namespace

Result<DictionarySet> LoadDictionaries(const DictionaryFile& codebook, const std::vector<DictionaryFile>& actors,
                                       const DictionaryFile& agents, const DictionaryFile& verbs) {
  DictionarySet set;
  Result<CameoCodebook> book = CameoCodebook::Parse(codebook, &set.problems);
  if (!book.ok()) return book.status();
  set.codebook = std::move(book).value();
  for (const auto& f : actors) set.actors.Add(f, &set.problems);
  set.agents.Add(agents, &set.problems);
  set.verbs.Add(verbs, set.codebook, &set.problems);
  if (set.actors.phrases().empty()) return Status::Corrupt("no actor phrase could be read from the actor dictionaries");
  if (set.verbs.patterns().empty()) return Status::Corrupt(verbs.name + ": no verb pattern could be read");
  return set;
}

Result<DictionarySet> LoadDictionaries(const DictionaryPaths& paths) {
  Result<DictionaryFile> codebook = ReadOrEmbedded(paths.codebook, "dictionaries/cameo_codebook.tsv");
  if (!codebook.ok()) return codebook.status();
  Result<DictionaryFile> agents = ReadOrEmbedded(paths.agents, "dictionaries/agents.txt");
  if (!agents.ok()) return agents.status();
  Result<DictionaryFile> verbs = ReadOrEmbedded(paths.verbs, "dictionaries/verbs.txt");
  if (!verbs.ok()) return verbs.status();
  std::vector<DictionaryFile> actors;
  if (paths.actors.empty()) {
    for (const auto& e : EmbeddedFiles())
      if (e.name.starts_with("dictionaries/actors/")) actors.push_back({std::string(e.name), std::string(e.content)});
  } else {
    for (const auto& p : paths.actors) {
      Result<DictionaryFile> f = ReadOrEmbedded(p, "");
      if (!f.ok()) return f.status();
      actors.push_back(std::move(f).value());
    }
  }
  return LoadDictionaries(*codebook, actors, *agents, *verbs);
}

}  // namespace sitrep::dictionaries
