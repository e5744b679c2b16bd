#include "sitrep/dictionaries/dictionary_stats.h"

#include <set>

#include "sitrep/dictionaries/dictionary_linter.h"

namespace sitrep::dictionaries {

DictionaryStats ComputeStats(const DictionarySet& set) {
  DictionaryStats s;
  for (const ActorEntry& e : set.actors.entries()) {
    FileStats& f = s.files[FileOfRule(e.rule)];
    ++f.actors_by_kind[ActorKindName(e.kind)];
    int windows = 0;
    for (const DatedCode& c : e.codes) windows += c.from.valid() || c.to.valid();
    f.date_windows += windows;
    f.dated_entries += windows > 0;
  }
  for (const ActorPhrase& p : set.actors.phrases()) ++s.files[FileOfRule(p.rule)].actor_phrases;
  for (const AgentEntry& a : set.agents.entries()) ++s.files[FileOfRule(a.rule)].agents;
  for (const AgentPhrase& p : set.agents.phrases()) ++s.files[FileOfRule(p.rule)].agent_nouns;
  std::map<std::string, std::set<std::string>> codes;
  std::map<std::string, std::set<std::string>> lemmas;
  for (const VerbEntry& e : set.verbs.entries()) {
    FileStats& f = s.files[FileOfRule(e.rule)];
    ++(e.kind == PatternKind::kNoun ? f.nouns : f.verbs);
    if (e.kind == PatternKind::kVerb) lemmas[FileOfRule(e.rule)].insert(e.lemma);
  }
  for (const auto& [file, l] : lemmas) s.files[file].lemmas = static_cast<int>(l.size());
  // A noun line with word classes makes one entry per phrase; it is still one line.
  std::set<std::string> rules, blocking_rules;
  for (const VerbPattern& p : set.verbs.patterns()) {
    rules.insert(p.rule);
    if (!p.names_event()) blocking_rules.insert(p.rule);
  }
  for (const std::string& r : rules) ++s.files[FileOfRule(r)].pattern_lines;
  for (const std::string& r : blocking_rules) ++s.files[FileOfRule(r)].blocking;
  for (const WordClass& c : set.verbs.word_classes()) {
    FileStats& f = s.files[FileOfRule(c.rule)];
    ++f.word_classes;
    f.class_members += static_cast<int>(c.members.size());
  }
  std::set<const VerbPattern*> bare;
  for (const VerbEntry& e : set.verbs.entries())
    if (e.bare >= 0) bare.insert(&set.verbs.patterns()[e.bare]);
  for (const VerbPattern& p : set.verbs.patterns()) {
    const std::string file = FileOfRule(p.rule);
    if (!bare.count(&p)) ++s.files[file].patterns;
    for (const std::string* c : {&p.code, &p.second_code})
      if (!c->empty() && *c != "---") codes[file].insert(*c);
  }
  for (const auto& [file, set_of_codes] : codes) {
    FileStats& f = s.files[file];
    f.event_codes = static_cast<int>(set_of_codes.size());
    std::set<std::string> roots;
    for (const std::string& c : set_of_codes)
      if (const CameoCode* cc = set.codebook.Find(c)) roots.insert(cc->root());
    f.cameo_roots = static_cast<int>(roots.size());
  }
  for (const DiscardEntry& d : set.discards.entries()) ++s.files[FileOfRule(d.rule)].discards;
  s.codebook_codes = static_cast<int>(set.codebook.size());
  for (const CameoCode& c : set.codebook.codes()) s.codebook_with_plover += !c.plover_type.empty();
  return s;
}

}  // namespace sitrep::dictionaries
