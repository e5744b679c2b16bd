// EventStore: where coded stories and events live — an SQLite file by default (`--db
// sitrep.db`), or a PostgreSQL database for a team (`--db postgresql://...`). One schema and
// one implementation serve both; only the SqlConnection differs (docs/store.md).
//
// Ingest:
//   - Idempotent: storing a story again replaces its row and its events, so a story coded
//     twice, or a batch re-run after a crash, leaves one copy.
//   - Transactional per batch: stories are written in transactions of `batch_size`; each story
//     inside a batch sits behind a savepoint, so one story the database refuses is reported and
//     the rest of the batch is kept. A failed COMMIT loses the batch and says so; nothing is
//     ever half-written.
//   - Versioned: SetCoder() records which sitrep, dictionaries and models code what follows;
//     each story and event carries that coder's id (the `coders` table).
//   - Deduplicated: the reports of one event collapse into an incident (incident_clusterer.h).
//     Incidents touched by a batch are rebuilt in the batch's transaction, from the reports of
//     the same dyad and root near those dates, so they always match the stored events.
// Queries (event_query.h) read incidents by default, reports on request.
// Thread-safety: one EventStore per thread (it owns one connection). Several stores may share
// one database: SQLite in WAL mode lets readers run beside one writer.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "sitrep/core/event.h"
#include "sitrep/core/status.h"
#include "sitrep/core/story.h"
#include "sitrep/store/event_query.h"
#include "sitrep/store/incident_clusterer.h"
#include "sitrep/store/sql_connection.h"

namespace sitrep::store {

struct StoreOptions {
  int batch_size = 500;  // stories per transaction
};

// What coded a story: sitrep's version, a fingerprint of the dictionaries, and the syntax
// models' description and fingerprint ("none" without them).
struct CoderVersion {
  std::string sitrep_version;
  std::string dictionaries;
  std::string models;
  std::string Id() const;  // 16 hex digits, the same for the same three strings
};

// One event with everything the store knows about it, or one incident with its reports.
struct EventDetail {
  QueryTable incident;  // zero or one row (the incidents columns)
  QueryTable reports;   // the report itself, or every report of the incident (with `record`)
  QueryTable coders;    // the coders of those reports
};

class EventStore {
 public:
  // `target`: an SQLite path or a PostgreSQL URL (sql_connection.h). Creates or upgrades the
  // schema; fails with a message naming the database and the reason.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& target, StoreOptions options = {});
  // Over a connection the caller made (tests put a fault injector here).
  static Result<std::unique_ptr<EventStore>> Open(std::unique_ptr<SqlConnection> connection,
                                                  StoreOptions options = {});
  ~EventStore();  // commits an open batch (errors are lost: call Close() to see them)
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  SqlEngine engine() const { return db_->engine(); }
  const std::string& name() const { return db_->name(); }

  // Records `coder` (once per distinct version) and tags what is stored next with its id.
  Status SetCoder(const CoderVersion& coder);
  // Stores a coded story and its events, replacing any earlier copy. A kIoError for this story
  // alone leaves the batch usable; a lost connection fails the batch (see Close()).
  Status PutStory(const Story& story, int32_t n_sentences, const std::vector<Event>& events);
  // Records a rejected record; `id` may be empty (then `where`, "file:line", identifies it).
  Status PutRejection(const std::string& id, const std::string& where, const std::string& reason);
  // Rebuilds the incidents the open batch touched and commits it. Stories stored since the last
  // commit are lost when this fails, and the message says how many.
  Status Commit();
  Status Close() { return Commit(); }

  // The dedup rule in force (kept in the store, so every writer applies the same one).
  const DedupOptions& dedup() const { return dedup_; }
  // Rebuilds every incident from the stored reports under `options`, and keeps `options`.
  Status RebuildIncidents(const DedupOptions& options);

  Result<int64_t> CountEvents() const;     // reports
  Result<int64_t> CountIncidents() const;
  Result<int64_t> CountStories(const std::string& status) const;
  // (root, reports) pairs, most frequent first.
  Result<std::vector<std::pair<std::string, int64_t>>> EventsByRoot() const;
  // Rows matching `q` (event_query.h); grouped rows carry goldstein_mean rounded to 2 places.
  // REQUIRES: q.Validate().ok().
  Result<QueryTable> Query(const EventQuery& q) const;
  // How many rows `q` matches before paging.
  Result<int64_t> Count(const EventQuery& q) const;
  // An event by event_id, or an incident by incident_id ("inc_..."); kNotFound when neither.
  Result<EventDetail> Get(const std::string& id) const;

 private:
  // (source_code, target_code, root): reports that may be one event share it.
  using DedupKey = std::tuple<std::string, std::string, std::string>;
  // Matches above which a filtered SQLite list is read in date order (EventStore::Query).
  static constexpr int64_t kDateOrderAbove = 2000;

  EventStore(std::unique_ptr<SqlConnection> db, StoreOptions options) : db_(std::move(db)), options_(options) {}
  Status Begin();
  Result<int64_t> Scalar(const std::string& sql, const std::vector<SqlValue>& params = {}) const;
  // Marks a key's incidents around `day` for rebuilding at commit.
  void Touch(const DedupKey& key, int64_t day);
  // Deletes a story's events, marking their incidents for rebuilding.
  Status DropEvents(const std::string& story_id);
  Status RefreshIncidents(const DedupKey& key, int64_t lo_day, int64_t hi_day);
  Status LoadDedupOptions();

  std::unique_ptr<SqlConnection> db_;
  StoreOptions options_;
  DedupOptions dedup_;
  std::string coder_id_;
  int pending_ = 0;  // stories in the open batch
  std::map<DedupKey, std::pair<int64_t, int64_t>> touched_;  // day range per key
};

}  // namespace sitrep::store
