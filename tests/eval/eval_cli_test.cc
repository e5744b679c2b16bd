// Runs `sitrep eval --gold` (the real binary) on a small gold file and tiny dictionaries in
// sitrep's own format, all written here, and checks the printed figures and the exit codes.
// Every sentence's coding was checked with `sitrep explain` against these dictionaries, with
// and without the syntax model (they agree): the main runs use the default (syntax on), the
// others --no-syntax, which skips loading the models (a third of a second per run).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"

namespace {

namespace fs = std::filesystem;

using namespace sitrep::testing;  // NOLINT: the runner's helpers are these tests' vocabulary

constexpr const char* kActors = R"(country FRD
  name: Freedonia
  adj: Freedonian
  capital: Fredville

country SYL
  name: Sylvania
  adj: Sylvanian
)";

constexpr const char* kAgents = R"(agent MIL
  noun: troops; soldiers
agent COP
  noun: police
)";

constexpr const char* kVerbs = R"(190   verb  attack
111   verb  criticize
173   verb  arrest
)";

constexpr const char* kGold = R"(<Validation>
<Environment>
  <Verbfile>tiny.verbs.txt</Verbfile>
  <Actorfile>tiny.actors.txt</Actorfile>
  <Agentfile>tiny.agents.txt</Agentfile>
  <Include>ignored</Include>
</Environment>
<Sentences>
<Sentence date="20200106" id="B-1" category="BASIC" sentence="true">
<EventCoding sourcecode="FRDMIL" targetcode="SYL" eventcode="190"></EventCoding>
<Text>Freedonian troops attacked Sylvania on Monday.</Text>
</Sentence>
<Sentence date="20200106" id="B-2" category="BASIC" sentence="true">
<EventCoding sourcecode="FRDGOV" targetcode="SYL" eventcode="111"></EventCoding>
<Text>Fredville criticized Sylvania.</Text>
</Sentence>
<Sentence date="20200106" id="B-3" category="BASIC" sentence="true">
<EventCoding sourcecode="SYLCOP" targetcode="FRDMIL" eventcode="173"></EventCoding>
<Text>Sylvanian police arrested two Freedonian soldiers near the border.</Text>
</Sentence>
<Sentence date="20200106" id="Q-1" category="QUIET" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather was pleasant in the capital.</Text>
</Sentence>
<Sentence date="20200106" id="B-4" category="BASIC" sentence="true">
<EventCoding sourcecode="FRD" targetcode="SYL" eventcode="051"></EventCoding>
<Text>Freedonia praised Sylvania.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="20200106" id="M-1" category="MONAD" sentence="true">
<EventCoding sourcecode="FRDMIL" targetcode="---" eventcode="190"></EventCoding>
<Text>Freedonian troops attacked.</Text>
</Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Sentence date="20200106" id="M-2" category="MONAD" sentence="true">
<EventCoding sourcecode="SYL" targetcode="FRD" eventcode="111"></EventCoding>
<EventCoding sourcecode="SYL" targetcode="---" eventcode="190"></EventCoding>
<Text>Sylvania criticized Freedonia and attacked its soldiers.</Text>
</Sentence>
<Sentence date="20200106" id="D-1" category="DATE" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>FREDVILLE, Jan 6 - Freedonia criticized Sylvania.</Text>
</Sentence>
<Sentence date="20200106" id="S-1" category="DISCARD" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Freedonia criticized Sylvania.</Text>
</Sentence>
</Sentences>
</Validation>
)";

// The PETRARCH layout: text/gold.xml with its dictionaries in dictionaries/.
fs::path WriteLayout() {
  const fs::path root = TempDir() / "eval_layout";
  fs::create_directories(root / "text");
  fs::create_directories(root / "dictionaries");
  Write(root / "text" / "gold.xml", kGold);
  Write(root / "dictionaries" / "tiny.verbs.txt", kVerbs);
  Write(root / "dictionaries" / "tiny.actors.txt", kActors);
  Write(root / "dictionaries" / "tiny.agents.txt", kAgents);
  return root;
}

bool Has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

TEST(EvalCliTest, ScoresTheGoldFile) {
  const fs::path root = WriteLayout();
  const std::string gold = (root / "text" / "gold.xml").string();
  CliRun r = Sitrep("eval --gold " + gold);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  // Dictionaries were found in ../dictionaries, the codebook is the shipped one.
  EXPECT_TRUE(Has(r.out, "gold file     " + gold + " (9 records read, 0 problem(s))")) << r.out;
  EXPECT_TRUE(Has(r.out, "verbs " + (root / "dictionaries" / "tiny.verbs.txt").string() + ";")) << r.out;
  EXPECT_TRUE(Has(r.out, "discards (none); codebook (shipped)")) << r.out;
  EXPECT_TRUE(Has(r.out, "records fully correct  5 / 8  (62.5%)\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "events  expected 7  predicted 6  matched 5\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "precision 0.833  recall 0.714  F1 0.769\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "BASIC                    3 / 4   1.000  0.750  0.857\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "DISCARD                  0 / 1   0.000  1.000  0.000\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "MONAD                    1 / 2   1.000  0.667  0.800\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "QUIET                    1 / 1   1.000  1.000  1.000\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "skipped (1):\n  D-1 (DATE, line 41): dateline\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "ignored <Config> options: new_actor_length\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "failures (3):\nB-4 (BASIC, " + gold + ":25): Freedonia praised Sylvania.\n"
                         "  expected: FRD SYL 051\n  got:      (no events)\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "  expected: SYL FRD 111; SYL --- 190\n  got:      SYL FRD 111\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "S-1 (DISCARD, " + gold + ":45): Freedonia criticized Sylvania.\n"
                         "  expected: (no events)\n  got:      FRD SYL 111\n")) << r.out;

  // --failures limits the listing; 0 drops it.
  r = Sitrep("eval --gold " + gold + " --failures 1 --no-syntax");
  EXPECT_TRUE(Has(r.out, "failures (first 1 of 3; --failures N or -1 for all):\nB-4 ")) << r.out;
  EXPECT_FALSE(Has(r.out, "M-2 (")) << r.out;
  r = Sitrep("eval --gold " + gold + " --failures 0 --no-syntax");
  EXPECT_FALSE(Has(r.out, "failures")) << r.out;
}

TEST(EvalCliTest, JsonHasTheFiguresAndEveryFailure) {
  const fs::path root = WriteLayout();
  CliRun r = Sitrep("eval --gold " + (root / "text" / "gold.xml").string() + " --json --failures 1 --no-syntax");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["total"]["records"], 8);
  EXPECT_EQ(j["total"]["correct"], 5);
  EXPECT_EQ(j["total"]["expected"], 7);
  EXPECT_EQ(j["total"]["predicted"], 6);
  EXPECT_EQ(j["total"]["matched"], 5);
  EXPECT_DOUBLE_EQ(j["total"]["precision"].get<double>(), 5.0 / 6.0);
  EXPECT_EQ(j["categories"]["MONAD"]["correct"], 1);
  EXPECT_EQ(j["dictionaries"]["codebook"], nullptr);
  EXPECT_EQ(j["syntax"], false);
  ASSERT_EQ(j["failures"].size(), 3u);  // --failures only limits the text report
  EXPECT_EQ(j["failures"][0]["id"], "B-4");
  EXPECT_EQ(j["failures"][0]["line"], 25);
  EXPECT_EQ(j["failures"][0]["expected"][0]["code"], "051");
  EXPECT_TRUE(j["failures"][0]["predicted"].empty());
  EXPECT_EQ(j["skipped"][0]["reason"], "dateline");
  EXPECT_EQ(j["ignored_options"], nlohmann::json::array({"new_actor_length"}));
}

TEST(EvalCliTest, DictDirAndExplicitFlags) {
  const fs::path root = WriteLayout();
  // The XML alone in another folder: its dictionaries come from --dict-dir.
  const fs::path elsewhere = TempDir() / "eval_elsewhere";
  fs::create_directories(elsewhere);
  Write(elsewhere / "gold.xml", kGold);
  const std::string gold = (elsewhere / "gold.xml").string();
  CliRun r = Sitrep("eval --gold " + gold + " --dict-dir " + (root / "dictionaries").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.out, "records fully correct  5 / 8  (62.5%)\n")) << r.out;

  // Without --dict-dir they are nowhere to be found: exit 2 with one line naming both places.
  r = Sitrep("eval --gold " + gold);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Has(r.err, "sitrep: not found: dictionary 'tiny.verbs.txt' named in " + gold +
                             " <Environment> is not at '" + (elsewhere / "tiny.verbs.txt").string() + "' or '"))
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

  // Explicit flags override the environment: with a verb file without "criticize", B-2 and
  // M-2 lose their events while S-1 turns correct (nothing predicted for a discarded story).
  Write(elsewhere / "fewer.verbs.txt", "190   verb  attack\n173   verb  arrest\n");
  r = Sitrep("eval --gold " + gold + " --dict-dir " + (root / "dictionaries").string() + " --verbs " +
             (elsewhere / "fewer.verbs.txt").string() + " --failures 0 --no-syntax");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.out, "verbs " + (elsewhere / "fewer.verbs.txt").string() + ";")) << r.out;
  EXPECT_TRUE(Has(r.out, "records fully correct  5 / 8  (62.5%)\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "events  expected 7  predicted 3  matched 3\n")) << r.out;
}

TEST(EvalCliTest, UnreadableInputsExitTwo) {
  const fs::path dir = TempDir();
  Write(dir / "bad.xml", "<Validation>\n<Sentences>\n<Sentence id=\"x\">\n</Sentences>\n");
  CliRun r = Sitrep("eval --gold " + (dir / "bad.xml").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Has(r.err, "sitrep: corrupt: " + (dir / "bad.xml").string() + ":4: ")) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;

  r = Sitrep("eval --gold " + (dir / "none.xml").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Has(r.err, "cannot open '" + (dir / "none.xml").string() + "'")) << r.err;

  // A dictionary that cannot be loaded: LoadDictionaries' reason, one line.
  Write(dir / "empty.xml", "<Validation><Sentences/></Validation>\n");
  r = Sitrep("eval --no-syntax --gold " + (dir / "empty.xml").string() + " --verbs /no/such/verbs.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Has(r.err, "cannot open dictionary '/no/such/verbs.txt'")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

  // Neither --gold nor `parser`: one clear line.
  r = Sitrep("eval");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "sitrep: eval: give --gold FILE.xml (event coding) or the 'parser' subcommand (syntax)\n");
}

}  // namespace
