// SqliteConnection: SqlConnection over one SQLite database file (the default store).
//
// Opens the file in WAL mode (readers never block the writer) with a 5 s busy timeout, so a
// server's reader connections and one writer can share a file. `$n` placeholders are rewritten
// to SQLite's `?n`. Prepared statements are cached per SQL text for the connection's life.
// Thread-safety: one connection per thread.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "sitrep/store/sql_connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store {

class SqliteConnection final : public SqlConnection {
 public:
  // `path` may be ":memory:". REQUIRES: nothing; fails with kIoError when the file cannot be
  // opened or is not an SQLite database.
  static Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  SqlEngine engine() const override { return SqlEngine::kSqlite; }
  Status Execute(std::string_view script) override;
  Result<SqlResult> Query(const std::string& sql, const std::vector<SqlValue>& params = {}) override;
  bool InTransaction() const override;
  const std::string& name() const override { return path_; }

 private:
  SqliteConnection() = default;
  Status Error(const std::string& what) const;

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// "$1 ... $12" -> "?1 ... ?12", leaving quoted text alone.
std::string SqliteParameters(std::string_view sql);

}  // namespace sitrep::store
