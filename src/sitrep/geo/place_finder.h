// PlaceFinder: the place names of a story, each settled to one gazetteer place.
//
// Recognition: capitalized word sequences whose normalized form is a gazetteer name, longest
// first ("Deir ez-Zor", "Tall Afar" via aliases), with the region word that follows kept in
// the mention ("Nineveh province", "Donetsk region" -> the region, not the city).
// What is not a place: a name the actor matcher took for an actor ("Jordan said", "Georgia's
// president", "Baghdad announced") unless a locative word stands before it ("in Jordan"); a
// person's name; an agent noun or a sentence-initial common word ("Police", tagged NOUN); a
// small town matched by a capitalized word with no locative cue and no story context.
// Disambiguation, strongest first: a country named next to the place ("the northern Iraqi city
// of Mosul", "Tripoli, Lebanon", "Iraq's Anbar province"); the story's countries (its actors
// and unambiguous places); the region word; population and feature (capitals, region seats).
// Input: the story's tokens, sentences, per-token UPOS (may be empty) and actor mentions.
// Output: per sentence, the mentions in text order, each with its place.
// Thread-safety: const; one PlaceFinder may serve many threads.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/events/dependency_tree.h"
#include "sitrep/geo/gazetteer.h"

namespace sitrep::geo {

struct PlaceMention {
  int32_t first_token = 0;  // story token indices [first, last)
  int32_t last_token = 0;
  int32_t place = -1;       // gazetteer index
  bool cue = false;         // a locative word ("in", "near", "outside", "city of") leads to it
};

// Marks, in `slots` (sized to the story's tokens), the words of one sentence's parse that stand
// where a place goes (see PlaceFinder::Find).
void MarkPlaceSlots(const events::DependencyTree& tree, int32_t first, int32_t last, std::vector<uint8_t>* slots);

class PlaceFinder {
 public:
  // `not_places`: lowercased words that never start a place name (agent nouns, titles);
  // `not_place_names`: gazetteer keys of names that are something else in news (people of the
  // actor dictionaries whatever the date, "White House", continents and oceans).
  PlaceFinder(const Gazetteer& gazetteer, std::unordered_set<std::string> not_places,
              std::unordered_set<std::string> not_place_names = {});

  // `place_slots` (indexed by story token, may be empty) marks words the parse puts where a
  // place goes: the object of "seized", "shelled", "fled", or a name with an appositive
  // "the capital of ..." (PlaceSlots below computes it). Such a word counts as a locative cue.
  std::vector<std::vector<PlaceMention>> Find(const std::vector<Token>& tokens,
                                              const std::vector<Sentence>& sentences,
                                              const std::vector<std::string>& upos,
                                              const std::vector<std::vector<actors::ActorMention>>& mentions,
                                              const std::vector<uint8_t>& place_slots = {}) const;

 private:
  struct Candidate;
  void Collect(const std::vector<Token>& tokens, const Sentence& s, const std::vector<std::string>& upos,
               const std::vector<actors::ActorMention>& mentions, const std::unordered_set<std::string>& name_words,
               const std::vector<uint8_t>& place_slots, std::vector<Candidate>* out) const;
  int32_t Choose(const Candidate& c, const std::vector<std::pair<std::string, double>>& story_countries) const;

  const Gazetteer& gazetteer_;
  std::unordered_set<std::string> not_places_;
  std::unordered_set<std::string> not_place_names_;
};

}  // namespace sitrep::geo
