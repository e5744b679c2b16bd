// EventQuery: the filters and grouping of `sitrep query` (and later GET /v1/events and
// /v1/stats), and the table of rows it returns.
//
// Filters (all optional, combined with AND):
//   from / to      event date range, inclusive (YYYY-MM-DD)
//   source/target  actor code prefix: "IRQ" matches IRQ, IRQMIL, IRQGOV ...
//   country        ISO alpha-3 of where the event happened; events with no location count
//                  when their source or target belongs to the country
//   cameo          CAMEO code prefix ("19" = every code of root 19, "193" and its subcodes)
//   root, quad     exact CAMEO root ("19") and quad class (1..4)
//   negated        events negated in the text ("did not attack") are left out unless asked for
// Grouping: none (one row per event, newest first, `limit` rows), or counts per day, week
// (Monday), month, country, root, quad class or dyad, each row with the number of events, the
// mean Goldstein score and the killed stated. Every value is bound to a prepared statement.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::store {

enum class GroupBy { kNone, kDay, kWeek, kMonth, kCountry, kRoot, kQuad, kDyad };
Result<GroupBy> ParseGroupBy(const std::string& name);  // "day", "week", ... ("" = none)

struct EventQuery {
  std::string from, to;
  std::string source, target;
  std::string country;
  std::string cameo;
  std::string root;
  int quad = 0;  // 0 = any
  bool include_negated = false;
  GroupBy group_by = GroupBy::kNone;
  int64_t limit = 100;  // rows without grouping; <= 0 = all

  // A clear message for a filter that cannot match anything well-formed ("--from 2017-13-01").
  Status Validate() const;
};

struct QueryTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // "" for NULL
};

}  // namespace sitrep::store
