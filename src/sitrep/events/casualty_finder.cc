#include "sitrep/events/casualty_finder.h"

#include <array>
#include <optional>
#include <string_view>

namespace sitrep::events {
namespace {

struct Count {
  int64_t n = 0;
  CountQualifier qualifier = CountQualifier::kExact;
  int32_t end = 0;  // exclusive
};

int64_t WordValue(std::string_view w) {
  static const std::array<std::string_view, 20> kUnits = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  static const std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                        "sixty", "seventy", "eighty", "ninety"};
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (w == kUnits[i]) return static_cast<int64_t>(i);
  }
  for (size_t i = 0; i < kTens.size(); ++i) {
    if (w == kTens[i]) return static_cast<int64_t>(20 + 10 * i);
    // "twenty-five"
    if (w.size() > kTens[i].size() + 1 && w.substr(0, kTens[i].size()) == kTens[i] && w[kTens[i].size()] == '-') {
      const int64_t unit = WordValue(w.substr(kTens[i].size() + 1));
      if (unit > 0 && unit < 10) return static_cast<int64_t>(20 + 10 * i) + unit;
    }
  }
  return -1;
}

// "12", "1,200" -> value; -1 otherwise.
int64_t DigitValue(std::string_view w) {
  int64_t v = 0;
  int digits = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (++digits > 9) return -1;
    } else if (c != ',' || digits == 0) {
      return -1;
    }
  }
  return digits > 0 && w.back() != ',' ? v : -1;
}

bool IsBe(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "being" || w == "is" || w == "are" ||
         w == "got" || w == "get" || w == "getting";
}

class CountReader {
 public:
  CountReader(const std::vector<Token>& tokens, int32_t last) : tokens_(tokens), last_(last) {}

  std::string_view Lower(int32_t i) const {
    return i >= 0 && i < last_ ? std::string_view(tokens_[i].lower) : std::string_view();
  }

  // A count starting at `p`: [qualifier] number [hundred|thousand|million].
  std::optional<Count> At(int32_t p) const {
    Count c;
    int32_t k = p;
    const std::string_view w = Lower(k);
    const std::string_view next = Lower(k + 1);
    if ((w == "at" && (next == "least")) || (w == "more" && next == "than") || (w == "no" && next == "fewer")) {
      c.qualifier = CountQualifier::kAtLeast;
      k += w == "no" ? 3 : 2;  // "no fewer than"
    } else if (w == "over") {
      c.qualifier = CountQualifier::kAtLeast;
      k += 1;
    } else if (w == "about" || w == "around" || w == "nearly" || w == "some" || w == "roughly" ||
               w == "approximately" || w == "almost" || w == "estimated") {
      c.qualifier = CountQualifier::kApproximate;
      k += 1;
    } else if ((w == "an" && next == "estimated") || (w == "close" && next == "to")) {
      c.qualifier = CountQualifier::kApproximate;
      k += 2;
    } else if (w == "up" && next == "to") {
      c.qualifier = CountQualifier::kAtMost;
      k += 2;
    } else if (w == "as" && next == "many" && Lower(k + 2) == "as") {
      c.qualifier = CountQualifier::kAtMost;
      k += 3;
    }
    const std::string_view v = Lower(k);
    if (v.empty()) return std::nullopt;
    // Vague quantities.
    struct Vague { std::string_view word; int64_t n; };
    static const std::array<Vague, 5> kVague = {{{"dozens", 24}, {"scores", 40}, {"hundreds", 200},
                                                 {"thousands", 2000}, {"several", 3}}};
    for (const auto& [word, n] : kVague) {
      if (v == word) {
        if (c.qualifier == CountQualifier::kExact) c.qualifier = CountQualifier::kApproximate;
        c.n = n;
        c.end = k + 1;
        return c;
      }
    }
    if ((v == "a" || v == "an") && Lower(k + 1) == "dozen") {
      c = Count{12, CountQualifier::kApproximate, k + 2};
      return c;
    }
    if ((v == "no" && (Lower(k + 1) == "one" || Lower(k + 1) == "casualties")) || v == "nobody") {
      return Count{0, CountQualifier::kExact, v == "nobody" ? k + 1 : k + 2};
    }
    int64_t n = DigitValue(v);
    if (n < 0) {
      n = WordValue(v);
      // "twenty-five" split by the tokenizer into "twenty", "-", "five".
      if (n >= 20 && n % 10 == 0 && Lower(k + 1) == "-") {
        const int64_t unit = WordValue(Lower(k + 2));
        if (unit > 0 && unit < 10) n += unit, k += 2;
      }
    }
    if (n < 0 && (v == "his" || v == "her") && c.qualifier == CountQualifier::kExact) {
      // "wounded his wife": one person, when a singular noun follows.
      const std::string_view noun = Lower(k + 1);
      if (noun.size() > 2 && noun.back() != 's') return Count{1, CountQualifier::kExact, k + 1};
      return std::nullopt;
    }
    if (n < 0 && (v == "a" || v == "an") && c.qualifier == CountQualifier::kExact) {
      // "a policeman was killed": one person, when a noun follows (not "a number of").
      const std::string_view noun = Lower(k + 1);
      if (noun.empty() || noun == "number" || noun == "few" || noun == "lot" || noun == "total" ||
          noun == "series" || noun == "wave" || noun == "string" || noun == "spate") {
        return std::nullopt;
      }
      return Count{1, CountQualifier::kExact, k + 1};
    }
    if (n < 0) return std::nullopt;
    ++k;
    if (Lower(k) == "hundred") n *= 100, ++k;
    if (Lower(k) == "thousand") n *= 1000, ++k;
    if (Lower(k) == "million") n *= 1000000, ++k;
    // Years and times are not counts: "in 2019", "2019 attack", "10 a.m.".
    if (n >= 1900 && n <= 2100 && tokens_[k - 1].form.size() == 4) return std::nullopt;
    const std::string_view after = Lower(k);
    if (after == "a.m." || after == "p.m." || after == "percent" || after == "%" || after == "km" ||
        after == "kilometers" || after == "miles" || after == "meters" || after == "years" ||
        after == "days" || after == "hours" || after == "minutes" || after == "weeks" || after == "months") {
      return std::nullopt;
    }
    c.n = n;
    c.end = k;
    return c;
  }

 private:
  const std::vector<Token>& tokens_;
  int32_t last_;
};

enum class Side { kNone, kRightOrLeft, kRight, kLeft };

// Whether `w` says killed (1), wounded (0) or neither (-1), and where its count stands.
int Trigger(std::string_view w, std::string_view prev, Side* side) {
  if (w == "killing" || w == "wounding" || w == "injuring") {
    *side = Side::kRight;
    return w == "killing" ? 1 : 0;
  }
  // Headline present tense: "Suicide blast kills at least 26".
  if (w == "kills" || w == "kill" || w == "wounds" || w == "injures" || w == "injure" || w == "wound") {
    *side = Side::kRight;
    return w == "kills" || w == "kill" ? 1 : 0;
  }
  if (w == "killed" || w == "slain") {
    *side = Side::kRightOrLeft;
    return 1;
  }
  if (w == "wounded" || w == "injured" || w == "hurt") {
    *side = Side::kRightOrLeft;
    return 0;
  }
  if (w == "dead" && prev == "shot") {  // "shot dead four suspects" (or "four were shot dead")
    *side = Side::kRightOrLeft;
    return 1;
  }
  if (w == "died" || w == "dead" || w == "perished" || w == "die") {
    *side = Side::kLeft;
    return 1;
  }
  *side = Side::kNone;
  return -1;
}

bool StopsLeftScan(std::string_view w) {
  return w == ";" || w == ":" || w == "said" || w == "says" || w == "after" || w == "when" || w == "while" ||
         w == "but" || w == "which" || w == "who" || w == "that" || w == "where" || w == "because" ||
         w == "killing" || w == "wounding" || w == "injuring";
}

}  // namespace

const char* CountQualifierName(CountQualifier q) {
  switch (q) {
    case CountQualifier::kExact: return "exact";
    case CountQualifier::kAtLeast: return "at_least";
    case CountQualifier::kApproximate: return "approximate";
    case CountQualifier::kAtMost: return "at_most";
  }
  return "exact";
}

std::vector<CasualtyCount> CasualtyFinder::Find(const std::vector<Token>& tokens, int32_t first, int32_t last,
                                                const std::vector<std::string>& upos) const {
  std::vector<CasualtyCount> found;
  CountReader reader(tokens, last);
  int32_t used_until = first;  // count words before this index are taken
  for (int32_t t = first; t < last; ++t) {
    Side side;
    const int killed = Trigger(tokens[t].lower, t > first ? std::string_view(tokens[t - 1].lower) : "", &side);
    if (killed < 0) continue;
    // A threat or a fear is no count ("threatened to kill", "could kill thousands", "would
    // die"); a past possibility is ("up to 15 may have been killed": at most 15).
    bool hedged = false;
    for (int32_t b = t - 1; b >= first && b >= t - 3; --b) {
      const std::string_view w = tokens[b].lower;
      const bool perfect = b + 1 < last && tokens[b + 1].lower == "have";
      if (((w == "may" || w == "might" || w == "could") && !perfect) || w == "would" || w == "will" || w == "to" ||
          w == "feared" || w == "fear" || w == "threatened") {
        hedged = true;
      }
    }
    if (hedged) continue;
    const bool after_be = t > first && (IsBe(tokens[t - 1].lower) ||
                                        (t - 1 > first && IsBe(tokens[t - 2].lower)));
    std::optional<Count> count;
    int32_t start = 0;
    if (side == Side::kRight || (side == Side::kRightOrLeft && !after_be)) {
      if (t + 1 >= used_until) {
        count = reader.At(t + 1);
        start = t + 1;
      }
    }
    if (!count && side != Side::kRight) {
      // The leftmost count of the trigger's own clause: stop at clause words and other verbs.
      for (int32_t b = t - 1; b >= used_until && b >= t - 12; --b) {
        const std::string_view w = tokens[b].lower;
        // "12 people, including nine children, were killed": the subset is not the count.
        if (w == "including") {
          count.reset();
          continue;
        }
        if (StopsLeftScan(w)) break;
        if (!upos.empty() && upos[b] == "VERB" && b != t - 1 && w != "left") break;
        if (auto c = reader.At(b); c && c->end <= t) {
          count = c;
          start = b;
        }
      }
    }
    // "Presidential candidate Fernando Villavicencio was shot dead": one named person.
    if (!count && after_be && !upos.empty() && side != Side::kRight) {
      int32_t b = t - 1;
      while (b > first && (IsBe(tokens[b].lower) || upos[b] == "ADV")) --b;
      if (b > first && upos[b] == "PROPN" && upos[b - 1] == "PROPN" && b + 1 < t && IsBe(tokens[b + 1].lower)) {
        count = Count{1, CountQualifier::kExact, b + 1};
        start = b;
      }
    }
    if (!count) continue;
    found.push_back(CasualtyCount{killed == 1, count->n, count->qualifier, start, count->end, t});
    used_until = std::max(used_until, std::max(count->end, t + 1));
  }
  return found;
}

}  // namespace sitrep::events
