#include "sitrep/store/event_query.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <cstdint>

#include "sitrep/core/date.h"

namespace sitrep::store {
namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// WHERE clause and its parameters, numbered from $1.
struct Where {
  std::string sql;
  std::vector<SqlValue> params;

  template <typename T>
  std::string Next(T v) {
    params.emplace_back(std::move(v));
    return Placeholder(params.size());
  }
  // A prefix as a range, which every engine answers from an index and compares byte by byte:
  // codes are ASCII, so every code that starts with `p` sorts before `p` + DEL.
  void Prefix(const char* column, const std::string& p) {
    sql += std::string(" AND ") + column + " >= " + Next(p);
    sql += std::string(" AND ") + column + " < " + Next(p + "\x7f");
  }
};

Where BuildWhere(const EventQuery& q) {
  Where w;
  w.sql = " WHERE 1 = 1";
  if (!q.from.empty()) w.sql += " AND date >= " + w.Next(q.from);
  if (!q.to.empty()) w.sql += " AND date <= " + w.Next(q.to);
  if (!q.source.empty()) w.Prefix("source_code", Upper(q.source));
  if (!q.target.empty()) w.Prefix("target_code", Upper(q.target));
  if (!q.country.empty()) w.sql += " AND country = " + w.Next(Upper(q.country));
  if (!q.cameo.empty()) w.Prefix("cameo", q.cameo);
  if (!q.root.empty()) w.sql += " AND root = " + w.Next(q.root);
  if (q.quad != 0) w.sql += " AND quad_class = " + w.Next(static_cast<int64_t>(q.quad));
  if (q.unit == Unit::kReports && !q.include_negated) w.sql += " AND negated = 0";
  return w;
}

const char* Table(const EventQuery& q) { return q.unit == Unit::kIncidents ? "incidents" : "events"; }

// The SQL grouping of `g` and the names of its columns. Weeks and months are grouped by day and
// quad classes by (root, quad class), then rolled up by RollUp(): each grouping then reads one
// covering index in key order (store_schema.cc) instead of sorting a million rows.
std::pair<std::string, std::vector<std::string>> SqlGroupKey(GroupBy g) {
  switch (g) {
    case GroupBy::kDay:
    case GroupBy::kWeek:
    case GroupBy::kMonth: return {"date", {"day"}};
    case GroupBy::kCountry: return {"country", {"country"}};
    case GroupBy::kRoot: return {"root", {"root"}};
    case GroupBy::kQuad: return {"root, quad_class", {"root", "quad_class"}};
    case GroupBy::kDyad: return {"source_code, target_code", {"source", "target"}};
    case GroupBy::kNone: break;
  }
  return {"", {}};
}

// The names of a grouping's key columns in what the caller sees.
std::vector<std::string> KeyNames(GroupBy g) {
  switch (g) {
    case GroupBy::kWeek: return {"week"};
    case GroupBy::kMonth: return {"month"};
    case GroupBy::kQuad: return {"quad_class"};
    default: return SqlGroupKey(g).second;
  }
}

constexpr const char* kIncidentColumns =
    "incident_id, date, date_last, week, country, source_code, source_country, cameo, root, quad_class, goldstein, plover_type, "
    "target_code, target_country, location_name, location_country, location_admin1, lat, lon, location_precision, "
    "killed, wounded, reports, stories";
constexpr const char* kReportColumns =
    "event_id, story_id, sentence, date, date_precision, source_code, source_text, source_country, cameo, root, "
    "quad_class, goldstein, plover_type, target_code, target_text, target_country, location_name, location_country, "
    "location_admin1, lat, lon, location_precision, killed, wounded, negated, country, incident_id, coder_id";

}  // namespace

Result<GroupBy> ParseGroupBy(const std::string& name) {
  for (GroupBy g : {GroupBy::kDay, GroupBy::kWeek, GroupBy::kMonth, GroupBy::kCountry, GroupBy::kRoot, GroupBy::kQuad,
                    GroupBy::kDyad})
    if (name == GroupByName(g)) return g;
  if (name.empty()) return GroupBy::kNone;
  return Status::InvalidArgument("unknown grouping '" + name + "' (expected day, week, month, country, root, quad or dyad)");
}

const char* GroupByName(GroupBy g) {
  switch (g) {
    case GroupBy::kDay: return "day";
    case GroupBy::kWeek: return "week";
    case GroupBy::kMonth: return "month";
    case GroupBy::kCountry: return "country";
    case GroupBy::kRoot: return "root";
    case GroupBy::kQuad: return "quad";
    case GroupBy::kDyad: return "dyad";
    case GroupBy::kNone: break;
  }
  return "";
}

Status EventQuery::Validate() const {
  for (const auto& [flag, value] : {std::pair{"--from", &from}, std::pair{"--to", &to}}) {
    if (value->empty()) continue;
    Result<Date> d = ParseDate(*value);
    if (!d.ok()) return Status::InvalidArgument(std::string(flag) + ": " + d.status().message());
    if (value->size() != 10) {
      return Status::InvalidArgument(std::string(flag) + ": give a day as YYYY-MM-DD, got '" + *value + "'");
    }
  }
  if (!from.empty() && !to.empty() && to < from) {
    return Status::InvalidArgument("--to " + to + " is before --from " + from);
  }
  if (quad < 0 || quad > 4) return Status::InvalidArgument("--quad must be 1, 2, 3 or 4");
  if (!root.empty() && (root.size() != 2 || root.find_first_not_of("0123456789") != std::string::npos)) {
    return Status::InvalidArgument("--root must be two digits (\"19\"), got '" + root + "'");
  }
  if (!cameo.empty() && (cameo.size() > 4 || cameo.find_first_not_of("0123456789") != std::string::npos)) {
    return Status::InvalidArgument("--cameo must be 1 to 4 digits (\"19\", \"193\", \"0874\"), got '" + cameo + "'");
  }
  if (!country.empty() && (country.size() != 3 || !std::all_of(country.begin(), country.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))) {
    return Status::InvalidArgument("--country must be an ISO alpha-3 code (\"IRQ\"), got '" + country + "'");
  }
  for (const auto& [flag, value] : {std::pair{"--source", &source}, std::pair{"--target", &target}}) {
    if (value->size() > 64 || value->find_first_of(" \t\r\n\x7f") != std::string::npos) {
      return Status::InvalidArgument(std::string(flag) + " must be an actor code prefix (\"IRQ\", \"IRQMIL\"), got '" +
                                     *value + "'");
    }
  }
  if (offset < 0) return Status::InvalidArgument("--offset must not be negative");
  return Status::Ok();
}

int QueryTable::Column(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  return -1;
}

SqlStatement BuildQuery(const EventQuery& q, bool sqlite_date_order) {
  Where w = BuildWhere(q);
  std::string sql;
  if (q.group_by == GroupBy::kNone) {
    const std::string hint = sqlite_date_order ? std::string(" INDEXED BY ") + Table(q) + "_by_date" : "";
    if (q.unit == Unit::kIncidents) {
      sql = std::string("SELECT ") + kIncidentColumns + " FROM incidents" + hint + w.sql +
            " ORDER BY date DESC, incident_id";
    } else {
      sql = std::string("SELECT ") + kReportColumns + (q.with_records ? std::string(", ") + RecordColumn() : "") +
            " FROM events" + hint + w.sql + " ORDER BY date DESC, story_id, sentence, event_id";
    }
    // Both engines take LIMIT then OFFSET; "all rows" is a limit no table reaches.
    if (q.limit > 0 || q.offset > 0) {
      const int64_t limit = q.limit > 0 ? q.limit : INT64_MAX;
      sql += " LIMIT " + w.Next(limit);
    }
    if (q.offset > 0) sql += " OFFSET " + w.Next(q.offset);
  } else {
    const auto [key, names] = SqlGroupKey(q.group_by);
    std::string select = "SELECT ";
    const std::vector<std::string> columns = q.group_by == GroupBy::kDyad
                                                 ? std::vector<std::string>{"source_code", "target_code"}
                                                 : q.group_by == GroupBy::kQuad
                                                       ? std::vector<std::string>{"root", "quad_class"}
                                                       : std::vector<std::string>{key};
    for (size_t i = 0; i < names.size(); ++i) select += (i ? ", " : "") + columns[i] + " AS " + names[i];
    const std::string reports = q.unit == Unit::kIncidents ? "SUM(reports)" : "COUNT(*)";
    sql = select + ", COUNT(*) AS events, " + reports + " AS reports, SUM(goldstein) AS goldstein_sum, " +
          "SUM(killed) AS killed FROM " + Table(q) + w.sql + " GROUP BY " + key;
  }
  return {std::move(sql), std::move(w.params)};
}

SqlStatement BuildCount(const EventQuery& q) {
  Where w = BuildWhere(q);
  return {std::string("SELECT COUNT(*) FROM ") + Table(q) + w.sql, std::move(w.params)};
}

const char* IncidentColumns() { return kIncidentColumns; }
const char* ReportColumns() { return kReportColumns; }
const char* RecordColumn() {
  return "(SELECT record FROM event_records r WHERE r.event_id = events.event_id) AS record";
}

std::vector<std::string> DisplayColumns(const EventQuery& q) {
  if (q.group_by != GroupBy::kNone) {
    std::vector<std::string> cols = KeyNames(q.group_by);
    cols.insert(cols.end(), {"events", "reports", "goldstein_mean", "killed"});
    return cols;
  }
  if (q.unit == Unit::kIncidents) {
    return {"date", "source_code", "cameo", "target_code", "location_name", "location_country", "killed", "wounded",
            "reports", "incident_id"};
  }
  return {"date", "source_code", "cameo", "target_code", "location_name", "location_country", "killed", "wounded",
          "story_id", "event_id"};
}

QueryTable RollUp(const EventQuery& q, QueryTable raw) {
  const size_t n_keys = SqlGroupKey(q.group_by).second.size();
  struct Sums {
    int64_t events = 0, reports = 0;
    double goldstein = 0;
    std::optional<int64_t> killed;
  };
  // Output key of a raw row: a week's Monday or a month for a day, the quad class for (root,
  // quad), the raw key otherwise. NULL keys (no date, no country) stay NULL.
  auto key_of = [&](const std::vector<SqlValue>& row) -> std::vector<SqlValue> {
    if (q.group_by == GroupBy::kQuad) return {row[1]};
    if ((q.group_by == GroupBy::kWeek || q.group_by == GroupBy::kMonth) && !IsNull(row[0])) {
      const std::string day = SqlValueText(row[0]);
      if (q.group_by == GroupBy::kMonth) return {day.substr(0, 7)};
      Result<Date> d = ParseDate(day);
      if (d.ok() && d->valid()) return {AddDays(*d, 1 - Weekday(*d)).ToString()};
    }
    return std::vector<SqlValue>(row.begin(), row.begin() + static_cast<long>(n_keys));
  };
  // Keys compare as text with NULL after every value, the same in both engines.
  auto less = [](const std::vector<SqlValue>& a, const std::vector<SqlValue>& b) {
    for (size_t i = 0; i < a.size(); ++i) {
      if (IsNull(a[i]) != IsNull(b[i])) return IsNull(b[i]);
      if (IsNull(a[i])) continue;
      if (std::holds_alternative<int64_t>(a[i]) && std::holds_alternative<int64_t>(b[i])) {
        if (std::get<int64_t>(a[i]) != std::get<int64_t>(b[i])) return std::get<int64_t>(a[i]) < std::get<int64_t>(b[i]);
        continue;
      }
      const std::string x = SqlValueText(a[i]), y = SqlValueText(b[i]);
      if (x != y) return x < y;
    }
    return false;
  };
  std::map<std::vector<SqlValue>, Sums, decltype(less)> groups(less);
  for (const auto& row : raw.rows) {
    Sums& s = groups[key_of(row)];
    s.events += SqlValueInt(row[n_keys]);
    s.reports += SqlValueInt(row[n_keys + 1]);
    s.goldstein += SqlValueNumber(row[n_keys + 2]);
    if (!IsNull(row[n_keys + 3])) s.killed = s.killed.value_or(0) + SqlValueInt(row[n_keys + 3]);
  }
  QueryTable out;
  out.columns = DisplayColumns(q);
  for (const auto& [key, s] : groups) {
    std::vector<SqlValue> row = key;
    row.push_back(s.events);
    row.push_back(s.reports);
    // Means are rounded here rather than in SQL, so both engines print the same figure.
    row.push_back(std::round(s.goldstein / static_cast<double>(std::max<int64_t>(1, s.events)) * 100.0) / 100.0);
    if (s.killed) row.emplace_back(*s.killed);
    else row.emplace_back(std::monostate{});
    out.rows.push_back(std::move(row));
  }
  // Time and quad class in key order; countries, roots and dyads most frequent first.
  if (q.group_by == GroupBy::kCountry || q.group_by == GroupBy::kRoot || q.group_by == GroupBy::kDyad) {
    const size_t events = out.columns.size() - 4;
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [&](const auto& a, const auto& b) { return SqlValueInt(a[events]) > SqlValueInt(b[events]); });
  }
  return out;
}

}  // namespace sitrep::store
