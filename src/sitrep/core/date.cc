#include "sitrep/core/date.h"

#include <cstdio>

namespace sitrep {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

int64_t Date::DaysSinceEpoch() const {
  // Howard Hinnant's days_from_civil: exact for every Gregorian date.
  int y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date DateFromDays(int64_t z) {
  // Howard Hinnant's civil_from_days, the inverse of days_from_civil above.
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(static_cast<int64_t>(yoe) + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

Date AddDays(const Date& d, int64_t days) { return DateFromDays(d.DaysSinceEpoch() + days); }

int Weekday(const Date& d) {
  // 1970-01-01 was a Thursday (ISO 4).
  const int64_t w = (d.DaysSinceEpoch() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

std::string Date::ToString() const {
  if (!valid()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Result<Date> ParseDate(std::string_view text) {
  Date d;
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !Digits(text, 0, 4, &d.year) ||
      !Digits(text, 5, 2, &d.month) || !Digits(text, 8, 2, &d.day) ||
      (text.size() > 10 && text[10] != 'T' && text[10] != ' ')) {
    return Status::InvalidArgument("date '" + std::string(text.substr(0, 40)) +
                                   "' is not YYYY-MM-DD (optionally followed by a time)");
  }
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month)) {
    return Status::InvalidArgument("date '" + std::string(text.substr(0, 10)) +
                                   "' does not exist in the calendar");
  }
  return d;
}

}  // namespace sitrep
