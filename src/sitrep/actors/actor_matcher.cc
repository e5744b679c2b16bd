#include "sitrep/actors/actor_matcher.h"

#include <algorithm>

namespace sitrep::actors {
namespace {

using dictionaries::ActorEntry;
using dictionaries::ActorKind;
using dictionaries::ActorPhrase;
using dictionaries::PhraseRole;

// One phrase found in step 1.
struct Piece {
  int32_t first, last;
  const ActorPhrase* actor = nullptr;  // exactly one of actor / agent is set
  const dictionaries::AgentPhrase* agent = nullptr;
};

int Specificity(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return 4;
    case ActorKind::kGroup: case ActorKind::kIgo: case ActorKind::kNgo: return 3;
    case ActorKind::kCountry: return 2;
    case ActorKind::kEthnic: return 1;
  }
  return 0;
}

bool IsAgentRole(const std::string& role) {
  return role.size() == 3 && std::all_of(role.begin(), role.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "IRQ" + "MIL" -> "IRQMIL"; a code that already ends with the role keeps it.
std::string ComposeWithAgent(const std::string& code, const std::string& role) {
  return code.size() >= role.size() && code.compare(code.size() - role.size(), role.size(), role) == 0 ? code
                                                                                                        : code + role;
}

bool IsLinkWord(const Token& t) { return t.lower == "in" || t.lower == "of" || t.lower == "from"; }

}  // namespace

ActorMatcher::ActorMatcher(const dictionaries::DictionarySet& dicts) : dicts_(dicts) {
  const auto& ap = dicts.actors.phrases();
  for (size_t i = 0; i < ap.size(); ++i) actor_index_.Add(&ap[i].phrase, static_cast<int32_t>(i));
  actor_index_.Finish();
  const auto& gp = dicts.agents.phrases();
  for (size_t i = 0; i < gp.size(); ++i) agent_index_.Add(&gp[i].phrase, static_cast<int32_t>(i));
  agent_index_.Finish();
}

std::vector<ActorMention> ActorMatcher::Find(const std::vector<Token>& tokens, const Sentence& sentence,
                                             const Date& date) const {
  // Step 1: longest phrases, left to right.
  std::vector<Piece> pieces;
  const int32_t end = sentence.last_token;
  for (int32_t i = sentence.first_token; i < end;) {
    const PhraseIndex::Match a = actor_index_.LongestAt(tokens, i, end);
    const PhraseIndex::Match g = agent_index_.LongestAt(tokens, i, end);
    if (a.length == 0 && g.length == 0) {
      ++i;
      continue;
    }
    Piece p{i, i, nullptr, nullptr};
    if (a.length >= g.length) {
      p.actor = &dicts_.actors.phrases()[a.payload];
      p.last = i + a.length;
    } else {
      p.agent = &dicts_.agents.phrases()[g.payload];
      p.last = i + g.length;
    }
    pieces.push_back(p);
    i = p.last;
  }

  // Step 2: compose runs. A run is a maximal sequence of pieces that touch each other, where
  // "touch" also allows "'s" between an actor and an agent and in/of/from before a country.
  std::vector<ActorMention> out;
  const auto& entries = dicts_.actors.entries();
  auto code_of = [&](const ActorPhrase& p) { return dictionaries::ActorDictionary::CodeAt(entries[p.entry], date); };
  // The output country is ISO alpha-3: an entry's own `country`/`iso`, else the country whose
  // code starts the actor code (a person coded IRQGOV is Iraqi).
  auto country_of = [&](const ActorEntry& e, const std::string& code) {
    if (!e.country.empty()) {
      const std::string iso = dicts_.actors.CountryIso(e.country);
      return iso.empty() ? e.country : iso;
    }
    return dicts_.actors.CountryIso(code.substr(0, 3));
  };

  size_t k = 0;
  while (k < pieces.size()) {
    // Gather the run [k, r).
    size_t r = k + 1;
    while (r < pieces.size()) {
      const int32_t gap_begin = pieces[r - 1].last, gap_end = pieces[r].first;
      const bool adjacent = gap_begin == gap_end;
      const bool possessive = gap_end == gap_begin + 1 && tokens[gap_begin].lower == "'s" && pieces[r - 1].actor && pieces[r].agent;
      const bool located = gap_end == gap_begin + 1 && IsLinkWord(tokens[gap_begin]) && pieces[r - 1].agent &&
                           pieces[r].actor && entries[pieces[r].actor->entry].kind == ActorKind::kCountry &&
                           pieces[r].actor->role != PhraseRole::kAdjective;
      if (!(adjacent || possessive || located)) break;
      ++r;
    }
    // Base actor: the most specific actor piece in the run; agent: the last agent piece.
    const ActorPhrase* base = nullptr;
    const dictionaries::AgentPhrase* agent = nullptr;
    for (size_t j = k; j < r; ++j) {
      const Piece& p = pieces[j];
      if (p.agent) {
        agent = p.agent;
      } else if (base == nullptr || Specificity(entries[p.actor->entry].kind) > Specificity(entries[base->entry].kind)) {
        base = p.actor;
      }
    }
    ActorMention m;
    m.first = pieces[k].first;
    m.last = pieces[r - 1].last;
    if (base != nullptr) {
      const ActorEntry& e = entries[base->entry];
      const std::string code = code_of(*base);
      if (code.empty()) {  // no code valid on this date: not an actor today
        k = r;
        continue;
      }
      const bool composes = e.kind == ActorKind::kCountry || e.kind == ActorKind::kEthnic;
      if (agent != nullptr && composes) {
        const std::string& role = dicts_.agents.entries()[agent->entry].code;
        m.code = ComposeWithAgent(code, role);
        m.role = role;
        m.rule = base->rule;
      } else if (agent == nullptr && base->role == PhraseRole::kAdjective) {
        k = r;  // "the Iraqi city": an adjective alone names no actor
        continue;
      } else if (agent == nullptr && base->role == PhraseRole::kCapital) {
        m.code = code + "GOV";
        m.role = "GOV";
        m.rule = base->rule;
      } else {
        m.code = code;
        m.role = dictionaries::ActorKindName(e.kind);
        m.rule = base->rule;
      }
      m.country = country_of(e, code);
    } else {
      const std::string& role = dicts_.agents.entries()[agent->entry].code;
      m.code = "---" + role;
      m.role = role;
      m.rule = agent->rule;
    }
    out.push_back(std::move(m));
    k = r;
  }

  // Coordinated adjectives: "Iraqi and Kurdish intelligence agencies" leaves a lone "Iraqi"
  // (dropped above) before "Kurdish ... agencies"; give it the same agent.
  std::vector<ActorMention> extra;
  for (size_t j = 0; j + 1 < pieces.size(); ++j) {
    const Piece& p = pieces[j];
    if (!p.actor || p.actor->role != PhraseRole::kAdjective) continue;
    const Piece& q = pieces[j + 1];
    if (!(q.first == p.last + 1 && (tokens[p.last].lower == "and" || tokens[p.last].lower == "or" ||
                                    tokens[p.last].lower == ","))) continue;
    if (!q.actor || q.actor->role != PhraseRole::kAdjective) continue;
    // Find the mention that starts at q and carries an agent.
    for (const ActorMention& m : out) {
      if (m.first != q.first || !IsAgentRole(m.role)) continue;
      bool already = false;
      for (const ActorMention& o : out) already |= o.first == p.first;
      if (already) break;
      const ActorEntry& e = entries[p.actor->entry];
      if (e.kind != ActorKind::kCountry && e.kind != ActorKind::kEthnic) break;
      const std::string code = code_of(*p.actor);
      if (code.empty()) break;
      ActorMention n;
      n.first = p.first;
      n.last = p.last;
      n.code = ComposeWithAgent(code, m.role);
      n.role = m.role;
      n.country = country_of(e, code);
      n.rule = p.actor->rule;
      extra.push_back(std::move(n));
      break;
    }
  }
  if (!extra.empty()) {
    out.insert(out.end(), extra.begin(), extra.end());
    std::sort(out.begin(), out.end(), [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
  }
  return out;
}

}  // namespace sitrep::actors
