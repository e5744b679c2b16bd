#include "sitrep/dates/time_expression.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::dates {
namespace {

struct Core {
  int32_t end = 0;  // exclusive token index
  Date date;
  DatePrecision precision = DatePrecision::kDay;
};

int WeekdayOf(std::string_view w) {
  static const std::array<std::string_view, 7> kNames = {"monday", "tuesday", "wednesday", "thursday",
                                                         "friday", "saturday", "sunday"};
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

int MonthOf(std::string_view w) {
  static const std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i]) return static_cast<int>(i) + 1;
  }
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  // Wire-style abbreviations; "may", "mar" and "jun" stay out as words of their own.
  static const std::array<std::pair<std::string_view, int>, 10> kShort = {{
      {"jan", 1}, {"feb", 2}, {"apr", 4}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10},
      {"nov", 11}, {"dec", 12}, {"jul", 7}}};
  for (const auto& [name, m] : kShort) {
    if (w == name) return m;
  }
  return 0;
}

// "12" -> 12, "12th" -> 12; -1 when `w` is not a number written in digits.
int DigitsValue(std::string_view w, bool allow_ordinal) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 4) return -1;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && !(allow_ordinal && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th"))) {
    return -1;
  }
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (w[i] - '0');
  return v;
}

// Counts written out for "N days ago": digits, "a"/"an", one..twenty.
int CountValue(std::string_view w) {
  const int d = DigitsValue(w, false);
  if (d >= 0) return d;
  static const std::array<std::string_view, 21> kWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty"};
  for (size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i);
  }
  if (w == "a" || w == "an") return 1;
  return -1;
}

bool IsYear(int v) { return v >= 1900 && v <= 2100; }

Date Make(int y, int m, int d) { return Date{y, m, d}; }
Date FirstOfMonth(int y, int m) { return Make(y, m, 1); }
Date MondayOf(const Date& d) { return AddDays(d, -(Weekday(d) - 1)); }
// Month `m` counted back from (y, m0) by `back` months.
Date MonthsBack(const Date& pub, int back) {
  int index = pub.year * 12 + (pub.month - 1) - back;
  return FirstOfMonth(index / 12, index % 12 + 1);
}

bool Capitalized(const Token& t) { return !t.form.empty() && t.form[0] >= 'A' && t.form[0] <= 'Z'; }

class Matcher {
 public:
  Matcher(const std::vector<Token>& tokens, int32_t last, const Date& pub)
      : tokens_(tokens), last_(last), pub_(pub) {}

  std::string_view Lower(int32_t i) const {
    return i < last_ ? std::string_view(tokens_[i].lower) : std::string_view();
  }

  // A time expression starting exactly at `j` (no leading preposition); `lead` says whether a
  // preposition or modifier came before, which months and bare years need.
  std::optional<Core> At(int32_t j, bool lead) const {
    const std::string_view w = Lower(j);
    if (w.empty()) return std::nullopt;
    const bool rel = pub_.valid();
    if (w == "the" && Lower(j + 1) == "day" && Lower(j + 2) == "before" && Lower(j + 3) == "yesterday" && rel) {
      return Core{j + 4, AddDays(pub_, -2), DatePrecision::kDay};
    }
    if (w == "yesterday" && rel) return Core{j + 1, AddDays(pub_, -1), DatePrecision::kDay};
    if ((w == "today" || w == "tonight") && rel) return Core{j + 1, pub_, DatePrecision::kDay};
    if ((w == "this" || w == "earlier" || w == "later") && rel) {
      int32_t k = j + 1;
      if (w != "this" && Lower(k) == "this") ++k;
      else if (w != "this") return std::nullopt;
      const std::string_view unit = Lower(k);
      if (unit == "morning" || unit == "afternoon" || unit == "evening") return Core{k + 1, pub_, DatePrecision::kDay};
      if (unit == "week") return Core{k + 1, MondayOf(pub_), DatePrecision::kWeek};
      if (unit == "month") return Core{k + 1, FirstOfMonth(pub_.year, pub_.month), DatePrecision::kMonth};
      if (unit == "year") return Core{k + 1, FirstOfMonth(pub_.year, 1), DatePrecision::kYear};
      return std::nullopt;
    }
    if ((w == "last" || w == "past") && rel) {
      const std::string_view unit = Lower(j + 1);
      if (unit == "night") return Core{j + 2, AddDays(pub_, -1), DatePrecision::kDay};
      if (unit == "week") return Core{j + 2, AddDays(MondayOf(pub_), -7), DatePrecision::kWeek};
      if (unit == "month") return Core{j + 2, MonthsBack(pub_, 1), DatePrecision::kMonth};
      if (unit == "year") return Core{j + 2, FirstOfMonth(pub_.year - 1, 1), DatePrecision::kYear};
      if (w == "last" && j + 1 < last_ && Capitalized(tokens_[j + 1])) {
        if (const int wd = WeekdayOf(unit); wd != 0) {
          int delta = (Weekday(pub_) - wd + 7) % 7;
          if (delta == 0) delta = 7;  // "last Sunday" written on a Sunday is a week back
          return Core{PartOfDay(j + 2), AddDays(pub_, -delta), DatePrecision::kDay};
        }
        if (const int m = MonthOf(unit); m != 0) {
          const int y = m < pub_.month ? pub_.year : pub_.year - 1;
          return Core{j + 2, FirstOfMonth(y, m), DatePrecision::kMonth};
        }
      }
      return std::nullopt;
    }
    if (const int wd = WeekdayOf(w); wd != 0 && Capitalized(tokens_[j]) && rel) {
      const int delta = (Weekday(pub_) - wd + 7) % 7;
      return Core{PartOfDay(j + 1), AddDays(pub_, -delta), DatePrecision::kDay};
    }
    if (const int m = MonthOf(w); m != 0 && Capitalized(tokens_[j])) return MonthFirst(j, m, lead);
    if (const int d = DigitsValue(w, true); d >= 1 && d <= 31) {
      if (const int m = MonthOf(Lower(j + 1)); m != 0 && Capitalized(tokens_[j + 1])) {
        return DayMonth(j + 2, d, m);
      }
    }
    if (const int y = DigitsValue(w, false); IsYear(y) && lead && tokens_[j].form.size() == 4) {
      return Core{j + 1, FirstOfMonth(y, 1), DatePrecision::kYear};
    }
    if (const int n = CountValue(w); n >= 0 && rel) {
      const std::string_view unit = Lower(j + 1);
      if (Lower(j + 2) != "ago") return std::nullopt;
      if (unit == "day" || unit == "days") return Core{j + 3, AddDays(pub_, -n), DatePrecision::kDay};
      if (unit == "week" || unit == "weeks") {
        return Core{j + 3, MondayOf(AddDays(pub_, -7 * n)), DatePrecision::kWeek};
      }
      if (unit == "month" || unit == "months") return Core{j + 3, MonthsBack(pub_, n), DatePrecision::kMonth};
      if (unit == "year" || unit == "years") return Core{j + 3, FirstOfMonth(pub_.year - n, 1), DatePrecision::kYear};
    }
    return std::nullopt;
  }

 private:
  // "Monday night", "Tuesday morning": the part of the day belongs to the expression.
  int32_t PartOfDay(int32_t k) const {
    const std::string_view p = Lower(k);
    return p == "night" || p == "morning" || p == "evening" || p == "afternoon" ? k + 1 : k;
  }

  // Year after a day or month: "July 10, 2017", "10 July 2017", "July 2017".
  int YearAt(int32_t k, int32_t* end) const {
    int32_t at = Lower(k) == "," ? k + 1 : k;
    const int y = DigitsValue(Lower(at), false);
    if (IsYear(y) && tokens_[at].form.size() == 4) {
      *end = at + 1;
      return y;
    }
    return 0;
  }

  std::optional<Core> DayMonth(int32_t k, int d, int m) const {
    int32_t end = k;
    int y = YearAt(k, &end);
    if (y == 0) {
      if (!pub_.valid()) return std::nullopt;
      y = pub_.year;
      if (d <= DaysInMonth(y, m) && Make(y, m, d) > pub_) --y;
    }
    if (d > DaysInMonth(y, m)) return std::nullopt;
    return Core{end, Make(y, m, d), DatePrecision::kDay};
  }

  std::optional<Core> MonthFirst(int32_t j, int m, bool lead) const {
    if (const int d = DigitsValue(Lower(j + 1), true); d >= 1 && d <= 31) {
      // "July 10" but not "July 2017" (a year) and not "May 10 people" -- a day needs a month
      // that is not also an English word, or a lead word before it.
      if (m != 5 || lead) return DayMonth(j + 2, d, m);
    }
    int32_t end = j + 1;
    if (const int y = YearAt(j + 1, &end); y != 0) return Core{end, FirstOfMonth(y, m), DatePrecision::kMonth};
    if (!lead || !pub_.valid()) return std::nullopt;
    const int y = m <= pub_.month ? pub_.year : pub_.year - 1;
    return Core{j + 1, FirstOfMonth(y, m), DatePrecision::kMonth};
  }

  const std::vector<Token>& tokens_;
  int32_t last_;
  Date pub_;
};

bool IsLead(std::string_view w) {
  return w == "on" || w == "in" || w == "during" || w == "since" || w == "late" || w == "early" ||
         w == "mid" || w == "until" || w == "by" || w == "from";
}

}  // namespace

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

std::vector<TimeExpression> TimeExpressionFinder::Find(const std::vector<Token>& tokens, int32_t first,
                                                       int32_t last, const Date& published) const {
  std::vector<TimeExpression> found;
  Matcher m(tokens, last, published);
  for (int32_t i = first; i < last;) {
    // Up to two lead words: "in late July", "since early 2019", "on Sunday".
    int32_t j = i;
    bool since = false;
    while (j < last && j - i < 2 && IsLead(m.Lower(j))) {
      since = since || m.Lower(j) == "since";
      ++j;
    }
    std::optional<Core> core;
    int32_t start = i;
    if (j > i) core = m.At(j, true);
    if (!core) {
      core = m.At(i, false);
      since = false;
    }
    if (!core) {
      ++i;
      continue;
    }
    // "earlier today": the modifier belongs to the expression.
    if (start > first && (m.Lower(start - 1) == "earlier") && tokens[start].lower == "today") --start;
    found.push_back(TimeExpression{start, core->end, core->date, core->precision, since});
    i = core->end;
  }
  return found;
}

}  // namespace sitrep::dates
