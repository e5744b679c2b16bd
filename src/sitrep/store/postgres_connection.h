// PostgresConnection: SqlConnection over libpq, for stores a team shares (`--db
// postgresql://user@host/dbname`).
//
// Statements are prepared once per connection (PQprepare) and run with text parameters;
// results are converted to typed values by column type (integers, float8/numeric, text), so a
// query answers with the same values it would from SQLite. Server notices ("relation already
// exists, skipping") are not printed.
// Thread-safety: one connection per thread.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "sitrep/store/sql_connection.h"

struct pg_conn;

namespace sitrep::store {

class PostgresConnection final : public SqlConnection {
 public:
  // `conninfo` is a postgresql:// URL or libpq keywords. Fails with kIoError, naming the
  // server (without any password) and libpq's reason, when it cannot connect.
  static Result<std::unique_ptr<PostgresConnection>> Open(const std::string& conninfo);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  SqlEngine engine() const override { return SqlEngine::kPostgres; }
  Status Execute(std::string_view script) override;
  Result<SqlResult> Query(const std::string& sql, const std::vector<SqlValue>& params = {}) override;
  bool InTransaction() const override;
  const std::string& name() const override { return name_; }

 private:
  PostgresConnection() = default;

  pg_conn* conn_ = nullptr;
  std::string name_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text -> statement name
};

// The connection string with its password removed ("postgresql://u@h/db"), for messages.
std::string RedactPassword(const std::string& conninfo);

}  // namespace sitrep::store
