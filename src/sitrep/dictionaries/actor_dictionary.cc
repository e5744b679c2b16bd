#include "sitrep/dictionaries/actor_dictionary.h"

#include <algorithm>

namespace sitrep::dictionaries {
namespace {

bool ParseKind(std::string_view s, ActorKind* kind) {
  static const std::pair<std::string_view, ActorKind> kKinds[] = {
      {"country", ActorKind::kCountry}, {"igo", ActorKind::kIgo},       {"ngo", ActorKind::kNgo},
      {"group", ActorKind::kGroup},     {"ethnic", ActorKind::kEthnic}, {"person", ActorKind::kPerson}};
  for (const auto& [name, k] : kKinds) {
    if (s == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

bool IsActorCode(std::string_view s) {
  if (s.empty() || s.size() > 30) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kNgo: return "ngo";
    case ActorKind::kGroup: return "group";
    case ActorKind::kEthnic: return "ethnic";
    case ActorKind::kPerson: return "person";
    case ActorKind::kCoded: return "actor";
  }
  return "actor";
}

bool DatedCode::Covers(const Date& d) const {
  if (from.valid() && d < from) return false;
  if (to.valid() && to < d) return false;
  return true;
}

Result<Date> ParseDictionaryDate(std::string_view s, bool end_of_period) {
  std::string full(s);
  if (s.size() == 4) {
    return ParseDate(full + (end_of_period ? "-12-31" : "-01-01"));
  }
  if (s.size() == 7) {
    Result<Date> first = ParseDate(full + "-01");
    if (!first.ok()) return first.status();
    if (!end_of_period) return first;
    Date d = *first;
    d.day = DaysInMonth(d.year, d.month);
    return d;
  }
  if (s.size() != 10) return Status::InvalidArgument("date '" + full + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
  return ParseDate(full);
}

void ActorDictionary::Add(const DictionaryFile& file, std::vector<std::string>* problems) {
  LineCursor cur(file.content);
  const size_t first_new = entries_.size();
  int32_t current = -1;  // entry being filled, -1 when the last header was bad
  auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, cur.number()) + ": " + why); };
  while (cur.Next()) {
    std::string_view line = Trim(cur.line());
    if (line.empty()) continue;
    if (!cur.indented()) {
      current = -1;
      size_t sp = line.find_first_of(" \t");
      if (sp == std::string_view::npos) {
        bad("entry header needs a kind and a code or name, e.g. 'country IRQ'");
        continue;
      }
      ActorEntry e;
      if (!ParseKind(line.substr(0, sp), &e.kind)) {
        bad("unknown actor kind '" + std::string(line.substr(0, sp)) +
            "' (expected country, igo, ngo, group, ethnic or person)");
        continue;
      }
      e.label = std::string(Trim(line.substr(sp)));
      e.rule = RuleLocation(file, cur.number());
      if (e.kind != ActorKind::kPerson) {
        if (!IsActorCode(e.label)) {
          bad("'" + e.label + "' is not an actor code (capital letters, digits and '-')");
          continue;
        }
        e.codes.push_back(DatedCode{e.label, {}, {}});
        if (e.kind == ActorKind::kCountry) {
          e.country = e.label;
          iso_of_country_[e.label] = e.label;
        }
      }
      current = static_cast<int32_t>(entries_.size());
      entries_.push_back(std::move(e));
      continue;
    }
    if (current < 0) continue;  // fields of a rejected header were already reported with it
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      bad("field line needs 'key: value'");
      continue;
    }
    const std::string_view key = Trim(line.substr(0, colon));
    const std::string_view value = Trim(line.substr(colon + 1));
    ActorEntry& e = entries_[current];
    if (key == "name" || key == "adj" || key == "people" || key == "capital") {
      const PhraseRole role = key == "name" ? PhraseRole::kName
                              : key == "adj" ? PhraseRole::kAdjective
                              : key == "people" ? PhraseRole::kPeople
                                                : PhraseRole::kCapital;
      for (std::string_view text : SplitTrimmed(value, ';')) {
        ActorPhrase p{MakePhrase(text), current, role, RuleLocation(file, cur.number())};
        if (p.phrase.words.empty()) {
          bad("phrase '" + std::string(text) + "' has no words");
          continue;
        }
        phrases_.push_back(std::move(p));
      }
    } else if (key == "iso" || key == "country") {
      if (value.size() != 3 || !IsActorCode(value)) {
        bad(std::string(key) + " '" + std::string(value) + "' is not an ISO 3166 alpha-3 code");
        continue;
      }
      e.country = std::string(value);
      if (e.kind == ActorKind::kCountry) iso_of_country_[e.label] = e.country;
    } else if (key == "code") {
      std::vector<std::string_view> parts = SplitTrimmed(value, ' ');
      if (parts.empty() || parts.size() > 2 || !IsActorCode(parts[0])) {
        bad("code line must be 'CODE' or 'CODE FROM..TO'");
        continue;
      }
      DatedCode dc{std::string(parts[0]), {}, {}};
      if (parts.size() == 2) {
        const size_t dots = parts[1].find("..");
        if (dots == std::string_view::npos) {
          bad("date window '" + std::string(parts[1]) + "' must be FROM..TO (either side may be empty)");
          continue;
        }
        const std::string_view from = parts[1].substr(0, dots), to = parts[1].substr(dots + 2);
        if (!from.empty()) {
          auto d = ParseDictionaryDate(from, false);
          if (!d.ok()) { bad(d.status().message()); continue; }
          dc.from = *d;
        }
        if (!to.empty()) {
          auto d = ParseDictionaryDate(to, true);
          if (!d.ok()) { bad(d.status().message()); continue; }
          dc.to = *d;
        }
        if (dc.from.valid() && dc.to.valid() && dc.to < dc.from) {
          bad("date window '" + std::string(parts[1]) + "' ends before it starts");
          continue;
        }
      }
      // A header code is a default; explicit code lines replace it.
      if (e.kind != ActorKind::kPerson && e.codes.size() == 1 && e.codes[0].code == e.label &&
          !e.codes[0].from.valid() && !e.codes[0].to.valid())
        e.codes.clear();
      e.codes.push_back(std::move(dc));
    } else {
      bad("unknown field '" + std::string(key) + "' (expected name, adj, people, capital, iso, country or code)");
    }
  }
  // A person without any code line cannot be coded: say so at its header.
  for (size_t i = first_new; i < entries_.size(); ++i) {
    if (entries_[i].codes.empty())
      problems->push_back(entries_[i].rule + ": entry '" + entries_[i].label + "' has no code line");
  }
}

int32_t ActorDictionary::AddEntry(ActorEntry e) {
  entries_.push_back(std::move(e));
  return static_cast<int32_t>(entries_.size() - 1);
}

std::string ActorDictionary::CodeAt(const ActorEntry& e, const Date& date) {
  if (!date.valid()) {
    for (const auto& c : e.codes)
      if (!c.from.valid() && !c.to.valid()) return c.code;
    const DatedCode* latest = nullptr;
    for (const auto& c : e.codes)
      if (latest == nullptr || !c.to.valid() || (latest->to.valid() && latest->to < c.to)) latest = &c;
    return latest ? latest->code : "";
  }
  for (const auto& c : e.codes)
    if (c.Covers(date)) return c.code;
  return "";
}

std::string ActorDictionary::CountryIso(std::string_view country_code) const {
  auto it = iso_of_country_.find(std::string(country_code));
  return it == iso_of_country_.end() ? "" : it->second;
}

}  // namespace sitrep::dictionaries
