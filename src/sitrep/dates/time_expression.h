// TimeExpressionFinder: finds the words of a sentence that say when something happened and
// resolves them against the story's publication date.
//
// Forms and conventions (docs/dates.md has the full table):
//   weekday ("on Sunday", "late Tuesday", "Monday night")  the most recent such day on or before
//                                                          the publication date          day
//   "today", "tonight", "this morning" / "yesterday", "last night" / "the day before yesterday"
//                                                                                        day
//   "on July 10", "10 July", "July 10, 2017"   in the publication year unless that would lie
//                                              after the publication date                day
//   "in July", "last July" / "in July 2017"    likewise / as given                       month
//   "last week", "this week", "earlier this week"  the Monday of that week               week
//   "last month", "earlier this month"         the first of that month                   month
//   "last year", "in 2019", "in early 2019"    January 1 of that year                    year
//   "three days|weeks|months|years ago"        counted back, at that unit's precision
//   "since 2014", "since March"                the start of the period, with `since` set
// A resolved date is the first day of its period (a week starts on Monday). Relative forms
// need a valid publication date and are skipped without one; absolute forms are not.
// Input: the story's tokens and a [first, last) token range; output: expressions in text order,
// non-overlapping, each with its token range.
// Thread-safety: stateless; Find is const.
#pragma once

#include <cstdint>
#include <vector>

#include "sitrep/core/date.h"
#include "sitrep/core/token.h"

namespace sitrep::dates {

enum class DatePrecision { kDay, kWeek, kMonth, kYear };
const char* DatePrecisionName(DatePrecision p);  // "day", "week", "month", "year"

struct TimeExpression {
  int32_t first_token = 0;  // story token index, inclusive
  int32_t last_token = 0;   // exclusive
  Date date;                // first day of the period meant
  DatePrecision precision = DatePrecision::kDay;
  bool since = false;       // "since 2014": the start of a state that continues
};

class TimeExpressionFinder {
 public:
  std::vector<TimeExpression> Find(const std::vector<Token>& tokens, int32_t first, int32_t last,
                                   const Date& published) const;
};

}  // namespace sitrep::dates
