// ActorDictionary: countries, organisations, armed groups, ethnic groups and people, with the
// phrases that name them (format: docs/dictionaries.md, "Actors").
//
// Several files merge into one dictionary (countries.txt, international.txt, groups.txt, a
// user's own file). Each phrase remembers its entry and the file:line it came from, which the
// coder reports as the actor's rule. Codes may carry date windows; CodeAt picks the one valid on
// the story's publication date.
// Thread-safety: immutable after loading; share freely.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/core/date.h"
#include "sitrep/dictionaries/dictionary_file.h"
#include "sitrep/dictionaries/phrase.h"

namespace sitrep::dictionaries {

// kCoded: an entry from a PETRARCH/TABARI actor file, which gives codes but not kinds; it
// composes with agents like a country ("MSF Arnor diplomat" -> NGOARNGOV).
enum class ActorKind { kCountry, kIgo, kNgo, kGroup, kEthnic, kPerson, kCoded };
const char* ActorKindName(ActorKind kind);  // "country", "igo", ...

struct DatedCode {
  std::string code;
  Date from;  // invalid: open start
  Date to;    // invalid: open end (inclusive when valid)
  bool Covers(const Date& d) const;
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string label;               // header text: the code, or a person's display name
  std::vector<DatedCode> codes;    // at least one; the first that covers the date wins
  // Code with '/' ("FRO/BIL/SAM", PETRARCH): a coded compound, one actor per member.
  std::string country;             // ISO alpha-3, may be empty
  std::string rule;                // file:line of the header
};

// How a phrase refers to its actor.
enum class PhraseRole {
  kName,       // "Iraq", "Islamic State"
  kAdjective,  // "Iraqi": only with an agent noun after it
  kPeople,     // "Iraqis"
  kCapital,    // "Baghdad": the government (code + GOV)
};

struct ActorPhrase {
  Phrase phrase;
  int32_t entry = 0;  // index into entries()
  PhraseRole role = PhraseRole::kName;
  std::string rule;   // file:line
};

class ActorDictionary {
 public:
  // Adds every entry of `file` (sitrep's own format); malformed lines go to *problems as
  // "file:line: reason".
  void Add(const DictionaryFile& file, std::vector<std::string>* problems);

  // Building blocks for other readers (petrarch_actors.h). AddEntry returns the entry's index.
  int32_t AddEntry(ActorEntry e);
  void AddPhrase(ActorPhrase p) { phrases_.push_back(std::move(p)); }
  // Makes `code` a country code with ISO alpha-3 `iso` for the output's country field, unless
  // the code is already known.
  void AddCountryCode(const std::string& code, const std::string& iso) { iso_of_country_.try_emplace(code, iso); }

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const std::vector<ActorPhrase>& phrases() const { return phrases_; }

  // The code valid on `date` ("" when no window covers it). With an invalid date, the undated
  // code if there is one, else the most recent window's code.
  static std::string CodeAt(const ActorEntry& e, const Date& date);

  // ISO alpha-3 of a country code ("ROM" -> "ROU"), "" when the code is not a country's.
  std::string CountryIso(std::string_view country_code) const;

 private:
  std::vector<ActorEntry> entries_;
  std::vector<ActorPhrase> phrases_;
  std::unordered_map<std::string, std::string> iso_of_country_;
};

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; `end_of_period` picks the last day for partial dates.
Result<Date> ParseDictionaryDate(std::string_view s, bool end_of_period);

}  // namespace sitrep::dictionaries
