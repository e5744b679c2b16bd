#include "sitrep/text/tokenizer.h"

#include <gtest/gtest.h>

#include "sitrep/text/apostrophe_repair.h"
#include "sitrep/text/utf8.h"

namespace sitrep::text {
namespace {

std::vector<std::string> Forms(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(Normalize(s)).tokens) out.push_back(t.form);
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, SplitsPunctuationAndClitics) {
  EXPECT_EQ(Forms("Iraq's army didn't retreat, officials said."),
            (V{"Iraq", "'s", "army", "did", "n't", "retreat", ",", "officials", "said", "."}));
  EXPECT_EQ(Forms("They can't and won't, we're told; I'd cannot."),
            (V{"They", "ca", "n't", "and", "wo", "n't", ",", "we", "'re", "told", ";", "I", "'d", "can", "not", "."}));
}

TEST(TokenizerTest, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(Forms("Gen. Smith met U.S. and U.N. envoys in Jan. with J. R. Doe (No. 2)."),
            (V{"Gen.", "Smith", "met", "U.S.", "and", "U.N.", "envoys", "in", "Jan.", "with", "J.", "R.", "Doe", "(",
               "No.", "2", ")", "."}));
  EXPECT_EQ(Forms("He said no."), (V{"He", "said", "no", "."}));
}

TEST(TokenizerTest, KeepsNumbersAndUrlsWholeAndSplitsHyphensLikeEwt) {
  EXPECT_EQ(Forms("1,000 troops, 3.5 km, AK-47s, U.S.-backed al-Qaeda: see https://example.org/a."),
            (V{"1,000", "troops", ",", "3.5", "km", ",", "AK-47s", ",", "U.S.", "-", "backed", "al", "-", "Qaeda", ":",
               "see", "https://example.org/a", "."}));
}

TEST(TokenizerTest, QuotesDashesAndEllipses) {
  EXPECT_EQ(Forms("“We will win”—he said… then left"),
            (V{"\"", "We", "will", "win", "\"", "--", "he", "said", "...", "then", "left"}));
  EXPECT_EQ(Forms("'caliphate' fell"), (V{"'", "caliphate", "'", "fell"}));
}

TEST(TokenizerTest, OffsetsPointIntoTheOriginalText) {
  const std::string original = "Syria’s “army” — shelled Idlib.";
  Tokenization tz = Tokenize(Normalize(original));
  for (const auto& t : tz.tokens) {
    const size_t b = ByteOffsetOfCodePoint(original, t.start), e = ByteOffsetOfCodePoint(original, t.end);
    const std::string slice = original.substr(b, e - b);
    if (t.form == "'s") EXPECT_EQ(slice, "’s");
    else if (t.form == "--") EXPECT_EQ(slice, "—");
    else if (t.form == "\"") EXPECT_TRUE(slice == "“" || slice == "”");
    else EXPECT_EQ(slice, t.form);
  }
  EXPECT_EQ(tz.tokens.size(), 9u);  // Syria 's " army " -- shelled Idlib .
}

TEST(TokenizerTest, RepairedClitikSpansCoverTheSpace) {
  NormalizedText n = Normalize("Iraq s army");
  RepairApostrophes(&n.text);
  Tokenization tz = Tokenize(n);
  ASSERT_EQ(tz.tokens.size(), 3u);
  EXPECT_EQ(tz.tokens[0].form, "Iraq");
  EXPECT_EQ(tz.tokens[1].form, "'s");
  EXPECT_EQ(tz.tokens[1].start, 4);  // the space that stood for the apostrophe
  EXPECT_EQ(tz.tokens[1].end, 6);
}

TEST(TokenizerTest, SpaceAfterAndParagraphs) {
  Tokenization tz = Tokenize(Normalize("Hi, you.\n\nNext"));
  ASSERT_EQ(tz.tokens.size(), 5u);
  EXPECT_FALSE(tz.tokens[0].space_after);
  EXPECT_TRUE(tz.tokens[1].space_after);
  EXPECT_TRUE(tz.info[4].paragraph_before);
  EXPECT_FALSE(tz.info[3].paragraph_before);
}

}  // namespace
}  // namespace sitrep::text
