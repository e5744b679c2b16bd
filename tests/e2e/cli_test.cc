// Runs the real `sitrep` binary on inputs written by the test, and checks what a user sees:
// stdout, the stderr lines naming each bad record, the final account and the exit code.
#include <gtest/gtest.h>

#include "e2e/cli_runner.h"

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using namespace sitrep::testing;  // NOLINT: the runner's helpers are these tests' vocabulary

int Lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

TEST(CliTest, BadRecordsAreReportedAndTheBatchContinues) {
  const fs::path dir = TempDir();
  const std::string good = R"({"id": "ok1", "date": "2017-07-20", "text": "Iraqi troops attacked Islamic State militants near Mosul."})";
  std::string big = R"({"id": "huge", "date": "2017-07-20", "text": ")" + std::string(5 * 1024 * 1024, 'a') + "\"}";
  Write(dir / "batch.jsonl", good + "\n" +
                                 "{\"id\": \"broken\", \"text\": \"no closing brace\"\n" +
                                 "{\"id\": \"bytes\", \"date\": \"2017-07-20\", \"text\": \"Iraqi troops attacked \xff\xfe Islamic State.\"}\n" +
                                 "{\"id\": \"notext\", \"date\": \"2017-07-20\"}\n" +
                                 "{\"id\": \"empty\", \"text\": \"   \"}\n" + big + "\n" +
                                 "{\"id\": \"quiet\", \"text\": \"Nothing happened today.\"}\n");
  Write(dir / "image.jsonl", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CliRun r = Sitrep("code " + (dir / "batch.jsonl").string() + " " + (dir / "image.jsonl").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out), 2) << r.out;  // ok1 and the repaired "bytes" story
  const std::string b = (dir / "batch.jsonl").string();
  EXPECT_NE(r.err.find(b + ":2: rejected: malformed JSON: parse error"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("warning: " + b + ":3: invalid UTF-8 repaired (1 sequence(s) replaced by U+FFFD)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(b + ":4 [notext]: rejected: no \"text\" field"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(b + ":5 [empty]: rejected: text is empty"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(b + ":6 [huge]: rejected: text is 5242880 bytes, over the limit of 1048576 (--max-story-bytes)"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find((dir / "image.jsonl").string() + ": rejected: binary content (NUL or control bytes), not text; file skipped"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("sitrep: 8 stories read: 3 coded (2 with events, 1 without), 5 rejected; 2 events; 1 warning(s)"),
            std::string::npos) << r.err;
}

TEST(CliTest, StrictTurnsRejectionsIntoFailure) {
  CliRun r = Sitrep("code --strict -", "{\"id\": \"x\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("<stdin>:1 [x]: rejected: no \"text\" field"), std::string::npos) << r.err;
  EXPECT_EQ(Sitrep("code -", "{\"id\": \"x\"}\n").exit_code, 0);
}

TEST(CliTest, ReadsPlainTextWithIdAndDateAndWritesCsv) {
  const fs::path dir = TempDir();
  Write(dir / "brief.txt", "Turkish forces shelled Syrian Democratic Forces positions.\n");
  CliRun r = Sitrep("code " + (dir / "brief.txt").string() + " --id b1 --date 2019-10-10 --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Lines(r.out), 2) << r.out;
  const std::string row = r.out.substr(r.out.find("\r\n") + 2);
  EXPECT_EQ(row.substr(0, 5), "b1,0,");
  EXPECT_NE(row.find(",2019-10-10,day,TURMIL,Turkish forces,0,14,TUR,MIL,"), std::string::npos) << row;
}

TEST(CliTest, UsageErrorsAreOneLineAndNonZero) {
  CliRun r = Sitrep("code --format xml -", "");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "sitrep: --format: unknown output format 'xml' (expected jsonl, csv or tsv)\n");
  r = Sitrep("code --date 2017-02-30 -", "");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "sitrep: --date: date '2017-02-30' does not exist in the calendar\n");
  r = Sitrep("code /no/such/file.jsonl", "");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot open '/no/such/file.jsonl': No such file or directory"), std::string::npos) << r.err;
  r = Sitrep("code --verbs /no/such/verbs.txt -", "");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot open dictionary '/no/such/verbs.txt'"), std::string::npos) << r.err;
  EXPECT_NE(Sitrep("frobnicate").exit_code, 0);
}

TEST(CliTest, StoresIntoSqliteAndSummarises) {
  const fs::path dir = TempDir();
  fs::remove(dir / "out.db");
  CliRun r = Sitrep(std::string("code ") + SITREP_SOURCE_DIR + "/examples/stories.jsonl --db " + (dir / "out.db").string() +
                 " --summary");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());  // with --db and no -o, events go only to the store
  EXPECT_NE(r.err.find("12 stories read: 12 coded"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("events by CAMEO root:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("stored in " + (dir / "out.db").string()), std::string::npos) << r.err;
}

TEST(CliTest, ExplainShowsActorsRulesAndEvents) {
  CliRun r = Sitrep("explain \"Kurdish Peshmerga fighters and Iraqi troops attacked Islamic State militants near Mosul.\"");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("actor  IRQMIL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("actor  IMGMUSISI"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("-> IMGMUSISI  CAMEO 190"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("by dictionaries/verbs/19_fight.txt:"), std::string::npos) << r.out;
}

TEST(CliTest, QueryCountsWhatCodeStored) {
  const fs::path dir = TempDir();
  const std::string db = (dir / "q.db").string();
  fs::remove(db);
  // Stories b and c report the same attack: two reports, one incident.
  Write(dir / "s.jsonl",
        R"({"id": "a", "date": "2017-06-20", "text": "Iraqi troops attacked Islamic State militants in Mosul on Sunday, killing 12 fighters."})"
        "\n"
        R"({"id": "b", "date": "2017-07-04", "text": "Iraqi troops attacked Islamic State militants in Mosul."})"
        "\n"
        R"({"id": "c", "date": "2017-07-04", "text": "In Mosul, Iraqi troops attacked Islamic State militants on Tuesday."})"
        "\n");
  CliRun code = Sitrep("code " + (dir / "s.jsonl").string() + " --db " + db);
  ASSERT_EQ(code.exit_code, 0) << code.err;
  EXPECT_NE(code.err.find("3 events; stored in " + db + ", which now holds 2 incidents"), std::string::npos) << code.err;
  CliRun month = Sitrep("query --db " + db + " --country IRQ --root 19 --group-by month --format csv");
  EXPECT_EQ(month.exit_code, 0) << month.err;
  EXPECT_EQ(month.out, "month,events,reports,goldstein_mean,killed\r\n2017-06,1,1,-10.00,12\r\n2017-07,1,2,-10.00,\r\n");
  CliRun reports = Sitrep("query --db " + db + " --root 19 --group-by month --format csv --reports");
  EXPECT_EQ(reports.out, "month,events,reports,goldstein_mean,killed\r\n2017-06,1,1,-10.00,12\r\n2017-07,2,2,-10.00,\r\n");
  CliRun json = Sitrep("query --db " + db + " --from 2017-07-01 --format json");
  EXPECT_NE(json.out.find("\"location_name\": \"Mosul\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"date\": \"2017-07-04\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"reports\": 2"), std::string::npos) << json.out;
  EXPECT_EQ(json.out.find("2017-06-18"), std::string::npos) << json.out;
  CliRun table = Sitrep("query --db " + db + " --reports --limit 1");
  EXPECT_TRUE(table.out.starts_with("date        source  cameo  target     place  country  killed  wounded  story_id  "
                                    "event_id\n"))
      << table.out;
  // The dedup rule can be shown and changed; every incident is rebuilt under the new one.
  CliRun rule = Sitrep("dedup --db " + db);
  EXPECT_EQ(rule.out,
            "rule: same dyad and CAMEO root, within 1 day(s) of an incident's first report, 50 km apart at most\n"
            "3 reports -> 2 incidents\n");
  CliRun strict = Sitrep("dedup --db " + db + " --km 0 --days 0");
  EXPECT_EQ(strict.exit_code, 0) << strict.err;
  EXPECT_NE(strict.out.find("3 reports -> 2 incidents"), std::string::npos) << strict.out;  // same day, same city
  // Mistakes get one line and exit 2; a missing store is not silently created.
  CliRun missing = Sitrep("query --db " + (dir / "nope.db").string());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "sitrep: --db: no such store '" + (dir / "nope.db").string() +
                             "' (write one with `sitrep code ... --db " + (dir / "nope.db").string() + "`)\n");
  EXPECT_FALSE(fs::exists(dir / "nope.db"));
  CliRun bad = Sitrep("query --db " + db + " --group-by year");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "sitrep: --group-by: unknown grouping 'year' (expected day, week, month, country, root, quad or dyad)\n");
}

}  // namespace
