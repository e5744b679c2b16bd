#include "dictionary_options.h"

#include <iostream>

namespace sitrep::cli {

void AddDictionaryFlags(CLI::App* app, CodingFlags* f) {
  app->add_option("--verbs", f->paths.verbs, "verb/noun pattern dictionary (default: the shipped one)");
  app->add_option("--actors", f->actors_csv, "actor dictionaries, comma-separated (default: the shipped ones)");
  app->add_option("--agents", f->paths.agents, "agent dictionary (default: the shipped one)");
  app->add_option("--codebook", f->paths.codebook, "CAMEO codebook TSV (default: the shipped one)");
  app->add_option("--discards", f->paths.discards, "discard list: stories or sentences to leave uncoded (default: none)");
}

Result<dictionaries::DictionarySet> LoadDictionarySet(CodingFlags* f) {
  f->paths.actors.clear();
  for (auto& a : CLI::detail::split(f->actors_csv, ','))
    if (!a.empty()) f->paths.actors.push_back(a);
  return dictionaries::LoadDictionaries(f->paths);
}

void AddCodingFlags(CLI::App* app, CodingFlags* f) {
  AddDictionaryFlags(app, f);
  app->add_option("--max-story-bytes", f->options.max_story_bytes, "reject stories longer than this")
      ->default_val(f->options.max_story_bytes);
  app->add_flag("--keep-monads", f->keep_monads, "keep events with only a source or only a target");
  app->add_flag("!--no-apostrophe-repair", f->options.repair_apostrophes,
                "do not restore stripped apostrophes (\"Iraq s\" -> \"Iraq's\")");
  AddModelFlags(app, &f->models);
  app->add_flag("--no-syntax", f->models.no_syntax, "skip tagging and parsing (word-order coding only)");
  app->add_option("--gazetteer", f->gazetteer,
                  "GeoNames directory (cities15000.txt or cities.txt, admin1CodesASCII.txt, optional "
                  "alternateNamesV2.txt); default: $SITREP_GAZETTEER or the one `make deps` builds");
  app->add_flag("--no-geo", f->no_geo, "do not geolocate events");
}

Result<std::unique_ptr<Pipeline>> MakePipeline(CodingFlags* f) {
  f->options.require_dyad = !f->keep_monads;
  Result<dictionaries::DictionarySet> dicts = LoadDictionarySet(f);
  if (!dicts.ok()) return dicts.status();
  const auto& problems = dicts->problems;
  if (!problems.empty()) {
    std::cerr << "sitrep: " << problems.size() << " dictionary line(s) skipped:\n";
    for (size_t i = 0; i < problems.size() && i < 10; ++i) std::cerr << "  " << problems[i] << "\n";
    if (problems.size() > 10) std::cerr << "  ... and " << problems.size() - 10 << " more\n";
  }
  for (const std::string& note : dicts->notes) std::cerr << "sitrep: note: " << note << "\n";
  auto shared = std::make_shared<const dictionaries::DictionarySet>(std::move(dicts).value());
  std::shared_ptr<const nlp::SyntaxModel> syntax;
  if (!f->models.no_syntax) {
    auto model = LoadSyntaxModel(f->models);
    if (!model.ok()) return model.status();
    syntax = *model;
  }
  std::shared_ptr<const geo::Gazetteer> gazetteer;
  if (!f->no_geo) {
    const std::string dir = f->gazetteer.empty() ? geo::DefaultGazetteerDir() : f->gazetteer;
    std::vector<std::string> geo_problems;
    auto loaded = geo::LoadGazetteer(dir, *shared, &geo_problems);
    if (!loaded.ok()) {
      // An explicit --gazetteer must work; a missing default only costs the locations.
      if (!f->gazetteer.empty()) return loaded.status();
      std::cerr << "sitrep: note: events will carry no location: " << loaded.status().message() << "\n";
    } else {
      gazetteer = *loaded;
    }
    if (!geo_problems.empty()) {
      std::cerr << "sitrep: " << geo_problems.size() << " gazetteer line(s) skipped:\n";
      for (size_t i = 0; i < geo_problems.size() && i < 5; ++i) std::cerr << "  " << geo_problems[i] << "\n";
    }
  }
  return std::make_unique<Pipeline>(std::move(shared), f->options, std::move(syntax), std::move(gazetteer));
}

}  // namespace sitrep::cli
