#include "sitrep/geo/gazetteer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "sitrep/geo/gazetteer_loader.h"
#include "sitrep/sitrep.h"

namespace sitrep::geo {
namespace {

const std::string kFixtures = std::string(SITREP_SOURCE_DIR) + "/tests/fixtures/geo";

const char* kCountries =
    "# test countries\n"
    "IRQ\tIRQ\tIQ\t33.0\t44.0\tIraq\n"
    "UKR\tUKR\tUA\t49.0\t32.0\tUkraine\n"
    "LBY\tLBY\tLY\t27.0\t17.0\tLibya\n"
    "LBN\tLBN\tLB\t33.9\t35.9\tLebanon\n"
    "JOR\tJOR\tJO\t31.2\t36.5\tJordan\n"
    "FRA\tFRA\tFR\t46.6\t2.4\tFrance\n"
    "USA\tUSA\tUS\t39.8\t-98.6\tUnited States\n"
    "MLI\tMLI\tML\t17.6\t-4.0\tMali\n"
    "XYZ\tbad row\n";

Gazetteer FixtureGazetteer(std::vector<std::string>* problems) {
  Gazetteer g;
  g.AddCountries(kCountries, "countries.tsv", problems);
  EXPECT_TRUE(g.AddGeoNamesDirectory(kFixtures, problems).ok());
  g.AddAliases("Tal Afar\tIQ\tcity\t90393\tTall Afar\n"
               "Ninawa\tIQ\tadmin1\tIQ.15\tNineveh\n"
               "Donbas\tUA\tarea\t48.0,38.5\tthe two eastern regions\n"
               "Nowhere\tIQ\tcity\t424242\tno such id\n"
               "Atlantis\tZZ\tcity\t1\tno such country\n"
               "Empty\tIQ\tadmin1\tIQ.99\ta region no place anchors\n",
               "aliases.tsv", problems);
  g.Finish();
  problems->insert(problems->end(), g.finish_problems().begin(), g.finish_problems().end());
  return g;
}

std::vector<std::string> Names(const Gazetteer& g, const std::string& text) {
  std::vector<std::string> out;
  if (const auto* names = g.Find(Gazetteer::Key(text))) {
    for (const PlaceName& n : *names) {
      out.push_back(n.place < 0 ? "adj:" + n.country
                                : g.place(n.place).name + "/" + PlaceKindName(g.place(n.place).kind) + "/" +
                                      g.place(n.place).country);
    }
  }
  return out;
}

TEST(GazetteerTest, KeysFoldCaseMarksAndPunctuation) {
  EXPECT_EQ(Gazetteer::Key("Tall ‘Afar"), "tall afar");
  EXPECT_EQ(Gazetteer::Key("Deir ez-Zor"), "deir ez zor");
  EXPECT_EQ(Gazetteer::Key("Ḩalab"), "halab");
  EXPECT_EQ(Gazetteer::Key("Mek'ele"), "mekele");
  EXPECT_EQ(Gazetteer::Key("  Île-de-France "), "ile de france");
  EXPECT_EQ(Gazetteer::Key("Washington, D.C."), "washington d c");
  EXPECT_EQ(Gazetteer::Key("--"), "");
}

TEST(GazetteerTest, LoadsGeoNamesFilesAndReportsBadLines) {
  std::vector<std::string> problems;
  const Gazetteer g = FixtureGazetteer(&problems);
  EXPECT_EQ(g.city_count(), 13u);
  EXPECT_EQ(Names(g, "Mosul"), std::vector<std::string>{"Mosul/city/IRQ"});
  // Two cities and the Libyan region named after its capital.
  EXPECT_EQ(Names(g, "Tripoli").size(), 3u);
  // The region: the file's own ADM1 point for Nineveh, the seat or largest place elsewhere.
  const auto nineveh = Names(g, "Nineveh");
  ASSERT_EQ(nineveh, std::vector<std::string>{"Nineveh/admin1/IRQ"});
  const Place& region = g.place(g.Find("nineveh")->front().place);
  EXPECT_DOUBLE_EQ(region.lat, 36.2);
  EXPECT_EQ(g.Admin1Name("IQ.15"), "Nineveh");
  // "Kyiv City" is also found as "Kyiv", next to the city itself.
  EXPECT_EQ(Names(g, "Kyiv"), (std::vector<std::string>{"Kyiv/city/UKR", "Kyiv City/admin1/UKR"}));
  // Alternate names: English ones only, historic ones left out.
  EXPECT_EQ(Names(g, "Kharkov"), std::vector<std::string>{"Kharkiv/city/UKR"});
  EXPECT_TRUE(Names(g, "Kiev").empty());
  // Aliases of each kind.
  EXPECT_EQ(Names(g, "Tal Afar"), std::vector<std::string>{"Tall ‘Afar/city/IRQ"});
  EXPECT_EQ(Names(g, "Ninawa"), std::vector<std::string>{"Nineveh/admin1/IRQ"});
  EXPECT_EQ(Names(g, "Donbas"), std::vector<std::string>{"Donbas/area/UKR"});
  // Every bad line is reported with its file and line.
  const std::string all = [&] {
    std::string s;
    for (const auto& p : problems) s += p + "\n";
    return s;
  }();
  EXPECT_NE(all.find("countries.tsv:10: expected: cameo_code, iso3, iso2, lat, lon, name"), std::string::npos) << all;
  EXPECT_NE(all.find("cities.txt:15: bad id, coordinates or population"), std::string::npos) << all;
  EXPECT_NE(all.find("cities.txt:16: expected the 19 tab-separated GeoNames columns, got 3"), std::string::npos) << all;
  EXPECT_NE(all.find("aliases.tsv:4: no place with geonameid 424242"), std::string::npos) << all;
  EXPECT_NE(all.find("aliases.tsv:5: unknown country 'ZZ'"), std::string::npos) << all;
  EXPECT_NE(all.find("aliases.tsv:6: no region with code IQ.99"), std::string::npos) << all;
  EXPECT_EQ(problems.size(), 6u) << all;
}

TEST(GazetteerTest, MissingDirectoryIsAClearError) {
  Gazetteer g;
  std::vector<std::string> problems;
  const Status st = g.AddGeoNamesDirectory("/nonexistent/geonames", &problems);
  EXPECT_EQ(st.code(), Status::Code::kNotFound);
  EXPECT_NE(st.message().find("no GeoNames cities file"), std::string::npos);
  EXPECT_NE(st.message().find("/nonexistent/geonames"), std::string::npos);
}

TEST(GazetteerTest, LoaderAddsShippedCountriesAndActorCountryNames) {
  auto dicts = dictionaries::LoadDictionaries();
  ASSERT_TRUE(dicts.ok());
  std::vector<std::string> problems;
  auto g = LoadGazetteer(kFixtures, *dicts, &problems);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  // Country names and adjectives come from countries.txt; the point from places/countries.tsv.
  const auto iraq = Names(**g, "Iraq");
  ASSERT_FALSE(iraq.empty());
  EXPECT_EQ(iraq.front(), "Iraq/country/IRQ");
  EXPECT_EQ(Names(**g, "Iraqi"), std::vector<std::string>{"adj:IRQ"});
  EXPECT_GE((*g)->CountryPlace("IRQ"), 0);
  EXPECT_EQ((*g)->Iso3("XK"), "XKX");
}

}  // namespace
}  // namespace sitrep::geo
