#include "sitrep/actors/actor_matcher.h"

#include <gtest/gtest.h>

#include "test_dictionaries.h"

namespace sitrep::actors {
namespace {

// "CODE=words" for every mention in the first sentence of `text`.
std::vector<std::string> Mentions(const std::string& text, const std::string& date = "2017-07-20") {
  CodedStory c = testing::CodeText(testing::TestPipeline(), text, date);
  std::vector<std::string> out;
  for (const auto& m : c.mentions.at(0)) {
    std::string words;
    for (int32_t i = m.first; i < m.last; ++i)
      words += c.tokens[i].form + (c.tokens[i].space_after && i + 1 < m.last ? " " : "");
    out.push_back(m.code + "=" + words);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(ActorMatcherTest, ComposesCountriesWithAgents) {
  EXPECT_EQ(Mentions("Iraqi troops and American soldiers met police in Baghdad."),
            (V{"IRQMIL=Iraqi troops", "USAMIL=American soldiers", "IRQCOP=police in Baghdad"}));
  EXPECT_EQ(Mentions("Iraq's government thanked the U.S. army."), (V{"IRQGOV=Iraq's government", "USAMIL=U.S. army"}));
  // Up to two modifiers between the possessive and the agent; a function word breaks the link.
  EXPECT_EQ(Mentions("Iraq's new interim government met Arnor."), (V{"IRQGOV=Iraq's new interim government", "ARN=Arnor"}));
  EXPECT_EQ(Mentions("Iraq's plan for the government failed."), (V{"IRQ=Iraq", "---GOV=government"}));
}

TEST(ActorMatcherTest, AgentsStackInTextOrder) {
  EXPECT_EQ(Mentions("Iraqi government troops advanced."), (V{"IRQGOVMIL=Iraqi government troops"}));
}

TEST(ActorMatcherTest, GroupsKeepTheirCodeAndMostSpecificActorWins) {
  EXPECT_EQ(Mentions("Kurdish Peshmerga fighters attacked Islamic State militants."),
            (V{"IRQMIL=Kurdish Peshmerga fighters", "IMGMUSISI=Islamic State militants"}));
}

TEST(ActorMatcherTest, CapitalsAgentsAloneAndBareAdjectives) {
  EXPECT_EQ(Mentions("Baghdad said the rebels left the Iraqi city."), (V{"IRQGOV=Baghdad", "---REB=rebels"}));
  EXPECT_EQ(Mentions("Kurds and Iraqis fled."), (V{"KUR=Kurds", "IRQ=Iraqis"}));
}

TEST(ActorMatcherTest, CoordinatedAdjectivesShareTheAgent) {
  EXPECT_EQ(Mentions("Iraqi and Kurdish forces advanced."), (V{"IRQMIL=Iraqi", "KURMIL=Kurdish forces"}));
}

TEST(ActorMatcherTest, AllCapsNamesAreCaseSensitive) {
  EXPECT_EQ(Mentions("IS fighters said it is over for us."), (V{"IMGMUSISI=IS fighters"}));
  EXPECT_EQ(Mentions("US forces told us"), (V{"USAMIL=US forces"}));
}

TEST(ActorMatcherTest, DateSelectsThePersonsCode) {
  EXPECT_EQ(Mentions("Haider al-Abadi spoke.", "2017-07-20"), (V{"IRQGOV=Haider al-Abadi"}));
  EXPECT_EQ(Mentions("Haider al-Abadi spoke.", "2012-01-01"), (V{"IRQLEG=Haider al-Abadi"}));
}

}  // namespace
}  // namespace sitrep::actors
