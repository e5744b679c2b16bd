// Exact arithmetic of the event scores on hand-made multisets: duplicates, empty sets, the 0/0
// conventions and the per-category figures.
#include "sitrep/eval/event_scores.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

EventTriple T(const std::string& s, const std::string& t, const std::string& c) { return {s, t, c}; }

TEST(EventScoresTest, MultisetIntersectionCountsDuplicatesOnce) {
  const EventTriple a = T("FRD", "SYL", "190"), b = T("SYL", "FRD", "111"), c = T("FRD", "---", "010");
  EXPECT_EQ(MatchedTriples({a, b}, {b, a}), 2);        // order is irrelevant
  EXPECT_EQ(MatchedTriples({a, a}, {a}), 1);           // one prediction matches one copy
  EXPECT_EQ(MatchedTriples({a}, {a, a, a}), 1);
  EXPECT_EQ(MatchedTriples({a, a, b}, {a, a, a, c}), 2);
  EXPECT_EQ(MatchedTriples({}, {a}), 0);
  EXPECT_EQ(MatchedTriples({}, {}), 0);
  // Every field counts, and new-actor codes compare verbatim.
  EXPECT_EQ(MatchedTriples({T("\"NEW GUY\"", "SYL", "190")}, {T("NEW GUY", "SYL", "190")}), 0);
  EXPECT_EQ(MatchedTriples({T("FRD", "SYL", "190")}, {T("FRD", "SYL", "19")}), 0);
}

TEST(EventScoresTest, TotalsPerCategoryAndFailures) {
  const EventTriple a = T("FRD", "SYL", "190"), b = T("SYL", "FRD", "111"), c = T("FRD", "---", "010");
  std::vector<ScoredRecord> records = {
      {"ALPHA", {a}, {a}},        // 0: correct
      {"ALPHA", {a, a}, {a}},     // 1: one of two duplicates found
      {"BETA", {}, {}},           // 2: expects nothing, gets nothing: correct
      {"BETA", {}, {c}},          // 3: expects nothing, gets one
      {"ALPHA", {a, b}, {b, a}},  // 4: correct in another order
      {"GAMMA", {b}, {}},         // 5: misses everything
  };
  const EventScores s = ScoreEvents(records);
  EXPECT_EQ(s.total.records, 6);
  EXPECT_EQ(s.total.correct, 3);
  EXPECT_EQ(s.total.expected, 6);
  EXPECT_EQ(s.total.predicted, 5);
  EXPECT_EQ(s.total.matched, 4);
  EXPECT_DOUBLE_EQ(s.total.Accuracy(), 0.5);
  EXPECT_DOUBLE_EQ(s.total.Precision(), 4.0 / 5.0);
  EXPECT_DOUBLE_EQ(s.total.Recall(), 4.0 / 6.0);
  EXPECT_DOUBLE_EQ(s.total.F1(), 2 * 0.8 * (4.0 / 6.0) / (0.8 + 4.0 / 6.0));
  EXPECT_EQ(s.failed, (std::vector<size_t>{1, 3, 5}));

  ASSERT_EQ(s.by_category.size(), 3u);
  const ScoreCounts& alpha = s.by_category.at("ALPHA");
  EXPECT_EQ(alpha.records, 3);
  EXPECT_EQ(alpha.correct, 2);
  EXPECT_EQ(alpha.expected, 5);
  EXPECT_EQ(alpha.predicted, 4);
  EXPECT_EQ(alpha.matched, 4);
  EXPECT_DOUBLE_EQ(alpha.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(alpha.Recall(), 0.8);
  EXPECT_DOUBLE_EQ(alpha.F1(), 2 * 0.8 / 1.8);
  // BETA expects nothing: recall is 0/0 = 1.0, precision 0/1.
  const ScoreCounts& beta = s.by_category.at("BETA");
  EXPECT_EQ(beta.correct, 1);
  EXPECT_DOUBLE_EQ(beta.Precision(), 0.0);
  EXPECT_DOUBLE_EQ(beta.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(beta.F1(), 0.0);
  // GAMMA predicts nothing: precision is 0/0 = 1.0, recall 0/1, F1 0.
  const ScoreCounts& gamma = s.by_category.at("GAMMA");
  EXPECT_EQ(gamma.correct, 0);
  EXPECT_DOUBLE_EQ(gamma.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(gamma.Recall(), 0.0);
  EXPECT_DOUBLE_EQ(gamma.F1(), 0.0);
}

TEST(EventScoresTest, EmptyInputsFollowTheDocumentedConventions) {
  const EventScores none = ScoreEvents({});
  EXPECT_EQ(none.total.records, 0);
  EXPECT_DOUBLE_EQ(none.total.Accuracy(), 0.0);
  EXPECT_DOUBLE_EQ(none.total.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(none.total.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(none.total.F1(), 1.0);
  EXPECT_TRUE(none.by_category.empty());
  EXPECT_TRUE(none.failed.empty());

  // Only records that expect nothing and get nothing: all correct, perfect figures.
  const EventScores quiet = ScoreEvents({{"Q", {}, {}}, {"Q", {}, {}}});
  EXPECT_EQ(quiet.total.correct, 2);
  EXPECT_DOUBLE_EQ(quiet.total.Accuracy(), 1.0);
  EXPECT_DOUBLE_EQ(quiet.total.F1(), 1.0);

  // All wrong: nothing matched on either side gives P = R = F1 = 0.
  const EventScores wrong = ScoreEvents({{"W", {T("A", "B", "010")}, {T("B", "A", "010")}}});
  EXPECT_DOUBLE_EQ(wrong.total.Precision(), 0.0);
  EXPECT_DOUBLE_EQ(wrong.total.Recall(), 0.0);
  EXPECT_DOUBLE_EQ(wrong.total.F1(), 0.0);
}

TEST(EventScoresTest, TripleToString) { EXPECT_EQ(ToString(T("FRDMIL", "---", "190")), "FRDMIL --- 190"); }

}  // namespace
}  // namespace sitrep::eval
