// Coding a gold file's records with a pipeline: record handling by error value, require_dyad
// from <Config>, ignored options, rejected stories. Uses the small test dictionaries
// (tests/test_dictionaries.h) and no syntax model, so the coding is word-order only and fast.
#include "sitrep/eval/gold_evaluation.h"

#include <gtest/gtest.h>

#include "test_dictionaries.h"

namespace sitrep::eval {
namespace {

constexpr const char* kGold = R"(<Validation>
<Environment><Config option="stop_on_error" value="True"/></Environment>
<Sentences>
<Sentence date="20170720" id="G-1" category="A">
<EventCoding sourcecode="IRQMIL" targetcode="IMGMUSISI" eventcode="190"/>
<Text>Iraqi troops attacked Islamic State militants.</Text>
</Sentence>
<Sentence date="20170720" id="G-2" category="A">
<EventCoding sourcecode="IRQMIL" targetcode="---" eventcode="190"/>
<Text>Iraqi troops attacked.</Text>
</Sentence>
<Config option="require_dyad" value="False"/>
<Config option="new_actor_length" value="4"/>
<Sentence date="20170720" id="G-3" category="B">
<EventCoding sourcecode="IRQMIL" targetcode="---" eventcode="190"/>
<Text>Iraqi troops attacked.</Text>
</Sentence>
<Config option="require_dyad" value="maybe"/>
<Sentence date="20170720" id="G-4" category="B">
<EventCoding error="bad_input_parse"/>
<Text>Iraqi troops attacked.</Text>
</Sentence>
<Sentence date="20170720" id="G-5" category="B">
<EventCoding error="sentencediscard"/>
<Text>Iraqi troops attacked Islamic State militants.</Text>
</Sentence>
<Sentence date="20170720" id="G-6" category="B">
<EventCoding error="no_such_error"/>
<Text>Iraqi troops attacked.</Text>
</Sentence>
<Config option="require_dyad" value="TRUE"/>
<Sentence date="20170720" id="G-7" category="C">
<EventCoding sourcecode="IRQMIL" targetcode="IMGMUSISI" eventcode="190"/>
<Text>Iraqi troops attacked Islamic State militants in a long and winding sentence well over the limit.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(GoldEvaluationTest, CodesScoresAndSkipsRecords) {
  Result<GoldFile> gold = ParseGoldFile(kGold, "g.xml");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_TRUE(gold->problems.empty()) << gold->problems.front();
  ASSERT_EQ(gold->records.size(), 7u);
  Options options;
  options.max_story_bytes = 60;  // rejects G-7
  const Pipeline base(sitrep::testing::TestDictionaries(), options);
  const GoldEvaluation ev = EvaluateGold(*gold, base);

  ASSERT_EQ(ev.skipped.size(), 2u);
  EXPECT_EQ(gold->records[ev.skipped[0].record].id, "G-4");
  EXPECT_EQ(ev.skipped[0].reason, "bad_input_parse");
  EXPECT_EQ(gold->records[ev.skipped[1].record].id, "G-6");
  EXPECT_EQ(ev.skipped[1].reason, "unknown expected error 'no_such_error'");

  ASSERT_EQ(ev.outcomes.size(), 5u);  // G-1, G-2, G-3, G-5, G-7
  const EventTriple attack{"IRQMIL", "IMGMUSISI", "190"}, monad{"IRQMIL", "---", "190"};
  // G-1: the dyad is found.
  EXPECT_EQ(ev.outcomes[0].predicted, std::vector<EventTriple>{attack});
  // G-2: require_dyad is on (the base), so the monad is dropped.
  EXPECT_TRUE(ev.outcomes[1].predicted.empty());
  // G-3: require_dyad=False from <Config>: the monad is kept, its target written "---".
  EXPECT_EQ(ev.outcomes[2].predicted, std::vector<EventTriple>{monad});
  // G-5: a sentence discard expects nothing; the coder still codes the attack.
  EXPECT_TRUE(ev.outcomes[3].expected.empty());
  EXPECT_EQ(ev.outcomes[3].predicted, std::vector<EventTriple>{attack});
  // G-7: rejected by the pipeline; counts as predicting nothing and keeps the reason.
  EXPECT_TRUE(ev.outcomes[4].predicted.empty());
  EXPECT_NE(ev.outcomes[4].rejected.find("over the limit of 60"), std::string::npos) << ev.outcomes[4].rejected;

  EXPECT_EQ(ev.scores.total.records, 5);
  EXPECT_EQ(ev.scores.total.correct, 2);
  EXPECT_EQ(ev.scores.total.expected, 4);
  EXPECT_EQ(ev.scores.total.predicted, 3);
  EXPECT_EQ(ev.scores.total.matched, 2);
  EXPECT_EQ(ev.scores.failed, (std::vector<size_t>{1, 3, 4}));
  EXPECT_EQ(ev.scores.by_category.at("A").correct, 1);
  EXPECT_EQ(ev.scores.by_category.at("B").correct, 1);
  EXPECT_EQ(ev.scores.by_category.at("C").correct, 0);

  EXPECT_EQ(ev.ignored_options, (std::vector<std::string>{"stop_on_error", "new_actor_length"}));
  ASSERT_EQ(ev.warnings.size(), 1u);
  EXPECT_EQ(ev.warnings[0], "require_dyad value 'maybe' is neither true nor false; kept true");
}

TEST(GoldEvaluationTest, RecordHandlingTable) {
  GoldRecord r;
  EXPECT_FALSE(SkipReason(r).has_value());
  r.error = "storydiscard";
  EXPECT_FALSE(SkipReason(r).has_value());
  r.expected = {{"A", "B", "010"}};
  EXPECT_TRUE(ExpectedTriples(r).empty());  // a discard expects nothing, whatever is listed
  r.error = "sentencediscard";
  EXPECT_FALSE(SkipReason(r).has_value());
  r.error = "dateline";
  EXPECT_EQ(SkipReason(r), "dateline");
  r.error = "bad_input_parse";
  EXPECT_EQ(SkipReason(r), "bad_input_parse");
  r.error = "Dateline";
  EXPECT_EQ(SkipReason(r), "unknown expected error 'Dateline'");
}

TEST(GoldEvaluationTest, TripleOfAnEvent) {
  Event e;
  e.cameo = "042";
  EXPECT_EQ(ToTriple(e), (EventTriple{"---", "---", "042"}));
  e.source.emplace().code = "IRQGOV";
  e.target.emplace().code = "USA";
  EXPECT_EQ(ToTriple(e), (EventTriple{"IRQGOV", "USA", "042"}));
}

}  // namespace
}  // namespace sitrep::eval
