#include "sitrep/store/sqlite_store.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>

#include "test_dictionaries.h"

namespace sitrep::store {
namespace {

std::string TempDb(const char* name) {
  auto p = std::filesystem::temp_directory_path() / (std::string("sitrep_") + name + "_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-wal");
  std::filesystem::remove(p.string() + "-shm");
  return p.string();
}

TEST(SqliteStoreTest, StoresStoriesEventsAndRejectionsIdempotently) {
  const std::string path = TempDb("idem");
  Story s;
  s.id = "s1";
  s.date = *ParseDate("2017-07-20");
  s.text = "Iraqi troops attacked Islamic State. Arnor criticized Iraq.";
  CodedStory coded = *testing::TestPipeline().Code(s);
  ASSERT_EQ(coded.events.size(), 2u);
  {
    auto db = SqliteStore::Open(path, 1);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_TRUE((*db)->PutStory(s, 2, coded.events).ok());
    ASSERT_TRUE((*db)->PutStory(s, 2, coded.events).ok());  // again: still one copy
    ASSERT_TRUE((*db)->PutRejection("", "in.jsonl:3", "malformed JSON").ok());
    ASSERT_TRUE((*db)->Close().ok());
  }
  auto db = SqliteStore::Open(path);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*(*db)->CountEvents(), 2);
  EXPECT_EQ(*(*db)->CountStories("coded"), 1);
  EXPECT_EQ(*(*db)->CountStories("rejected"), 1);
  auto roots = (*db)->EventsByRoot();
  ASSERT_TRUE(roots.ok());
  EXPECT_EQ(*roots, (std::vector<std::pair<std::string, int64_t>>{{"11", 1}, {"19", 1}}));
  // Re-coding the story with fewer events replaces the old ones.
  ASSERT_TRUE((*db)->PutStory(s, 2, {coded.events[0]}).ok());
  ASSERT_TRUE((*db)->Close().ok());
  EXPECT_EQ(*(*db)->CountEvents(), 1);
}

// One value of the first row of `sql`, as text ("" for NULL).
std::string Value(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* s = nullptr;
  std::string out = "(error)";
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* v = sqlite3_column_text(s, 0);
    out = v ? reinterpret_cast<const char*>(v) : "";
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

TEST(SqliteStoreTest, PlaceAndCasualtyColumnsAndUpgradeFromSchemaOne) {
  const std::string path = TempDb("upgrade");
  {
    // A store written before geolocation: schema 1, no place columns.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                           "INSERT INTO meta VALUES ('schema_version', '1');"
                           "CREATE TABLE events (event_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, sentence INTEGER NOT NULL,"
                           " date TEXT, source_code TEXT, source_text TEXT, source_country TEXT, target_code TEXT,"
                           " target_text TEXT, target_country TEXT, cameo TEXT NOT NULL, root TEXT NOT NULL,"
                           " quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover_type TEXT, negated INTEGER NOT NULL,"
                           " rule TEXT NOT NULL, record TEXT NOT NULL);"
                           "INSERT INTO events (event_id, story_id, sentence, cameo, root, quad_class, goldstein, negated,"
                           " rule, record) VALUES ('old', 'old-story', 0, '190', '19', 4, -10, 0, 'r', '{}');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  Story s;
  s.id = "s-geo";
  s.date = *ParseDate("2017-06-20");
  s.text = "Iraqi troops attacked Islamic State.";
  CodedStory coded = *testing::TestPipeline().Code(s);
  ASSERT_EQ(coded.events.size(), 1u);
  Event e = coded.events[0];
  e.location = EventLocation{"Mosul", 36.335, 43.119, "IRQ", "Nineveh", "city", "clause", 99072, "Mosul", {0, 5}};
  e.killed = CasualtyFigure{12, "at_least", "at least 12", {0, 11}};
  {
    auto db = SqliteStore::Open(path);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_TRUE((*db)->PutStory(s, 1, {e}).ok());
    ASSERT_TRUE((*db)->Close().ok());
    EXPECT_EQ(*(*db)->CountEvents(), 2);  // the old event is still there
  }
  EXPECT_EQ(Value(path, "SELECT value FROM meta WHERE key = 'schema_version'"), "2");
  EXPECT_EQ(Value(path, "SELECT location_name || '|' || location_country || '|' || location_admin1 || '|' || "
                        "location_precision || '|' || killed || '|' || date_precision FROM events WHERE story_id = 's-geo'"),
            "Mosul|IRQ|Nineveh|city|12|day");
  EXPECT_EQ(Value(path, "SELECT round(lat, 3) FROM events WHERE story_id = 's-geo'"), "36.335");
  EXPECT_EQ(Value(path, "SELECT wounded IS NULL FROM events WHERE story_id = 's-geo'"), "1");
  EXPECT_EQ(Value(path, "SELECT count(*) FROM events WHERE location_country IS NULL"), "1");
}

// Rows of a query as "a|b|c" strings.
std::vector<std::string> Rows(const SqliteStore& db, const EventQuery& q) {
  auto t = db.Query(q);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  std::vector<std::string> out;
  if (!t.ok()) return out;
  for (const auto& row : t->rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + row[i];
    out.push_back(line);
  }
  return out;
}

TEST(SqliteStoreTest, QueryFiltersAndGroups) {
  const std::string path = TempDb("query");
  Story s;
  s.id = "q1";
  s.date = *ParseDate("2017-06-20");
  s.text = "Iraqi troops attacked Islamic State.";
  const Event base = testing::TestPipeline().Code(s)->events.at(0);
  // Four events: two in Mosul a week apart, one with no place (its source is Iraqi), one
  // negated in Syria.
  auto make = [&](const char* id, const char* date, const char* country, int64_t killed, bool negated) {
    Event e = base;
    e.event_id = id;
    e.date = *ParseDate(date);
    if (*country) e.location = EventLocation{"Place", 1.0, 2.0, country, "", "city", "clause", 0, "Place", {0, 5}};
    if (killed >= 0) e.killed = CasualtyFigure{killed, "exact", "n", {0, 1}};
    e.negated = negated;
    return e;
  };
  {
    auto db = SqliteStore::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->PutStory(s, 1, {make("e1", "2017-06-18", "IRQ", 12, false),  // a Sunday
                                       make("e2", "2017-06-19", "IRQ", 3, false),   // the Monday after
                                       make("e3", "2017-06-20", "", -1, false),
                                       make("e4", "2017-06-20", "SYR", 5, true)}).ok());
    ASSERT_TRUE((*db)->Close().ok());
  }
  auto db = SqliteStore::Open(path);
  ASSERT_TRUE(db.ok());
  EventQuery q;
  q.group_by = GroupBy::kWeek;
  // Weeks start on Monday: the Sunday belongs to the week of June 12.
  EXPECT_EQ(Rows(**db, q), (std::vector<std::string>{"2017-06-12|1|-10.00|12", "2017-06-19|2|-10.00|3"}));
  q.include_negated = true;
  EXPECT_EQ(Rows(**db, q).back(), "2017-06-19|3|-10.00|8");
  // Country: where it happened, else the actors' country.
  q = EventQuery{};
  q.country = "IRQ";
  q.group_by = GroupBy::kDay;
  EXPECT_EQ(Rows(**db, q), (std::vector<std::string>{"2017-06-18|1|-10.00|12", "2017-06-19|1|-10.00|3",
                                                     "2017-06-20|1|-10.00|"}));
  // Prefixes, and LIKE wildcards in a prefix are literal.
  q = EventQuery{};
  q.source = "IRQ";
  q.cameo = "19";
  q.group_by = GroupBy::kDyad;
  EXPECT_EQ(Rows(**db, q), std::vector<std::string>{"IRQMIL|IMGMUSISI|3|-10.00|15"});
  q.source = "IR%";
  EXPECT_TRUE(Rows(**db, q).empty());
  // Listing events, newest first, limited.
  q = EventQuery{};
  q.limit = 2;
  const auto rows = Rows(**db, q);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].substr(0, 10), "2017-06-20");
  // Validation says what is wrong.
  q = EventQuery{};
  q.from = "2017-13-01";
  EXPECT_NE(q.Validate().message().find("--from: date '2017-13-01'"), std::string::npos);
  q = EventQuery{};
  q.from = "2017-06-20";
  q.to = "2017-06-01";
  EXPECT_EQ(q.Validate().message(), "--to 2017-06-01 is before --from 2017-06-20");
  EXPECT_FALSE(ParseGroupBy("year").ok());
}

TEST(SqliteStoreTest, UnusableFileIsAClearError) {
  auto db = SqliteStore::Open("/nonexistent-dir/x/y.db");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kIoError);
  EXPECT_NE(db.status().message().find("cannot open SQLite database '/nonexistent-dir/x/y.db'"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::store
