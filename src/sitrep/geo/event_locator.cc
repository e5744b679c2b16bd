#include "sitrep/geo/event_locator.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace sitrep::geo {
namespace {

bool Reporting(std::string_view lemma) {
  static const std::string_view kVerbs[] = {"say", "tell", "speak", "announce", "report", "add", "note",
                                            "state", "brief", "testify", "write", "tweet", "post", "quote",
                                            "comment", "confirm", "claim"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

}  // namespace

int32_t EventLocator::HeadOf(const PlaceMention& m, const events::DependencyTree& tree) {
  for (int32_t k = m.first_token; k < m.last_token; ++k) {
    const int32_t h = tree.head(k);
    if (h < m.first_token || h >= m.last_token) return k;
  }
  return m.first_token;
}

int EventLocator::Precision(const PlaceMention& m) const {
  switch (gazetteer_.place(m.place).kind) {
    case PlaceKind::kCity: return 3;
    case PlaceKind::kArea: return 2;
    case PlaceKind::kAdmin1: return 1;
    case PlaceKind::kCountry: return 0;
  }
  return 0;
}

const char* EventLocator::PrecisionName(const PlaceMention& m) const {
  switch (gazetteer_.place(m.place).kind) {
    case PlaceKind::kCity: return "city";
    case PlaceKind::kArea:
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCountry: return "country";
  }
  return "country";
}

std::vector<PlaceMention> EventLocator::Usable(const std::vector<PlaceMention>& places,
                                               const events::DependencyTree& tree) const {
  if (tree.empty()) return places;
  std::vector<PlaceMention> out;
  for (const PlaceMention& m : places) {
    int32_t x = tree.head(HeadOf(m, tree));
    for (int steps = 0; x >= 0 && steps < 10 && !tree.IsVerb(x); ++steps) x = tree.head(x);
    if (x >= 0 && tree.IsVerb(x) && Reporting(tree.at(x).lemma)) continue;
    out.push_back(m);
  }
  return out;
}

std::optional<PlaceMention> EventLocator::Dominant(const std::vector<PlaceMention>& usable) const {
  std::map<int32_t, int> count;
  for (const PlaceMention& m : usable) ++count[m.place];
  const PlaceMention* best = nullptr;
  for (const PlaceMention& m : usable) {
    if (best == nullptr || count[m.place] > count[best->place] ||
        (count[m.place] == count[best->place] && Precision(m) > Precision(*best))) {
      best = &m;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

std::optional<LocatedPlace> EventLocator::Locate(const std::vector<PlaceMention>& places,
                                                 const events::DependencyTree& tree, int32_t verb,
                                                 const std::optional<PlaceMention>& dominant) const {
  const PlaceMention* clause = nullptr;
  for (const PlaceMention& m : places) {
    bool tied = false;
    if (tree.empty()) {
      tied = m.first_token > verb;
    } else {
      // Up from the place to the first verb; the event's own verb or noun on the way ties it.
      int32_t x = tree.head(HeadOf(m, tree));
      for (int steps = 0; x >= 0 && steps < 10; ++steps) {
        if (x == verb) {
          tied = true;
          break;
        }
        if (tree.IsVerb(x)) break;
        x = tree.head(x);
      }
    }
    // Among the clause's places, one a locative word introduces ("in Mosul") beats one that
    // is only a name ("the alleys of the Old City"), then the more precise wins.
    auto rank = [&](const PlaceMention& p) { return (p.cue ? 10 : 0) + Precision(p); };
    if (tied && (clause == nullptr || rank(m) > rank(*clause))) clause = &m;
    if (tied && tree.empty()) break;
  }
  if (clause != nullptr) return LocatedPlace{*clause, "clause"};
  const PlaceMention* sentence = nullptr;
  for (const PlaceMention& m : Usable(places, tree)) {
    if (sentence == nullptr || Precision(m) > Precision(*sentence)) {
      // Usable() returns copies; find the same mention in `places` to keep a stable pointer.
      for (const PlaceMention& p : places) {
        if (p.first_token == m.first_token) sentence = &p;
      }
    }
  }
  if (sentence != nullptr) return LocatedPlace{*sentence, "sentence"};
  // Only the reporting place ("Police in Karachi said a gunman killed two officers"): the
  // report's place is the best guess left, better than the story's.
  for (const PlaceMention& m : places) {
    if (sentence == nullptr || Precision(m) > Precision(*sentence)) sentence = &m;
  }
  if (sentence != nullptr) return LocatedPlace{*sentence, "sentence"};
  if (dominant) return LocatedPlace{*dominant, "story"};
  return std::nullopt;
}

}  // namespace sitrep::geo
