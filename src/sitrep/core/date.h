// Date: a calendar day (proleptic Gregorian), parsed from the story's "date" field.
//
// Accepts "YYYY-MM-DD" and ISO 8601 times that start with it ("2017-07-20T08:30:00Z",
// "2025-03-14 20:30:26Z"); the time part is ignored because events are dated to the day.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sitrep/core/status.h"

namespace sitrep {

struct Date {
  int year = 0;   // 0 means "no date"
  int month = 0;  // 1..12
  int day = 0;    // 1..31, checked against the month

  bool valid() const { return year != 0; }
  // Days since 1970-01-01; used to order dates and compare them with dictionary windows.
  int64_t DaysSinceEpoch() const;
  std::string ToString() const;  // "YYYY-MM-DD", or "" when !valid()
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) = default;
};

// Days in `month` (1..12) of `year`, leap years included.
int DaysInMonth(int year, int month);

// The date `days` days after 1970-01-01 (the inverse of Date::DaysSinceEpoch).
Date DateFromDays(int64_t days);
// `d` moved by `days` (negative: back).
Date AddDays(const Date& d, int64_t days);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int Weekday(const Date& d);

// Parses "YYYY-MM-DD" optionally followed by 'T' or ' ' and a time.
Result<Date> ParseDate(std::string_view text);

}  // namespace sitrep
