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

}  // namespace
}  // namespace sitrep::nlp
