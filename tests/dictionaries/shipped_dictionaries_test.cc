// The dictionaries shipped in dictionaries/ load cleanly and cover what the coder needs.
#include <gtest/gtest.h>

#include <set>

#include "test_dictionaries.h"

namespace sitrep::dictionaries {
namespace {

TEST(ShippedDictionariesTest, LoadWithoutProblems) {
  auto d = testing::ShippedDictionaries();
  for (const auto& p : d->problems) ADD_FAILURE() << p;
}

TEST(ShippedDictionariesTest, CodebookHasEveryRootAndConsistentQuadClasses) {
  const CameoCodebook& book = testing::ShippedDictionaries()->codebook;
  EXPECT_GE(book.size(), 300u);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    const CameoCode* c = book.Find(root);
    ASSERT_NE(c, nullptr) << root;
    EXPECT_EQ(c->quad_class, r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4) << root;
  }
  for (const CameoCode& c : book.codes()) {
    ASSERT_NE(book.Find(c.root()), nullptr) << c.code << " has no root";
    EXPECT_EQ(c.quad_class, book.Find(c.root())->quad_class) << c.code;
  }
  EXPECT_DOUBLE_EQ(book.Find("190")->goldstein, -10.0);
}

TEST(ShippedDictionariesTest, VerbPatternsCoverEveryRoot) {
  std::set<std::string> roots;
  for (const auto& p : testing::ShippedDictionaries()->verbs.patterns())
    for (const std::string* c : {&p.code, &p.second_code})
      if (!c->empty() && *c != "---") roots.insert(c->substr(0, 2));
  EXPECT_EQ(roots.size(), 20u);
}

// Issue 5: at least 3,000 pattern lines over all 20 roots, with word classes, and every code of
// the codebook's 3- and 4-digit levels either used or knowingly left out.
TEST(ShippedDictionariesTest, VerbDictionaryIsLargeAndUsesClasses) {
  const auto d = testing::ShippedDictionaries();
  std::set<std::string> lines, codes;
  for (const auto& p : d->verbs.patterns()) {
    lines.insert(p.rule);
    for (const std::string* c : {&p.code, &p.second_code})
      if (!c->empty() && *c != "---") codes.insert(*c);
  }
  EXPECT_GE(lines.size(), 3000u);
  EXPECT_GE(d->verbs.word_classes().size(), 50u);
  for (const auto& c : d->verbs.word_classes()) EXPECT_GT(c.uses, 0) << c.name;
  // Every 3- and 4-digit code has a pattern.
  std::vector<std::string> missing;
  for (const CameoCode& c : d->codebook.codes())
    if (c.code.size() >= 3 && !codes.count(c.code)) missing.push_back(c.code);
  EXPECT_TRUE(missing.empty()) << missing.size() << " codes without a pattern, first " << missing.front();
}

TEST(ShippedDictionariesTest, KnowsTheCountriesAndTheMosulActors) {
  const auto& actors = testing::ShippedDictionaries()->actors;
  int countries = 0;
  for (const auto& e : actors.entries()) countries += e.kind == ActorKind::kCountry;
  EXPECT_GE(countries, 195);
  std::set<std::string> names;
  for (const auto& p : actors.phrases()) {
    std::string s;
    for (const auto& w : p.phrase.words) s += (s.empty() ? "" : " ") + w;
    names.insert(s);
  }
  for (const char* n : {"islamic state", "ISIS", "ISIL", "daesh", "peshmerga", "iraq", "iraqi", "kurdish",
                        "united nations", "U.S."})
    EXPECT_TRUE(names.count(n)) << n;
}

}  // namespace
}  // namespace sitrep::dictionaries
