// The event store's schema, one text for SQLite and PostgreSQL (docs/store.md describes every
// column), and its upgrades.
//
// Versions:
//   1  stories and events (walking skeleton)
//   2  events gain place, date precision and casualty columns
//   3  coders (which sitrep, dictionaries and models coded each story and event), events gain
//      week, coder_id and incident_id, and their JSON record moves to event_records; incidents
//      (reports of one event collapsed, incident_clusterer.h)
// PostgreSQL stores start at version 3. Text columns use the "C" collation there, so codes and
// dates sort byte by byte as they do in SQLite.
#pragma once

#include "sitrep/core/status.h"
#include "sitrep/store/sql_connection.h"

namespace sitrep::store {

inline constexpr int kSchemaVersion = 3;

struct SchemaState {
  int version_found = 0;         // 0: a new, empty database
  bool incidents_stale = false;  // the incidents table must be rebuilt from the events
};

// Creates the schema in an empty database or upgrades an older one in place (keeping every
// event). Fails with a clear message on a database of another program or of a newer sitrep.
Result<SchemaState> EnsureSchema(SqlConnection* db);

}  // namespace sitrep::store
