#include "sitrep/text/apostrophe_repair.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "sitrep/text/utf8.h"

namespace sitrep::text {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A byte that ends a word: anything but an ASCII letter or digit, or a UTF-8 lead/continuation.
bool EndsWord(const std::string& t, size_t i) {
  if (i >= t.size()) return true;
  const unsigned char c = static_cast<unsigned char>(t[i]);
  return !(IsAsciiLetter(t[i]) || (c >= '0' && c <= '9') || c >= 0x80);
}

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Should "<prev> <clitic>" become "<prev>'<clitic>"? Both are lowercase ASCII.
bool IsStrippedClitic(std::string_view prev, std::string_view clitic) {
  if (clitic == "s") return prev.size() >= 2;
  if (clitic == "t")
    return In(prev, {"don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven",
                     "hadn", "couldn", "wouldn", "shouldn", "won", "can", "ain", "mustn", "needn",
                     "mightn", "shan"});
  if (clitic == "re") return In(prev, {"we", "you", "they", "who", "what", "there"});
  if (clitic == "ve")
    return In(prev, {"i", "we", "you", "they", "who", "would", "could", "should", "might", "must"});
  if (clitic == "ll")
    return In(prev, {"i", "you", "he", "she", "it", "we", "they", "that", "there", "who", "what"});
  if (clitic == "d") return In(prev, {"i", "you", "he", "she", "we", "they", "who", "that"});
  if (clitic == "m") return prev == "i";
  return false;
}

// Words whose inner apostrophe was stripped: "<left> <right>" -> "<left>'<right>".
struct InnerApostrophe {
  std::string_view left, right;
};
constexpr std::array<InnerApostrophe, 9> kInner = {{
    {"shi", "ite"}, {"shi", "ites"}, {"shi", "a"}, {"ba", "ath"}, {"ba", "athist"},
    {"ba", "athists"}, {"qur", "an"}, {"sana", "a"}, {"o", "clock"},
}};

}  // namespace

size_t RepairApostrophes(std::string* text) {
  std::string& t = *text;
  size_t repairs = 0;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] != ' ' || !IsAsciiLetter(t[i - 1]) || !IsAsciiLetter(t[i + 1])) continue;
    // The word before the space.
    size_t ws = i;
    while (ws > 0 && IsAsciiLetter(t[ws - 1])) --ws;
    if (ws > 0 && !EndsWord(t, ws - 1) ) continue;  // digits or UTF-8 glued to it: leave alone
    // The word after the space.
    size_t we = i + 1;
    while (we < t.size() && IsAsciiLetter(t[we])) ++we;
    if (!EndsWord(t, we)) continue;
    if (we < t.size() && t[we] == '\'') continue;  // "s'" etc.: something else is going on
    const std::string prev = ToLower(std::string_view(t).substr(ws, i - ws));
    const std::string next = ToLower(std::string_view(t).substr(i + 1, we - i - 1));
    bool repair = IsStrippedClitic(prev, next);
    if (!repair) {
      for (const auto& w : kInner) {
        if (prev == w.left && next == w.right) {
          repair = true;
          break;
        }
      }
    }
    if (repair) {
      t[i] = '\'';
      ++repairs;
    }
  }
  return repairs;
}

}  // namespace sitrep::text
