#include "sitrep/text/utf8.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

TEST(Utf8Test, RepairReplacesEachInvalidRunOnce) {
  std::string s = "Mosul \xff\xfe city \xc3";  // two bad runs: ff fe, and a truncated lead byte
  EXPECT_EQ(RepairUtf8(&s), 2u);
  EXPECT_EQ(s, "Mosul \xEF\xBF\xBD city \xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(s));
  std::string ok = "Kyiv \xe2\x80\x94 Odesa";
  EXPECT_EQ(RepairUtf8(&ok), 0u);
}

TEST(Utf8Test, CountsCodePointsNotBytes) {
  EXPECT_EQ(CountCodePoints("Syria\xe2\x80\x99s"), 7);  // Syria’s
  EXPECT_EQ(ByteOffsetOfCodePoint("a\xc3\xa9z", 2), 3u);
}

TEST(Utf8Test, DetectsBinary) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("plain text\nwith lines\r\n\tand tabs"));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05 abc"));
}

TEST(Utf8Test, LowercasesUnicode) { EXPECT_EQ(ToLower("ÇATALCA Kurdish"), "çatalca kurdish"); }

}  // namespace
}  // namespace sitrep::text
