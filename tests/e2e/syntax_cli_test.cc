// The syntax commands as a user runs them: `sitrep parse` on text and on CoNLL-U, `sitrep eval
// parser`, `sitrep train` on the small treebank written for the tests, and what a broken model
// file or a broken CoNLL-U sentence looks like on stderr.
#include <gtest/gtest.h>

#include "e2e/cli_runner.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using namespace sitrep::testing;  // NOLINT: the runner's helpers are these tests' vocabulary

std::string Fixture(const std::string& name) { return std::string(SITREP_SOURCE_DIR) + "/tests/fixtures/nlp/" + name; }

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1)) ++n;
  return n;
}

TEST(SyntaxCli, ParseWritesCoNLLUWithOffsetsIntoTheStory) {
  CliRun r = Sitrep("parse --id report", "Iraqi troops attacked the town. Rebels fled.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# newdoc id = report\n# sent_id = report-1\n# text = Iraqi troops attacked the town.\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\tTokenRange=13:21\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2\ttroops\ttroops\tNOUN\tNNS\t_\t3\tnsubj\t_\tTokenRange=6:12\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("5\ttown\ttown\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No|TokenRange=26:30\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("# sent_id = report-2\n# text = Rebels fled.\n"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("sitrep: parsed 1 stories, 2 sentences; rejected 0"), std::string::npos) << r.err;
}

TEST(SyntaxCli, ParseConlluKeepsTheFileAndReplacesTheAnalysis) {
  const fs::path dir = TempDir();
  const std::string gold = Slurp(Fixture("news_parses.conllu"));
  // Blank out the analysis columns: the parser must fill them back in.
  std::string blank;
  std::istringstream in(gold);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') {
      std::vector<std::string> cols;
      std::istringstream ls(line);
      for (std::string c; std::getline(ls, c, '\t');) cols.push_back(c);
      cols[2] = cols[3] = cols[4] = cols[6] = cols[7] = "_";
      line.clear();
      for (size_t i = 0; i < cols.size(); ++i) line += (i ? "\t" : "") + cols[i];
    }
    blank += line + "\n";
  }
  Write(dir / "blank.conllu", blank);
  CliRun r = Sitrep("parse " + (dir / "blank.conllu").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(r.out, "\n\n"), 8);
  EXPECT_EQ(Count(r.out, "# construction = "), 8);
  EXPECT_EQ(Count(r.out, "\t_\t_\t_\t"), 0) << "every word has tags again";
  EXPECT_NE(r.out.find("\tcaptured\tcapture\tVERB\tVBD\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tMonday\tMonday\tPROPN\tNNP\tNumber=Sing\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tSpaceAfter=No\n"), std::string::npos);

  // A broken sentence is named and skipped; the rest is still parsed.
  Write(dir / "broken.conllu", "1\tFine\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tBroken\t_\t_\n\n1\tAgain\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  CliRun b = Sitrep("parse --input-format conllu " + (dir / "broken.conllu").string());
  EXPECT_EQ(b.exit_code, 1);
  EXPECT_NE(b.err.find("broken.conllu:3: expected 10 tab-separated columns, found 4"), std::string::npos) << b.err;
  EXPECT_EQ(Count(b.out, "\n\n"), 2) << b.out;
}

TEST(SyntaxCli, EvalPrintsEveryFigure) {
  CliRun r = Sitrep("eval parser --conllu " + Fixture("news_parses.conllu"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("news_parses.conllu: 8 sentences, 86 words\n"), std::string::npos) << r.out;
  for (const char* figure : {"\nUPOS ", "\nXPOS ", "\nlemma ", "\nUAS ", "\nLAS ", "universal labels", "sentences/s"}) {
    EXPECT_NE(r.out.find(figure), std::string::npos) << figure << "\n" << r.out;
  }
  CliRun missing = Sitrep("eval parser --conllu /nonexistent.conllu");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open CoNLL-U file /nonexistent.conllu"), std::string::npos) << missing.err;
}

TEST(SyntaxCli, TrainsModelsThatParseAndRefusesBrokenOnes) {
  const fs::path dir = TempDir();
  const std::string tagger = (dir / "mini-tagger.model").string(), parser = (dir / "mini-parser.model").string();
  const std::string data = " --train " + Fixture("mini_train.conllu") + " --dev " + Fixture("mini_dev.conllu");
  CliRun t = Sitrep("train tagger" + data + " --epochs 4 -o " + tagger);
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_NE(t.err.find("wrote " + tagger), std::string::npos) << t.err;
  CliRun p = Sitrep("train parser" + data + " --epochs 4 --folds 2 --tagger " + tagger + " -o " + parser);
  ASSERT_EQ(p.exit_code, 0) << p.err;
  // The header says what the file is and how to make it again.
  const std::string head = Slurp(parser).substr(0, 600);
  EXPECT_EQ(head.substr(0, 15), "sitrep-model 1\n");
  EXPECT_NE(head.find("kind: parser\n"), std::string::npos) << head;
  EXPECT_NE(head.find("training_data: mini_train.conllu\n"), std::string::npos) << head;
  EXPECT_NE(head.find("command: sitrep train parser --train "), std::string::npos) << head;

  CliRun parsed = Sitrep("parse --tagger-model " + tagger + " --parser-model " + parser, "Rebels attacked the town.");
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_NE(parsed.out.find("\tRebels\t"), std::string::npos);
  EXPECT_EQ(Count(parsed.out, "\t0\troot\t"), 1) << parsed.out;

  // Swapped, truncated and missing models: one clear line each, exit 2.
  CliRun swapped = Sitrep("parse --tagger-model " + parser + " --parser-model " + tagger, "x");
  EXPECT_EQ(swapped.exit_code, 2);
  EXPECT_NE(swapped.err.find(parser + ": is a 'parser' model, expected a 'tagger' model"), std::string::npos)
      << swapped.err;
  std::string bytes = Slurp(parser);
  Write(dir / "cut.model", bytes.substr(0, bytes.size() / 2));
  CliRun cut = Sitrep("parse --tagger-model " + tagger + " --parser-model " + (dir / "cut.model").string(), "x");
  EXPECT_EQ(cut.exit_code, 2);
  EXPECT_NE(cut.err.find("cut.model: model is truncated or corrupt (checksum mismatch)"), std::string::npos) << cut.err;
  // A parser only works with the tagger it learned from: another tagger numbers tags differently.
  const std::string other = (dir / "other-tagger.model").string();
  ASSERT_EQ(Sitrep("train tagger --train " + Fixture("mini_dev.conllu") + " --epochs 2 -o " + other).exit_code, 0);
  CliRun mixed = Sitrep("parse --tagger-model " + other + " --parser-model " + parser, "x");
  EXPECT_EQ(mixed.exit_code, 2);
  EXPECT_NE(mixed.err.find(parser + " was trained on the tags of another tagger than " + other), std::string::npos)
      << mixed.err;
  CliRun one = Sitrep("parse --tagger-model " + tagger, "x");
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_NE(one.err.find("give both --tagger-model and --parser-model"), std::string::npos) << one.err;
}

TEST(SyntaxCli, ExplainShowsTheParseTheCoderSees) {
  CliRun r = Sitrep("explain \"Iraqi troops attacked the town.\"");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# sent_id = explain-1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t"), std::string::npos) << r.out;
}

}  // namespace
