#include "sitrep/store/event_query.h"

#include <sqlite3.h>

#include "sitrep/core/date.h"
#include "sitrep/store/sqlite_store.h"

namespace sitrep::store {
namespace {

// "IRQ" -> "IRQ%" for LIKE, with LIKE's own wildcards escaped.
std::string PrefixPattern(const std::string& prefix) {
  std::string p;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') p.push_back('\\');
    p.push_back(c);
  }
  return p + "%";
}

}  // namespace

Result<GroupBy> ParseGroupBy(const std::string& name) {
  if (name.empty()) return GroupBy::kNone;
  if (name == "day") return GroupBy::kDay;
  if (name == "week") return GroupBy::kWeek;
  if (name == "month") return GroupBy::kMonth;
  if (name == "country") return GroupBy::kCountry;
  if (name == "root") return GroupBy::kRoot;
  if (name == "quad") return GroupBy::kQuad;
  if (name == "dyad") return GroupBy::kDyad;
  return Status::InvalidArgument("unknown grouping '" + name + "' (expected day, week, month, country, root, quad or dyad)");
}

Status EventQuery::Validate() const {
  for (const auto& [flag, value] : {std::pair{"--from", &from}, std::pair{"--to", &to}}) {
    if (value->empty()) continue;
    Result<Date> d = ParseDate(*value);
    if (!d.ok()) return Status::InvalidArgument(std::string(flag) + ": " + d.status().message());
  }
  if (!from.empty() && !to.empty() && to < from) {
    return Status::InvalidArgument("--to " + to + " is before --from " + from);
  }
  if (quad < 0 || quad > 4) return Status::InvalidArgument("--quad must be 1, 2, 3 or 4");
  if (!root.empty() && (root.size() != 2 || root.find_first_not_of("0123456789") != std::string::npos)) {
    return Status::InvalidArgument("--root must be two digits (\"19\"), got '" + root + "'");
  }
  if (!cameo.empty() && cameo.find_first_not_of("0123456789") != std::string::npos) {
    return Status::InvalidArgument("--cameo must be digits (\"19\", \"193\", \"0874\"), got '" + cameo + "'");
  }
  if (!country.empty() && country.size() != 3) {
    return Status::InvalidArgument("--country must be an ISO alpha-3 code (\"IRQ\"), got '" + country + "'");
  }
  return Status::Ok();
}

Result<QueryTable> SqliteStore::Query(const EventQuery& q) const {
  std::string where = " WHERE 1 = 1";
  std::vector<std::string> args;
  auto add = [&](const char* clause, std::initializer_list<std::string> values) {
    where += clause;
    args.insert(args.end(), values);
  };
  if (!q.from.empty()) add(" AND date >= ?", {q.from});
  if (!q.to.empty()) add(" AND date <= ?", {q.to});
  if (!q.source.empty()) add(" AND source_code LIKE ? ESCAPE '\\'", {PrefixPattern(q.source)});
  if (!q.target.empty()) add(" AND target_code LIKE ? ESCAPE '\\'", {PrefixPattern(q.target)});
  if (!q.country.empty()) {
    add(" AND (location_country = ? OR (location_country IS NULL AND (source_country = ? OR target_country = ?)))",
        {q.country, q.country, q.country});
  }
  if (!q.cameo.empty()) add(" AND cameo LIKE ? ESCAPE '\\'", {PrefixPattern(q.cameo)});
  if (!q.root.empty()) add(" AND root = ?", {q.root});
  if (q.quad != 0) add(" AND quad_class = ?", {std::to_string(q.quad)});
  if (!q.include_negated) where += " AND negated = 0";

  QueryTable table;
  std::string sql;
  if (q.group_by == GroupBy::kNone) {
    table.columns = {"date", "source", "cameo", "target", "place", "country", "killed", "wounded", "story_id", "event_id"};
    sql = "SELECT date, source_code, cameo, target_code, location_name, location_country, killed, wounded, story_id, "
          "event_id FROM events" + where + " ORDER BY date DESC, story_id, sentence, event_id";
    if (q.limit > 0) sql += " LIMIT " + std::to_string(q.limit);
  } else {
    std::string key;
    switch (q.group_by) {
      case GroupBy::kDay: key = "date"; table.columns = {"day"}; break;
      // The Monday of the event's week: SQLite's %w is 0 for Sunday.
      case GroupBy::kWeek:
        key = "date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')";
        table.columns = {"week"};
        break;
      case GroupBy::kMonth: key = "substr(date, 1, 7)"; table.columns = {"month"}; break;
      case GroupBy::kCountry: key = "COALESCE(location_country, source_country, target_country)"; table.columns = {"country"}; break;
      case GroupBy::kRoot: key = "root"; table.columns = {"root"}; break;
      case GroupBy::kQuad: key = "quad_class"; table.columns = {"quad_class"}; break;
      case GroupBy::kDyad: key = "source_code, target_code"; table.columns = {"source", "target"}; break;
      case GroupBy::kNone: break;
    }
    table.columns.insert(table.columns.end(), {"events", "goldstein_mean", "killed"});
    sql = "SELECT " + key + ", COUNT(*), printf('%.2f', AVG(goldstein)), SUM(killed) FROM events" + where +
          " GROUP BY " + key + " ORDER BY " +
          (q.group_by == GroupBy::kDyad || q.group_by == GroupBy::kCountry || q.group_by == GroupBy::kRoot
               ? std::string("COUNT(*) DESC, ") + key
               : key);
  }
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) return Error("preparing the query");
  for (size_t i = 0; i < args.size(); ++i) {
    sqlite3_bind_text(s, static_cast<int>(i + 1), args[i].data(), static_cast<int>(args[i].size()), SQLITE_TRANSIENT);
  }
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
      const unsigned char* v = sqlite3_column_text(s, c);
      row.emplace_back(v ? reinterpret_cast<const char*>(v) : "");
    }
    table.rows.push_back(std::move(row));
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) return Error("running the query");
  return table;
}

}  // namespace sitrep::store
