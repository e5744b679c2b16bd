// Places, dates and counts as the pipeline attaches them, with the shipped dictionaries and
// models and the small gazetteer of tests/fixtures/geo.
#include <gtest/gtest.h>

#include "sitrep/nlp/embedded_models.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

Pipeline& GeoPipeline() {
  static Pipeline p = [] {
    auto dicts = std::make_shared<const dictionaries::DictionarySet>(*dictionaries::LoadDictionaries());
    std::vector<std::string> problems;
    auto g = geo::LoadGazetteer(std::string(SITREP_SOURCE_DIR) + "/tests/fixtures/geo", *dicts, &problems);
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    return Pipeline(dicts, Options{}, *nlp::EmbeddedSyntaxModel(), *g);
  }();
  return p;
}

CodedStory Code(const std::string& text, const std::string& date = "2017-06-20") {
  Story s;
  s.id = "geo-test";
  s.text = text;
  s.date = *ParseDate(date);
  auto coded = GeoPipeline().Code(s);
  EXPECT_TRUE(coded.ok());
  return std::move(coded).value();
}

// "Mosul city IRQ Nineveh clause [Mosul]" for a location.
std::string Where(const std::optional<EventLocation>& l) {
  if (!l) return "none";
  return l->name + " " + l->precision + " " + l->country + " " + l->admin1 + " " + l->basis + " [" + l->text + "]";
}

TEST(EventLocationTest, EventCarriesPlaceDateAndCasualties) {
  const CodedStory c = Code("Iraqi troops attacked Islamic State militants in the northern Iraqi city of Mosul on Sunday, "
                            "killing at least 12 fighters.");
  ASSERT_EQ(c.events.size(), 1u);
  const Event& e = c.events[0];
  EXPECT_EQ(Where(e.location), "Mosul city IRQ Nineveh clause [Mosul]");
  EXPECT_DOUBLE_EQ(e.location->lat, 36.335);
  EXPECT_EQ(e.location->geonameid, 99072);
  EXPECT_EQ(e.date.ToString(), "2017-06-18");
  EXPECT_EQ(e.date_precision, "day");
  EXPECT_EQ(e.date_text, "on Sunday");
  ASSERT_TRUE(e.killed.has_value());
  EXPECT_EQ(e.killed->n, 12);
  EXPECT_EQ(e.killed->qualifier, "at_least");
  EXPECT_EQ(e.killed->text, "at least 12");
  EXPECT_FALSE(e.wounded.has_value());
  // And in the JSON line.
  const auto j = io::EventToJson(e);
  EXPECT_EQ(j["location"]["name"], "Mosul");
  EXPECT_EQ(j["location"]["basis"], "clause");
  EXPECT_EQ(j["date_text"], "on Sunday");
  EXPECT_EQ(j["killed"]["n"], 12);
  EXPECT_TRUE(j["wounded"].is_null());
}

TEST(EventLocationTest, NearAnAliasAndRegionWords) {
  EXPECT_EQ(Where(Code("Iraqi troops attacked Islamic State militants near Tal Afar.").situations[0].location),
            "Tall ‘Afar city IRQ Nineveh clause [Tal Afar]");
  EXPECT_EQ(Where(Code("Iraqi troops attacked Islamic State militants in Nineveh province.").situations[0].location),
            "Nineveh admin1 IRQ Nineveh clause [Nineveh province]");
  // A region that shares its name with its capital: the region word decides.
  EXPECT_EQ(Where(Code("Shelling hit villages in the Donetsk region.").situations[0].location),
            "Donetsk admin1 UKR Donetsk clause [Donetsk region]");
  EXPECT_EQ(Where(Code("Shelling hit a market in Donetsk.").situations[0].location),
            "Donetsk city UKR Donetsk clause [Donetsk]");
}

TEST(EventLocationTest, ActorsAreNotPlaces) {
  // "Jordan" names the government, not a place; the attack happened in Mosul.
  const CodedStory c = Code("Jordan said Iraqi troops attacked Islamic State militants in Mosul.");
  ASSERT_EQ(c.places[0].size(), 1u);
  EXPECT_EQ(Where(c.situations[0].location), "Mosul city IRQ Nineveh clause [Mosul]");
  // "Baghdad announced": a capital speaking is no place; with no place at all, the actors'
  // country is the last resort, at country precision.
  const CodedStory d = Code("Baghdad announced new sanctions.");
  EXPECT_TRUE(d.places[0].empty());
  EXPECT_EQ(Where(d.situations[0].location), "Iraq country IRQ  actor []");
  // ...but "in Baghdad" is a place.
  EXPECT_EQ(Where(Code("A car bomb exploded in Baghdad.").situations[0].location),
            "Baghdad city IRQ Baghdad clause [Baghdad]");
}

TEST(EventLocationTest, ContextSettlesAmbiguousNames) {
  EXPECT_EQ(Code("Lebanese troops clashed with gunmen in Tripoli.").situations[0].location->country, "LBN");
  EXPECT_EQ(Code("Libyan militias clashed with rivals in Tripoli.").situations[0].location->country, "LBY");
  EXPECT_EQ(Code("Protesters marched in Tripoli, Lebanon.").situations[0].location->country, "LBN");
  // Without context, the capital.
  EXPECT_EQ(Code("Protesters marched in Tripoli.").situations[0].location->country, "LBY");
  // A group's name is no place even after "in"; the place a located group is in, is.
  EXPECT_TRUE(Code("A drone crashed in a Taliban-controlled area.").places[0].empty());
  EXPECT_EQ(Where(Code("Islamic State militants in Mosul attacked Iraqi troops.").situations[0].location),
            "Mosul city IRQ Nineveh clause [Mosul]");
  // "San" in "Aung San Suu Kyi" is part of a name, not the town in Mali.
  EXPECT_TRUE(Code("Troops arrested Aung San Suu Kyi.").places[0].empty());
}

TEST(EventLocationTest, ReportingPlacesGiveWayToTheReportedOne) {
  const CodedStory c = Code("Officials in Kyiv said a Russian missile hit a hospital in Kharkiv on Friday.");
  EXPECT_EQ(Where(c.situations[0].location), "Kharkiv city UKR Kharkiv clause [Kharkiv]");
  EXPECT_EQ(c.situations[0].date.ToString(), "2017-06-16");
}

TEST(EventLocationTest, TheStoryPlaceWhenTheSentenceNamesNone) {
  const CodedStory c = Code("Fighting raged in Mosul on Sunday. Iraqi troops attacked Islamic State militants.");
  ASSERT_EQ(c.situations.size(), 2u);
  EXPECT_EQ(Where(c.situations[1].location), "Mosul city IRQ Nineveh story [Mosul]");
  // The second sentence has no time words: the publication date.
  EXPECT_EQ(c.situations[1].date.ToString(), "2017-06-20");
  EXPECT_TRUE(c.situations[1].date_text.empty());
}

TEST(EventLocationTest, StoryPlaceForForceAbroadButNotForWordsFromElsewhere) {
  // Material conflict keeps the story's place even when no actor is from there...
  const CodedStory a = Code("Fighting raged in Mosul on Sunday. American troops attacked Islamic State militants.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(Where(a.events[0].location), "Mosul city IRQ Nineveh story [Mosul]");
  // ...a statement takes its actors' country instead of a place none of them is from.
  const CodedStory b = Code("Diplomats gathered in Paris on Monday. Iraq criticized Jordan.");
  ASSERT_EQ(b.events.size(), 1u);
  EXPECT_EQ(b.events[0].quad_class, 3);
  EXPECT_EQ(Where(b.events[0].location), "Iraq country IRQ  actor []");
}

TEST(EventLocationTest, CasualtiesGoToOneViolentEvent) {
  const CodedStory c = Code("Iraqi troops attacked and bombed Islamic State militants in Mosul, killing 12 fighters.");
  int with_count = 0;
  for (const Event& e : c.events) with_count += e.killed.has_value();
  EXPECT_GE(c.events.size(), 1u);
  EXPECT_EQ(with_count, 1);
}

}  // namespace
}  // namespace sitrep
