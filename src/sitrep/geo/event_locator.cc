#include "sitrep/geo/event_locator.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace sitrep::geo {

bool IsReportingVerb(std::string_view lemma) {
  static const std::string_view kVerbs[] = {"say", "tell", "speak", "announce", "report", "add", "note",
                                            "state", "brief", "testify", "write", "tweet", "post", "quote",
                                            "comment", "confirm", "claim"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

bool EventLocator::Reported(const PlaceMention& m, const events::DependencyTree& tree) const {
  if (tree.empty()) return false;
  int32_t x = tree.head(events::SpanHead(tree, m.first_token, m.last_token));
  for (int steps = 0; x >= 0 && steps < 10 && !tree.IsVerb(x); ++steps) x = tree.head(x);
  return x >= 0 && tree.IsVerb(x) && IsReportingVerb(tree.at(x).lemma);
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
  std::vector<PlaceMention> out;
  for (const PlaceMention& m : places) {
    if (!Reported(m, tree)) out.push_back(m);
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
  // Among the clause's places, one a locative word introduces ("in Mosul") beats one that is
  // only a name ("the alleys of the Old City"), then the more precise wins. Without a parse,
  // the first place after the verb is the clause's.
  auto rank = [&](const PlaceMention& p) { return (p.cue ? 10 : 0) + Precision(p); };
  const PlaceMention* clause = nullptr;
  for (const PlaceMention& m : places) {
    if (tree.empty()) {
      if (m.first_token > verb) {
        clause = &m;
        break;
      }
    } else if (events::TiedTo(tree, m.first_token, m.last_token, verb) &&
               (clause == nullptr || rank(m) > rank(*clause))) {
      clause = &m;
    }
  }
  if (clause != nullptr) return LocatedPlace{*clause, "clause"};
  const PlaceMention* sentence = nullptr;
  for (const PlaceMention& m : places) {
    if (!Reported(m, tree) && (sentence == nullptr || Precision(m) > Precision(*sentence))) sentence = &m;
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
