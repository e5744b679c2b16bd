#include "sitrep/text/sentence_splitter.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

std::vector<std::string> Sentences(const std::string& s) {
  Tokenization tz = Tokenize(Normalize(s));
  std::vector<std::string> out;
  for (const auto& sent : SplitSentences(tz)) {
    std::string text;
    for (int32_t i = sent.first_token; i < sent.last_token; ++i)
      text += tz.tokens[i].form + (tz.tokens[i].space_after && i + 1 < sent.last_token ? " " : "");
    out.push_back(text);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitterTest, SurvivesTitlesAndAcronyms) {
  EXPECT_EQ(Sentences("Gen. Smith met Mr. Jones in the U.S. Army base. Talks ended."),
            (V{"Gen. Smith met Mr. Jones in the U.S. Army base.", "Talks ended."}));
  EXPECT_EQ(Sentences("The strike was backed by the U.S. The army advanced."),
            (V{"The strike was backed by the U.S.", "The army advanced."}));
  EXPECT_EQ(Sentences("Resolution No. 2 passed on Jan. 5. Russia objected."),
            (V{"Resolution No. 2 passed on Jan. 5.", "Russia objected."}));
}

TEST(SentenceSplitterTest, KeepsClosingQuotesWithTheirSentence) {
  EXPECT_EQ(Sentences("He said, “We will stay.” Then he left!"),
            (V{"He said, \"We will stay.\"", "Then he left!"}));
  EXPECT_EQ(Sentences("Why? (Nobody knows.) Fine."), (V{"Why?", "(Nobody knows.)", "Fine."}));
}

TEST(SentenceSplitterTest, EllipsesAndParagraphs) {
  EXPECT_EQ(Sentences("They waited... and waited… Then came news"),
            (V{"They waited... and waited...", "Then came news"}));
  EXPECT_EQ(Sentences("Headline without a period\n\nBody starts here."),
            (V{"Headline without a period", "Body starts here."}));
}

TEST(SentenceSplitterTest, CutsRunOnSentences) {
  std::string s;
  for (int i = 0; i < 600; ++i) s += "word ";
  Tokenization tz = Tokenize(Normalize(s));
  auto sents = SplitSentences(tz, 250);
  ASSERT_EQ(sents.size(), 3u);
  EXPECT_EQ(sents[0].size(), 250);
  EXPECT_EQ(sents[2].size(), 100);
}

}  // namespace
}  // namespace sitrep::text
