#include "sitrep/events/casualty_finder.h"

#include <gtest/gtest.h>

#include "sitrep/text/normalizer.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep::events {
namespace {

// "killed 12 at_least [at least 12]" for each count found (word order only: no UPOS).
std::vector<std::string> Counts(const std::string& text) {
  const text::Tokenization tz = text::Tokenize(text::Normalize(text));
  std::vector<std::string> out;
  for (const CasualtyCount& c : CasualtyFinder().Find(tz.tokens, 0, static_cast<int32_t>(tz.tokens.size()), {})) {
    std::string words;
    for (int32_t t = c.first_token; t < c.last_token; ++t) words += (words.empty() ? "" : " ") + tz.tokens[t].form;
    out.push_back(std::string(c.killed ? "killed " : "wounded ") + std::to_string(c.n) + " " +
                  CountQualifierName(c.qualifier) + " [" + words + "]");
  }
  return out;
}

using V = std::vector<std::string>;

TEST(CasualtyFinderTest, CountAfterAnActiveVerb) {
  EXPECT_EQ(Counts("A car bomb exploded, killing at least 12 civilians and wounding 30."),
            (V{"killed 12 at_least [at least 12]", "wounded 30 exact [30]"}));
  EXPECT_EQ(Counts("The strike killed three children."), V{"killed 3 exact [three]"});
  EXPECT_EQ(Counts("Gunmen shot dead four suspects."), V{"killed 4 exact [four]"});
  EXPECT_EQ(Counts("The blast injured up to 15 people."), V{"wounded 15 at_most [up to 15]"});
}

TEST(CasualtyFinderTest, CountBeforeAPassiveOrIntransitiveVerb) {
  EXPECT_EQ(Counts("Two soldiers died in the ambush."), V{"killed 2 exact [Two]"});
  EXPECT_EQ(Counts("Dozens were wounded in the clashes."), V{"wounded 24 approximate [Dozens]"});
  EXPECT_EQ(Counts("More than 20 people were killed."), V{"killed 20 at_least [More than 20]"});
  EXPECT_EQ(Counts("Nearly 30 were hurt."), V{"wounded 30 approximate [Nearly 30]"});
  EXPECT_EQ(Counts("The fighting left 12 dead."), V{"killed 12 exact [12]"});
  EXPECT_EQ(Counts("A policeman was killed."), V{"killed 1 exact [A]"});
  EXPECT_EQ(Counts("No one was hurt."), V{"wounded 0 exact [No one]"});
  EXPECT_EQ(Counts("Some 1,200 people have been killed."), V{"killed 1200 approximate [Some 1,200]"});
  EXPECT_EQ(Counts("Twenty-five fighters were killed."), V{"killed 25 exact [Twenty - five]"});
}

TEST(CasualtyFinderTest, TheSubsetAfterIncludingIsNotTheCount) {
  EXPECT_EQ(Counts("At least 19 people, including nine children, were killed."),
            V{"killed 19 at_least [At least 19]"});
}

TEST(CasualtyFinderTest, VagueQuantities) {
  EXPECT_EQ(Counts("Scores were killed."), V{"killed 40 approximate [Scores]"});
  EXPECT_EQ(Counts("Hundreds were injured."), V{"wounded 200 approximate [Hundreds]"});
  EXPECT_EQ(Counts("A dozen were killed."), V{"killed 12 approximate [A dozen]"});
  EXPECT_EQ(Counts("Several were wounded."), V{"wounded 3 approximate [Several]"});
}

TEST(CasualtyFinderTest, ThreatsFearsAndOtherNumbersAreNoCount) {
  EXPECT_TRUE(Counts("The group threatened to kill 20 hostages.").empty());
  EXPECT_TRUE(Counts("Officials warned that thousands could die.").empty());
  EXPECT_TRUE(Counts("Police arrested 40 people and 12 were displaced.").empty());
  EXPECT_TRUE(Counts("In 2019 a law was passed.").empty());
  // A past possibility is a count, at most.
  EXPECT_EQ(Counts("Up to 15 gunmen may have been killed."), V{"killed 15 at_most [Up to 15]"});
}

}  // namespace
}  // namespace sitrep::events
