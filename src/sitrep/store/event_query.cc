#include "sitrep/store/event_query.h"

#include <algorithm>
#include <cctype>
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

  std::string Next(SqlValue v) {
    params.push_back(std::move(v));
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
  if (!q.country.empty()) {
    const std::string c = Upper(q.country);
    const std::string a = w.Next(c), b = w.Next(c), d = w.Next(c);
    w.sql += " AND (location_country = " + a + " OR (location_country IS NULL AND (source_country = " + b +
             " OR target_country = " + d + ")))";
  }
  if (!q.cameo.empty()) w.Prefix("cameo", q.cameo);
  if (!q.root.empty()) w.sql += " AND root = " + w.Next(q.root);
  if (q.quad != 0) w.sql += " AND quad_class = " + w.Next(static_cast<int64_t>(q.quad));
  if (q.unit == Unit::kReports && !q.include_negated) w.sql += " AND negated = 0";
  return w;
}

const char* Table(const EventQuery& q) { return q.unit == Unit::kIncidents ? "incidents" : "events"; }

// The grouping key's SQL and the names of its output columns.
std::pair<std::string, std::vector<std::string>> GroupKey(GroupBy g) {
  switch (g) {
    case GroupBy::kDay: return {"date", {"day"}};
    case GroupBy::kWeek: return {"week", {"week"}};
    case GroupBy::kMonth: return {"substr(date, 1, 7)", {"month"}};
    case GroupBy::kCountry: return {"COALESCE(location_country, source_country, target_country)", {"country"}};
    case GroupBy::kRoot: return {"root", {"root"}};
    case GroupBy::kQuad: return {"quad_class", {"quad_class"}};
    case GroupBy::kDyad: return {"source_code, target_code", {"source", "target"}};
    case GroupBy::kNone: break;
  }
  return {"", {}};
}

constexpr const char* kIncidentColumns =
    "incident_id, date, date_last, week, source_code, source_country, cameo, root, quad_class, goldstein, plover_type, "
    "target_code, target_country, location_name, location_country, location_admin1, lat, lon, location_precision, "
    "killed, wounded, reports, stories";
constexpr const char* kReportColumns =
    "event_id, story_id, sentence, date, date_precision, source_code, source_text, source_country, cameo, root, "
    "quad_class, goldstein, plover_type, target_code, target_text, target_country, location_name, location_country, "
    "location_admin1, lat, lon, location_precision, killed, wounded, negated, incident_id, coder_id";

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

SqlStatement BuildQuery(const EventQuery& q) {
  Where w = BuildWhere(q);
  std::string sql;
  if (q.group_by == GroupBy::kNone) {
    if (q.unit == Unit::kIncidents) {
      sql = std::string("SELECT ") + kIncidentColumns + " FROM incidents" + w.sql + " ORDER BY date DESC, incident_id";
    } else {
      sql = std::string("SELECT ") + kReportColumns + (q.with_records ? ", record" : "") + " FROM events" + w.sql +
            " ORDER BY date DESC, story_id, sentence, event_id";
    }
    // Both engines take LIMIT then OFFSET; "all rows" is a limit no table reaches.
    if (q.limit > 0 || q.offset > 0) sql += " LIMIT " + w.Next(q.limit > 0 ? q.limit : INT64_MAX);
    if (q.offset > 0) sql += " OFFSET " + w.Next(q.offset);
  } else {
    const auto [key, names] = GroupKey(q.group_by);
    std::string select = "SELECT ";
    for (size_t i = 0; i < names.size(); ++i) {
      // "source_code, target_code" -> "source_code AS source, target_code AS target"
      select += (i ? ", " : "");
      select += q.group_by == GroupBy::kDyad ? (i == 0 ? "source_code" : "target_code") : key;
      select += " AS " + names[i];
    }
    const std::string reports = q.unit == Unit::kIncidents ? "SUM(reports)" : "COUNT(*)";
    const bool by_count = q.group_by == GroupBy::kDyad || q.group_by == GroupBy::kCountry || q.group_by == GroupBy::kRoot;
    sql = select + ", COUNT(*) AS events, " + reports + " AS reports, AVG(goldstein) AS goldstein_mean, " +
          "SUM(killed) AS killed FROM " + Table(q) + w.sql + " GROUP BY " + key + " ORDER BY " +
          (by_count ? "COUNT(*) DESC, " + key : key);
  }
  return {std::move(sql), std::move(w.params)};
}

SqlStatement BuildCount(const EventQuery& q) {
  Where w = BuildWhere(q);
  std::string sql;
  if (q.group_by == GroupBy::kNone) {
    sql = std::string("SELECT COUNT(*) FROM ") + Table(q) + w.sql;
  } else {
    sql = std::string("SELECT COUNT(*) FROM (SELECT 1 AS one FROM ") + Table(q) + w.sql + " GROUP BY " +
          GroupKey(q.group_by).first + ") AS g";
  }
  return {std::move(sql), std::move(w.params)};
}

const char* IncidentColumns() { return kIncidentColumns; }
const char* ReportColumns() { return kReportColumns; }

std::vector<std::string> DisplayColumns(const EventQuery& q) {
  if (q.group_by != GroupBy::kNone) {
    std::vector<std::string> cols = GroupKey(q.group_by).second;
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

}  // namespace sitrep::store
