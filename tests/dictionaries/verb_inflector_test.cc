#include "sitrep/dictionaries/verb_inflector.h"

#include <gtest/gtest.h>

namespace sitrep::dictionaries {
namespace {

VerbForms F(const char* spec) {
  VerbForms f;
  EXPECT_TRUE(InflectVerb(spec, &f)) << spec;
  return f;
}

TEST(VerbInflectorTest, RegularVerbs) {
  VerbForms f = F("attack");
  EXPECT_EQ(f.All(), (std::vector<std::string>{"attack", "attacks", "attacked", "attacking"}));
  EXPECT_EQ(F("seize").All(), (std::vector<std::string>{"seize", "seizes", "seized", "seizing"}));
  EXPECT_EQ(F("deny").All(), (std::vector<std::string>{"deny", "denies", "denied", "denying"}));
  EXPECT_EQ(F("reach").third_person, "reaches");
  EXPECT_EQ(F("visit").past, "visited");  // two syllables: no doubling
  EXPECT_EQ(F("free").gerund, "freeing");
}

TEST(VerbInflectorTest, DoublingAndIrregulars) {
  EXPECT_EQ(F("ban").past, "banned");
  EXPECT_EQ(F("stab").gerund, "stabbing");
  EXPECT_EQ(F("shoot/shot/shot").All(), (std::vector<std::string>{"shoot", "shoots", "shot", "shooting"}));
  EXPECT_EQ(F("commit/committed/committed/committing").gerund, "committing");
  VerbForms bad;
  EXPECT_FALSE(InflectVerb("go/went", &bad));
}

}  // namespace
}  // namespace sitrep::dictionaries
