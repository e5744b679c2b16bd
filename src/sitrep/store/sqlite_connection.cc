#include "sitrep/store/sqlite_connection.h"

#include <sqlite3.h>

namespace sitrep::store {

std::string SqliteParameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out.push_back('?');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path) {
  std::unique_ptr<SqliteConnection> c(new SqliteConnection());
  c->path_ = path;
  if (sqlite3_open_v2(path.c_str(), &c->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    return Status::IoError("cannot open SQLite database '" + path + "': " +
                           (c->db_ ? sqlite3_errmsg(c->db_) : "out of memory"));
  }
  sqlite3_busy_timeout(c->db_, 5000);
  // WAL lets the server's readers run while one writer ingests; NORMAL sync is durable at
  // every checkpoint and loses at most the last transactions on power loss, never the file.
  // A 64 MiB page cache and memory-mapped reads keep a million-row store's counts in memory.
  if (Status st = c->Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; "
                             "PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;");
      !st.ok()) {
    return Status::IoError("'" + path + "' is not a usable SQLite database: " + st.message());
  }
  return c;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  if (db_ != nullptr && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db_);
}

Status SqliteConnection::Error(const std::string& what) const {
  return Status::IoError(what + ": " + sqlite3_errmsg(db_));
}

Status SqliteConnection::Execute(std::string_view script) {
  char* err = nullptr;
  const std::string sql(script);
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return Status::IoError(msg);
  }
  return Status::Ok();
}

bool SqliteConnection::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

Result<SqlResult> SqliteConnection::Query(const std::string& sql, const std::vector<SqlValue>& params) {
  sqlite3_stmt*& s = statements_[sql];
  if (s == nullptr) {
    const std::string native = SqliteParameters(sql);
    if (sqlite3_prepare_v2(db_, native.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      Status st = Error("preparing statement");
      statements_.erase(sql);
      return st;
    }
  }
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  for (size_t i = 0; i < params.size(); ++i) {
    const int at = static_cast<int>(i + 1);
    const SqlValue& v = params[i];
    if (const auto* n = std::get_if<int64_t>(&v)) sqlite3_bind_int64(s, at, *n);
    else if (const auto* d = std::get_if<double>(&v)) sqlite3_bind_double(s, at, *d);
    else if (const auto* t = std::get_if<std::string>(&v))
      sqlite3_bind_text(s, at, t->data(), static_cast<int>(t->size()), SQLITE_TRANSIENT);
    else sqlite3_bind_null(s, at);
  }
  SqlResult result;
  const int n = sqlite3_column_count(s);
  for (int c = 0; c < n; ++c) result.columns.emplace_back(sqlite3_column_name(s, c));
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    std::vector<SqlValue> row;
    row.reserve(n);
    for (int c = 0; c < n; ++c) {
      switch (sqlite3_column_type(s, c)) {
        case SQLITE_INTEGER: row.emplace_back(static_cast<int64_t>(sqlite3_column_int64(s, c))); break;
        case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(s, c)); break;
        case SQLITE_NULL: row.emplace_back(std::monostate{}); break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
          row.emplace_back(std::string(text, static_cast<size_t>(sqlite3_column_bytes(s, c))));
        }
      }
    }
    result.rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) {
    Status st = Error("running statement");
    sqlite3_reset(s);
    return st;
  }
  sqlite3_reset(s);  // releases the read snapshot at once
  return result;
}

}  // namespace sitrep::store
