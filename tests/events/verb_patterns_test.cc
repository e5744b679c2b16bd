// Verb patterns of sitrep's own format through the whole pipeline (tagger, parser, coder):
// word classes, target slots, "---" blocks, reverse codes and nouns inside a verb's pattern, on
// a small dictionary written here, then the shipped dictionaries on sentences written for this
// project. Each case gives the exact events.
#include <gtest/gtest.h>

#include "syntax_pipeline.h"
#include "test_dictionaries.h"

namespace sitrep::events {
namespace {

using V = std::vector<std::string>;

constexpr const char* kCodebook =
    "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
    "026\tCall for talks\t4\t1\tREQUEST\t\n"
    "046\tNegotiate\t7\t1\tCONSULT\t\n"
    "057\tSign agreement\t8\t1\tAGREE\t\n"
    "0253\tCall for release\t-0.3\t1\tREQUEST\t\n"
    "070\tGive aid\t7\t2\tAID\t\n"
    "190\tUse force\t-10\t4\tASSAULT\t\n"
    "194\tArtillery\t-10\t4\tASSAULT\t\n"
    "195\tAerial\t-10\t4\tASSAULT\t\n";

constexpr const char* kActors = R"(country GON
  name: Gondor
  adj: Gondorian
country ARN
  name: Arnor
  adj: Arnorian
)";

constexpr const char* kAgents = "agent MIL\n  noun: troops; soldiers\n";

constexpr const char* kClasses = R"(# classes, in a file of their own
&MISSILE: missile; missiles; drones
&ROCKETS: rocket; rockets; mortars
&DEAL: deal; agreement
&TALKS: talks; negotiations
)";

constexpr const char* kVerbs = R"(195   verb  fire &MISSILE at
194   verb  fire &ROCKETS at
190   verb  strike/struck/struck
057   verb  strike/struck/struck &DEAL
---   verb  strike/struck/struck a balance
0253  verb  urge + to release
:070  verb  receive aid from
026   verb  call for &TALKS
046   noun  talks
---   noun  attack helicopters
190   noun  attack
)";

Pipeline& ClassPipeline() {
  static Pipeline p = [] {
    auto r = dictionaries::LoadDictionaryFiles({"b.tsv", kCodebook}, {{"a.txt", kActors}}, {"g.txt", kAgents},
                                               {{"verbs/00_classes.txt", kClasses}, {"verbs/19.txt", kVerbs}});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(r->problems.empty()) << r->problems.front();
    return Pipeline(std::make_shared<const dictionaries::DictionarySet>(std::move(r).value()), Options{},
                    testing::EmbeddedTestModel());
  }();
  return p;
}

std::vector<std::string> Events(const std::string& text, Pipeline& p = ClassPipeline()) {
  return testing::EventStrings(p, text);
}

TEST(VerbPatternsTest, WordClassDecidesTheCode) {
  EXPECT_EQ(Events("Gondorian troops fired missiles at Arnor on Tuesday."), (V{"GONMIL 195 ARN"}));
  EXPECT_EQ(Events("Gondorian troops fired rockets at Arnor on Tuesday."), (V{"GONMIL 194 ARN"}));
  // A class member of several words, with a word between verb and class.
  EXPECT_EQ(Events("Gondor fired two drones at Arnor."), (V{"GON 195 ARN"}));
}

TEST(VerbPatternsTest, BlockAndMoreSpecificPatternBeatTheBareVerb) {
  EXPECT_EQ(Events("Gondor struck Arnor."), (V{"GON 190 ARN"}));
  EXPECT_EQ(Events("Gondor struck a deal with Arnor."), (V{"GON 057 ARN"}));
  EXPECT_EQ(Events("Gondor struck a balance with Arnor."), V{});
}

TEST(VerbPatternsTest, TargetSlot) {
  EXPECT_EQ(Events("Gondor urged Arnor to release the prisoners."), (V{"GON 0253 ARN"}));
}

TEST(VerbPatternsTest, ReverseCode) {
  // "X received aid from Y": Y gives aid to X.
  EXPECT_EQ(Events("Arnor received aid from Gondor."), (V{"GON 070 ARN"}));
}

TEST(VerbPatternsTest, NounInsideAVerbPatternIsNoEventOfItsOwn) {
  EXPECT_EQ(Events("Gondor called for talks with Arnor."), (V{"GON 026 ARN"}));
  // Outside a verb's pattern the noun is an event of its own.
  EXPECT_EQ(Events("Gondor's talks with Arnor resumed on Monday."), (V{"GON 046 ARN"}));
}

TEST(VerbPatternsTest, BlockingNounTakesItsWords) {
  EXPECT_EQ(Events("Gondor bought attack helicopters from Arnor."), V{});
}

// The shipped dictionaries, on sentences written for this project.
Pipeline& ShippedSyntaxPipeline() {
  static Pipeline p(testing::ShippedDictionaries(), Options{}, testing::EmbeddedTestModel());
  return p;
}

TEST(ShippedVerbPatternsTest, CodesTheseSentencesExactly) {
  Pipeline& p = ShippedSyntaxPipeline();
  const std::vector<std::pair<std::string, V>> cases = {
      {"Kenyan troops fired rockets at Somalia on Tuesday.", {"KENMIL 194 SOM"}},
      {"Russia launched drones at Ukraine overnight.", {"RUS 195 UKR"}},
      {"Egypt struck a deal with Sudan on water sharing.", {"EGY 057 SDN"}},
      // "the detained aid workers" says Iran detained them: a second event.
      {"France urged Iran to release the detained aid workers.", {"FRA 0253 IRN", "IRN 173 ---NGO"}},
      {"Japan sent humanitarian aid to Turkey after the earthquake.", {"JPN 073 TUR"}},
      {"Canada imposed sanctions on Belarus on Monday.", {"CAN 163 BLR"}},
      {"Peru recalled its ambassador to Mexico.", {"PER 161 MEX"}},
      {"Peru expelled Mexican diplomats on Friday.", {"PER 161 MEXGOV"}},
      {"Chile accused Bolivia of spying.", {"CHL 1125 BOL"}},
      {"Ghana threatened to impose sanctions on Togo.", {"GHA 1312 TGO"}},
      {"Norway called for talks between Serbia and Kosovo.", {"NOR 026 SRB", "NOR 026 KSV"}},
      {"Qatar hosted the World Cup in 2022.", {}},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Events(text, p), want) << text;
}

}  // namespace
}  // namespace sitrep::events
