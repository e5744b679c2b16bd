#include "sitrep/events/positional_coder.h"

#include <gtest/gtest.h>

#include "test_dictionaries.h"

namespace sitrep::events {
namespace {

// "SOURCE CAMEO TARGET" for each event, with " NEG" when negated.
std::vector<std::string> Events(const std::string& text, Pipeline& p = testing::TestPipeline()) {
  return testing::EventStrings(p, text);
}

using V = std::vector<std::string>;

TEST(PositionalCoderTest, SubjectVerbObject) {
  EXPECT_EQ(Events("Iraqi troops attacked Islamic State militants near Mosul on Sunday."),
            (V{"IRQMIL 190 IMGMUSISI"}));
}

TEST(PositionalCoderTest, CompoundActorsGiveOneEventPerPair) {
  EXPECT_EQ(Events("Kurdish Peshmerga fighters and Iraqi troops attacked Islamic State militants."),
            (V{"IRQMIL 190 IMGMUSISI"}));  // both sides code IRQMIL: identical pairs collapse to one
  EXPECT_EQ(Events("American soldiers and Kurdish forces attacked Islamic State and the rebels."),
            (V{"USAMIL 190 IMGMUSISI", "USAMIL 190 ---REB", "KURMIL 190 IMGMUSISI", "KURMIL 190 ---REB"}));
}

TEST(PositionalCoderTest, PassiveVoice) {
  EXPECT_EQ(Events("Iraqi police were attacked by Islamic State militants."), (V{"IMGMUSISI 190 IRQCOP"}));
  EXPECT_EQ(Events("Iraqi police were attacked."), V{});  // no source: dropped under require_dyad
}

TEST(PositionalCoderTest, NegationIsFlagged) {
  EXPECT_EQ(Events("Iraqi troops did not attack Islamic State."), (V{"IRQMIL 190 IMGMUSISI NEG"}));
}

TEST(PositionalCoderTest, ReportedSpeechGivesTheEmbeddedEventOnly) {
  EXPECT_EQ(Events("Iraqi officials said Islamic State attacked the Peshmerga."), (V{"IMGMUSISI 190 IRQMIL"}));
}

TEST(PositionalCoderTest, SubjectCarriesOverCoordinatedVerbs) {
  EXPECT_EQ(Events("Iraqi troops attacked Islamic State and arrested rebels."),
            (V{"IRQMIL 190 IMGMUSISI", "IRQMIL 173 ---REB"}));
}

TEST(PositionalCoderTest, ParticlesNounsAndDeterminers) {
  EXPECT_EQ(Events("The United States pulled its troops out of Iraq."), (V{"USA 0874 IRQ"}));
  EXPECT_EQ(Events("U.S. air strikes on Islamic State continued."), (V{"USA 195 IMGMUSISI"}));
  // "the attack" is a noun here: Arnor criticized, it did not attack.
  EXPECT_EQ(Events("Arnor criticized the attack on Iraq."), (V{"ARN 111 IRQ"}));
}

TEST(PositionalCoderTest, MonadsKeptOnRequest) {
  Options o;
  o.require_dyad = false;
  Pipeline p(testing::TestDictionaries(), o);
  EXPECT_EQ(Events("Iraqi police were attacked.", p), (V{"- 190 IRQCOP"}));
}

}  // namespace
}  // namespace sitrep::events
