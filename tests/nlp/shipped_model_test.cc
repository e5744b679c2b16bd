// The models shipped in models/ (compiled into sitrep): the parses of news sentences written
// for these tests, arc by arc; well-formed trees on awkward input; and, when the UD treebank is
// at ../shared/data, accuracy floors on its dev set so a worse model cannot ship unnoticed.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "nlp/nlp_fixtures.h"
#include "sitrep/nlp/embedded_models.h"
#include "sitrep/nlp/evaluation.h"

namespace sitrep::nlp {
namespace {

const SyntaxModel& Shipped() {
  auto m = EmbeddedSyntaxModel();
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return **m;
}

std::string Arcs(const ConlluSentence& s) {
  std::string out;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    out += w.form + " <-" + w.deprel + "- " + (w.head == 0 ? "ROOT" : s.words[w.head - 1].form) + "\n";
  }
  return out;
}

// Compares the shipped model's analysis of the fixture sentences with their gold trees. A
// "# known_error = arcs: ..." or "# known_error = xpos: ..." comment marks a layer we know the
// shipped models get wrong in that sentence; `only_known_errors` checks those sentences in full
// instead of checking everything else.
void ExpectGoldParses(bool only_known_errors) {
  const auto gold = testing::ReadFixture("news_parses.conllu");
  ASSERT_EQ(gold.size(), 8u);
  SyntaxScratch scratch;
  size_t checked = 0;
  for (const ConlluSentence& g : gold) {
    const std::string known = g.Comment("known_error").value_or("");
    if (only_known_errors && known.empty()) continue;
    const bool arcs = only_known_errors || known.rfind("arcs:", 0) != 0;
    const bool xpos = only_known_errors || known.rfind("xpos:", 0) != 0;
    ++checked;
    ConlluSentence p = g;
    Shipped().AnnotateConllu(&p, &scratch);
    const std::string what = g.Comment("construction").value_or("") + "\n" + g.Comment("text").value_or("");
    if (arcs) {
      EXPECT_EQ(Arcs(p), Arcs(g)) << what;
    }
    for (size_t i = 0; i < g.words.size(); ++i) {
      EXPECT_EQ(p.words[i].upos, g.words[i].upos) << g.words[i].form << "\n" << what;
      if (xpos) {
        EXPECT_EQ(p.words[i].xpos, g.words[i].xpos) << g.words[i].form << "\n" << what;
      }
      EXPECT_EQ(p.words[i].lemma, g.words[i].lemma) << g.words[i].form << "\n" << what;
    }
  }
  EXPECT_GT(checked, 0u);
}

// Subject, object, passive agent, verb coordination, subject and object relative clauses,
// reported speech and an infinitival complement, every arc and label, tag and lemma.
TEST(ShippedModel, ParsesNewsConstructionsArcByArc) { ExpectGoldParses(false); }

// What the shipped models still get wrong in those sentences, kept with the gold analysis so
// the gap stays visible: run with --gtest_also_run_disabled_tests. When a model fixes one, drop
// its "# known_error" line.
TEST(ShippedModel, DISABLED_KnownErrors) { ExpectGoldParses(true); }

// Every word has one head inside the sentence, exactly one word hangs from the root, and
// following heads always reaches the root.
void ExpectTree(const std::vector<WordSyntax>& words) {
  int roots = 0;
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n; ++i) {
    ASSERT_GE(words[i].head, 0);
    ASSERT_LE(words[i].head, n);
    ASSERT_NE(words[i].head, i + 1);
    roots += words[i].head == 0;
    int x = i + 1, steps = 0;
    while (x != 0 && steps <= n) {
      x = words[x - 1].head;
      ++steps;
    }
    EXPECT_EQ(x, 0) << "word " << i + 1 << " is on a cycle";
  }
  EXPECT_EQ(roots, 1);
}

TEST(ShippedModel, AlwaysProducesOneTreeEvenOnOddInput) {
  SyntaxScratch scratch;
  std::vector<WordSyntax> out;
  std::vector<std::vector<std::string_view>> inputs = {
      {"Mosul"},
      {"!", "!", "?"},
      {"MOSUL", "OFFENSIVE", "BEGINS"},
      {"the", "the", "the", "the", "the", "the"},
      {"1,200", "-", "3.5", "%", "@", "http://example.org", "#Mosul"},
      {"Iraqi", "forces", ",", "backed", "by", "U.S.", "air", "strikes", ",", "pushed", "into", "eastern", "Mosul",
       "on", "Tuesday", "as", "Islamic", "State", "fighters", "fired", "mortars", "at", "civilians", "fleeing",
       "the", "city", "."}};
  std::vector<std::string_view> long_input;
  for (int i = 0; i < 240; ++i) long_input.push_back(i % 7 == 6 ? "," : (i % 2 ? "strikes" : "troops"));
  inputs.push_back(long_input);
  for (const auto& words : inputs) {
    Shipped().Analyze(words, &out, &scratch);
    ASSERT_EQ(out.size(), words.size());
    ExpectTree(out);
  }
  Shipped().Analyze({}, &out, &scratch);
  EXPECT_TRUE(out.empty());
}

TEST(ShippedModel, MeetsItsAccuracyFloorsOnEwtDev) {
  const std::string path = testing::SharedTreebank("en_ewt-ud-dev.conllu");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present; skipping the accuracy floor";
  auto gold = ReadConlluFile(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  SyntaxScratch scratch;
  SyntaxScores scores;
  for (const ConlluSentence& g : *gold) {
    ConlluSentence p = g;
    Shipped().AnnotateConllu(&p, &scratch);
    ASSERT_TRUE(ScoreSentence(g, p, &scores).ok());
  }
  // Floors a little under the figures in models/README.md: a retrained model that falls below
  // them is a regression, not noise.
  EXPECT_GT(scores.Upos(), 94.5) << scores.Summary();
  EXPECT_GT(scores.Lemma(), 96.0) << scores.Summary();
  EXPECT_GT(scores.Uas(), 82.0) << scores.Summary();
  EXPECT_GT(scores.Las(), 78.0) << scores.Summary();
}

}  // namespace
}  // namespace sitrep::nlp
