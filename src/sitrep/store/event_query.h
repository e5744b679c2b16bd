// EventQuery: the filters, grouping and paging of `sitrep query`, GET /v1/events and
// GET /v1/stats, the SQL they become, and the table of rows they return.
//
// Unit: incidents (default: the reports of one event collapsed into one row, see
// incident_clusterer.h) or reports (one row per coded event, as each sentence gave it).
// Filters (all optional, combined with AND):
//   from / to      date range, inclusive (YYYY-MM-DD); an incident's date is its first report's
//   source/target  actor code prefix, case-insensitive: "IRQ" matches IRQ, IRQMIL, IRQGOV ...
//   country        ISO alpha-3 of the row's country: where it happened, or, when the text names
//                  no place, its source's country (else its target's) — the `country` column,
//                  so per-country counts add up to the total
//   cameo          CAMEO code prefix ("19" = every code of root 19, "193" and its subcodes)
//   root, quad     exact CAMEO root ("19") and quad class (1..4)
//   negated        reports negated in the text ("did not attack") are left out unless asked
//                  for; incidents are built from non-negated reports only
// Grouping: none (rows newest first, `limit` rows from `offset`), or counts per day, week
// (Monday), month, country, root, quad class or dyad, each with the number of rows, the
// reports behind them, the mean Goldstein score and the killed stated.
// Every value is bound as a parameter; the SQL text depends only on which filters are set.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/store/sql_connection.h"

namespace sitrep::store {

enum class GroupBy { kNone, kDay, kWeek, kMonth, kCountry, kRoot, kQuad, kDyad };
Result<GroupBy> ParseGroupBy(const std::string& name);  // "day", "week", ... ("" = none)
const char* GroupByName(GroupBy g);                     // "" for kNone

enum class Unit { kIncidents, kReports };

struct EventQuery {
  std::string from, to;
  std::string source, target;
  std::string country;
  std::string cameo;
  std::string root;
  int quad = 0;  // 0 = any
  bool include_negated = false;
  Unit unit = Unit::kIncidents;
  GroupBy group_by = GroupBy::kNone;
  int64_t limit = 100;  // rows without grouping; <= 0 = all
  int64_t offset = 0;   // rows skipped without grouping (paging)
  bool with_records = false;  // reports without grouping: add the full JSON record column

  // A clear message for a filter that cannot match anything well-formed ("--from 2017-13-01").
  // Messages name the CLI flag; the HTTP API names the same parameter without dashes.
  Status Validate() const;
};

struct QueryTable {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;

  int Column(std::string_view name) const;  // index, -1 when absent
};

// The SQL of a query and its parameters.
struct SqlStatement {
  std::string sql;
  std::vector<SqlValue> params;
};

// The rows `q` asks for. REQUIRES: q.Validate().ok().
// `sqlite_date_order`: read the rows through the table's date index (SQLite's INDEXED BY), newest
// first, filtering as it goes — the fast plan when an actor prefix matches many rows, which
// SQLite's planner does not foresee (see EventStore::Query).
SqlStatement BuildQuery(const EventQuery& q, bool sqlite_date_order = false);
// The number of rows `q` matches before paging. REQUIRES: q.group_by == GroupBy::kNone.
SqlStatement BuildCount(const EventQuery& q);
// Turns the rows of a grouped BuildQuery(q) into what the caller sees: days rolled up into weeks
// or months, (root, quad class) into quad classes, sums into means (rounded to 2 places), and
// rows ordered (time and quad class by key; countries, roots, dyads most frequent first, ties by
// key; NULL keys last).
QueryTable RollUp(const EventQuery& q, QueryTable raw);

// The columns of an incident row and of a report row, as a SELECT list.
const char* IncidentColumns();
const char* ReportColumns();
// A select-list item giving a report's JSON record as `record` (it lives in event_records).
const char* RecordColumn();

// Columns a terminal table shows (csv and json show every column).
std::vector<std::string> DisplayColumns(const EventQuery& q);

}  // namespace sitrep::store
