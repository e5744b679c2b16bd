// SqlConnection: the narrow interface the event store speaks to a database through, so one
// store implementation (event_store.h) serves SQLite and PostgreSQL alike, and tests can put a
// fault injector between the two.
//
// SQL is written once, in the dialect both engines accept: `$1`, `$2` ... placeholders (the
// SQLite connection rewrites them to `?1`, `?2`), `INSERT ... ON CONFLICT ... DO UPDATE`, no
// engine-specific functions. Values cross the interface typed (SqlValue), and results come back
// typed, so numbers print the same whichever engine stored them.
// Errors: every call returns a Status (kIoError with the engine's own message); a failed
// statement leaves the connection usable (an open transaction must then be rolled back).
// Thread-safety: one connection per thread; a connection is not safe for concurrent use.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::store {

// NULL, an integer, a double or text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

inline bool IsNull(const SqlValue& v) { return std::holds_alternative<std::monostate>(v); }
// Text for a text value, the shortest exact decimal for numbers, "" for NULL.
std::string SqlValueText(const SqlValue& v);
// The value as a number (text is parsed; NULL and unparsable text give `fallback`).
double SqlValueNumber(const SqlValue& v, double fallback = 0.0);
int64_t SqlValueInt(const SqlValue& v, int64_t fallback = 0);
// Text, or NULL when `s` is empty: the store keeps "absent" as NULL, never as "".
SqlValue TextOrNull(const std::string& s);

// "$n", the placeholder of the n-th parameter (1-based).
std::string Placeholder(size_t n);

struct SqlResult {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
};

enum class SqlEngine { kSqlite, kPostgres };

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlEngine engine() const = 0;
  // Runs one or more statements without parameters (schema scripts, BEGIN, COMMIT).
  virtual Status Execute(std::string_view script) = 0;
  // Runs one statement with `params` bound to $1..$n and returns its rows. Statements are
  // prepared once per connection and reused.
  virtual Result<SqlResult> Query(const std::string& sql, const std::vector<SqlValue>& params = {}) = 0;
  // Whether a transaction is open (after BEGIN, before COMMIT/ROLLBACK).
  virtual bool InTransaction() const = 0;
  // Where the connection points, with any password removed: for messages.
  virtual const std::string& name() const = 0;
};

// Opens `target`: a `postgresql://` or `postgres://` URL (or libpq "host=... dbname=..."
// keywords) for PostgreSQL, anything else is an SQLite file path (":memory:" for a private
// in-memory database). An SQLite file is created when missing.
Result<std::unique_ptr<SqlConnection>> OpenSqlConnection(const std::string& target);

// Whether `target` names a PostgreSQL database rather than an SQLite file.
bool IsPostgresTarget(std::string_view target);

}  // namespace sitrep::store
