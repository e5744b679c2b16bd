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

// Every word has one head inside the sentence, exactly one word hangs from the root, and
// following heads from any word reaches the root.
void ExpectTree(const ConlluSentence& s) {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int h = s.words[i].head;
    ASSERT_GE(h, 0);
    ASSERT_LE(h, n);
    ASSERT_NE(h, i + 1) << "word " << i + 1 << " heads itself";
    roots += h == 0;
    int x = i + 1, guard = 0;
    while (x != 0 && guard++ <= n) x = s.words[x - 1].head;
    EXPECT_EQ(x, 0) << "word " << i + 1 << " is on a cycle";
  }
  EXPECT_EQ(roots, 1);
}

class MiniBeamTraining : public MiniTraining {
 protected:
  static void SetUpTestSuite() {
    MiniTraining::SetUpTestSuite();
    beam_parser_ = new std::string(testing::TrainMiniParser(*tagger_, 7, 4));
  }
  static void TearDownTestSuite() {
    delete beam_parser_;
    MiniTraining::TearDownTestSuite();
  }
  static std::string* beam_parser_;
};
std::string* MiniBeamTraining::beam_parser_ = nullptr;

TEST_F(MiniBeamTraining, SameSeedGivesTheSameBeamModelAndTheFileKeepsItsWidth) {
  EXPECT_EQ(testing::TrainMiniParser(*tagger_, 7, 4), *beam_parser_);
  auto reader = ModelReader::Parse(*beam_parser_, "beam.model", "parser");
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(reader->Header("beam"), "4");
  auto parser = Parser::Load(*reader);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  EXPECT_EQ(parser->beam(), 4);
  // A greedy model's file says nothing of a beam and loads as greedy.
  auto greedy = ModelReader::Parse(*parser_, "greedy.model", "parser");
  ASSERT_TRUE(greedy.ok());
  EXPECT_EQ(greedy->Header("beam"), "");
  EXPECT_EQ(Parser::Load(*greedy)->beam(), 1);
}

TEST_F(MiniBeamTraining, BeamModelsLearnTheirTrainingSentencesAndAlwaysMakeTrees) {
  auto model = SyntaxModel::FromBytes(*tagger_, "tagger", *beam_parser_, "parser");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  SyntaxScratch scratch;
  SyntaxScores scores;
  for (const ConlluSentence& gold : testing::ReadFixture("mini_train.conllu")) {
    ConlluSentence predicted = gold;
    (*model)->AnnotateConllu(&predicted, &scratch);
    ExpectTree(predicted);
    ASSERT_TRUE(ScoreSentence(gold, predicted, &scores).ok());
  }
  EXPECT_GT(scores.Uas(), 90.0) << scores.Summary();
  EXPECT_GT(scores.Las(), 85.0) << scores.Summary();
  // Unseen sentences, long and short, get trees too.
  for (const char* file : {"mini_dev.conllu", "news_parses.conllu"}) {
    for (ConlluSentence s : testing::ReadFixture(file)) {
      (*model)->AnnotateConllu(&s, &scratch);
      ExpectTree(s);
    }
  }
}

TEST_F(MiniBeamTraining, ReloadedBeamModelParsesExactlyLikeTheOriginal) {
  auto model = SyntaxModel::FromBytes(*tagger_, "tagger", *beam_parser_, "parser");
  ASSERT_TRUE(model.ok());
  ModelWriter pw;
  pw.SetHeader("kind", "parser");
  (*model)->parser().Save(&pw);
  auto again = SyntaxModel::FromBytes(*tagger_, "tagger", pw.Serialize(), "p2");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ((*again)->parser().beam(), 4);
  SyntaxScratch scratch;
  for (ConlluSentence s : testing::ReadFixture("news_parses.conllu")) {
    ConlluSentence a = s, b = s;
    (*model)->AnnotateConllu(&a, &scratch);
    (*again)->AnnotateConllu(&b, &scratch);
    for (size_t i = 0; i < s.words.size(); ++i) {
      EXPECT_EQ(a.words[i].head, b.words[i].head);
      EXPECT_EQ(a.words[i].deprel, b.words[i].deprel);
    }
  }
}

TEST_F(MiniBeamTraining, ABadBeamWidthInTheHeaderIsRefused) {
  auto reader = ModelReader::Parse(*beam_parser_, "beam.model", "parser");
  ASSERT_TRUE(reader.ok());
  auto parser = Parser::Load(*reader);
  ASSERT_TRUE(parser.ok());
  for (const char* width : {"0", "wide", "4x", "9999"}) {
    ModelWriter w;
    w.SetHeader("kind", "parser");
    parser->Save(&w);
    w.SetHeader("beam", width);
    auto edited = ModelReader::Parse(w.Serialize(), "edited.model", "parser");
    ASSERT_TRUE(edited.ok());
    auto refused = Parser::Load(*edited);
    ASSERT_FALSE(refused.ok()) << width;
    EXPECT_EQ(refused.status().message(), std::string("edited.model: bad beam width \"") + width + "\" in the header");
  }
}

}  // namespace
}  // namespace sitrep::nlp
