#include "sitrep/store/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <regex>

namespace sitrep::store {
namespace {

// libpq's messages end with a newline and sometimes carry a "DETAIL:" line; one line is enough.
std::string OneLine(const char* msg) {
  std::string s = msg ? msg : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

// Column type OIDs (pg_type.h): what becomes an integer and what a double.
bool IsIntegerType(Oid t) { return t == 20 || t == 21 || t == 23 || t == 26; }
bool IsFloatType(Oid t) { return t == 700 || t == 701; }
constexpr Oid kNumeric = 1700;
constexpr Oid kBool = 16;

SqlValue ConvertCell(const char* text, int length, Oid type) {
  const char* end = text + length;
  if (IsIntegerType(type) || type == kNumeric) {
    int64_t n = 0;
    auto [p, ec] = std::from_chars(text, end, n);
    if (ec == std::errc() && p == end) return n;
  }
  if (IsFloatType(type) || type == kNumeric) return std::strtod(text, nullptr);
  if (type == kBool) return static_cast<int64_t>(length > 0 && text[0] == 't');
  return std::string(text, static_cast<size_t>(length));
}

}  // namespace

std::string RedactPassword(const std::string& conninfo) {
  static const std::regex kUrl(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
  static const std::regex kKeyword(R"(password\s*=\s*('[^']*'|\S+))");
  std::string s = std::regex_replace(conninfo, kUrl, "$1@");
  return std::regex_replace(s, kKeyword, "password=***");
}

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::Open(const std::string& conninfo) {
  std::unique_ptr<PostgresConnection> c(new PostgresConnection());
  c->name_ = RedactPassword(conninfo);
  c->conn_ = PQconnectdb(conninfo.c_str());
  if (c->conn_ == nullptr) return Status::IoError("cannot connect to PostgreSQL at " + c->name_ + ": out of memory");
  if (PQstatus(c->conn_) != CONNECTION_OK) {
    return Status::IoError("cannot connect to PostgreSQL at " + c->name_ + ": " + OneLine(PQerrorMessage(c->conn_)));
  }
  PQsetNoticeProcessor(c->conn_, [](void*, const char*) {}, nullptr);
  // Dates and codes are compared as plain strings, the way SQLite does.
  if (Status st = c->Execute("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO'"); !st.ok()) return st;
  return c;
}

PostgresConnection::~PostgresConnection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

Status PostgresConnection::Execute(std::string_view script) {
  PGresult* r = PQexec(conn_, std::string(script).c_str());
  const ExecStatusType st = PQresultStatus(r);
  Status out = (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
                   ? Status::Ok()
                   : Status::IoError(OneLine(PQresultErrorMessage(r)));
  PQclear(r);
  if (!out.ok() && PQstatus(conn_) != CONNECTION_OK) {
    return Status::IoError("lost the connection to PostgreSQL at " + name_ + ": " + out.message());
  }
  return out;
}

bool PostgresConnection::InTransaction() const {
  const PGTransactionStatusType t = PQtransactionStatus(conn_);
  return t == PQTRANS_INTRANS || t == PQTRANS_INERROR;
}

Result<SqlResult> PostgresConnection::Query(const std::string& sql, const std::vector<SqlValue>& params) {
  auto it = prepared_.find(sql);
  if (it == prepared_.end()) {
    const std::string stmt_name = "sitrep_" + std::to_string(prepared_.size() + 1);
    PGresult* r = PQprepare(conn_, stmt_name.c_str(), sql.c_str(), 0, nullptr);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    const std::string msg = ok ? "" : OneLine(PQresultErrorMessage(r));
    PQclear(r);
    if (!ok) return Status::IoError("preparing statement: " + msg);
    it = prepared_.emplace(sql, stmt_name).first;
  }
  std::vector<std::string> text(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (size_t i = 0; i < params.size(); ++i) {
    if (IsNull(params[i])) continue;
    text[i] = SqlValueText(params[i]);
    values[i] = text[i].c_str();
  }
  PGresult* r = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                               nullptr, 0);
  const ExecStatusType st = PQresultStatus(r);
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
    std::string msg = OneLine(PQresultErrorMessage(r));
    PQclear(r);
    if (PQstatus(conn_) != CONNECTION_OK) return Status::IoError("lost the connection to PostgreSQL at " + name_ + ": " + msg);
    return Status::IoError("running statement: " + msg);
  }
  SqlResult result;
  const int n_cols = PQnfields(r);
  const int n_rows = PQntuples(r);
  for (int c = 0; c < n_cols; ++c) result.columns.emplace_back(PQfname(r, c));
  result.rows.reserve(static_cast<size_t>(n_rows));
  for (int row = 0; row < n_rows; ++row) {
    std::vector<SqlValue> cells;
    cells.reserve(static_cast<size_t>(n_cols));
    for (int c = 0; c < n_cols; ++c) {
      if (PQgetisnull(r, row, c)) cells.emplace_back(std::monostate{});
      else cells.push_back(ConvertCell(PQgetvalue(r, row, c), PQgetlength(r, row, c), PQftype(r, c)));
    }
    result.rows.push_back(std::move(cells));
  }
  PQclear(r);
  return result;
}

}  // namespace sitrep::store
