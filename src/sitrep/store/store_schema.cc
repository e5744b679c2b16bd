#include "sitrep/store/store_schema.h"

#include <string>

namespace sitrep::store {
namespace {

// `$TEXT` stands for the text type: TEXT in SQLite, TEXT COLLATE "C" in PostgreSQL.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS meta (key $TEXT PRIMARY KEY, value $TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS coders (
  coder_id       $TEXT PRIMARY KEY,
  sitrep_version $TEXT NOT NULL,
  dictionaries   $TEXT NOT NULL,
  models         $TEXT NOT NULL,
  first_used     $TEXT NOT NULL,
  last_used      $TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
  id         $TEXT PRIMARY KEY,
  date       $TEXT,
  title      $TEXT,
  source     $TEXT,
  url        $TEXT,
  status     $TEXT NOT NULL CHECK (status IN ('coded', 'no_events', 'rejected')),
  reason     $TEXT,
  sentences  BIGINT,
  events     BIGINT,
  coded_at   $TEXT NOT NULL,
  coder_id   $TEXT
);
CREATE TABLE IF NOT EXISTS events (
  event_id           $TEXT PRIMARY KEY,
  story_id           $TEXT NOT NULL,
  sentence           BIGINT NOT NULL,
  date               $TEXT,
  source_code        $TEXT,
  source_text        $TEXT,
  source_country     $TEXT,
  target_code        $TEXT,
  target_text        $TEXT,
  target_country     $TEXT,
  cameo              $TEXT NOT NULL,
  root               $TEXT NOT NULL,
  quad_class         BIGINT NOT NULL,
  goldstein          DOUBLE PRECISION NOT NULL,
  plover_type        $TEXT,
  negated            BIGINT NOT NULL,
  rule               $TEXT NOT NULL,
  date_precision     $TEXT,
  location_name      $TEXT,
  location_country   $TEXT,
  location_admin1    $TEXT,
  lat                DOUBLE PRECISION,
  lon                DOUBLE PRECISION,
  location_precision $TEXT,
  killed             BIGINT,
  wounded            BIGINT,
  week               $TEXT,
  country            $TEXT,
  coder_id           $TEXT,
  incident_id        $TEXT
);
CREATE TABLE IF NOT EXISTS event_records (
  event_id $TEXT PRIMARY KEY,
  record   $TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS incidents (
  incident_id        $TEXT PRIMARY KEY,
  date               $TEXT NOT NULL,
  date_last          $TEXT NOT NULL,
  week               $TEXT NOT NULL,
  country            $TEXT,
  source_code        $TEXT,
  source_country     $TEXT,
  target_code        $TEXT,
  target_country     $TEXT,
  cameo              $TEXT NOT NULL,
  root               $TEXT NOT NULL,
  quad_class         BIGINT NOT NULL,
  goldstein          DOUBLE PRECISION NOT NULL,
  plover_type        $TEXT,
  location_name      $TEXT,
  location_country   $TEXT,
  location_admin1    $TEXT,
  lat                DOUBLE PRECISION,
  lon                DOUBLE PRECISION,
  location_precision $TEXT,
  killed             BIGINT,
  wounded            BIGINT,
  reports            BIGINT NOT NULL,
  stories            BIGINT NOT NULL
);
)sql";

// Indexes for the filters of event_query.h, the dedup key and the story of each event. The
// four `_by_` indexes of each table also carry the columns counts add up (and the dashboard's
// usual filters: quad class, root, CAMEO prefix, actor codes), so every grouping of a million rows is read
// from one index in key order, without touching the table or sorting (event_query.cc groups
// weeks, months and quad classes from days and roots).
constexpr const char* kIndexes = R"sql(
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);
CREATE INDEX IF NOT EXISTS events_incident ON events(incident_id);
CREATE INDEX IF NOT EXISTS events_by_date
  ON events(date, negated, quad_class, root, cameo, source_code, target_code, goldstein, killed);
CREATE INDEX IF NOT EXISTS events_by_root ON events(root, quad_class, negated, cameo, goldstein, killed);
CREATE INDEX IF NOT EXISTS events_by_country
  ON events(country, date, negated, quad_class, root, cameo, goldstein, killed);
CREATE INDEX IF NOT EXISTS events_by_dyad ON events(source_code, target_code, root, date, negated, goldstein, killed);
CREATE INDEX IF NOT EXISTS incidents_source ON incidents(source_code);
CREATE INDEX IF NOT EXISTS incidents_target ON incidents(target_code);
CREATE INDEX IF NOT EXISTS incidents_by_date
  ON incidents(date, quad_class, root, cameo, source_code, target_code, goldstein, killed, reports);
CREATE INDEX IF NOT EXISTS incidents_by_root ON incidents(root, quad_class, cameo, goldstein, killed, reports);
CREATE INDEX IF NOT EXISTS incidents_by_country
  ON incidents(country, date, quad_class, root, cameo, goldstein, killed, reports);
CREATE INDEX IF NOT EXISTS incidents_by_dyad
  ON incidents(source_code, target_code, root, date, date_last, goldstein, killed, reports);
)sql";

std::string WithTextType(const char* ddl, SqlEngine engine) {
  const std::string type = engine == SqlEngine::kPostgres ? "TEXT COLLATE \"C\"" : "TEXT";
  std::string s = ddl;
  for (size_t at = s.find("$TEXT"); at != std::string::npos; at = s.find("$TEXT", at + type.size()))
    s.replace(at, 5, type);
  return s;
}

Result<bool> TableExists(SqlConnection* db, const char* table) {
  const char* sql = db->engine() == SqlEngine::kSqlite
                        ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1"
                        : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND "
                          "table_name = $1";
  auto r = db->Query(sql, {std::string(table)});
  if (!r.ok()) return r.status();
  return !r->rows.empty() && SqlValueInt(r->rows[0][0]) > 0;
}

}  // namespace

Result<SchemaState> EnsureSchema(SqlConnection* db) {
  SchemaState state;
  auto has_meta = TableExists(db, "meta");
  if (!has_meta.ok()) return has_meta.status();
  auto has_events = TableExists(db, "events");
  if (!has_events.ok()) return has_events.status();
  if (*has_meta) {
    auto v = db->Query("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!v.ok()) return v.status();
    state.version_found = v->rows.empty() ? 1 : static_cast<int>(SqlValueInt(v->rows[0][0], 1));
  } else if (*has_events) {
    return Status::Corrupt("'" + db->name() + "' has an events table but no sitrep metadata: not a sitrep store");
  }
  if (state.version_found > kSchemaVersion) {
    return Status::InvalidArgument("'" + db->name() + "' has store schema version " +
                                   std::to_string(state.version_found) + ", newer than this sitrep reads (" +
                                   std::to_string(kSchemaVersion) + "): upgrade sitrep");
  }
  if (Status st = db->Execute("BEGIN"); !st.ok()) return st;
  auto fail = [&](const std::string& what, const Status& st) -> Status {
    db->Execute("ROLLBACK");
    return Status::IoError("'" + db->name() + "': " + what + ": " + st.message());
  };
  if (state.version_found > 0 && state.version_found < kSchemaVersion) {
    // Older SQLite stores: add the columns later versions brought, so every event is kept.
    std::vector<std::string> add;
    if (state.version_found < 2) {
      for (const char* c : {"date_precision TEXT", "location_name TEXT", "location_country TEXT",
                            "location_admin1 TEXT", "lat DOUBLE PRECISION", "lon DOUBLE PRECISION",
                            "location_precision TEXT", "killed BIGINT", "wounded BIGINT"})
        add.push_back(std::string("ALTER TABLE events ADD COLUMN ") + c);
    }
    for (const char* c : {"week TEXT", "country TEXT", "coder_id TEXT", "incident_id TEXT"})
      add.push_back(std::string("ALTER TABLE events ADD COLUMN ") + c);
    add.push_back("ALTER TABLE stories ADD COLUMN coder_id TEXT");
    // The JSON record moves out of the events table, which every count scans: narrow rows
    // keep a million-row scan in memory and fast.
    add.push_back("CREATE TABLE IF NOT EXISTS event_records (event_id TEXT PRIMARY KEY, record TEXT NOT NULL)");
    add.push_back("INSERT INTO event_records (event_id, record) SELECT event_id, record FROM events");
    add.push_back("ALTER TABLE events DROP COLUMN record");
    // Version 1 and 2 indexes that the covering ones of version 3 replace.
    add.push_back("DROP INDEX IF EXISTS events_date");
    add.push_back("DROP INDEX IF EXISTS events_root");
    add.push_back("DROP INDEX IF EXISTS events_location");
    add.push_back("UPDATE events SET country = COALESCE(location_country, source_country, target_country)");
    for (const std::string& sql : add)
      if (Status st = db->Execute(sql); !st.ok()) return fail("cannot upgrade the schema", st);
    // The Monday of each event's week (SQLite's %w is 0 on Sunday); only SQLite stores are old.
    if (Status st = db->Execute("UPDATE events SET week = date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) "
                                "+ 6) % 7) || ' days') WHERE date IS NOT NULL");
        !st.ok())
      return fail("cannot fill the week column", st);
  }
  if (Status st = db->Execute(WithTextType(kTables, db->engine())); !st.ok()) return fail("cannot create the schema", st);
  if (Status st = db->Execute(kIndexes); !st.ok()) return fail("cannot create the indexes", st);
  if (state.version_found < kSchemaVersion) {
    auto r = db->Query("INSERT INTO meta (key, value) VALUES ('schema_version', $1) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       {std::to_string(kSchemaVersion)});
    if (!r.ok()) return fail("cannot record the schema version", r.status());
    state.incidents_stale = state.version_found > 0;
  }
  if (Status st = db->Execute("COMMIT"); !st.ok()) return fail("cannot commit the schema", st);
  return state;
}

}  // namespace sitrep::store
