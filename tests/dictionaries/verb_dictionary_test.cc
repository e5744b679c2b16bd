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
  ASSERT_EQ(d.patterns().size(), 3u);
  EXPECT_EQ(d.patterns()[0].head_forms, (std::vector<std::string>{"fight", "fights", "fought", "fighting"}));
  EXPECT_EQ(d.patterns()[0].rule, "v.txt:1");
  EXPECT_EQ(d.patterns()[1].rest, (std::vector<std::string>{"out"}));
  EXPECT_EQ(d.patterns()[1].text, "pull out");
  EXPECT_EQ(d.patterns()[2].kind, PatternKind::kNoun);
  EXPECT_EQ(d.patterns()[2].head_forms, (std::vector<std::string>{"air"}));
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "v.txt:4: CAMEO code '999' is not in the codebook",
                          "v.txt:5: pattern kind 'sing' must be 'verb' or 'noun'",
                          "v.txt:6: verb forms 'go/went' must be 'lemma' or 'lemma/past/participle[/gerund]'",
                          "v.txt:7: pattern line must be 'CODE verb|noun PATTERN'",
                      }));
}

}  // namespace
}  // namespace sitrep::dictionaries
