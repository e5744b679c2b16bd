// EventLocator: where an event happened, chosen among the places its story names.
//
//   clause    a place tied to the event's verb or noun in the parse ("attacked X in Mosul",
//             "air strikes on Raqqa", "fighting near Tal Afar"); the most precise one wins
//   sentence  else a place of the sentence, skipping places that belong to reporting
//             ("Officials in Kyiv said ...", "Speaking in Geneva, ...")
//   story     else the story's dominant place (the most often named, the more precise on ties)
// Without a parse, the first place after the verb in the sentence counts as the clause's.
// Input: the sentence's place mentions, its dependency tree (may be empty) and the token of the
// event's verb or noun. Output: the chosen mention and how it was chosen, or nothing when the
// story names no place.
// Thread-safety: const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/events/dependency_tree.h"
#include "sitrep/geo/gazetteer.h"
#include "sitrep/geo/place_finder.h"

namespace sitrep::geo {

struct LocatedPlace {
  PlaceMention mention;
  const char* basis = "clause";  // "clause", "sentence" or "story"
};

// Verbs of reporting ("say", "tell", "announce", ...): places under them are where something
// was said, and a sentence's main event is the clause they report.
bool IsReportingVerb(std::string_view lemma);

class EventLocator {
 public:
  explicit EventLocator(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // The story's dominant place among all its sentences' mentions (reporting places excluded
  // by the caller's choice of `usable`); nullopt when there is none.
  std::optional<PlaceMention> Dominant(const std::vector<PlaceMention>& usable) const;

  // Mentions of `places` that do not belong to a reporting verb.
  std::vector<PlaceMention> Usable(const std::vector<PlaceMention>& places, const events::DependencyTree& tree) const;
  // Whether `m` belongs to a reporting verb ("Officials in Kyiv said ..."): the first verb
  // above it says, tells, announces ...
  bool Reported(const PlaceMention& m, const events::DependencyTree& tree) const;

  std::optional<LocatedPlace> Locate(const std::vector<PlaceMention>& sentence_places,
                                     const events::DependencyTree& tree, int32_t verb,
                                     const std::optional<PlaceMention>& dominant) const;

  // 3 city, 2 area, 1 region, 0 country: the order of preference.
  int Precision(const PlaceMention& m) const;
  // "city", "admin1" or "country" for the output's `precision`.
  const char* PrecisionName(const PlaceMention& m) const;

 private:
  const Gazetteer& gazetteer_;
};

}  // namespace sitrep::geo
