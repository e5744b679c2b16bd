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
    case ActorKind::kCountry: case ActorKind::kCoded: return 2;
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

// A word that may stand between a possessive and the agent it owns: letters only, and not a
// function word that would start another phrase.
bool IsModifierWord(const Token& t) {
  static constexpr std::string_view kFunctionWords[] = {"and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
                                                        "the", "a", "an", "that", "who", "which", "is", "was", "said"};
  if (t.lower.empty()) return false;
  for (char c : t.lower)
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  for (std::string_view w : kFunctionWords)
    if (t.lower == w) return false;
  return true;
}

using AgentList = std::vector<const dictionaries::AgentEntry*>;

// "[NGO~]" agents before the code, the others after it, in text order.
std::string StackAgents(const std::string& code, const AgentList& agents) {
  std::string prefix, out = code;
  for (const auto* a : agents) {
    if (a->prefix) prefix += a->code;
    else out = ComposeWithAgent(out, a->code);
  }
  return prefix + out;
}

// How a mention was composed, for sharing agents across coordination afterwards.
struct Composition {
  std::string base_code;  // the actor's code before agents; "" for an agent alone
  AgentList agents;
  bool located = false;   // "officials in Fornost": agents before a link word
  bool plain = false;     // a composable actor with no agent ("Gondor")
};

// Only ",", "and", "or" and "the" between two mentions, with at least one coordinator.
bool Coordinated(const std::vector<Token>& tokens, const ActorMention& a, const ActorMention& b) {
  if (b.first <= a.last) return false;
  bool coordinator = false;
  for (int32_t t = a.last; t < b.first; ++t) {
    const std::string& w = tokens[t].lower;
    if (w == "and" || w == "or" || w == ",") coordinator = true;
    else if (w != "the") return false;
  }
  return coordinator;
}

// Agents shared across coordination:
//   "ambassadors of Arnor, Osgiliath and Gondor"   -> ARNGOV, OSGGOV, GONGOV
//   "lawmakers and officials in Fornost and Gondor" -> FORLEG, GONLEG, FORGOV, GONGOV
//   "Danish media and government"                  -> DNKMED, DNKGOV
void DistributeAgents(const std::vector<Token>& tokens, std::vector<ActorMention>* out,
                      std::vector<Composition>* info) {
  std::vector<ActorMention>& m = *out;
  std::vector<Composition>& c = *info;
  const size_t n = m.size();
  std::vector<ActorMention> extra;
  for (size_t i = 0; i < n; ++i) {
    if (!c[i].located) continue;
    // The plain actors coordinated after a located mention take its agents.
    std::vector<size_t> followers;
    for (size_t j = i; j + 1 < n && Coordinated(tokens, m[j], m[j + 1]) && c[j + 1].plain; ++j) followers.push_back(j + 1);
    for (size_t f : followers) {
      m[f].code = StackAgents(c[f].base_code, c[i].agents);
      m[f].role = m[i].role;
      c[f].agents = c[i].agents;
      c[f].plain = false;
    }
    // An agent alone just before ("lawmakers and officials in ...") applies to each of them.
    if (i > 0 && c[i - 1].base_code.empty() && !c[i - 1].agents.empty() && Coordinated(tokens, m[i - 1], m[i])) {
      const AgentList agents = c[i - 1].agents;
      m[i - 1].code = StackAgents(c[i].base_code, agents);
      m[i - 1].country = m[i].country;
      c[i - 1].base_code = c[i].base_code;
      for (size_t f : followers) {
        ActorMention e = m[f];
        e.code = StackAgents(c[f].base_code, agents);
        e.role = agents.back()->code;
        extra.push_back(std::move(e));
      }
    }
  }
  for (size_t i = 0; i + 1 < n; ++i) {
    // "Danish media and government": the second agent shares the first one's actor.
    if (c[i].located || c[i].base_code.empty() || c[i].agents.empty()) continue;
    if (!c[i + 1].base_code.empty() || c[i + 1].agents.empty() || !Coordinated(tokens, m[i], m[i + 1])) continue;
    AgentList agents(c[i].agents.begin(), c[i].agents.end() - 1);
    agents.insert(agents.end(), c[i + 1].agents.begin(), c[i + 1].agents.end());
    m[i + 1].code = StackAgents(c[i].base_code, agents);
    m[i + 1].country = m[i].country;
  }
  m.insert(m.end(), extra.begin(), extra.end());
}

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

  std::vector<Composition> info;  // parallel to `out`
  size_t k = 0;
  while (k < pieces.size()) {
    // Gather the run [k, r).
    size_t r = k + 1;
    bool run_located = false;
    while (r < pieces.size()) {
      const int32_t gap_begin = pieces[r - 1].last, gap_end = pieces[r].first;
      const bool adjacent = gap_begin == gap_end;
      // "Iraq's government", and with up to two modifiers before the agent: "Turkey's Defense
      // Minister", "Iraq's new prime minister".
      bool possessive = gap_end >= gap_begin + 1 && gap_end <= gap_begin + 3 && tokens[gap_begin].lower == "'s" &&
                        pieces[r - 1].actor && pieces[r].agent;
      for (int32_t t = gap_begin + 1; possessive && t < gap_end; ++t) possessive = IsModifierWord(tokens[t]);
      const bool located = gap_end == gap_begin + 1 && IsLinkWord(tokens[gap_begin]) && pieces[r - 1].agent &&
                           pieces[r].actor &&
                           (entries[pieces[r].actor->entry].kind == ActorKind::kCountry ||
                            entries[pieces[r].actor->entry].kind == ActorKind::kCoded) &&
                           pieces[r].actor->role != PhraseRole::kAdjective;
      if (!(adjacent || possessive || located)) break;
      run_located |= located;
      ++r;
    }
    // Base actor: the most specific actor piece in the run. Agents stack in text order around
    // it: "[NGO~]" agents before its code, the others after ("MSF Arnor diplomat" -> NGOARNGOV).
    const ActorPhrase* base = nullptr;
    std::vector<const dictionaries::AgentEntry*> agents;
    const dictionaries::AgentPhrase* last_agent = nullptr;
    for (size_t j = k; j < r; ++j) {
      const Piece& p = pieces[j];
      if (p.agent) {
        agents.push_back(&dicts_.agents.entries()[p.agent->entry]);
        last_agent = p.agent;
      } else if (base == nullptr || Specificity(entries[p.actor->entry].kind) > Specificity(entries[base->entry].kind)) {
        base = p.actor;
      }
    }
    auto stack = [&](const std::string& code) { return StackAgents(code, agents); };
    Composition how;
    how.agents = agents;
    std::string role;  // the last agent after the base, else the first before it
    for (const auto* a : agents)
      if (!a->prefix || role.empty()) role = a->code;
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
      const bool composes = e.kind == ActorKind::kCountry || e.kind == ActorKind::kEthnic || e.kind == ActorKind::kCoded;
      if (composes) {
        // A capital alone is its government ("Baghdad said"), but in "police in Baghdad and
        // Fornost" it stands for its country and takes the agent like a plain name.
        how.base_code = code;
        how.located = run_located && !agents.empty();
        how.plain = agents.empty();
      }
      if (!agents.empty() && composes) {
        m.code = stack(code);
        m.role = role;
        m.rule = base->rule;
      } else if (agents.empty() && base->role == PhraseRole::kAdjective) {
        k = r;  // "the Iraqi city": an adjective alone names no actor
        continue;
      } else if (agents.empty() && base->role == PhraseRole::kCapital) {
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
      // An agent with no actor: "---GOV"; a prefix agent alone is its own code ("NGO").
      bool suffix = false;
      for (const auto* a : agents) suffix |= !a->prefix;
      m.code = stack(suffix ? "---" : "");
      m.role = role;
      m.rule = last_agent->rule;
    }
    // A coded compound ("the Shire" = [FRO/BIL/SAM]) is one actor per member, same words.
    if (m.code.find('/') != std::string::npos) {
      for (std::string_view member : dictionaries::SplitTrimmed(m.code, '/')) {
        ActorMention part = m;
        part.code = std::string(member);
        out.push_back(std::move(part));
        info.push_back(Composition{});
      }
      k = r;
      continue;
    }
    out.push_back(std::move(m));
    info.push_back(std::move(how));
    k = r;
  }
  DistributeAgents(tokens, &out, &info);

  // Coordinated adjectives: "Iraqi and Kurdish intelligence agencies" leaves a lone "Iraqi"
  // (dropped above) before "Kurdish ... agencies"; give it the same agent.
  // Right to left, so "Iraqi, Arnorian and Gondorian officials" reaches "Iraqi" through the
  // mention just made for "Arnorian".
  std::vector<ActorMention> extra;
  for (size_t j = pieces.empty() ? 0 : pieces.size() - 1; j-- > 0;) {  // j + 1 < pieces.size()
    const Piece& p = pieces[j];
    if (!p.actor || p.actor->role != PhraseRole::kAdjective) continue;
    const Piece& q = pieces[j + 1];
    if (!(q.first == p.last + 1 && (tokens[p.last].lower == "and" || tokens[p.last].lower == "or" ||
                                    tokens[p.last].lower == ","))) continue;
    if (!q.actor || q.actor->role != PhraseRole::kAdjective) continue;
    // Find the mention that starts at q and carries an agent.
    std::vector<const ActorMention*> known;
    for (const ActorMention& m : out) known.push_back(&m);
    for (const ActorMention& m : extra) known.push_back(&m);
    for (const ActorMention* mp : known) {
      const ActorMention& m = *mp;
      if (m.first != q.first || !IsAgentRole(m.role)) continue;
      bool already = false;
      for (const ActorMention* o : known) already |= o->first == p.first;
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
  out.insert(out.end(), extra.begin(), extra.end());
  std::stable_sort(out.begin(), out.end(), [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
  return out;
}

}  // namespace sitrep::actors
