#include "sitrep/geo/place_finder.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace sitrep::geo {
namespace {

bool StartsUpper(const std::string& form) {
  if (form.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(form[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // Latin letters with diacritics ("Ürümqi")
}

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool StrongCue(std::string_view w) {
  return In(w, {"in", "near", "at", "outside", "inside", "across", "throughout", "around", "into", "within",
                "nearby", "outskirts", "through", "toward", "towards"});
}
bool WeakCue(std::string_view w) {
  return In(w, {"to", "from", "via"});
}
bool PlaceNoun(std::string_view w) {
  return In(w, {"city", "town", "village", "province", "region", "capital", "outskirts", "suburbs", "suburb",
                "district", "governorate", "state", "port", "area", "areas", "center", "centre", "heart",
                "parts", "part", "county", "oblast", "enclave", "camp", "neighborhood", "settlement", "hub",
                "stronghold", "cities", "towns", "villages", "border", "island", "strip", "neighborhoods",
                "neighbourhoods", "districts", "resort", "outpost", "base", "airport", "municipality"});
}
bool CityNoun(std::string_view w) {
  return In(w, {"city", "town", "village", "capital", "port", "cities", "towns", "villages", "hub", "neighborhood"});
}
bool RegionWord(std::string_view w) {
  return In(w, {"province", "governorate", "region", "oblast", "state", "district", "county", "prefecture",
                "department", "provinces", "regions"});
}
// Words that may stand between a locative cue and the name ("in the besieged northern city of").
bool Filler(std::string_view w) {
  return In(w, {"the", "a", "an", "northern", "southern", "eastern", "western", "central", "north", "south",
                "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
                "northwest", "southeast", "southwest", "besieged", "embattled", "key", "strategic",
                "frontline", "front-line", "rebel-held", "government-held", "occupied", "coastal", "ancient",
                "old", "eastern", "restive", "remote", "mountainous", "disputed", "breakaway", "nearby",
                "neighboring", "neighbouring", "'s", "of", "southern", "largest", "second-largest", "major",
                "russian-occupied", "russian-held", "militant-held", "shattered", "devastated", "northernmost",
                "southernmost", "sprawling", "small", "tiny", "border", "port"});
}

// Verbs whose object is a place as often as not: taking, striking, leaving, reaching it.
bool PlaceVerb(std::string_view lemma) {
  return In(lemma, {"seize", "capture", "recapture", "retake", "take", "overrun", "storm", "shell", "strike", "hit",
                    "bomb", "attack", "raid", "besiege", "encircle", "surround", "enter", "reach", "flee", "leave",
                    "evacuate", "visit", "sweep", "shake", "rock", "target", "pound", "control", "liberate",
                    "occupy", "invade", "blockade", "abandon", "rock", "bombard", "fire", "land", "tour"});
}

}  // namespace

void MarkPlaceSlots(const events::DependencyTree& tree, int32_t first, int32_t last, std::vector<uint8_t>* slots) {
  if (tree.empty()) return;
  for (int32_t t = first; t < last; ++t) {
    const events::TreeWord& w = tree.at(t);
    if (w.upos != "PROPN") continue;
    const int32_t h = w.head;
    // "seized Bukavu", "shelled El Fasher" (the name's last word heads it).
    if (h >= 0 && events::BaseRelation(w.deprel) == "obj" && tree.IsVerb(h) && PlaceVerb(tree.at(h).lemma)) {
      (*slots)[static_cast<size_t>(t)] = 1;
    }
    // "Culiacan, the capital of Sinaloa state", "Lashio, the largest town in Shan state".
    for (int32_t c : tree.children(t)) {
      if (tree.at(c).deprel == "appos" && PlaceNoun(tree.at(c).lemma)) (*slots)[static_cast<size_t>(t)] = 1;
    }
  }
}

struct PlaceFinder::Candidate {
  int32_t sentence = 0;
  int32_t first = 0;
  int32_t last = 0;
  std::vector<PlaceName> names;
  std::vector<std::string> hints;  // countries named next to the name
  bool cue = false;
  bool strong_cue = false;
  bool region_word = false;
  bool city_word = false;
};

PlaceFinder::PlaceFinder(const Gazetteer& gazetteer, std::unordered_set<std::string> not_places,
                         std::unordered_set<std::string> not_place_names)
    : gazetteer_(gazetteer), not_places_(std::move(not_places)), not_place_names_(std::move(not_place_names)) {
  // Names of other things that GeoNames also gives to some town: regions too large to place an
  // event, seats of power that stand for a government, and organisations.
  for (const char* k : {"asia", "europe", "africa", "america", "americas", "north america", "south america",
                        "latin america", "central america", "middle east", "atlantic", "pacific", "arctic",
                        "antarctica", "mediterranean", "caribbean", "balkans", "white house", "pentagon", "kremlin",
                        "capitol", "capitol hill", "downing street", "union", "council", "city", "state", "house",
                        "senate", "congress", "parliament", "carnegie", "brookings", "heritage", "christmas",
                        "easter", "ramadan", "eid", "new year", "independence", "liberty", "victory", "freedom",
                        "unity", "hope", "justice", "peace", "progress", "reform", "mission"}) {
    not_place_names_.insert(k);
  }
}

void PlaceFinder::Collect(const std::vector<Token>& tokens, const Sentence& s, const std::vector<std::string>& upos,
                          const std::vector<actors::ActorMention>& mentions,
                          const std::unordered_set<std::string>& name_words, const std::vector<uint8_t>& place_slots,
                          std::vector<Candidate>* out) const {
  auto country_of = [&](int32_t k) -> std::string {
    // A country name or adjective at token k ("Iraqi", "Iraq"), else "".
    if (!StartsUpper(tokens[k].form)) return "";
    const auto* names = gazetteer_.Find(Gazetteer::Key(tokens[k].form));
    if (names == nullptr) return "";
    for (const PlaceName& n : *names) {
      if (n.place < 0 || gazetteer_.place(n.place).kind == PlaceKind::kCountry) return n.country;
    }
    return "";
  };
  const int max_words = std::min(gazetteer_.max_words(), 6);
  for (int32_t i = s.first_token; i < s.last_token; ++i) {
    if (!StartsUpper(tokens[i].form) || not_places_.count(tokens[i].lower)) continue;
    std::string key;
    std::string found_key;
    int32_t end = -1;
    const std::vector<PlaceName>* found = nullptr;
    for (int32_t j = i; j < s.last_token && j < i + max_words + 2; ++j) {
      if (tokens[j].form == "," || tokens[j].lower == "'s") break;
      const std::string k = Gazetteer::Key(tokens[j].form);
      if (k.empty()) continue;
      if (!key.empty()) key.push_back(' ');
      key += k;
      if (const auto* names = gazetteer_.Find(key)) {
        if (std::any_of(names->begin(), names->end(), [](const PlaceName& n) { return n.place >= 0; })) {
          found = names;
          found_key = key;
          end = j + 1;
        }
      }
    }
    if (found == nullptr) continue;
    if (not_place_names_.count(found_key)) {
      i = end - 1;
      continue;
    }
    Candidate c;
    c.sentence = s.index;
    c.first = i;
    c.last = end;
    for (const PlaceName& n : *found) {
      if (n.place >= 0) c.names.push_back(n);
    }
    // What stands before: a locative cue, fillers, and countries named on the way.
    for (int32_t k = i - 1; k >= s.first_token && k >= i - 7; --k) {
      const std::string_view w = tokens[k].lower;
      // "city of X", "the Sudanese capital, Khartoum": a place noun names what follows.
      if (StrongCue(w) || ((w == "of" || w == ",") && k > s.first_token && PlaceNoun(tokens[k - 1].lower))) {
        c.cue = c.strong_cue = true;
        if (w != "of" && w != ",") break;
        if (CityNoun(tokens[k - 1].lower)) c.city_word = true;
        continue;
      }
      if (WeakCue(w)) {
        c.cue = true;
        break;
      }
      if (const std::string iso = country_of(k); !iso.empty()) {
        c.hints.push_back(iso);
        continue;
      }
      if (Filler(w) || PlaceNoun(w)) {
        if (CityNoun(w)) c.city_word = true;
        continue;
      }
      break;
    }
    if (!place_slots.empty()) {
      for (int32_t k = c.first; k < end; ++k) {
        if (place_slots[static_cast<size_t>(k)]) c.cue = c.strong_cue = true;
      }
    }
    // What follows: a region word ("Nineveh province"), a town word, ", Iraq".
    if (end < s.last_token && RegionWord(tokens[end].lower)) {
      c.region_word = true;
      ++c.last;
    } else if (end < s.last_token && CityNoun(tokens[end].lower)) {
      c.city_word = true;
    } else if (end + 1 < s.last_token && tokens[end].form == ",") {
      if (const std::string iso = country_of(end + 1); !iso.empty()) c.hints.push_back(iso);
    }
    // Actors are not places, unless a locative word says they are ("in Jordan").
    bool reject = false;
    for (const auto& m : mentions) {
      if (m.first < c.last && c.first < m.last) {
        // "in Jordan", and located agents ("soldiers in Mali", "Hezbollah fighters in Lebanon").
        // A group, organisation or person named by the words themselves is never a place
        // ("in a Taliban-controlled area").
        const bool named_thing = m.role == "person" || m.role == "group" || m.role == "igo" ||
                                 m.role == "ngo" || m.role == "ethnic";
        if ((named_thing && m.first >= c.first) || !c.strong_cue) reject = true;
      }
    }
    // A common word opening a sentence, or any word the tagger does not take for a name.
    if (!reject && !c.cue && !upos.empty()) {
      bool proper = false;
      for (int32_t k = c.first; k < end; ++k) proper = proper || upos[k] == "PROPN";
      reject = !proper;
    }
    // Inside a longer capitalized name that is not a place ("Aung San Suu Kyi", "Camp David"):
    // a capitalized neighbour that is neither a country word nor sentence-initial.
    if (!reject && !c.strong_cue) {
      auto name_word = [&](int32_t k) {
        return k >= s.first_token && k < s.last_token && StartsUpper(tokens[k].form) && country_of(k).empty() &&
               !not_places_.count(tokens[k].lower);
      };
      // After the name, even an agent word makes a longer name ("Roman Catholic", "Kabul Bank").
      const bool name_after = c.last < s.last_token && StartsUpper(tokens[c.last].form) &&
                              country_of(c.last).empty() && !RegionWord(tokens[c.last].lower) &&
                              !CityNoun(tokens[c.last].lower);
      if ((c.first > s.first_token && name_word(c.first - 1)) || name_after) reject = true;
    }
    // A word the story uses inside a longer name ("Jimmy Lai", "Kim Jong Un") is that name
    // when it stands alone, not a small town of the same spelling.
    if (!reject && !c.strong_cue && c.last - c.first == 1 && name_words.count(tokens[c.first].lower)) reject = true;
    if (!reject) out->push_back(std::move(c));
    i = end - 1;
  }
}

int32_t PlaceFinder::Choose(const Candidate& c,
                            const std::vector<std::pair<std::string, double>>& story_countries) const {
  int32_t best = -1;
  double best_score = -1e9;
  for (const PlaceName& n : c.names) {
    const Place& p = gazetteer_.place(n.place);
    double score = std::log10(static_cast<double>(p.population) + 10.0);
    const bool hinted = std::find(c.hints.begin(), c.hints.end(), p.country) != c.hints.end();
    if (hinted) score += 50;
    double story = 0;
    for (const auto& [iso, weight] : story_countries) {
      if (iso == p.country) story = weight;
    }
    score += 12 * story;
    switch (p.kind) {
      case PlaceKind::kCountry: score += c.region_word ? -20 : 30; break;
      case PlaceKind::kAdmin1: score += c.region_word ? 40 : (c.city_word ? -5 : 1); break;
      case PlaceKind::kArea: score += 8; break;
      case PlaceKind::kCity:
        score += c.region_word ? -10 : 0;
        if (p.feature == "PPLC") score += 4;
        else if (p.feature == "PPLA") score += 2;
        else if (p.feature == "PPLA2") score += 1;
        break;
    }
    // A town or region reached with no locative cue is a coincidence of spelling more often
    // than a place ("Lai", "Zamora" as surnames, "a Christmas gift"): bare, a city must be large
    // (or of some size and in the story's countries), a region must belong to the story.
    // "to" and "from" only vouch for a place of some size or in the story's countries.
    const bool linked = hinted || story > 0;
    const bool cue = c.strong_cue || (c.cue && (linked || p.population >= 50000));
    if (!cue) {
      const bool unique_name = c.names.size() == 1;  // a city of 100,000 no other place shares
      if (p.kind == PlaceKind::kCity && !(p.population >= 1000000 || p.feature == "PPLC" ||
                                          (linked && p.population >= 10000) ||
                                          (unique_name && p.population >= 100000))) {
        score -= 100;
      }
      if ((p.kind == PlaceKind::kAdmin1 || p.kind == PlaceKind::kArea) && !linked) score -= 100;
    }
    if (score > best_score) {
      best_score = score;
      best = n.place;
    }
  }
  return best_score < -50 ? -1 : best;
}

std::vector<std::vector<PlaceMention>> PlaceFinder::Find(
    const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, const std::vector<std::string>& upos,
    const std::vector<std::vector<actors::ActorMention>>& mentions, const std::vector<uint8_t>& place_slots) const {
  // Words of multi-word capitalized names ("Jimmy Lai", "Kim Jong Un") that are no large place
  // themselves: alone, later in the story, they are the name.
  std::unordered_set<std::string> name_words;
  for (const Sentence& s : sentences) {
    for (int32_t i = s.first_token; i < s.last_token;) {
      int32_t j = i;
      while (j < s.last_token && StartsUpper(tokens[j].form) && tokens[j].form.size() > 1) ++j;
      if (j - i >= 2) {
        std::string key;
        for (int32_t k = i; k < j; ++k) {
          if (k > i) key.push_back(' ');
          key += Gazetteer::Key(tokens[k].form);
        }
        if (gazetteer_.Find(key) == nullptr) {
          for (int32_t k = i; k < j; ++k) {
            int64_t largest = 0;
            bool country = false;
            if (const auto* names = gazetteer_.Find(Gazetteer::Key(tokens[k].form))) {
              for (const PlaceName& n : *names) {
                if (n.place < 0 || gazetteer_.place(n.place).kind != PlaceKind::kCity) country = true;
                else largest = std::max(largest, gazetteer_.place(n.place).population);
              }
            }
            if (!country && largest < 100000) name_words.insert(tokens[k].lower);
          }
        }
      }
      i = j > i ? j : i + 1;
    }
  }
  std::vector<Candidate> candidates;
  for (const Sentence& s : sentences) {
    static const std::vector<actors::ActorMention> kNone;
    const auto& m = static_cast<size_t>(s.index) < mentions.size() ? mentions[s.index] : kNone;
    Collect(tokens, s, upos, m, name_words, place_slots, &candidates);
  }
  // The story's countries: its actors' and those of names that can only be in one country.
  std::unordered_map<std::string, double> counts;
  double total = 0;
  for (const auto& list : mentions) {
    for (const auto& m : list) {
      if (!m.country.empty()) counts[m.country] += 1, total += 1;
    }
  }
  for (const Candidate& c : candidates) {
    const std::string& first = c.names.front().country;
    const bool one_country = std::all_of(c.names.begin(), c.names.end(),
                                         [&](const PlaceName& n) { return n.country == first; });
    if (one_country && !first.empty()) counts[first] += 1, total += 1;
    for (const std::string& h : c.hints) counts[h] += 1, total += 1;
  }
  std::vector<std::vector<PlaceMention>> out(sentences.size());
  std::vector<std::pair<std::string, double>> story;
  for (const Candidate& c : candidates) {
    // An actor the name itself produced ("gunmen in Tripoli" read as Libyan because Tripoli is
    // Libya's capital) is no evidence about which Tripoli is meant.
    std::unordered_map<std::string, double> own;
    double own_total = 0;
    if (static_cast<size_t>(c.sentence) < mentions.size()) {
      for (const auto& m : mentions[static_cast<size_t>(c.sentence)]) {
        if (!m.country.empty() && m.first < c.last && c.first < m.last) own[m.country] += 1, own_total += 1;
      }
    }
    // Nor is the name itself, when all its places are in one country, unless one of them is a
    // city of 100,000 (a name that big is news of its country; "San" in Mali is not).
    const std::string& first = c.names.front().country;
    int64_t largest = 0;
    for (const PlaceName& n : c.names) largest = std::max(largest, gazetteer_.place(n.place).population);
    if (!first.empty() && largest < 100000 &&
        std::all_of(c.names.begin(), c.names.end(), [&](const PlaceName& n) { return n.country == first; })) {
      own[first] += 1, own_total += 1;
    }
    story.clear();
    for (const auto& [iso, n] : counts) {
      const double left = n - (own.count(iso) ? own[iso] : 0.0);
      if (left > 0) story.emplace_back(iso, left / (total - own_total));
    }
    const int32_t place = Choose(c, story);
    if (place < 0) continue;
    out[static_cast<size_t>(c.sentence)].push_back(PlaceMention{c.first, c.last, place, c.cue});
  }
  return out;
}

}  // namespace sitrep::geo
