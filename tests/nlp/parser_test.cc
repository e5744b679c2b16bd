#include "sitrep/nlp/parser.h"

#include <gtest/gtest.h>

#include "sitrep/nlp/evaluation.h"

namespace sitrep::nlp {
namespace {

TEST(Projectivize, LiftsTheShortestCrossingArcToTheGrandparent) {
  // "A hearing is scheduled on the issue today": 'hearing' (2) takes 'on' phrase head 'issue'
  // (7) across 'scheduled' (4) — a classic non-projective arc.
  std::vector<int32_t> heads = {2, 4, 4, 0, 7, 7, 2, 4};
  std::vector<int32_t> lifted = Projectivize(heads);
  EXPECT_EQ(lifted, (std::vector<int32_t>{2, 4, 4, 0, 7, 7, 4, 4}));
  // A projective tree is returned unchanged.
  std::vector<int32_t> projective = {2, 0, 4, 2, 2};
  EXPECT_EQ(Projectivize(projective), projective);
}

TEST(SyntaxScores, CountsHeadsAndLabelsAndUniversalParts) {
  ConlluSentence gold, predicted;
  // Strings by value: GCC 12's -Wrestrict misfires on assigning a short literal here.
  auto word = [](std::string form, int head, std::string rel) {
    ConlluWord w;
    w.form = std::move(form);
    w.head = head;
    w.deprel = std::move(rel);
    w.upos = std::string(1, 'X');
    return w;
  };
  gold.words = {word("plan", 3, "nsubj:pass"), word("was", 3, "aux:pass"), word("rejected", 0, "root")};
  predicted.words = {word("plan", 3, "nsubj"), word("was", 1, "aux:pass"), word("rejected", 0, "root")};
  SyntaxScores s;
  ASSERT_TRUE(ScoreSentence(gold, predicted, &s).ok());
  EXPECT_EQ(s.words, 3u);
  EXPECT_EQ(s.heads, 2u);
  EXPECT_EQ(s.labelled, 1u);
  EXPECT_EQ(s.labelled_universal, 2u);
  predicted.words.pop_back();
  EXPECT_FALSE(ScoreSentence(gold, predicted, &s).ok());
}

}  // namespace
}  // namespace sitrep::nlp
