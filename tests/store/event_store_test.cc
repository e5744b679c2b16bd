// The event store's contract, run against every engine: SQLite always, PostgreSQL when the test
// server is up (`make test` starts one). The same assertions on both is what "one schema, two
// engines" means.
#include "sitrep/store/event_store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/store_fixtures.h"
#include "test_dictionaries.h"

namespace sitrep::store {
namespace {

using sitrep::testing::FaultyConnection;
using sitrep::testing::TempPostgresDatabase;
using sitrep::testing::TempSqlitePath;
using sitrep::testing::TestPostgresServer;

Story MakeStory(const std::string& id, const std::string& date, const std::string& text) {
  Story s;
  s.id = id;
  s.date = *ParseDate(date);
  s.text = text;
  s.origin = "test:" + id;
  return s;
}

std::vector<Event> Code(const Story& s) { return sitrep::testing::TestPipeline().Code(s)->events; }

// A report of an Iraqi attack on Islamic State at `place` (nullptr: no place) on `date`.
Event Attack(const std::string& story_id, const std::string& event_id, const std::string& date, const char* place,
             std::optional<int64_t> killed = std::nullopt, bool negated = false) {
  Story s = MakeStory(story_id, date, "Iraqi troops attacked Islamic State.");
  Event e = Code(s).at(0);
  e.event_id = event_id;
  e.date = *ParseDate(date);
  if (place != nullptr && std::string(place) == "Mosul")
    e.location = EventLocation{"Mosul", 36.34, 43.13, "IRQ", "Nineveh", "city", "clause", 99072, "Mosul", {0, 5}};
  else if (place != nullptr && std::string(place) == "Basra")
    e.location = EventLocation{"Basra", 30.51, 47.78, "IRQ", "Basra", "city", "clause", 99532, "Basra", {0, 5}};
  else if (place != nullptr && std::string(place) == "Raqqa")
    e.location = EventLocation{"Raqqa", 35.95, 39.01, "SYR", "Raqqa", "city", "clause", 163915, "Raqqa", {0, 5}};
  if (killed) e.killed = CasualtyFigure{*killed, "exact", std::to_string(*killed), {0, 2}};
  e.negated = negated;
  return e;
}

// Rows as "a|b|c" with every column, numbers as the store returns them.
std::vector<std::string> Rows(const EventStore& db, const EventQuery& q, std::vector<std::string> columns = {}) {
  auto t = db.Query(q);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  std::vector<std::string> out;
  if (!t.ok()) return out;
  if (columns.empty()) columns = t->columns;
  for (const auto& row : t->rows) {
    std::string line;
    for (size_t i = 0; i < columns.size(); ++i) {
      const int c = t->Column(columns[i]);
      EXPECT_GE(c, 0) << columns[i];
      if (i) line += '|';
      line += c >= 0 ? SqlValueText(row[c]) : "?";
    }
    out.push_back(line);
  }
  return out;
}

class EventStoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      if (TestPostgresServer().empty()) {
        GTEST_SKIP() << "SITREP_TEST_PG is not set: no PostgreSQL test server (`make test` starts one when the "
                        "Debian package postgresql is installed)";
      }
      pg_ = std::make_unique<TempPostgresDatabase>();
      target_ = pg_->target();
    } else {
      std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
      std::replace(name.begin(), name.end(), '/', '_');
      target_ = TempSqlitePath(name);
    }
  }
  std::unique_ptr<EventStore> Open(StoreOptions options = {}) {
    auto db = EventStore::Open(target_, options);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? std::move(db).value() : nullptr;
  }
  std::unique_ptr<TempPostgresDatabase> pg_;
  std::string target_;
};

INSTANTIATE_TEST_SUITE_P(Engines, EventStoreContract, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(EventStoreContract, IngestIsIdempotentAndRejectionsAreKept) {
  Story s = MakeStory("s1", "2017-07-20", "Iraqi troops attacked Islamic State. Arnor criticized Iraq.");
  std::vector<Event> events = Code(s);
  ASSERT_EQ(events.size(), 2u);
  {
    auto db = Open({.batch_size = 1});
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->PutStory(s, 2, events).ok());
    ASSERT_TRUE(db->PutStory(s, 2, events).ok());  // again: still one copy
    ASSERT_TRUE(db->PutRejection("", "in.jsonl:3", "malformed JSON").ok());
    ASSERT_TRUE(db->Close().ok());
  }
  auto db = Open();
  ASSERT_TRUE(db);
  EXPECT_EQ(*db->CountEvents(), 2);
  EXPECT_EQ(*db->CountIncidents(), 2);
  EXPECT_EQ(*db->CountStories("coded"), 1);
  EXPECT_EQ(*db->CountStories("rejected"), 1);
  EXPECT_EQ(*db->EventsByRoot(), (std::vector<std::pair<std::string, int64_t>>{{"11", 1}, {"19", 1}}));
  // Re-coding the story with fewer events replaces the old ones, incidents included.
  ASSERT_TRUE(db->PutStory(s, 2, {events[0]}).ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(*db->CountEvents(), 1);
  EXPECT_EQ(*db->CountIncidents(), 1);
  // A story rejected on a later run keeps no events from before.
  ASSERT_TRUE(db->PutRejection("s1", "in.jsonl:1", "text is empty").ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(*db->CountEvents(), 0);
  EXPECT_EQ(*db->CountIncidents(), 0);
  EXPECT_EQ(*db->CountStories("rejected"), 2);
}

TEST_P(EventStoreContract, EveryEventRecordsWhatCodedIt) {
  auto db = Open();
  ASSERT_TRUE(db);
  CoderVersion v{"0.1.0", "abc123 dictionaries/verbs.txt", "def456 tagger x; parser y"};
  ASSERT_TRUE(db->SetCoder(v).ok());
  Story s = MakeStory("s1", "2017-07-20", "Iraqi troops attacked Islamic State.");
  ASSERT_TRUE(db->PutStory(s, 1, Code(s)).ok());
  ASSERT_TRUE(db->Close().ok());
  const std::string event_id = Code(s)[0].event_id;
  auto d = db->Get(event_id);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->reports.rows.size(), 1u);
  EXPECT_EQ(SqlValueText(d->reports.rows[0][d->reports.Column("coder_id")]), v.Id());
  ASSERT_EQ(d->coders.rows.size(), 1u);
  EXPECT_EQ(SqlValueText(d->coders.rows[0][d->coders.Column("dictionaries")]), v.dictionaries);
  EXPECT_EQ(SqlValueText(d->coders.rows[0][d->coders.Column("models")]), v.models);
  EXPECT_EQ(SqlValueText(d->coders.rows[0][d->coders.Column("sitrep_version")]), "0.1.0");
  // The full record comes back as it was coded.
  const std::string record = SqlValueText(d->reports.rows[0][d->reports.Column("record")]);
  EXPECT_NE(record.find("\"verb_text\":\"attacked\""), std::string::npos) << record;
  // The same three strings give the same id; another model another one.
  EXPECT_EQ(v.Id(), (CoderVersion{"0.1.0", "abc123 dictionaries/verbs.txt", "def456 tagger x; parser y"}.Id()));
  EXPECT_NE(v.Id(), (CoderVersion{"0.1.0", "abc123 dictionaries/verbs.txt", "none"}.Id()));
}

TEST_P(EventStoreContract, ReportsOfOneEventBecomeOneIncident) {
  auto db = Open();
  ASSERT_TRUE(db);
  Story a = MakeStory("wire-a", "2016-11-01", "x"), b = MakeStory("wire-b", "2016-11-02", "x"),
        c = MakeStory("wire-c", "2016-11-01", "x");
  // Two wires report the Mosul assault (one a day later, with a higher toll); a third reports
  // fighting in Basra the same day, and a negated report.
  ASSERT_TRUE(db->PutStory(a, 1, {Attack("wire-a", "ea", "2016-11-01", "Mosul", 12)}).ok());
  ASSERT_TRUE(db->PutStory(b, 1, {Attack("wire-b", "eb", "2016-11-02", "Mosul", 20)}).ok());
  ASSERT_TRUE(db->PutStory(c, 2, {Attack("wire-c", "ec", "2016-11-01", "Basra"),
                                  Attack("wire-c", "en", "2016-11-01", "Raqqa", std::nullopt, true)})
                  .ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(*db->CountEvents(), 4);
  EXPECT_EQ(*db->CountIncidents(), 2);
  EventQuery q;
  EXPECT_EQ(Rows(*db, q, {"incident_id", "date", "date_last", "location_name", "killed", "reports", "stories"}),
            (std::vector<std::string>{"inc_ea|2016-11-01|2016-11-02|Mosul|12|2|2", "inc_ec|2016-11-01|2016-11-01|Basra||1|1"}));
  // Reports stay queryable, each pointing at its incident.
  q.unit = Unit::kReports;
  EXPECT_EQ(Rows(*db, q, {"event_id", "incident_id"}),
            (std::vector<std::string>{"eb|inc_ea", "ea|inc_ea", "ec|inc_ec"}));
  q.include_negated = true;
  EXPECT_EQ(Rows(*db, q).size(), 4u);
  // The incident with its reports, and a report with its incident.
  auto inc = db->Get("inc_ea");
  ASSERT_TRUE(inc.ok()) << inc.status().ToString();
  ASSERT_EQ(inc->incident.rows.size(), 1u);
  EXPECT_EQ(inc->reports.rows.size(), 2u);
  auto rep = db->Get("eb");
  ASSERT_TRUE(rep.ok());
  EXPECT_EQ(SqlValueText(rep->incident.rows.at(0)[rep->incident.Column("incident_id")]), "inc_ea");
  EXPECT_EQ(db->Get("nope").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(db->Get("inc_nope").status().code(), Status::Code::kNotFound);
  // Wire A withdrawn (re-coded with no events): the incident is B's alone now.
  ASSERT_TRUE(db->PutStory(a, 1, {}).ok());
  ASSERT_TRUE(db->Close().ok());
  q = EventQuery{};
  EXPECT_EQ(Rows(*db, q, {"incident_id", "date", "killed", "reports"}),
            (std::vector<std::string>{"inc_eb|2016-11-02|20|1", "inc_ec|2016-11-01||1"}));
  // A stricter rule, applied to everything stored, and kept for later writers.
  ASSERT_TRUE(db->PutStory(a, 1, {Attack("wire-a", "ea", "2016-11-01", "Mosul", 12)}).ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(*db->CountIncidents(), 2);
  ASSERT_TRUE(db->RebuildIncidents(DedupOptions{.max_days = 0, .max_km = 50}).ok());
  EXPECT_EQ(*db->CountIncidents(), 3);
  db.reset();
  db = Open();
  EXPECT_EQ(db->dedup().max_days, 0);
  EXPECT_EQ(db->RebuildIncidents(DedupOptions{.max_days = -1}).code(), Status::Code::kInvalidArgument);
}

TEST_P(EventStoreContract, QueryFiltersAndGroups) {
  auto db = Open();
  ASSERT_TRUE(db);
  Story s = MakeStory("q1", "2017-06-20", "x");
  // Reports a week apart in Mosul, one with no place (its source is Iraqi), one negated in Raqqa.
  ASSERT_TRUE(db->PutStory(s, 1, {Attack("q1", "e1", "2017-06-18", "Mosul", 12),  // a Sunday
                                  Attack("q1", "e2", "2017-06-26", "Mosul", 3),   // a Monday
                                  Attack("q1", "e3", "2017-06-27", nullptr),
                                  Attack("q1", "e4", "2017-06-27", "Raqqa", 5, true)})
                  .ok());
  ASSERT_TRUE(db->Close().ok());
  EventQuery q;
  q.group_by = GroupBy::kWeek;
  // Weeks start on Monday: the Sunday belongs to the week of June 12. Incidents by default: the
  // Monday and Tuesday reports (one with no place) are one incident.
  EXPECT_EQ(Rows(*db, q), (std::vector<std::string>{"2017-06-12|1|1|-10|12", "2017-06-26|1|2|-10|3"}));
  q.unit = Unit::kReports;
  EXPECT_EQ(Rows(*db, q), (std::vector<std::string>{"2017-06-12|1|1|-10|12", "2017-06-26|2|2|-10|3"}));
  q.include_negated = true;
  EXPECT_EQ(Rows(*db, q).back(), "2017-06-26|3|3|-10|8");
  // Country: where it happened, else the actors' country.
  q = EventQuery{};
  q.unit = Unit::kReports;
  q.country = "irq";
  q.group_by = GroupBy::kDay;
  EXPECT_EQ(Rows(*db, q, {"day", "events", "killed"}),
            (std::vector<std::string>{"2017-06-18|1|12", "2017-06-26|1|3", "2017-06-27|1|"}));
  // Code prefixes, case-insensitive; a LIKE wildcard is just a character.
  q = EventQuery{};
  q.source = "irq";
  q.cameo = "19";
  q.group_by = GroupBy::kDyad;
  EXPECT_EQ(Rows(*db, q), std::vector<std::string>{"IRQMIL|IMGMUSISI|2|3|-10|15"});
  q.source = "IR%";
  EXPECT_TRUE(Rows(*db, q).empty());
  q.source = "IRQMILX";
  EXPECT_TRUE(Rows(*db, q).empty());
  // Listing, newest first, paged; Count says how many there are in all.
  q = EventQuery{};
  q.unit = Unit::kReports;
  q.limit = 2;
  EXPECT_EQ(Rows(*db, q, {"event_id"}), (std::vector<std::string>{"e3", "e2"}));
  EXPECT_EQ(*db->Count(q), 3);
  q.offset = 2;
  EXPECT_EQ(Rows(*db, q, {"event_id"}), (std::vector<std::string>{"e1"}));
  q.group_by = GroupBy::kMonth;
  EXPECT_EQ(*db->Count(q), 1);
}

TEST_P(EventStoreContract, OneRefusedStoryCostsOnlyThatStory) {
  auto inner = OpenSqlConnection(target_);
  ASSERT_TRUE(inner.ok());
  // The database refuses the events of story "bad" (as a constraint or a full disk would).
  auto faulty = std::make_unique<FaultyConnection>(std::move(inner).value(), [](const std::string& sql, const auto& p) {
    return sql.starts_with("INSERT INTO events") && p.size() > 1 && SqlValueText(p[1]) == "bad";
  });
  auto db = EventStore::Open(std::move(faulty), {.batch_size = 10});
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  Story good = MakeStory("good", "2016-11-01", "x"), bad = MakeStory("bad", "2016-11-01", "x"),
        later = MakeStory("later", "2016-11-01", "x");
  ASSERT_TRUE((*db)->PutStory(good, 1, {Attack("good", "g1", "2016-11-01", "Mosul")}).ok());
  Status st = (*db)->PutStory(bad, 1, {Attack("bad", "b1", "2016-11-01", "Basra")});
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_EQ(st.message(), "storing event b1 of story bad: injected fault");
  ASSERT_TRUE((*db)->PutStory(later, 1, {Attack("later", "l1", "2016-11-01", "Raqqa")}).ok());
  ASSERT_TRUE((*db)->Close().ok());
  EXPECT_EQ(*(*db)->CountEvents(), 2);
  EXPECT_EQ(*(*db)->CountStories("coded"), 2);  // "bad" left no row and no half of its events
  EXPECT_EQ(*(*db)->CountIncidents(), 2);
}

TEST_P(EventStoreContract, AFailedCommitLosesTheBatchWholeAndSaysSo) {
  bool fail_commit = false;
  auto inner = OpenSqlConnection(target_);
  ASSERT_TRUE(inner.ok());
  auto faulty = std::make_unique<FaultyConnection>(
      std::move(inner).value(), [&](const std::string& sql, const auto&) { return fail_commit && sql == "COMMIT"; });
  auto db = EventStore::Open(std::move(faulty), {.batch_size = 2});
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  Story s1 = MakeStory("s1", "2016-11-01", "x"), s2 = MakeStory("s2", "2016-11-01", "x"),
        s3 = MakeStory("s3", "2016-11-01", "x");
  ASSERT_TRUE((*db)->PutStory(s1, 1, {Attack("s1", "a1", "2016-11-01", "Mosul")}).ok());
  ASSERT_TRUE((*db)->PutStory(s2, 1, {Attack("s2", "a2", "2016-11-01", "Mosul")}).ok());  // commits: batch of 2
  fail_commit = true;
  ASSERT_TRUE((*db)->PutStory(s3, 1, {Attack("s3", "a3", "2016-11-01", "Mosul")}).ok());
  Status st = (*db)->Close();
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_EQ(st.message(), "the last 1 stories were not stored (injected fault); storing them again is safe");
  EXPECT_EQ(*(*db)->CountEvents(), 2);
  auto inc = (*db)->Get("inc_a1");
  ASSERT_TRUE(inc.ok());
  EXPECT_EQ(SqlValueInt(inc->incident.rows.at(0)[inc->incident.Column("reports")]), 2);
  // Storing it again once the database is back completes the batch.
  fail_commit = false;
  ASSERT_TRUE((*db)->PutStory(s3, 1, {Attack("s3", "a3", "2016-11-01", "Mosul")}).ok());
  ASSERT_TRUE((*db)->Close().ok());
  EXPECT_EQ(*(*db)->CountEvents(), 3);
  inc = (*db)->Get("inc_a1");
  EXPECT_EQ(SqlValueInt(inc->incident.rows.at(0)[inc->incident.Column("reports")]), 3);
}

// Both engines give the same rows for the same stories, to the last column.
TEST(EventStoreEngines, SqliteAndPostgresAnswerAlike) {
  if (TestPostgresServer().empty()) GTEST_SKIP() << "SITREP_TEST_PG is not set: no PostgreSQL test server";
  TempPostgresDatabase pg;
  auto sqlite = EventStore::Open(TempSqlitePath("alike"));
  auto postgres = EventStore::Open(pg.target());
  ASSERT_TRUE(sqlite.ok() && postgres.ok());
  const char* texts[] = {
      "Iraqi troops attacked Islamic State. Arnor criticized Iraq.",
      "Kurdish Peshmerga fighters and Iraqi troops attacked Islamic State militants.",
      "The United Nations urged Iraq to protect civilians. Abadi met Arnorian officials.",
      "Islamic State did not attack Iraqi troops. Arnor accused Iraq of lying.",
  };
  const char* dates[] = {"2016-10-17", "2016-10-18", "2017-07-10", "2017-07-11"};
  for (auto* db : {sqlite->get(), postgres->get()}) {
    for (int i = 0; i < 4; ++i) {
      Story s = MakeStory("alike-" + std::to_string(i), dates[i], texts[i]);
      ASSERT_TRUE(db->PutStory(s, 2, Code(s)).ok());
    }
    ASSERT_TRUE(db->PutRejection("", "x.jsonl:9", "bad").ok());
    ASSERT_TRUE(db->Close().ok());
  }
  ASSERT_GT(*(*sqlite)->CountEvents(), 5);
  for (Unit unit : {Unit::kIncidents, Unit::kReports}) {
    for (GroupBy g : {GroupBy::kNone, GroupBy::kDay, GroupBy::kWeek, GroupBy::kMonth, GroupBy::kCountry,
                      GroupBy::kRoot, GroupBy::kQuad, GroupBy::kDyad}) {
      EventQuery q;
      q.unit = unit;
      q.group_by = g;
      q.include_negated = true;
      EXPECT_EQ(Rows(**sqlite, q), Rows(**postgres, q)) << GroupByName(g);
      q.source = "IRQ";
      q.from = "2016-10-18";
      EXPECT_EQ(Rows(**sqlite, q), Rows(**postgres, q)) << GroupByName(g);
    }
  }
}

TEST(EventStoreSqlite, UpgradesSchemaOneAndKeepsItsEvents) {
  const std::string path = TempSqlitePath("upgrade");
  {
    // A store written before geolocation: schema 1, no place columns.
    auto c = OpenSqlConnection(path);
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE((*c)->Execute(
                        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                        "INSERT INTO meta VALUES ('schema_version', '1');"
                        "CREATE TABLE stories (id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT,"
                        " status TEXT NOT NULL, reason TEXT, sentences INTEGER, events INTEGER, coded_at TEXT NOT NULL);"
                        "CREATE TABLE events (event_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, sentence INTEGER NOT NULL,"
                        " date TEXT, source_code TEXT, source_text TEXT, source_country TEXT, target_code TEXT,"
                        " target_text TEXT, target_country TEXT, cameo TEXT NOT NULL, root TEXT NOT NULL,"
                        " quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover_type TEXT, negated INTEGER NOT NULL,"
                        " rule TEXT NOT NULL, record TEXT NOT NULL);"
                        "INSERT INTO events (event_id, story_id, sentence, date, source_code, target_code, cameo, root,"
                        " quad_class, goldstein, negated, rule, record) VALUES ('old', 'old-story', 0, '2017-06-18',"
                        " 'IRQMIL', 'IMGMUSISI', '190', '19', 4, -10, 0, 'r', '{}');")
                    .ok());
  }
  auto db = EventStore::Open(path);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ASSERT_TRUE((*db)->PutStory(MakeStory("new", "2017-06-19", "x"), 1, {Attack("new", "n1", "2017-06-19", "Mosul", 12)})
                  .ok());
  ASSERT_TRUE((*db)->Close().ok());
  EXPECT_EQ(*(*db)->CountEvents(), 2);  // the old event is still there
  // The old event got its week and joined an incident with the new report of the next day.
  EventQuery q;
  EXPECT_EQ(Rows(**db, q, {"incident_id", "week", "reports", "location_name", "killed"}),
            std::vector<std::string>{"inc_old|2017-06-12|2|Mosul|12"});
  auto c = OpenSqlConnection(path);
  auto v = (*c)->Query("SELECT value FROM meta WHERE key = 'schema_version'");
  EXPECT_EQ(SqlValueText(v->rows.at(0).at(0)), "3");
}

TEST(EventStoreSqlite, NewerOrForeignDatabasesAreRefusedClearly) {
  const std::string path = TempSqlitePath("newer");
  {
    auto c = OpenSqlConnection(path);
    ASSERT_TRUE((*c)->Execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                              "INSERT INTO meta VALUES ('schema_version', '9');")
                    .ok());
  }
  auto db = EventStore::Open(path);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().message(),
            "'" + path + "' has store schema version 9, newer than this sitrep reads (3): upgrade sitrep");
  const std::string foreign = TempSqlitePath("foreign");
  {
    auto c = OpenSqlConnection(foreign);
    ASSERT_TRUE((*c)->Execute("CREATE TABLE events (x INTEGER)").ok());
  }
  db = EventStore::Open(foreign);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().message(), "'" + foreign + "' has an events table but no sitrep metadata: not a sitrep store");
  db = EventStore::Open("/nonexistent-dir/x/y.db");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kIoError);
  EXPECT_NE(db.status().message().find("cannot open SQLite database '/nonexistent-dir/x/y.db'"), std::string::npos);
}

TEST(EventStorePostgres, AnUnreachableServerIsAClearErrorWithoutThePassword) {
  auto db = EventStore::Open("postgresql://analyst:s3cret@127.0.0.1:1/events?connect_timeout=2");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kIoError);
  EXPECT_TRUE(db.status().message().starts_with(
      "cannot connect to PostgreSQL at postgresql://analyst@127.0.0.1:1/events?connect_timeout=2: "))
      << db.status().message();
  EXPECT_EQ(db.status().message().find("s3cret"), std::string::npos);
}

TEST(EventQueryTest, ValidationSaysWhatIsWrong) {
  EventQuery q;
  q.from = "2017-13-01";
  EXPECT_NE(q.Validate().message().find("--from: date '2017-13-01'"), std::string::npos);
  q = EventQuery{};
  q.from = "2017-06-20";
  q.to = "2017-06-01";
  EXPECT_EQ(q.Validate().message(), "--to 2017-06-01 is before --from 2017-06-20");
  q = EventQuery{};
  q.country = "Iraq";
  EXPECT_EQ(q.Validate().message(), "--country must be an ISO alpha-3 code (\"IRQ\"), got 'Iraq'");
  q = EventQuery{};
  q.cameo = "19x";
  EXPECT_EQ(q.Validate().message(), "--cameo must be 1 to 4 digits (\"19\", \"193\", \"0874\"), got '19x'");
  q = EventQuery{};
  q.source = "IRQ MIL";
  EXPECT_EQ(q.Validate().message(), "--source must be an actor code prefix (\"IRQ\", \"IRQMIL\"), got 'IRQ MIL'");
  q = EventQuery{};
  q.offset = -1;
  EXPECT_FALSE(q.Validate().ok());
  EXPECT_FALSE(ParseGroupBy("year").ok());
  EXPECT_EQ(*ParseGroupBy("dyad"), GroupBy::kDyad);
}

}  // namespace
}  // namespace sitrep::store
