// Reading a PETRARCH-style validation file: environment, records, expected events, Config
// accumulation, attribute spacing, entities, skipped records and malformed XML. The records
// are invented for this test.
#include "sitrep/eval/gold_file.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "e2e/cli_runner.h"

namespace sitrep::eval {
namespace {

using sitrep::testing::TempDir;
using sitrep::testing::Write;

constexpr const char* kGold = R"(<Validation>
<!-- header comment with <Tags> inside -->
<Environment>
    <Verbfile>own.verbs.txt</Verbfile>
    <Actorfile>first.actors.txt</Actorfile>
    <Actorfile>second.actors.txt</Actorfile>
    <Agentfile>own.agents.txt</Agentfile>
    <Discardfile>own.discards.txt</Discardfile>
    <Errorfile>ignored.txt</Errorfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="20170720" id="T-01" category="BASIC" sentence="true">
<!-- two events, one with a quoted new actor -->
<EventCoding sourcecode="FRDMIL" targetcode="SYL" eventcode="190"></EventCoding>
<EventCoding sourcecode='"HARBOUR MASTER"' targetcode="SYL" eventcode="010"></EventCoding>
<Text>
Freedonian   troops
   shelled the ferry &amp; the dock.
</Text>
<Parse>(ROOT (S (NP (NNP Freedonian))))</Parse>
</Sentence>

<Config option="require_dyad" value="FALSE"></Config>
<Config option="new_actor_length" value="4"></Config>

<Sentence date = "20170721" id = "T-02" category = "QUIET" sentence = "true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened at all.</Text>
</Sentence>

<Config option="require_dyad" value="true"></Config>

<Sentence date="20170722" id="T-03" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A story to discard.</Text>
</Sentence>

<Sentence date="20170723" id="T-04" category="BASIC" sentence="true">
<EventCoding sourcecode="FRD" targetcode="SYL" eventcode="042"></EventCoding>
</Sentence>

<Sentence date="20170724" id="T-05" category="BASIC" sentence="true">
<Text>Sylvania criticized Freedonia.</Text>
</Sentence>
</Sentences>
</Validation>
)";

// 1-based line of the first occurrence of `needle` in `text`.
int LineOf(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(at), '\n'));
}

TEST(GoldFileTest, ReadsEnvironmentRecordsAndConfig) {
  const std::string path = (TempDir() / "gold.xml").string();
  Write(path, kGold);
  Result<GoldFile> r = ReadGoldFile(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const GoldFile& g = *r;
  EXPECT_EQ(g.path, path);
  EXPECT_EQ(g.environment.verbs, "own.verbs.txt");
  EXPECT_EQ(g.environment.actors, (std::vector<std::string>{"first.actors.txt", "second.actors.txt"}));
  EXPECT_EQ(g.environment.agents, "own.agents.txt");
  EXPECT_EQ(g.environment.discards, "own.discards.txt");

  ASSERT_EQ(g.records.size(), 4u);  // T-04 has no <Text>
  const GoldRecord& a = g.records[0];
  EXPECT_EQ(a.id, "T-01");
  EXPECT_EQ(a.date, (Date{2017, 7, 20}));
  EXPECT_EQ(a.category, "BASIC");
  EXPECT_EQ(a.text, "Freedonian troops shelled the ferry & the dock.");
  ASSERT_EQ(a.expected.size(), 2u);
  EXPECT_EQ(a.expected[0], (GoldEvent{"FRDMIL", "SYL", "190"}));
  EXPECT_EQ(a.expected[1], (GoldEvent{"\"HARBOUR MASTER\"", "SYL", "010"}));  // quotes kept
  EXPECT_FALSE(a.expects_no_events);
  EXPECT_TRUE(a.error.empty());
  EXPECT_EQ(a.config, (std::map<std::string, std::string>{{"stop_on_error", "True"}}));
  EXPECT_EQ(a.line, LineOf(kGold, "id=\"T-01\""));
  EXPECT_EQ(a.line, 13);

  // Spaces around '=' are plain XML; the Config elements before it are in force.
  const GoldRecord& b = g.records[1];
  EXPECT_EQ(b.id, "T-02");
  EXPECT_EQ(b.date, (Date{2017, 7, 21}));
  EXPECT_EQ(b.category, "QUIET");
  EXPECT_TRUE(b.expects_no_events);
  EXPECT_TRUE(b.expected.empty());
  EXPECT_EQ(b.config, (std::map<std::string, std::string>{
                          {"new_actor_length", "4"}, {"require_dyad", "FALSE"}, {"stop_on_error", "True"}}));
  EXPECT_EQ(b.line, LineOf(kGold, "id = \"T-02\""));

  const GoldRecord& c = g.records[2];
  EXPECT_EQ(c.id, "T-03");
  EXPECT_EQ(c.error, "storydiscard");
  EXPECT_TRUE(c.expected.empty());
  EXPECT_EQ(c.config.at("require_dyad"), "true");

  // No <EventCoding> at all: expects nothing.
  const GoldRecord& e = g.records[3];
  EXPECT_EQ(e.id, "T-05");
  EXPECT_TRUE(e.expected.empty());
  EXPECT_FALSE(e.expects_no_events);
  EXPECT_EQ(e.config.at("require_dyad"), "true");

  ASSERT_EQ(g.problems.size(), 1u);
  EXPECT_EQ(g.problems[0],
            path + ":" + std::to_string(LineOf(kGold, "id=\"T-04\"")) + ": record 'T-04': no <Text>; record skipped");
}

TEST(GoldFileTest, UnusableRecordsAreReportedAndSkipped) {
  const std::string xml = R"(<Validation><Sentences>
<Sentence date="20170720" category="X"><Text>No id here.</Text></Sentence>
<Sentence id="U-2" category="X"><Text>No date here.</Text></Sentence>
<Sentence id="U-3" date="20170231" category="X"><Text>Not a calendar day.</Text></Sentence>
<Sentence id="U-4" date="20170720" category="X"><EventCoding sourcecode="FRD" eventcode="010"/><Text>Half a coding.</Text></Sentence>
<Sentence id="U-5" date="20170720" category="X"><Text>  </Text></Sentence>
<Sentence id="U-6" date="20170720" category="X"><Text>The one good record.</Text></Sentence>
</Sentences></Validation>
)";
  Result<GoldFile> r = ParseGoldFile(xml, "mem.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->records.size(), 1u);
  EXPECT_EQ(r->records[0].id, "U-6");
  EXPECT_EQ(r->records[0].line, 7);
  ASSERT_EQ(r->problems.size(), 5u);
  EXPECT_EQ(r->problems[0], "mem.xml:2: <Sentence> has no id; record skipped");
  EXPECT_EQ(r->problems[1], "mem.xml:3: record 'U-2': no date; record skipped");
  EXPECT_EQ(r->problems[2], "mem.xml:4: record 'U-3': date '2017-02-31' does not exist in the calendar; record skipped");
  EXPECT_NE(r->problems[3].find("mem.xml:5: record 'U-4': line 5: <EventCoding> needs sourcecode, targetcode"),
            std::string::npos) << r->problems[3];
  EXPECT_EQ(r->problems[4], "mem.xml:6: record 'U-5': <Text> is empty; record skipped");
}

TEST(GoldFileTest, MalformedXmlNamesFileAndLine) {
  const std::string path = (TempDir() / "broken.xml").string();
  Write(path, "<Validation>\n<Sentences>\n<Sentence id=\"B-1\" date=\"20170720\">\n<Text>Unclosed\n</Sentences>\n</Validation>\n");
  Result<GoldFile> r = ReadGoldFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
  EXPECT_EQ(r.status().message().rfind(path + ":5: ", 0), 0u) << r.status().message();

  Result<GoldFile> wrong_root = ParseGoldFile("<?xml version=\"1.0\"?>\n<Stories/>\n", "root.xml");
  ASSERT_FALSE(wrong_root.ok());
  EXPECT_EQ(wrong_root.status().message(), "root.xml:2: root element is <Stories>, expected <Validation>");

  Result<GoldFile> missing = ReadGoldFile((TempDir() / "no-such.xml").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find("no-such.xml': No such file or directory"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::eval
