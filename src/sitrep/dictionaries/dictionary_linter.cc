#include "sitrep/dictionaries/dictionary_linter.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace sitrep::dictionaries {
namespace {

using Severity = LintFinding::Severity;

// CAMEO role chunks that may follow a country in a person's or agent's code, beyond the ones
// the agent dictionary defines.
constexpr const char* kCameoRoles[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "SEP", "INS", "UAF", "OPP",
                                       "PTY", "ELI", "RAD", "MOD", "CVL", "REF", "MED", "BUS", "MNC", "NGO", "HRI",
                                       "ENV", "EDU", "HLH", "REL", "LAB", "AGR", "CRM", "SET", "IGO", "IMG", "PRE"};
constexpr const char* kTransnationalPrefixes[] = {"IGO", "NGO", "IMG", "MNC", "UIS", "---"};

bool CodeShaped(const std::string& code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string PhraseKey(const Phrase& p) {
  std::string key = p.case_sensitive ? "=" : "~";
  for (const std::string& w : p.words) key += w + " ";
  return key;
}

std::string Quoted(const Phrase& p) {
  std::string s;
  for (const std::string& w : p.words) s += (s.empty() ? "" : " ") + w;
  return "'" + s + "'";
}

// The codes an entry can take, for comparing two entries: all of them, sorted.
std::set<std::string> CodesOf(const ActorEntry& e) {
  std::set<std::string> out;
  for (const DatedCode& c : e.codes) out.insert(c.code);
  return out;
}

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += (out.empty() ? "" : "/") + x;
  return out;
}

bool Overlap(const DatedCode& a, const DatedCode& b, Date* first_common) {
  // Open ends reach to the beginning or end of time.
  const bool a_starts_before_b_ends = !a.from.valid() || !b.to.valid() || !(b.to < a.from);
  const bool b_starts_before_a_ends = !b.from.valid() || !a.to.valid() || !(a.to < b.from);
  if (!(a_starts_before_b_ends && b_starts_before_a_ends)) return false;
  *first_common = !a.from.valid() ? b.from : !b.from.valid() ? a.from : std::max(a.from, b.from);
  return true;
}

// What makes two patterns the same: for a verb's own code, the verb (forms and fixed words);
// for a block pattern, the block and the elements around the verb.
std::string VerbKey(const VerbEntry& e) {
  std::vector<std::string> forms = e.head_forms;
  std::sort(forms.begin(), forms.end());
  std::string key = e.kind == PatternKind::kNoun ? "N|" : "V|";
  for (const auto& f : forms) key += f + ",";
  key += '|';
  for (const auto& w : e.prefix) key += w + " ";
  key += '*';
  for (const auto& w : e.suffix) key += " " + w;
  return key;
}

std::string ElementsKey(const VerbPattern& p) {
  std::string key;
  auto elements = [&](const std::vector<PatternElement>& side) {
    for (const PatternElement& el : side) {
      key += el.adjacent ? '_' : ' ';
      key += std::to_string(static_cast<int>(el.kind));
      key += ':';
      for (const auto& alt : el.alternatives) {
        for (const auto& w : alt) key += w + "+";
        key += '/';
      }
    }
  };
  key += '|';
  elements(p.before);
  key += '|';
  elements(p.after);
  key += '|';
  key += std::to_string(p.max_gap);
  return key;
}

// Whether element `a` matches wherever `b` does: same kind and joining, and for words every
// alternative of `b` is one of `a`'s.
bool Covers(const PatternElement& a, const PatternElement& b) {
  if (a.kind != b.kind || (a.adjacent && !b.adjacent)) return false;
  if (a.kind != PatternElement::Kind::kWords) return true;
  for (const auto& alt : b.alternatives)
    if (std::find(a.alternatives.begin(), a.alternatives.end(), alt) == a.alternatives.end()) return false;
  return true;
}

// Whether pattern `a` matches wherever `b` does (for the same verb): the same elements before the
// verb, and after it `a`'s elements are the first of `b`'s, each covering `b`'s. (Dropping
// elements from the end cannot make a match fail; dropping them elsewhere can, by widening a
// gap, so only a prefix counts.)
bool Subsumes(const VerbPattern& a, const VerbPattern& b) {
  if (a.before.size() != b.before.size() || a.after.size() > b.after.size() || a.max_gap < b.max_gap) return false;
  for (size_t i = 0; i < a.before.size(); ++i)
    if (!Covers(a.before[i], b.before[i])) return false;
  for (size_t i = 0; i < a.after.size(); ++i)
    if (!Covers(a.after[i], b.after[i])) return false;
  return true;
}

std::string CodeText(const VerbPattern& p) {
  return p.second_code.empty() ? p.code : p.code + ":" + p.second_code;
}


// Verb and noun patterns: duplicates, patterns another one always beats, "---" patterns that
// block nothing, unused word classes.
template <typename Add>
void LintPatterns(const DictionarySet& set, const std::unordered_map<std::string, const ActorPhrase*>& actor_phrases,
                  Add add) {
  const auto& patterns = set.verbs.patterns();
  const auto& entries = set.verbs.entries();
  // What the verbs of each block are; two patterns are the same when their blocks have the same
  // verbs and their elements are the same (in sitrep's own format every line is a block).
  std::vector<std::vector<int32_t>> block_entries;
  for (size_t i = 0; i < entries.size(); ++i) {
    const size_t b = static_cast<size_t>(entries[i].block);
    if (b >= block_entries.size()) block_entries.resize(b + 1);
    block_entries[b].push_back(static_cast<int32_t>(i));
  }
  std::vector<std::string> block_key(block_entries.size());
  for (size_t b = 0; b < block_entries.size(); ++b) {
    std::vector<std::string> keys;
    for (int32_t ei : block_entries[b]) keys.push_back(VerbKey(entries[ei]));
    std::sort(keys.begin(), keys.end());
    for (const auto& k : keys) block_key[b] += k + ";";
  }

  std::unordered_map<std::string, const VerbPattern*> first_pattern;
  auto check_pattern = [&](const std::string& key, const VerbPattern& p) {
    auto [it, fresh] = first_pattern.emplace(key, &p);
    if (fresh || it->second == &p) return;
    const VerbPattern& q = *it->second;
    if (q.code != p.code || q.second_code != p.second_code)
      add(Severity::kError, p.rule, "pattern '" + p.text + "' [" + CodeText(p) + "] can never fire: the same pattern at " +
                                        q.rule + " [" + CodeText(q) + "] is tried first");
    else
      add(Severity::kWarning, p.rule, "pattern '" + p.text + "' repeats " + q.rule);
  };
  std::vector<char> block_done(block_entries.size(), 0);
  for (const VerbEntry& e : entries) {
    if (e.bare >= 0) check_pattern(VerbKey(e), patterns[e.bare]);
    if (!block_done[e.block]) {
      block_done[e.block] = 1;
      for (int32_t pi : set.verbs.BlockPatterns(e.block))
        check_pattern(block_key[e.block] + ElementsKey(patterns[pi]), patterns[pi]);
    }
    if (e.kind == PatternKind::kNoun && e.bare >= 0) {
      std::vector<std::string> words{e.head_forms[0]};
      words.insert(words.end(), e.suffix.begin(), e.suffix.end());
      if (actor_phrases.count(PhraseKey(Phrase{words, false})))
        add(Severity::kError, e.rule, "noun pattern '" + patterns[e.bare].text +
                                          "' can never fire: it is an actor phrase, and actors are found first");
    }
  }

  // Patterns another one always beats, and "---" patterns with nothing to block. The matcher
  // tries, at a verb, the patterns of every entry whose forms and fixed words are there, most
  // literal words first, then entry order, then the block's own order; the bare codes come
  // last, the first entry's deciding.
  struct Tried {
    int32_t pattern;
    int32_t entry;  // first entry of its block
    int32_t position;
  };
  auto before = [&](const Tried& a, const Tried& b) {
    const VerbPattern& x = patterns[a.pattern];
    const VerbPattern& y = patterns[b.pattern];
    if (x.literal_words != y.literal_words) return x.literal_words > y.literal_words;
    if (a.entry != b.entry) return a.entry < b.entry;
    return a.position < b.position;
  };
  // Entries by their forms and fixed words; patterns of entries that share a head form compete.
  std::unordered_map<std::string, std::vector<int32_t>> by_form;
  for (size_t i = 0; i < entries.size(); ++i)
    if (entries[i].kind == PatternKind::kVerb)
      for (const std::string& f : entries[i].head_forms) by_form[f].push_back(static_cast<int32_t>(i));
  auto same_fixed = [&](const VerbEntry& a, const VerbEntry& b) { return a.prefix == b.prefix && a.suffix == b.suffix; };
  auto forms_cover = [](const VerbEntry& a, const VerbEntry& b) {
    for (const std::string& f : b.head_forms)
      if (std::find(a.head_forms.begin(), a.head_forms.end(), f) == a.head_forms.end()) return false;
    return true;
  };
  std::set<std::pair<int32_t, int32_t>> reported;  // (shadowed, shadowing)
  std::set<int32_t> useful_block;                   // "---" patterns that block something
  std::vector<char> done(block_entries.size(), 0);
  for (size_t bi = 0; bi < entries.size(); ++bi) {
    const VerbEntry& b_entry = entries[bi];
    if (b_entry.kind != PatternKind::kVerb || done[b_entry.block]) continue;
    done[b_entry.block] = 1;
    // Competing entries: those sharing a form with this one and having the same fixed words.
    std::set<int32_t> rivals;
    for (const std::string& f : b_entry.head_forms)
      for (int32_t ai : by_form[f])
        if (same_fixed(entries[ai], b_entry)) rivals.insert(ai);
    const std::vector<int32_t>& own = set.verbs.BlockPatterns(b_entry.block);
    const int32_t b_first = block_entries[b_entry.block].front();
    for (size_t bp = 0; bp < own.size(); ++bp) {
      const Tried b{own[bp], b_first, static_cast<int32_t>(bp)};
      const VerbPattern& pb = patterns[b.pattern];
      // Whether anything with another outcome could be tried after it: a later pattern or a
      // bare verb with another code. A "---" pattern without one blocks nothing; an event
      // pattern without one (and without a slot, which picks a side) adds nothing.
      bool matters = false;
      for (int32_t ai : rivals) {
        const VerbEntry& a_entry = entries[ai];
        const int32_t a_first = block_entries[a_entry.block].front();
        const std::vector<int32_t>& theirs = set.verbs.BlockPatterns(a_entry.block);
        for (size_t ap = 0; ap < theirs.size(); ++ap) {
          const Tried a{theirs[ap], a_first, static_cast<int32_t>(ap)};
          if (a.pattern == b.pattern) continue;
          const VerbPattern& pa = patterns[a.pattern];
          if (before(b, a) && CodeText(pa) != CodeText(pb)) matters = true;
          // (An exact repeat was reported above.)
          if (before(a, b) && forms_cover(a_entry, b_entry) && Subsumes(pa, pb) &&
              block_key[a_entry.block] + ElementsKey(pa) != block_key[b_entry.block] + ElementsKey(pb) &&
              reported.insert({b.pattern, a.pattern}).second) {
            add(pa.code == pb.code && pa.second_code == pb.second_code ? Severity::kWarning : Severity::kError, pb.rule,
                "pattern '" + pb.text + "' [" + CodeText(pb) + "] can never fire: '" + pa.text + "' [" + CodeText(pa) +
                    "] at " + pa.rule + " matches wherever it does and is tried first");
            break;
          }
        }
      }
      // When no pattern matches, the bare code of the first entry that has one decides (no
      // event when none has).
      std::string fallback = "---";
      for (int32_t ai : rivals)
        if (entries[ai].bare >= 0) {
          fallback = CodeText(patterns[entries[ai].bare]);
          break;
        }
      if (fallback != CodeText(pb)) matters = true;
      bool slot = false;
      for (const auto* side : {&pb.before, &pb.after})
        for (const PatternElement& el : *side) slot |= el.kind != PatternElement::Kind::kWords;
      if (!matters && !pb.names_event())
        add(Severity::kWarning, pb.rule, "pattern '" + pb.text + "' [---] blocks nothing: no pattern or verb of '" +
                                             b_entry.lemma + "' that names an event is tried after it");
      else if (!matters && !slot)
        add(Severity::kWarning, pb.rule, "pattern '" + pb.text + "' [" + CodeText(pb) + "] adds nothing: '" +
                                             b_entry.lemma + "' gives the same code without it");
    }
  }

  for (const WordClass& c : set.verbs.word_classes()) {
    if (c.uses == 0) add(Severity::kWarning, c.rule, "word class '&" + c.name + "' is never used");
    std::set<std::vector<std::string>> seen;
    for (const auto& m : c.members)
      if (!seen.insert(m).second) {
        std::string text;
        for (const auto& w : m) text += (text.empty() ? "" : " ") + w;
        add(Severity::kWarning, c.rule, "word class '&" + c.name + "' lists '" + text + "' twice");
      }
  }
}

}  // namespace

std::string FileOfRule(const std::string& rule) {
  const size_t colon = rule.rfind(':');
  if (colon == std::string::npos) return rule;
  const std::string_view tail = std::string_view(rule).substr(colon + 1);
  const bool digits = !tail.empty() && std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits ? rule.substr(0, colon) : rule;
}

std::vector<LintFinding> LintDictionaries(const DictionarySet& set) {
  std::vector<LintFinding> out;
  auto add = [&](Severity s, const std::string& where, std::string what) {
    out.push_back(LintFinding{s, where, std::move(what)});
  };
  for (const std::string& p : set.problems) {
    const size_t split = p.find(": ");
    add(Severity::kError, p.substr(0, split), split == std::string::npos ? "skipped" : "skipped: " + p.substr(split + 2));
  }

  const auto& entries = set.actors.entries();
  std::unordered_set<std::string> isos, ethnic;
  for (const ActorEntry& e : entries) {
    if (e.kind == ActorKind::kCountry) isos.insert(set.actors.CountryIso(e.label));
    if (e.kind == ActorKind::kEthnic) ethnic.insert(e.label);
  }
  std::unordered_set<std::string> roles(std::begin(kCameoRoles), std::end(kCameoRoles));
  for (const AgentEntry& a : set.agents.entries())
    for (size_t i = 0; i + 3 <= a.code.size(); i += 3) roles.insert(a.code.substr(i, 3));
  auto known_prefix = [&](const std::string& chunk) {
    return !set.actors.CountryIso(chunk).empty() || ethnic.count(chunk) ||
           std::find(std::begin(kTransnationalPrefixes), std::end(kTransnationalPrefixes), chunk) !=
               std::end(kTransnationalPrefixes);
  };

  std::unordered_set<std::string> group_codes;
  for (const ActorEntry& e : entries) {
    if (e.kind == ActorKind::kPerson || e.kind == ActorKind::kCountry) continue;
    for (const DatedCode& dc : e.codes) group_codes.insert(dc.code);
  }

  // Actor codes, countries and date windows.
  for (const ActorEntry& e : entries) {
    for (const DatedCode& dc : e.codes) {
      for (std::string_view member : SplitTrimmed(dc.code, '/')) {
        const std::string code(member);
        if (!CodeShaped(code)) {
          add(Severity::kError, e.rule, "actor code '" + code + "' is not CAMEO-shaped (capitals, digits or '-' in 3-letter chunks)");
          continue;
        }
        if (!known_prefix(code.substr(0, 3)))
          add(Severity::kError, e.rule, "actor code '" + code + "' starts with '" + code.substr(0, 3) +
                                            "', which is no country code of these dictionaries nor IGO/NGO/IMG/MNC/UIS/---");
        // A group's leader carries the group's own code (IMGMUSISI), whatever its chunks are.
        if (e.kind == ActorKind::kPerson && code.size() >= 6 && !roles.count(code.substr(3, 3)) &&
            !group_codes.count(code))
          add(Severity::kWarning, e.rule, "person code '" + code + "': role '" + code.substr(3, 3) + "' is no agent code");
      }
    }
    if (!e.country.empty() && e.kind != ActorKind::kCountry && !isos.count(e.country))
      add(Severity::kError, e.rule, "country '" + e.country + "' is not the ISO code of any country entry");
    for (size_t i = 0; i < e.codes.size(); ++i) {
      for (size_t j = i + 1; j < e.codes.size(); ++j) {
        const DatedCode& a = e.codes[i];
        const DatedCode& b = e.codes[j];
        if (!a.from.valid() && !a.to.valid() && !b.from.valid() && !b.to.valid()) {
          if (a.code != b.code) add(Severity::kError, e.rule, "two undated codes '" + a.code + "' and '" + b.code + "'");
          continue;
        }
        // An undated code is the default when no window applies; it overlaps nothing.
        if ((!a.from.valid() && !a.to.valid()) || (!b.from.valid() && !b.to.valid())) continue;
        Date common;
        if (!Overlap(a, b, &common)) continue;
        // A term ending on the day the next begins (a handover, as PETRARCH files write them)
        // shares one day by convention.
        if ((a.to.valid() && b.from.valid() && a.to == b.from) || (b.to.valid() && a.from.valid() && b.to == a.from))
          continue;
        const std::string when = common.valid() ? common.ToString() : "their start";
        if (a.code != b.code)
          add(Severity::kError, e.rule, "date windows of '" + a.code + "' and '" + b.code + "' overlap (both cover " + when +
                                            "); the first listed wins");
        else
          add(Severity::kWarning, e.rule, "two date windows of '" + a.code + "' overlap (from " + when + ")");
      }
    }
  }

  // Phrases: one phrase, one actor; agents likewise.
  std::unordered_map<std::string, const ActorPhrase*> first_actor_phrase;
  for (const ActorPhrase& p : set.actors.phrases()) {
    auto [it, fresh] = first_actor_phrase.emplace(PhraseKey(p.phrase), &p);
    if (fresh) continue;
    const ActorPhrase& q = *it->second;
    if (q.entry == p.entry) {
      add(Severity::kWarning, p.rule, "phrase " + Quoted(p.phrase) + " repeats " + q.rule);
      continue;
    }
    const std::set<std::string> a = CodesOf(entries[q.entry]), b = CodesOf(entries[p.entry]);
    if (a != b)
      add(Severity::kError, p.rule, "phrase " + Quoted(p.phrase) + " names " + Join(b) + " here and " + Join(a) + " at " +
                                        q.rule + "; only the first is used");
    else
      add(Severity::kWarning, p.rule, "phrase " + Quoted(p.phrase) + " already names the same code at " + q.rule);
  }
  std::unordered_map<std::string, const AgentPhrase*> first_agent_phrase;
  for (const AgentPhrase& p : set.agents.phrases()) {
    const std::string key = PhraseKey(p.phrase);
    if (auto a = first_actor_phrase.find(key); a != first_actor_phrase.end())
      add(Severity::kWarning, p.rule, "agent noun " + Quoted(p.phrase) + " is also an actor phrase (" + a->second->rule +
                                          "), which wins");
    auto [it, fresh] = first_agent_phrase.emplace(key, &p);
    if (fresh) continue;
    const AgentEntry& x = set.agents.entries()[it->second->entry];
    const AgentEntry& y = set.agents.entries()[p.entry];
    if (x.code != y.code || x.prefix != y.prefix)
      add(Severity::kError, p.rule, "agent noun " + Quoted(p.phrase) + " is " + y.code + " here and " + x.code + " at " +
                                        it->second->rule + "; only the first is used");
    else if (it->second->rule != p.rule)
      add(Severity::kWarning, p.rule, "agent noun " + Quoted(p.phrase) + " repeats " + it->second->rule);
  }

  // Patterns that can never fire.
  LintPatterns(set, first_actor_phrase, add);

  // PLOVER has no counterpart for CAMEO 01 (public statements); every other code should map.
  for (const CameoCode& c : set.codebook.codes())
    if (c.plover_type.empty() && c.root() != "01")
      add(Severity::kWarning, set.codebook.file_name(), "CAMEO " + c.code + " has no PLOVER type");

  std::stable_sort(out.begin(), out.end(), [](const LintFinding& a, const LintFinding& b) {
    const std::string fa = FileOfRule(a.location), fb = FileOfRule(b.location);
    if (fa != fb) return fa < fb;
    auto line = [](const std::string& loc) {
      const size_t colon = loc.rfind(':');
      return colon == std::string::npos ? 0 : std::atoi(loc.c_str() + colon + 1);
    };
    return line(a.location) < line(b.location);
  });
  return out;
}

}  // namespace sitrep::dictionaries
