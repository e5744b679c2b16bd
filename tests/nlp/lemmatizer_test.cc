#include "sitrep/nlp/lemmatizer.h"

#include <gtest/gtest.h>

#include "nlp/nlp_fixtures.h"

namespace sitrep::nlp {
namespace {

TEST(LemmaEdit, DescribesTheSmallestRewrite) {
  EXPECT_EQ(LemmaEditFor("strikes", "strike"), (LemmaEdit{1, true, ""}));
  EXPECT_EQ(LemmaEditFor("fought", "fight"), (LemmaEdit{5, true, "ight"}));
  EXPECT_EQ(LemmaEditFor("Forces", "force"), (LemmaEdit{1, true, ""}));
  EXPECT_EQ(LemmaEditFor("Kurds", "Kurd"), (LemmaEdit{1, false, ""}));
  EXPECT_EQ(LemmaEditFor("were", "be"), (LemmaEdit{4, true, "be"}));
}

// A treebank written for this test: enough rows to learn plural -s, past -ed and a few
// irregular forms.
ConlluSentence Sentence(std::vector<std::array<const char*, 3>> rows) {
  ConlluSentence s;
  for (auto& [form, xpos, lemma] : rows) {
    ConlluWord w;
    w.form = form;
    w.xpos = xpos;
    w.lemma = lemma;
    s.words.push_back(w);
  }
  return s;
}

TEST(Lemmatizer, LearnsExceptionsAndSuffixRulesFromTheLemmaColumn) {
  std::vector<ConlluSentence> train = {
      Sentence({{"Rebels", "NNS", "rebel"}, {"fought", "VBD", "fight"}, {"soldiers", "NNS", "soldier"}}),
      Sentence({{"Troops", "NNS", "troops"}, {"shelled", "VBD", "shell"}, {"towns", "NNS", "town"}}),
      Sentence({{"They", "PRP", "they"}, {"were", "VBD", "be"}, {"attacked", "VBN", "attack"}}),
      Sentence({{"Police", "NN", "police"}, {"arrested", "VBD", "arrest"}, {"Kurds", "NNPS", "Kurd"}}),
      Sentence({{"Leaders", "NNS", "leader"}, {"signed", "VBD", "sign"}, {"deals", "NNS", "deal"}}),
      Sentence({{"Arabs", "NNPS", "Arab"}, {"and", "CC", "and"}, {"Nov", "NNP", "November"}}),
  };
  Lemmatizer l = Lemmatizer::Train(train);
  EXPECT_EQ(l.Lemmatize("fought", "VBD"), "fight");
  EXPECT_EQ(l.Lemmatize("were", "VBD"), "be");
  EXPECT_EQ(l.Lemmatize("Rebels", "NNS"), "rebel");
  // Unseen words take the edit of their longest known suffix under the same tag.
  EXPECT_EQ(l.Lemmatize("bombed", "VBD"), "bomb");
  EXPECT_EQ(l.Lemmatize("militias", "NNS"), "militia");
  EXPECT_EQ(l.Lemmatize("Shiites", "NNPS"), "Shiite");
  // One word's spelling ("Nov" -> "November") is its own exception, not a rule for others.
  EXPECT_EQ(l.Lemmatize("Nov", "NNP"), "November");
  EXPECT_EQ(l.Lemmatize("Gov", "NNP"), "Gov");
  // The tag decides: the same spelling under another tag is not rewritten by the NNS rule.
  EXPECT_EQ(l.Lemmatize("news", "NN"), "news");

  ModelWriter w;
  w.SetHeader("kind", "tagger");
  l.Save(&w);
  auto reader = ModelReader::Parse(w.Serialize(), "lem", "tagger");
  ASSERT_TRUE(reader.ok());
  auto loaded = Lemmatizer::Load(*reader);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (auto [form, xpos] : std::vector<std::pair<const char*, const char*>>{
           {"fought", "VBD"}, {"bombed", "VBD"}, {"Shiites", "NNPS"}, {"militias", "NNS"}}) {
    EXPECT_EQ(loaded->Lemmatize(form, xpos), l.Lemmatize(form, xpos)) << form;
  }
}

TEST(Lemmatizer, KeepsLemmasValidUtf8WhenAnEditMeetsAnotherSpelling) {
  // "'m" -> "be" strips two bytes; the same rule met with the acute-accent apostrophe (two
  // bytes of its own) used to leave half a character in front of "be".
  std::vector<ConlluSentence> train = {
      Sentence({{"I", "PRP", "I"}, {"'m", "VBP", "be"}, {"here", "RB", "here"}}),
      Sentence({{"I", "PRP", "I"}, {"'m", "VBP", "be"}, {"am", "VBP", "be"}}),
      Sentence({{"they", "PRP", "they"}, {"dream", "VBP", "dream"}, {"'m", "VBP", "be"}}),
  };
  Lemmatizer l = Lemmatizer::Train(train);
  // Unseen: the "m" suffix rule under VBP is the two-byte strip learned from "'m".
  EXPECT_EQ(l.Lemmatize("\u00b4m", "VBP"), "be");
  EXPECT_EQ(l.Lemmatize("\u2019m", "VBP"), "be");
}

TEST(Lemmatizer, FollowsUdConventionsForUnseenNumbersCodesAndCapitalisedNames) {
  std::vector<ConlluSentence> train = {
      Sentence({{"Rebels", "NNS", "rebel"}, {"seized", "VBD", "seize"}, {"towns", "NNS", "town"}}),
      Sentence({{"Boston", "NNP", "Boston"}, {"lost", "VBD", "lose"}, {"games", "NNS", "game"}}),
  };
  Lemmatizer l = Lemmatizer::Train(train);
  EXPECT_EQ(l.Lemmatize("6,363,217", "CD"), "6363217");
  EXPECT_EQ(l.Lemmatize("420,588.50", "CD"), "420588.50");
  EXPECT_EQ(l.Lemmatize("1,00", "CD"), "1,00") << "not grouped in threes";
  EXPECT_EQ(l.Lemmatize("12,3456", "CD"), "12,3456");
  EXPECT_EQ(l.Lemmatize("E17", "NN"), "E17");
  EXPECT_EQ(l.Lemmatize("01-Feb-02", "CD"), "01-Feb-02");
  EXPECT_EQ(l.Lemmatize("SOUTER", "NNP"), "Souter");
  EXPECT_EQ(l.Lemmatize("NATO", "NNP"), "NATO") << "four capitals: an acronym";
  EXPECT_EQ(l.Lemmatize("TOWNS", "NNS"), "town") << "only names take title case";
}

}  // namespace
}  // namespace sitrep::nlp
