#include "sitrep/nlp/lexical_keys.h"

#include <xxhash.h>

#include "sitrep/nlp/feature_hash.h"
#include "sitrep/text/utf8.h"

namespace sitrep::nlp {

uint64_t HashText(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

std::string LowerWord(std::string_view form) {
  for (unsigned char c : form) {
    if (c >= 0x80) return text::ToLower(form);
  }
  std::string out(form);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string WordShape(std::string_view form) {
  std::string shape;
  char last = 0;
  for (unsigned char c : form) {
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // continuation byte: part of the previous character
      k = 'u';
    } else {
      k = static_cast<char>(c);
    }
    if (k == last && (k == 'X' || k == 'x' || k == 'd' || k == 'u')) continue;
    shape.push_back(k);
    last = k;
  }
  return shape;
}

namespace {

// Byte offsets of code point starts, so affixes never cut a character in half.
size_t PrefixBytes(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

size_t SuffixBytes(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.size() - i;
}

}  // namespace

LexicalKeys ComputeLexicalKeys(std::string_view form, std::string_view lower) {
  LexicalKeys k;
  k.lower = HashText(lower);
  k.form = HashText(form);
  k.shape = HashText(WordShape(form));
  for (int n = 1; n <= 3; ++n) k.prefix[n - 1] = MixKey(n, HashText(lower.substr(0, PrefixBytes(lower, n))));
  for (int n = 1; n <= 4; ++n) {
    k.suffix[n - 1] = MixKey(10 + n, HashText(lower.substr(lower.size() - SuffixBytes(lower, n))));
  }
  bool any_lower = false, any_upper = false;
  for (unsigned char c : form) {
    if (c >= 'a' && c <= 'z') any_lower = true;
    if (c >= 'A' && c <= 'Z') any_upper = true;
    if (c >= '0' && c <= '9') k.has_digit = true;
    if (c == '-') k.has_hyphen = true;
  }
  k.capitalized = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  k.all_caps = any_upper && !any_lower;
  return k;
}

}  // namespace sitrep::nlp
