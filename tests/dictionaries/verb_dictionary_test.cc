#include "sitrep/dictionaries/verb_dictionary.h"

#include <gtest/gtest.h>

namespace sitrep::dictionaries {
namespace {

TEST(VerbDictionaryTest, ReadsVerbAndNounPatterns) {
  std::vector<std::string> problems;
  CameoCodebook book = *CameoCodebook::Parse(
      {"b.tsv", "190\tForce\t-10\t4\n0874\tWithdraw\t5\t2\n195\tAerial\t-10\t4\n"}, &problems);
  VerbDictionary d;
  d.Add({"v.txt", "190 verb fight/fought/fought  # irregular\n"
                  "0874\tverb\tpull out\n"
                  "195 noun air strikes\n"
                  "999 verb explode\n"
                  "190 sing attack\n"
                  "190 verb go/went\n"
                  "190 verb\n"},
        book, &problems);
  d.Finish();
  ASSERT_EQ(d.entries().size(), 3u);
  ASSERT_EQ(d.patterns().size(), 3u);
  const VerbEntry& fight = d.entries()[0];
  EXPECT_EQ(fight.head_forms, (std::vector<std::string>{"fight", "fights", "fought", "fighting"}));
  ASSERT_GE(fight.bare, 0);
  EXPECT_EQ(d.patterns()[fight.bare].code, "190");
  EXPECT_EQ(d.patterns()[fight.bare].rule, "v.txt:1");
  // "pull out": no bare code; one pattern whose particle may be two words away.
  const VerbEntry& pull = d.entries()[1];
  EXPECT_EQ(pull.bare, -1);
  ASSERT_EQ(d.BlockPatterns(pull.block).size(), 1u);
  const VerbPattern& out = d.patterns()[d.BlockPatterns(pull.block)[0]];
  ASSERT_EQ(out.after.size(), 1u);
  EXPECT_EQ(out.after[0].alternatives, (std::vector<std::vector<std::string>>{{"out"}}));
  EXPECT_FALSE(out.after[0].adjacent);
  EXPECT_EQ(out.max_gap, VerbDictionary::kOwnFormatGap);
  EXPECT_EQ(out.text, "pull out");
  EXPECT_EQ(out.code, "0874");
  const VerbEntry& air = d.entries()[2];
  EXPECT_EQ(air.kind, PatternKind::kNoun);
  EXPECT_EQ(air.head_forms, (std::vector<std::string>{"air"}));
  EXPECT_EQ(air.suffix, (std::vector<std::string>{"strikes"}));
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "v.txt:4: CAMEO code '999' is not in the codebook",
                          "v.txt:5: pattern kind 'sing' must be 'verb' or 'noun'",
                          "v.txt:6: verb forms 'go/went' must be 'lemma' or 'lemma/past/participle[/gerund]'",
                          "v.txt:7: pattern line must be 'CODE verb|noun PATTERN'",
                      }));
}

}  // namespace
}  // namespace sitrep::dictionaries
