// The PETRARCH unit-test suite (284 records with gold codings and the PETR.Validate.*
// dictionaries they expect), coded from the raw text with sitrep's own tokenizer and parser.
// Third-party data: read from ../shared/data/petrarch, skipped when it is absent.
//
// The floors are the figures this build reached (`sitrep eval --gold`); the test fails when a
// change makes the coder worse on the suite. Raise them when the coder improves.
#include <gtest/gtest.h>

#include <filesystem>

#include "sitrep/eval/gold_evaluation.h"
#include "sitrep/nlp/embedded_models.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kRecordsCorrectFloor = 233;  // of 281 scored
constexpr double kPrecisionFloor = 0.90;
constexpr double kRecallFloor = 0.85;

fs::path PetrarchDir() { return fs::path(SITREP_SOURCE_DIR) / ".." / "shared" / "data" / "petrarch"; }

TEST(PetrarchUnitTest, CodesTheSuiteFromRawText) {
  const fs::path gold_path = PetrarchDir() / "text" / "PETR.UnitTest.records.xml";
  if (!fs::exists(gold_path)) GTEST_SKIP() << "PETRARCH data not found at " << PetrarchDir() << " (../shared absent)";
  Result<eval::GoldFile> gold = eval::ReadGoldFile(gold_path.string());
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->records.size(), 284u);

  const fs::path dicts = PetrarchDir() / "dictionaries";
  dictionaries::DictionaryPaths paths;
  paths.verbs = (dicts / gold->environment.verbs).string();
  for (const std::string& a : gold->environment.actors) paths.actors.push_back((dicts / a).string());
  paths.agents = (dicts / gold->environment.agents).string();
  paths.discards = (dicts / gold->environment.discards).string();
  Result<dictionaries::DictionarySet> set = dictionaries::LoadDictionaries(paths);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  // Every line of the validation dictionaries is read.
  EXPECT_TRUE(set->problems.empty()) << set->problems.front();

  Result<std::shared_ptr<const nlp::SyntaxModel>> model = nlp::EmbeddedSyntaxModel();
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  Pipeline base(std::make_shared<const dictionaries::DictionarySet>(std::move(set).value()), Options{}, *model);
  const eval::GoldEvaluation result = eval::EvaluateGold(*gold, base);

  EXPECT_EQ(result.skipped.size(), 3u);  // the dateline and the two bad-parse records
  const eval::ScoreCounts& t = result.scores.total;
  EXPECT_EQ(t.records, 281);
  EXPECT_GE(t.correct, kRecordsCorrectFloor);
  EXPECT_GE(t.Precision(), kPrecisionFloor);
  EXPECT_GE(t.Recall(), kRecallFloor);
  std::printf("records fully correct %lld / %lld, precision %.3f, recall %.3f\n", static_cast<long long>(t.correct),
              static_cast<long long>(t.records), t.Precision(), t.Recall());
}

}  // namespace
}  // namespace sitrep
