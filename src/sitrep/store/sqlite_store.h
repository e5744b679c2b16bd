// SqliteStore: the embedded event store (one SQLite file), the default target of `--db`.
//
// Schema (docs/output.md): `stories` (one row per input record, with its outcome: coded,
// no_events or rejected, and the reason) and `events` (one row per event: the flat columns
// analysts filter on, plus the full JSON record). Ingest is idempotent: storing a story again
// replaces its previous row and events, so re-running a batch after a crash leaves one copy.
// Writes are grouped into transactions of `batch_size` stories; Close() (or the destructor)
// commits the last one.
// Thread-safety: one SqliteStore per thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitrep/core/event.h"
#include "sitrep/core/status.h"
#include "sitrep/core/story.h"
#include "sitrep/store/event_query.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store {

class SqliteStore {
 public:
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path, int batch_size = 500);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // Stores a coded story and its events (replacing any earlier copy).
  Status PutStory(const Story& story, int32_t n_sentences, const std::vector<Event>& events);
  // Records a rejected record; `id` may be empty (then `where` identifies it).
  Status PutRejection(const std::string& id, const std::string& where, const std::string& reason);
  Status Close();

  // Counts for summaries and tests.
  Result<int64_t> CountEvents() const;
  Result<int64_t> CountStories(const std::string& status) const;
  // (root, count) pairs, most frequent first.
  Result<std::vector<std::pair<std::string, int64_t>>> EventsByRoot() const;
  // Events or grouped counts matching `q` (event_query.h). REQUIRES: q.Validate().ok().
  Result<QueryTable> Query(const EventQuery& q) const;

 private:
  SqliteStore() = default;
  Status Exec(const char* sql);
  Status BeginIfNeeded();
  Status MaybeCommit();
  // Runs a query whose first column of the first row is a count; `arg` binds ?1 when non-null.
  Result<int64_t> Count(const char* sql, const std::string* arg) const;
  Status Error(const std::string& what) const;

  sqlite3* db_ = nullptr;
  sqlite3_stmt* put_story_ = nullptr;
  sqlite3_stmt* delete_events_ = nullptr;
  sqlite3_stmt* put_event_ = nullptr;
  int batch_size_ = 500;
  int pending_ = 0;
  bool in_transaction_ = false;
};

}  // namespace sitrep::store
