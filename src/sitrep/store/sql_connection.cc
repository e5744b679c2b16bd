#include "sitrep/store/sql_connection.h"

#include <charconv>
#include <cstdlib>

#include "sitrep/store/postgres_connection.h"
#include "sitrep/store/sqlite_connection.h"

namespace sitrep::store {

std::string SqlValueText(const SqlValue& v) {
  if (const auto* t = std::get_if<std::string>(&v)) return *t;
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d);
    return ec == std::errc() ? std::string(buf, end) : std::string();
  }
  return "";
}

double SqlValueNumber(const SqlValue& v, double fallback) {
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* t = std::get_if<std::string>(&v)) {
    char* end = nullptr;
    const double d = std::strtod(t->c_str(), &end);
    if (end != t->c_str() && *end == '\0') return d;
  }
  return fallback;
}

int64_t SqlValueInt(const SqlValue& v, int64_t fallback) {
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (const auto* t = std::get_if<std::string>(&v)) {
    int64_t n = 0;
    auto [p, ec] = std::from_chars(t->data(), t->data() + t->size(), n);
    if (ec == std::errc() && p == t->data() + t->size()) return n;
  }
  return fallback;
}

std::string Placeholder(size_t n) {
  std::string p(1, '$');
  p += std::to_string(n);
  return p;
}

SqlValue TextOrNull(const std::string& s) {
  if (s.empty()) return std::monostate{};
  return s;
}

bool IsPostgresTarget(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://") ||
         target.find("dbname=") != std::string_view::npos || target.find("host=") != std::string_view::npos;
}

Result<std::unique_ptr<SqlConnection>> OpenSqlConnection(const std::string& target) {
  if (IsPostgresTarget(target)) {
    auto c = PostgresConnection::Open(target);
    if (!c.ok()) return c.status();
    return std::unique_ptr<SqlConnection>(std::move(c).value());
  }
  auto c = SqliteConnection::Open(target);
  if (!c.ok()) return c.status();
  return std::unique_ptr<SqlConnection>(std::move(c).value());
}

}  // namespace sitrep::store
