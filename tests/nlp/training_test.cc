// Training on the small treebank written for these tests (tests/fixtures/nlp): the same seed
// gives byte-identical models, a saved model parses exactly like the one in memory, and the
// models learn their training data.
#include <gtest/gtest.h>

#include "nlp/nlp_fixtures.h"
#include "sitrep/nlp/evaluation.h"
#include "sitrep/nlp/syntax_model.h"

namespace sitrep::nlp {
namespace {

class MiniTraining : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tagger_ = new std::string(testing::TrainMiniTagger(7));
    parser_ = new std::string(testing::TrainMiniParser(*tagger_, 7));
  }
  static void TearDownTestSuite() {
    delete tagger_;
    delete parser_;
  }
  static std::string* tagger_;
  static std::string* parser_;
};
std::string* MiniTraining::tagger_ = nullptr;
std::string* MiniTraining::parser_ = nullptr;

TEST_F(MiniTraining, SameSeedGivesByteIdenticalModels) {
  EXPECT_EQ(testing::TrainMiniTagger(7), *tagger_);
  EXPECT_EQ(testing::TrainMiniParser(*tagger_, 7), *parser_);
}

TEST_F(MiniTraining, SavedModelsAnalyzeExactlyLikeTheFreshOnes) {
  auto model = SyntaxModel::FromBytes(*tagger_, "tagger", *parser_, "parser");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  // Reload from the re-serialized sections: a second generation must agree word for word.
  ModelWriter tw, pw;
  tw.SetHeader("kind", "tagger");
  pw.SetHeader("kind", "parser");
  (*model)->tagger().Save(&tw);
  (*model)->lemmatizer().Save(&tw);
  (*model)->parser().Save(&pw);
  auto again = SyntaxModel::FromBytes(tw.Serialize(), "t2", pw.Serialize(), "p2");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  SyntaxScratch scratch;
  size_t compared = 0;
  for (const char* file : {"mini_dev.conllu", "news_parses.conllu"}) {
    for (ConlluSentence s : testing::ReadFixture(file)) {
      ConlluSentence a = s, b = s;
      (*model)->AnnotateConllu(&a, &scratch);
      (*again)->AnnotateConllu(&b, &scratch);
      for (size_t i = 0; i < s.words.size(); ++i) {
        EXPECT_EQ(a.words[i].upos, b.words[i].upos);
        EXPECT_EQ(a.words[i].xpos, b.words[i].xpos);
        EXPECT_EQ(a.words[i].lemma, b.words[i].lemma);
        EXPECT_EQ(a.words[i].head, b.words[i].head);
        EXPECT_EQ(a.words[i].deprel, b.words[i].deprel);
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 200u);
}

TEST_F(MiniTraining, ModelsOfOtherFeatureSetsAreRefused) {
  auto reader = ModelReader::Parse(*parser_, "parser", "parser");
  ASSERT_TRUE(reader.ok());
  auto parser = Parser::Load(*reader);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  ModelWriter w;
  w.SetHeader("kind", "parser");
  parser->Save(&w);
  w.SetHeader("feature_set", "arc-hybrid-v0");  // as written by an older sitrep
  auto old = ModelReader::Parse(w.Serialize(), "old.model", "parser");
  ASSERT_TRUE(old.ok());
  auto refused = Parser::Load(*old);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().message(), std::string("old.model: parser features 'arc-hybrid-v0', this build of sitrep "
                                                    "computes '") + Parser::kFeatureSet + "'; retrain the model");
}

TEST_F(MiniTraining, ModelsLearnTheirTrainingSentences) {
  auto model = SyntaxModel::FromBytes(*tagger_, "tagger", *parser_, "parser");
  ASSERT_TRUE(model.ok());
  SyntaxScratch scratch;
  SyntaxScores scores;
  for (const ConlluSentence& gold : testing::ReadFixture("mini_train.conllu")) {
    ConlluSentence predicted = gold;
    (*model)->AnnotateConllu(&predicted, &scratch);
    ASSERT_TRUE(ScoreSentence(gold, predicted, &scores).ok());
  }
  EXPECT_GT(scores.Upos(), 97.0) << scores.Summary();
  EXPECT_GT(scores.Lemma(), 97.0) << scores.Summary();
  EXPECT_GT(scores.Uas(), 90.0) << scores.Summary();
  EXPECT_GT(scores.Las(), 85.0) << scores.Summary();
}

}  // namespace
}  // namespace sitrep::nlp
