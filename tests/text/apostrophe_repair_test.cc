#include "sitrep/text/apostrophe_repair.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

std::string Repair(std::string s) {
  RepairApostrophes(&s);
  return s;
}

TEST(ApostropheRepairTest, RestoresPossessives) {
  EXPECT_EQ(Repair("Iraq s government and Islamic State s reign"), "Iraq's government and Islamic State's reign");
  EXPECT_EQ(Repair("Mosul s hinterland."), "Mosul's hinterland.");
}

TEST(ApostropheRepairTest, RestoresContractionsAndInnerApostrophes) {
  EXPECT_EQ(Repair("they couldn t go, we re here, I m sure"), "they couldn't go, we're here, I'm sure");
  EXPECT_EQ(Repair("Shi ite Muslim paramilitaries and Shi a clerics"), "Shi'ite Muslim paramilitaries and Shi'a clerics");
  EXPECT_EQ(Repair("at 5 o clock"), "at 5 o'clock");
}

TEST(ApostropheRepairTest, LeavesRealTextAlone) {
  // Single letters before "s", digits, real apostrophes and words that are not clitic hosts.
  for (const char* s : {"the letters a s t", "US forces", "Iraq's army", "it is a test", "plan B s",
                        "he did not t", "123 s", "the t test"}) {
    std::string t = s;
    EXPECT_EQ(RepairApostrophes(&t), 0u) << s;
    EXPECT_EQ(t, s);
  }
}

TEST(ApostropheRepairTest, KeepsLength) {
  std::string s = "Baghdad s victory";
  const size_t before = s.size();
  EXPECT_EQ(RepairApostrophes(&s), 1u);
  EXPECT_EQ(s.size(), before);
}

}  // namespace
}  // namespace sitrep::text
