#include "sitrep/text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text {
namespace {

bool StartsUpper(const Token& t) {
  const char c = t.form.empty() ? '\0' : t.form[0];
  return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

bool IsTerminal(std::string_view f) {
  if (f.empty()) return false;
  return std::all_of(f.begin(), f.end(), [](char c) { return c == '.' || c == '!' || c == '?'; }) &&
         f != "...";
}

bool IsCloserToken(std::string_view f) {
  return f == "\"" || f == "'" || f == ")" || f == "]" || f == "}";
}

// Words that start sentences far more often than they follow "U.S." inside one.
constexpr std::array<std::string_view, 40> kOpeners = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on",
    "at", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our",
    "however", "meanwhile", "after", "before", "when", "while", "if", "as", "according",
    "some", "many", "most", "officials", "earlier", "later"};

bool IsSentenceOpener(const Token& t) {
  return StartsUpper(t) && std::find(kOpeners.begin(), kOpeners.end(), t.lower) != kOpeners.end();
}

}  // namespace

std::vector<Sentence> SplitSentences(const Tokenization& tz, int max_tokens) {
  std::vector<Sentence> out;
  const auto& tokens = tz.tokens;
  const int32_t n = static_cast<int32_t>(tokens.size());
  int32_t begin = 0;
  auto close = [&](int32_t end) {
    if (end <= begin) return;
    Sentence s;
    s.index = static_cast<int32_t>(out.size());
    s.first_token = begin;
    s.last_token = end;
    s.start = tokens[begin].start;
    s.end = tokens[end - 1].end;
    out.push_back(s);
    begin = end;
  };
  for (int32_t i = 0; i < n; ++i) {
    if (i > begin && tz.info[i].paragraph_before) close(i);
    if (i - begin >= max_tokens) close(i);
    const Token& t = tokens[i];
    const bool has_next = i + 1 < n;
    bool boundary = false;
    if (IsTerminal(t.form)) {
      boundary = true;
    } else if (t.form.size() >= 3 && t.form.find_first_not_of('.') == std::string::npos) {
      boundary = !has_next || StartsUpper(tokens[i + 1]);  // ellipsis
    } else if (tz.info[i].abbreviation && !tz.info[i].title) {
      boundary = !has_next || IsSentenceOpener(tokens[i + 1]);
    }
    if (!boundary) continue;
    // Closing quotes/brackets glued to the mark belong to this sentence.
    int32_t end = i + 1;
    while (end < n && IsCloserToken(tokens[end].form) && !tokens[end - 1].space_after) ++end;
    close(end);
    i = end - 1;
  }
  close(n);
  return out;
}

}  // namespace sitrep::text
