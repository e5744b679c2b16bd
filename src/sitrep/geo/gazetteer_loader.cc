#include "sitrep/geo/gazetteer_loader.h"

#include <cstdlib>
#include <string_view>

#include "sitrep/dictionaries/embedded_files.h"

namespace sitrep::geo {
namespace {

std::string_view Embedded(std::string_view name) {
  for (const auto& e : dictionaries::EmbeddedFiles()) {
    if (e.name == name) return e.content;
  }
  return {};
}

}  // namespace

std::string DefaultGazetteerDir() {
  if (const char* env = std::getenv("SITREP_GAZETTEER"); env != nullptr && *env != '\0') return env;
  return SITREP_DEFAULT_GAZETTEER_DIR;
}

Result<std::shared_ptr<const Gazetteer>> LoadGazetteer(const std::string& dir, const dictionaries::DictionarySet& dicts,
                                                       std::vector<std::string>* problems) {
  Gazetteer g;
  g.AddCountries(Embedded("dictionaries/places/countries.tsv"), "dictionaries/places/countries.tsv", problems);
  Status st = g.AddGeoNamesDirectory(dir, problems);
  if (!st.ok()) return st;
  g.AddAliases(Embedded("dictionaries/places/aliases.tsv"), "dictionaries/places/aliases.tsv", problems);
  // Country names and adjectives as the actor dictionaries spell them ("DR Congo", "Iraqi").
  const auto& actors = dicts.actors;
  for (const auto& phrase : actors.phrases()) {
    const auto& entry = actors.entries()[static_cast<size_t>(phrase.entry)];
    if (entry.kind != dictionaries::ActorKind::kCountry || entry.country.empty()) continue;
    const bool adjective = phrase.role == dictionaries::PhraseRole::kAdjective;
    if (adjective || phrase.role == dictionaries::PhraseRole::kName) {
      g.AddCountryName(dictionaries::PhraseText(phrase.phrase), entry.country, adjective);
    }
  }
  g.Finish();
  problems->insert(problems->end(), g.finish_problems().begin(), g.finish_problems().end());
  return std::shared_ptr<const Gazetteer>(std::make_shared<Gazetteer>(std::move(g)));
}

}  // namespace sitrep::geo
