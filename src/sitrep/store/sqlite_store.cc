#include "sitrep/store/sqlite_store.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>

#include "sitrep/io/event_json.h"

namespace sitrep::store {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('schema_version', '1');
CREATE TABLE IF NOT EXISTS stories (
  id          TEXT PRIMARY KEY,
  date        TEXT,
  title       TEXT,
  source      TEXT,
  url         TEXT,
  status      TEXT NOT NULL CHECK (status IN ('coded', 'no_events', 'rejected')),
  reason      TEXT,
  sentences   INTEGER,
  events      INTEGER,
  coded_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  event_id       TEXT PRIMARY KEY,
  story_id       TEXT NOT NULL REFERENCES stories(id),
  sentence       INTEGER NOT NULL,
  date           TEXT,
  source_code    TEXT,
  source_text    TEXT,
  source_country TEXT,
  target_code    TEXT,
  target_text    TEXT,
  target_country TEXT,
  cameo          TEXT NOT NULL,
  root           TEXT NOT NULL,
  quad_class     INTEGER NOT NULL,
  goldstein      REAL NOT NULL,
  plover_type    TEXT,
  negated        INTEGER NOT NULL,
  rule           TEXT NOT NULL,
  record         TEXT NOT NULL,
  date_precision     TEXT,
  location_name      TEXT,
  location_country   TEXT,
  location_admin1    TEXT,
  lat                REAL,
  lon                REAL,
  location_precision TEXT,
  killed             INTEGER,
  wounded            INTEGER
);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);
CREATE INDEX IF NOT EXISTS events_root ON events(root, quad_class);
)sql";

std::string NowUtc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Fails on a schema-1 store (no location_country column), which Open then upgrades.
constexpr const char* kSchemaV2 = R"sql(
CREATE INDEX IF NOT EXISTS events_location ON events(location_country, date);
UPDATE meta SET value = '2' WHERE key = 'schema_version' AND value = '1';
)sql";

void BindText(sqlite3_stmt* s, int i, const std::string& v) {
  if (v.empty()) sqlite3_bind_null(s, i);
  else sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path, int batch_size) {
  std::unique_ptr<SqliteStore> s(new SqliteStore());
  s->batch_size_ = batch_size < 1 ? 1 : batch_size;
  if (sqlite3_open_v2(path.c_str(), &s->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    Status st = Status::IoError("cannot open SQLite database '" + path + "': " +
                                (s->db_ ? sqlite3_errmsg(s->db_) : "out of memory"));
    return st;
  }
  sqlite3_busy_timeout(s->db_, 5000);
  if (Status st = s->Exec(kSchema); !st.ok())
    return Status::IoError("'" + path + "' is not a usable sitrep database: " + st.message());
  // Schema 1 (before geolocation) lacks the place, precision and casualty columns: add them, so
  // an old store keeps its events and takes new ones.
  if (Status st = s->Exec(kSchemaV2); !st.ok()) {
    for (const char* column : {"date_precision TEXT", "location_name TEXT", "location_country TEXT",
                               "location_admin1 TEXT", "lat REAL", "lon REAL", "location_precision TEXT",
                               "killed INTEGER", "wounded INTEGER"}) {
      const std::string sql = std::string("ALTER TABLE events ADD COLUMN ") + column;
      if (Status add = s->Exec(sql.c_str()); !add.ok())
        return Status::IoError("'" + path + "': cannot upgrade the events table: " + add.message());
    }
    if (Status again = s->Exec(kSchemaV2); !again.ok())
      return Status::IoError("'" + path + "': cannot upgrade the schema: " + again.message());
  }
  const char* put_story =
      "INSERT OR REPLACE INTO stories (id, date, title, source, url, status, reason, sentences, events, coded_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  const char* put_event =
      "INSERT OR REPLACE INTO events (event_id, story_id, sentence, date, source_code, source_text, source_country, "
      "target_code, target_text, target_country, cameo, root, quad_class, goldstein, plover_type, negated, rule, record, "
      "date_precision, location_name, location_country, location_admin1, lat, lon, location_precision, killed, wounded) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, "
      "?24, ?25, ?26, ?27)";
  if (sqlite3_prepare_v2(s->db_, put_story, -1, &s->put_story_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db_, "DELETE FROM events WHERE story_id = ?1", -1, &s->delete_events_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db_, put_event, -1, &s->put_event_, nullptr) != SQLITE_OK)
    return s->Error("preparing statements");
  return s;
}

SqliteStore::~SqliteStore() {
  Close();
  sqlite3_finalize(put_story_);
  sqlite3_finalize(delete_events_);
  sqlite3_finalize(put_event_);
  sqlite3_close(db_);
}

Status SqliteStore::Error(const std::string& what) const {
  return Status::IoError(what + ": " + sqlite3_errmsg(db_));
}

Status SqliteStore::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError(msg);
  }
  return Status::Ok();
}

Status SqliteStore::BeginIfNeeded() {
  if (in_transaction_) return Status::Ok();
  if (Status st = Exec("BEGIN"); !st.ok()) return st;
  in_transaction_ = true;
  return Status::Ok();
}

Status SqliteStore::MaybeCommit() {
  if (++pending_ < batch_size_) return Status::Ok();
  pending_ = 0;
  in_transaction_ = false;
  return Exec("COMMIT");
}

Status SqliteStore::PutStory(const Story& story, int32_t n_sentences, const std::vector<Event>& events) {
  if (Status st = BeginIfNeeded(); !st.ok()) return st;
  sqlite3_reset(delete_events_);
  BindText(delete_events_, 1, story.id);
  if (sqlite3_step(delete_events_) != SQLITE_DONE) return Error("deleting old events of story " + story.id);

  sqlite3_reset(put_story_);
  BindText(put_story_, 1, story.id);
  BindText(put_story_, 2, story.date.ToString());
  BindText(put_story_, 3, story.title);
  BindText(put_story_, 4, story.source);
  BindText(put_story_, 5, story.url);
  BindText(put_story_, 6, events.empty() ? "no_events" : "coded");
  sqlite3_bind_null(put_story_, 7);
  sqlite3_bind_int(put_story_, 8, n_sentences);
  sqlite3_bind_int(put_story_, 9, static_cast<int>(events.size()));
  BindText(put_story_, 10, NowUtc());
  if (sqlite3_step(put_story_) != SQLITE_DONE) return Error("storing story " + story.id);

  for (const Event& e : events) {
    sqlite3_stmt* s = put_event_;
    sqlite3_reset(s);
    BindText(s, 1, e.event_id);
    BindText(s, 2, e.story_id);
    sqlite3_bind_int(s, 3, e.sentence);
    BindText(s, 4, e.date.ToString());
    BindText(s, 5, e.source ? e.source->code : "");
    BindText(s, 6, e.source ? e.source->text : "");
    BindText(s, 7, e.source ? e.source->country : "");
    BindText(s, 8, e.target ? e.target->code : "");
    BindText(s, 9, e.target ? e.target->text : "");
    BindText(s, 10, e.target ? e.target->country : "");
    BindText(s, 11, e.cameo);
    BindText(s, 12, e.root);
    sqlite3_bind_int(s, 13, e.quad_class);
    sqlite3_bind_double(s, 14, e.goldstein);
    BindText(s, 15, e.plover_type);
    sqlite3_bind_int(s, 16, e.negated ? 1 : 0);
    BindText(s, 17, e.rule);
    BindText(s, 18, io::EventToJson(e).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    BindText(s, 19, e.date_precision);
    BindText(s, 20, e.location ? e.location->name : "");
    BindText(s, 21, e.location ? e.location->country : "");
    BindText(s, 22, e.location ? e.location->admin1 : "");
    for (int i : {23, 24}) sqlite3_bind_null(s, i);
    if (e.location) {
      sqlite3_bind_double(s, 23, e.location->lat);
      sqlite3_bind_double(s, 24, e.location->lon);
    }
    BindText(s, 25, e.location ? e.location->precision : "");
    for (const auto& [i, c] : {std::pair{26, &e.killed}, std::pair{27, &e.wounded}}) {
      if (*c) sqlite3_bind_int64(s, i, (*c)->n);
      else sqlite3_bind_null(s, i);
    }
    if (sqlite3_step(s) != SQLITE_DONE) return Error("storing event " + e.event_id);
  }
  return MaybeCommit();
}

Status SqliteStore::PutRejection(const std::string& id, const std::string& where, const std::string& reason) {
  if (Status st = BeginIfNeeded(); !st.ok()) return st;
  sqlite3_reset(put_story_);
  sqlite3_clear_bindings(put_story_);
  BindText(put_story_, 1, id.empty() ? where : id);
  BindText(put_story_, 6, "rejected");
  BindText(put_story_, 7, reason);
  BindText(put_story_, 10, NowUtc());
  if (sqlite3_step(put_story_) != SQLITE_DONE) return Error("storing rejection of " + (id.empty() ? where : id));
  return MaybeCommit();
}

Status SqliteStore::Close() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  pending_ = 0;
  return Exec("COMMIT");
}

Result<int64_t> SqliteStore::Count(const char* sql, const std::string* arg) const {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) return Error(std::string("preparing ") + sql);
  if (arg != nullptr) BindText(s, 1, *arg);
  const int64_t n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_finalize(s);
  return n;
}

Result<int64_t> SqliteStore::CountEvents() const { return Count("SELECT COUNT(*) FROM events", nullptr); }

Result<int64_t> SqliteStore::CountStories(const std::string& status) const {
  return Count("SELECT COUNT(*) FROM stories WHERE status = ?1", &status);
}

Result<std::vector<std::pair<std::string, int64_t>>> SqliteStore::EventsByRoot() const {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, "SELECT root, COUNT(*) AS n FROM events GROUP BY root ORDER BY n DESC, root", -1, &s,
                         nullptr) != SQLITE_OK)
    return Error("grouping events by root");
  std::vector<std::pair<std::string, int64_t>> out;
  while (sqlite3_step(s) == SQLITE_ROW)
    out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), sqlite3_column_int64(s, 1));
  sqlite3_finalize(s);
  return out;
}

}  // namespace sitrep::store
