#include "sitrep/store/incident_clusterer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "sitrep/core/date.h"

namespace sitrep::store {
namespace {

ReportPlace City(const char* name, const char* country, const char* admin1, double lat, double lon) {
  return ReportPlace{name, country, admin1, "city", lat, lon};
}
const ReportPlace kMosul = City("Mosul", "IRQ", "Nineveh", 36.34, 43.13);
const ReportPlace kTalAfar = City("Tal Afar", "IRQ", "Nineveh", 36.38, 42.45);  // ~60 km west of Mosul
const ReportPlace kBartella = City("Bartella", "IRQ", "Nineveh", 36.35, 43.38);  // ~22 km east
const ReportPlace kBasra = City("Basra", "IRQ", "Basra", 30.51, 47.78);
const ReportPlace kIraq{"Iraq", "IRQ", "", "country", 33.0, 44.0};
const ReportPlace kNineveh{"Nineveh", "IRQ", "Nineveh", "admin1", 36.0, 42.5};
const ReportPlace kSyria{"Syria", "SYR", "", "country", 35.0, 38.0};

Report Rep(const char* id, const char* story, const char* date, std::optional<ReportPlace> place,
           const char* cameo = "190", std::optional<int64_t> killed = std::nullopt) {
  Report r;
  r.event_id = id;
  r.story_id = story;
  r.day = ParseDate(date)->DaysSinceEpoch();
  r.cameo = cameo;
  r.goldstein = cameo[0] == '1' && cameo[1] == '9' ? -10.0 : -4.0;
  r.quad_class = 4;
  r.place = std::move(place);
  r.killed = killed;
  return r;
}

// "id,id | id" : the members of each incident, by event id.
std::string Shape(const std::vector<Report>& reports, const std::vector<Incident>& incidents) {
  std::string s;
  for (const Incident& inc : incidents) {
    if (!s.empty()) s += " | ";
    for (size_t i = 0; i < inc.members.size(); ++i) s += (i ? "," : "") + reports[inc.members[i]].event_id;
  }
  return s;
}

TEST(IncidentClustererTest, DistanceIsGreatCircleKilometres) {
  EXPECT_NEAR(DistanceKm(36.34, 43.13, 33.31, 44.36), 354.0, 5.0);  // Mosul - Baghdad
  EXPECT_NEAR(DistanceKm(kMosul.lat, kMosul.lon, kTalAfar.lat, kTalAfar.lon), 61.0, 3.0);
  EXPECT_DOUBLE_EQ(DistanceKm(1, 2, 1, 2), 0.0);
}

TEST(IncidentClustererTest, ReportsOfOneEventCollapse) {
  // Two wires report the same assault in Mosul on the same day, a third the next day; a fourth
  // report three days later is another assault.
  std::vector<Report> r = {Rep("a", "s1", "2016-11-01", kMosul, "190", 12), Rep("b", "s2", "2016-11-01", kMosul, "190", 20),
                           Rep("c", "s3", "2016-11-02", kMosul, "193"), Rep("d", "s4", "2016-11-04", kMosul)};
  auto inc = ClusterReports(r, DedupOptions{});
  ASSERT_EQ(Shape(r, inc), "a,b,c | d");
  EXPECT_EQ(inc[0].incident_id, "inc_a");
  EXPECT_EQ(inc[0].reports, 3);
  EXPECT_EQ(inc[0].stories, 3);
  EXPECT_EQ(inc[0].killed, 12);  // the lowest toll every report supports
  EXPECT_EQ(r[inc[0].lead].cameo, "190");  // two reports against one
  EXPECT_EQ(inc[0].first_day, r[0].day);
  EXPECT_EQ(inc[0].last_day, r[2].day);
  EXPECT_EQ(inc[1].reports, 1);
}

TEST(IncidentClustererTest, TheWindowCountsFromTheFirstReport) {
  // Day 0, 1, 2: the day-2 report is two days after the incident began, so it starts another
  // even though it is one day after the day-1 report (no chaining into week-long incidents).
  std::vector<Report> r = {Rep("a", "s1", "2016-11-01", kMosul), Rep("b", "s2", "2016-11-02", kMosul),
                           Rep("c", "s3", "2016-11-03", kMosul)};
  EXPECT_EQ(Shape(r, ClusterReports(r, DedupOptions{})), "a,b | c");
  EXPECT_EQ(Shape(r, ClusterReports(r, DedupOptions{.max_days = 2})), "a,b,c");
  EXPECT_EQ(Shape(r, ClusterReports(r, DedupOptions{.max_days = 0})), "a | b | c");
}

TEST(IncidentClustererTest, PlacesMustAgree) {
  std::vector<Report> r = {Rep("a", "s1", "2016-11-01", kMosul), Rep("b", "s2", "2016-11-01", kBasra),
                           Rep("c", "s3", "2016-11-01", kBartella), Rep("d", "s4", "2016-11-01", kTalAfar)};
  // Bartella is 22 km from Mosul: the same battle; Tal Afar (61 km) and Basra are not.
  EXPECT_EQ(Shape(r, ClusterReports(r, DedupOptions{})), "a,c | b | d");
  EXPECT_EQ(Shape(r, ClusterReports(r, DedupOptions{.max_km = 100})), "a,c,d | b");
}

TEST(IncidentClustererTest, CoarsePlacesAndMissingPlacesJoinCompatibleIncidents) {
  // A report placed only in Iraq, one only in Nineveh and one with no place all fit the Mosul
  // assault; a report placed in Syria does not; the incident keeps the finest place (Mosul).
  std::vector<Report> r = {Rep("a", "s1", "2016-11-01", kIraq), Rep("b", "s2", "2016-11-01", kNineveh),
                           Rep("c", "s3", "2016-11-01", std::nullopt), Rep("d", "s4", "2016-11-01", kMosul),
                           Rep("e", "s5", "2016-11-01", kSyria)};
  auto inc = ClusterReports(r, DedupOptions{});
  EXPECT_EQ(Shape(r, inc), "a,b,c,d | e");
  ASSERT_TRUE(inc[0].place.has_value());
  EXPECT_EQ(r[*inc[0].place].place->name, "Mosul");
  // A region names its cities only: Basra is not in Nineveh.
  std::vector<Report> r2 = {Rep("a", "s1", "2016-11-01", kNineveh), Rep("b", "s2", "2016-11-01", kBasra)};
  EXPECT_EQ(Shape(r2, ClusterReports(r2, DedupOptions{})), "a | b");
}

TEST(IncidentClustererTest, TheResultDoesNotDependOnInputOrder) {
  std::vector<Report> r;
  const ReportPlace places[] = {kMosul, kTalAfar, kBasra, kBartella, kIraq};
  for (int i = 0; i < 60; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2016-11-%02d", 1 + (i * 7) % 9);
    const std::string id = std::string(1, 'e') + std::to_string(i), story = std::string(1, 's') + std::to_string(i % 13);
    r.push_back(Rep(id.c_str(), story.c_str(), date, places[i % 5],
                    i % 3 ? "190" : "193", i % 4 ? std::optional<int64_t>(i) : std::nullopt));
  }
  const std::string expected = Shape(r, ClusterReports(r, DedupOptions{}));
  std::mt19937 rng(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(r.begin(), r.end(), rng);
    EXPECT_EQ(Shape(r, ClusterReports(r, DedupOptions{})), expected);
  }
}

TEST(IncidentClustererTest, NoReportsNoIncidents) { EXPECT_TRUE(ClusterReports({}, DedupOptions{}).empty()); }

}  // namespace
}  // namespace sitrep::store
