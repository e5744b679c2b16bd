// Stores for the tests: a fresh SQLite file, a fresh PostgreSQL database on the test server
// (`make test` starts one and passes its connection string in SITREP_TEST_PG), and a
// connection that fails on chosen statements, for the error paths.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "sitrep/store/sql_connection.h"

namespace sitrep::testing {

// A new SQLite path under the temp directory (any earlier file of that name removed).
std::string TempSqlitePath(const std::string& name);

// The test server's connection string, or "" when there is none (then PostgreSQL tests skip).
std::string TestPostgresServer();

// A database of its own on the test server, dropped when this goes away.
class TempPostgresDatabase {
 public:
  TempPostgresDatabase();  // REQUIRES: !TestPostgresServer().empty()
  ~TempPostgresDatabase();
  const std::string& target() const { return target_; }  // libpq connection string

 private:
  std::string name_, target_;
};

// Passes every call to `inner`, except statements for which `fail(sql, params)` says true:
// those fail with kIoError "injected fault" (as a full disk or a refused row would).
class FaultyConnection final : public store::SqlConnection {
 public:
  using Predicate = std::function<bool(const std::string& sql, const std::vector<store::SqlValue>& params)>;
  FaultyConnection(std::unique_ptr<store::SqlConnection> inner, Predicate fail)
      : inner_(std::move(inner)), fail_(std::move(fail)) {}
  store::SqlEngine engine() const override { return inner_->engine(); }
  Status Execute(std::string_view script) override {
    if (fail_(std::string(script), {})) return Status::IoError("injected fault");
    return inner_->Execute(script);
  }
  Result<store::SqlResult> Query(const std::string& sql, const std::vector<store::SqlValue>& params) override {
    if (fail_(sql, params)) return Status::IoError("injected fault");
    return inner_->Query(sql, params);
  }
  bool InTransaction() const override { return inner_->InTransaction(); }
  const std::string& name() const override { return inner_->name(); }

 private:
  std::unique_ptr<store::SqlConnection> inner_;
  Predicate fail_;
};

}  // namespace sitrep::testing
