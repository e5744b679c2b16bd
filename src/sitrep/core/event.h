// Event: one coded "who did what to whom" record, the output contract of DESIGN.md.
//
// Invariants: `cameo` comes from the verb dictionary; with sitrep's own dictionaries it is in
// the CAMEO codebook and `root`, `quad_class`, `goldstein` and `plover` were filled from it (a
// PETRARCH verb file may use codes outside the codebook: those fields then stay empty/zero);
// every span is a [start,end)
// code point range into the story text; `event_id` is a stable hash (same story, same
// sentence, same words and codes give the same id on every run and machine).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sitrep/core/date.h"

namespace sitrep {

struct Span {
  int32_t start = 0;  // code points into Story::text, inclusive
  int32_t end = 0;    // exclusive
  friend bool operator==(const Span&, const Span&) = default;
};

struct EventActor {
  std::string code;     // CAMEO actor code, e.g. "IRQMIL", "IMGMUSISI", "---GOV"
  std::string text;     // the words of the mention (== story text at `span`)
  Span span;
  std::string country;  // ISO 3166 alpha-3, empty when unknown
  std::string role;     // agent code ("MIL", "GOV") or actor kind ("country", "group", ...)
  std::string rule;     // dictionary file:line of the entry that named the actor
};

// Where an event happened (geo/): a gazetteer place and the words that named it.
struct EventLocation {
  std::string name;       // the gazetteer's name ("Mosul", "Nineveh", "Iraq")
  double lat = 0.0;
  double lon = 0.0;
  std::string country;    // ISO alpha-3
  std::string admin1;     // first-level region name, "" when unknown
  std::string precision;  // "city", "admin1" or "country"
  std::string basis;      // "clause", "sentence" or "story": how the place was tied to the event
  int64_t geonameid = 0;  // 0 for sitrep's own places (countries, areas)
  std::string text;       // the words in the story
  Span span;
};

// A count of people killed or wounded, as the text states it.
struct CasualtyFigure {
  int64_t n = 0;
  std::string qualifier;  // "exact", "at_least", "approximate", "at_most"
  std::string text;       // the count's words ("at least 12")
  Span span;
};

struct Event {
  std::string story_id;
  int32_t sentence = 0;  // index of the sentence in the story
  std::string event_id;  // 16 hex digits
  Date date;
  std::string date_precision;  // "day", "week", "month" or "year"
  std::string date_text;       // the words that dated the event; "" when the publication date
  Span date_span;              // was used
  std::optional<EventLocation> location;
  std::optional<CasualtyFigure> killed;   // violent events only (CAMEO roots 18-20)
  std::optional<CasualtyFigure> wounded;
  std::optional<EventActor> source;
  std::optional<EventActor> target;
  std::string cameo;       // "190", "0874"
  std::string cameo_name;  // from the codebook
  std::string root;        // "19"
  int quad_class = 0;      // 1..4
  double goldstein = 0.0;  // -10..10
  std::string plover_type;
  std::string plover_mode;
  bool negated = false;
  // Evidence: why this event exists.
  Span sentence_span;
  std::string sentence_text;
  Span verb_span;
  std::string verb_text;
  std::string rule;  // dictionary file:line of the verb or noun pattern that fired
  std::string coder; // which coder chose its sides: "dependency" or "positional"
};

}  // namespace sitrep
