#include "sitrep/dictionaries/actor_dictionary.h"

#include <gtest/gtest.h>

namespace sitrep::dictionaries {
namespace {

TEST(ActorDictionaryTest, ReadsEntriesPhrasesAndDatedCodes) {
  DictionaryFile f{"actors.txt", R"(country ROM   # CAMEO differs from ISO
  name: Romania
  adj: Romanian
  iso: ROU

person Haider al-Abadi
  name: Haider al-Abadi; Abadi
  code: IRQGOV 2014-09-08..2018-10-25
  code: IRQLEG 2006..2014-09
)"};
  ActorDictionary d;
  std::vector<std::string> problems;
  d.Add(f, &problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  ASSERT_EQ(d.entries().size(), 2u);
  EXPECT_EQ(d.CountryIso("ROM"), "ROU");
  ASSERT_EQ(d.phrases().size(), 4u);
  EXPECT_EQ(d.phrases()[1].role, PhraseRole::kAdjective);
  EXPECT_EQ(d.phrases()[2].phrase.words, (std::vector<std::string>{"haider", "al", "-", "abadi"}));
  EXPECT_EQ(d.phrases()[2].rule, "actors.txt:7");
  const ActorEntry& abadi = d.entries()[1];
  EXPECT_EQ(ActorDictionary::CodeAt(abadi, *ParseDate("2017-07-20")), "IRQGOV");
  EXPECT_EQ(ActorDictionary::CodeAt(abadi, *ParseDate("2014-09-30")), "IRQGOV");
  EXPECT_EQ(ActorDictionary::CodeAt(abadi, *ParseDate("2010-01-01")), "IRQLEG");
  EXPECT_EQ(ActorDictionary::CodeAt(abadi, *ParseDate("2005-12-31")), "");  // before every window
  EXPECT_EQ(ActorDictionary::CodeAt(abadi, Date{}), "IRQGOV");               // undated: latest window
}

TEST(ActorDictionaryTest, AllCapsPhrasesAreCaseSensitive) {
  ActorDictionary d;
  std::vector<std::string> problems;
  d.Add({"a.txt", "group IMGMUSISI\n  name: IS; Islamic State\n"}, &problems);
  EXPECT_TRUE(d.phrases()[0].phrase.case_sensitive);
  EXPECT_EQ(d.phrases()[0].phrase.words, (std::vector<std::string>{"IS"}));
  EXPECT_FALSE(d.phrases()[1].phrase.case_sensitive);
}

TEST(ActorDictionaryTest, ReportsEveryMalformedLineAndKeepsTheRest) {
  DictionaryFile f{"bad.txt", R"(country iraq
  name: Iraq
planet XYZ
  name: Mars
country SYR
  nmae: Syria
  name: Syria
  iso: SY
person Nobody
  name: Nobody
person Someone
  name: Someone
  code: XXXGOV 2019-01-01..2018-01-01
  code: XXXGOV 2019-13-01..
  code: XXXGOV 2019
)"};
  ActorDictionary d;
  std::vector<std::string> problems;
  d.Add(f, &problems);
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "bad.txt:1: 'iraq' is not an actor code (capital letters, digits and '-')",
                          "bad.txt:3: unknown actor kind 'planet' (expected country, igo, ngo, group, ethnic or person)",
                          "bad.txt:6: unknown field 'nmae' (expected name, adj, people, capital, iso, country or code)",
                          "bad.txt:8: iso 'SY' is not an ISO 3166 alpha-3 code",
                          "bad.txt:13: date window '2019-01-01..2018-01-01' ends before it starts",
                          "bad.txt:14: date '2019-13-01' does not exist in the calendar",
                          "bad.txt:15: date window '2019' must be FROM..TO (either side may be empty)",
                          "bad.txt:9: entry 'Nobody' has no code line",
                          "bad.txt:11: entry 'Someone' has no code line",
                      }));
  ASSERT_GE(d.entries().size(), 1u);
  EXPECT_EQ(d.entries()[0].label, "SYR");
}

}  // namespace
}  // namespace sitrep::dictionaries
