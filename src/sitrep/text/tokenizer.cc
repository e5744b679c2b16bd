#include "sitrep/text/tokenizer.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "sitrep/text/utf8.h"

namespace sitrep::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || IsUpper(c); }

// Punctuation that is always its own token when it leads a word.
bool IsOpener(char c) { return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '`'; }
// Punctuation split off the end of a word.
bool IsCloser(char c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == ',' || c == ';' ||
         c == ':' || c == '!' || c == '?' || c == '.';
}

// Abbreviations that take a period, lowercased without it. Titles never end a sentence.
constexpr std::array<std::string_view, 36> kTitles = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "pvt", "adm", "cmdr", "cdr", "gov", "sen", "rep", "rev", "sr", "jr", "st", "mt", "ft",
    "brig", "pres", "supt", "insp", "det", "amb", "hon", "messrs", "mme", "fr"};
constexpr std::array<std::string_view, 30> kOtherAbbreviations = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "ltd", "co", "bros", "vs", "etc", "approx", "est", "ave", "blvd", "rd",
    "dept", "univ", "vol", "fig", "nos", "al"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// "U.S." "e.g." "a.m.": letters each followed by a period, at least two of them.
bool IsDottedAcronym(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!IsLetter(w[i]) || w[i + 1] != '.') return false;
  return true;
}

class Builder {
 public:
  Builder(const NormalizedText& nt, Tokenization* out) : nt_(nt), out_(out) {}

  // Adds the token covering bytes [b, e) of the normalized text.
  void Add(size_t b, size_t e, bool abbreviation = false, bool title = false) {
    if (b >= e) return;
    Token t;
    t.form.assign(nt_.text, b, e - b);
    t.lower = ToLower(t.form);
    t.start = nt_.orig_start[b];
    t.end = nt_.orig_end[e - 1];
    t.space_after = e >= nt_.text.size() || IsSpace(nt_.text[e]);
    // Characters folded from one original code point ("--" from an em dash) map to the same
    // original range; a token never starts before the previous one ends.
    if (!out_->tokens.empty() && t.start < out_->tokens.back().end) t.start = out_->tokens.back().end;
    if (t.end <= t.start) return;  // wholly inside the previous token's original characters
    TokenInfo info;
    info.abbreviation = abbreviation;
    info.title = title;
    info.paragraph_before = pending_paragraph_;
    pending_paragraph_ = false;
    out_->tokens.push_back(std::move(t));
    out_->info.push_back(info);
  }
  void MarkParagraph() { pending_paragraph_ = !out_->tokens.empty(); }

 private:
  const NormalizedText& nt_;
  Tokenization* out_;
  bool pending_paragraph_ = false;
};

// "'s", "'re", "'ve", "'ll", "'d", "'m" standing alone (optionally followed by punctuation).
bool StartsClitic(const std::string& s, size_t b, size_t e) {
  size_t w = b + 1;
  while (w < e && IsLetter(s[w])) ++w;
  const std::string c = ToLower(std::string_view(s).substr(b + 1, w - b - 1));
  return c == "s" || c == "re" || c == "ve" || c == "ll" || c == "d" || c == "m";
}

// Does `w` end with the lowercase ASCII `suffix`, ignoring ASCII case? (No allocation: this
// runs for every word.)
bool EndsWithNoCase(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  const size_t off = w.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    const char c = w[off + i];
    if ((IsUpper(c) ? static_cast<char>(c + 32) : c) != suffix[i]) return false;
  }
  return true;
}

// Splits the word core [b, e) (no leading/trailing punctuation) into word and clitic tokens.
void AddWordWithClitics(const std::string& s, size_t b, size_t e, Builder* out) {
  std::string_view w(s.data() + b, e - b);
  // n't: "don't" -> do n't; "can't" -> ca n't; "won't" -> wo n't.
  if (w.size() > 3 && EndsWithNoCase(w, "n't")) {
    out->Add(b, e - 3);
    out->Add(e - 3, e);
    return;
  }
  if (w.size() == 6 && EndsWithNoCase(w, "cannot")) {
    out->Add(b, b + 3);
    out->Add(b + 3, e);
    return;
  }
  static constexpr std::array<std::string_view, 6> kClitics = {"'s", "'re", "'ve", "'ll", "'d", "'m"};
  for (std::string_view c : kClitics) {
    if (w.size() > c.size() && EndsWithNoCase(w, c)) {
      out->Add(b, e - c.size());
      out->Add(e - c.size(), e);
      return;
    }
  }
  out->Add(b, e);
}

// Splits one whitespace-delimited chunk [b, e).
void TokenizeChunk(const std::string& s, size_t b, size_t e, Builder* out) {
  // URLs and e-mail addresses stay whole, minus trailing sentence punctuation.
  std::string_view chunk(s.data() + b, e - b);
  if (chunk.find("://") != std::string_view::npos || chunk.rfind("www.", 0) == 0 ||
      (chunk.find('@') != std::string_view::npos && chunk.find('.') != std::string_view::npos &&
       chunk.find('@') > 0)) {
    size_t end = e;
    while (end > b && IsCloser(s[end - 1])) --end;
    out->Add(b, end);
    for (size_t i = end; i < e; ++i) out->Add(i, i + 1);
    return;
  }

  // Leading punctuation, one token each ("((" -> "(" "(").
  while (b < e && IsOpener(s[b])) {
    // A leading apostrophe that starts a clitic or a year ("'s", "'90s") is part of the word.
    if (s[b] == '\'' && b + 1 < e && (IsDigit(s[b + 1]) || StartsClitic(s, b, e))) break;
    out->Add(b, b + 1);
    ++b;
  }
  if (b >= e) return;

  // Trailing punctuation, collected right to left and emitted after the word.
  std::vector<std::pair<size_t, size_t>> trailing;
  size_t end = e;
  bool word_abbrev = false, word_title = false;
  while (end > b) {
    const char c = s[end - 1];
    if (c == '.') {
      // "..." at the end of a word is one token.
      if (end - b >= 3 && s[end - 2] == '.' && s[end - 3] == '.') {
        size_t dots_begin = end - 3;
        while (dots_begin > b && s[dots_begin - 1] == '.') --dots_begin;
        trailing.emplace_back(dots_begin, end);
        end = dots_begin;
        continue;
      }
      std::string_view word(s.data() + b, end - b);
      const std::string bare = ToLower(word.substr(0, word.size() - 1));
      const bool next_is_number = [&] {
        size_t i = e;
        while (i < s.size() && IsSpace(s[i])) ++i;
        return i < s.size() && (IsDigit(s[i]) || s[i] == '#');
      }();
      if (IsDottedAcronym(word) || (word.size() == 2 && IsUpper(word[0]))) {
        word_abbrev = true;
      } else if (Contains(kTitles, bare) && IsUpper(word[0])) {
        word_abbrev = word_title = true;
      } else if (bare == "no" && next_is_number) {
        word_abbrev = word_title = true;
      } else if (Contains(kOtherAbbreviations, bare) && word.size() > 2) {
        word_abbrev = true;
      } else {
        trailing.emplace_back(end - 1, end);
        --end;
        continue;
      }
      break;  // the period stays with the word
    }
    if (IsCloser(c)) {
      // A trailing apostrophe after "s" is a plural possessive (UD: its own token) — same as a quote.
      trailing.emplace_back(end - 1, end);
      --end;
      continue;
    }
    break;
  }
  if (end > b) {
    if (word_abbrev) {
      out->Add(b, end, true, word_title);
    } else {
      // Inner splits: "--" between words, and commas/colons not between digits.
      size_t start = b;
      for (size_t i = b; i < end; ++i) {
        if (s[i] == '-' && i + 1 < end && s[i + 1] == '-') {
          AddWordWithClitics(s, start, i, out);
          size_t j = i;
          while (j < end && s[j] == '-') ++j;
          out->Add(i, j);
          start = j;
          i = j - 1;
        } else if ((s[i] == ',' || s[i] == ';' || s[i] == '"' || s[i] == '(' || s[i] == ')') &&
                   !(s[i] == ',' && i > b && i + 1 < end && IsDigit(s[i - 1]) && IsDigit(s[i + 1]))) {
          AddWordWithClitics(s, start, i, out);
          out->Add(i, i + 1);
          start = i + 1;
        } else if (s[i] == '-' && i > start && i + 1 < end && !IsDigit(s[i - 1]) && !IsDigit(s[i + 1]) &&
                   s[i - 1] != '-' && s[i + 1] != '-') {
          // UD English-EWT splits word-internal hyphens: "U.S.-led" -> U.S. - led.
          AddWordWithClitics(s, start, i, out);
          out->Add(i, i + 1);
          start = i + 1;
        } else if (s[i] == '.' && i + 2 < end && s[i + 1] == '.' && s[i + 2] == '.') {
          AddWordWithClitics(s, start, i, out);
          size_t j = i;
          while (j < end && s[j] == '.') ++j;
          out->Add(i, j);
          start = j;
          i = j - 1;
        }
      }
      AddWordWithClitics(s, start, end, out);
    }
  }
  for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) out->Add(it->first, it->second);
}

}  // namespace

Tokenization Tokenize(const NormalizedText& nt) {
  Tokenization result;
  result.tokens.reserve(nt.text.size() / 5);
  result.info.reserve(nt.text.size() / 5);
  Builder builder(nt, &result);
  const std::string& s = nt.text;
  size_t i = 0;
  while (i < s.size()) {
    if (IsSpace(s[i])) {
      int newlines = 0;
      while (i < s.size() && IsSpace(s[i])) newlines += s[i++] == '\n';
      if (newlines >= 2) builder.MarkParagraph();
      continue;
    }
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j])) ++j;
    TokenizeChunk(s, i, j, &builder);
    i = j;
  }
  return result;
}

}  // namespace sitrep::text
