#include "sitrep/text/normalizer.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

TEST(NormalizerTest, FoldsQuotesDashesAndEllipsis) {
  NormalizedText n = Normalize("“Iraq’s army”—fighting… on");
  EXPECT_EQ(n.text, "\"Iraq's army\"--fighting... on");
}

TEST(NormalizerTest, MapsEveryByteBackToOriginalCodePoints) {
  // "é" as e + combining acute (2 code points) composes to one; the em dash expands to two bytes.
  const std::string original = "Cafe\xcc\x81—x";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "Caf\xc3\xa9--x");
  ASSERT_EQ(n.orig_start.size(), n.text.size());
  EXPECT_EQ(n.orig_length, 7);
  // The composed é (bytes 3,4) covers original code points [3,5).
  EXPECT_EQ(n.orig_start[3], 3);
  EXPECT_EQ(n.orig_end[4], 5);
  // Both dashes of "--" map to the single em dash at code point 5.
  EXPECT_EQ(n.orig_start[5], 5);
  EXPECT_EQ(n.orig_end[6], 6);
  EXPECT_EQ(n.orig_start[7], 6);
}

TEST(NormalizerTest, RemovesZeroWidthAndFoldsSpaces) {
  NormalizedText n = Normalize("Gaza\xe2\x80\x8b City\xc2\xa0now");  // ZWSP, NBSP
  EXPECT_EQ(n.text, "Gaza City now");
  EXPECT_EQ(n.orig_start[4], 5);  // the space after the removed ZWSP is code point 5
}

TEST(NormalizerTest, AppliesCompatibilityForms) {
  EXPECT_EQ(Normalize("ﬁghters ＵＮ").text, "fighters UN");
}

}  // namespace
}  // namespace sitrep::text
