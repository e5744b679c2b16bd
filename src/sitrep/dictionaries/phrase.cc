#include "sitrep/dictionaries/phrase.h"

#include "sitrep/text/normalizer.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep::dictionaries {

Phrase MakePhrase(std::string_view text) {
  Phrase p;
  bool has_letter = false, has_lower = false;
  int letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') has_lower = true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      has_letter = true;
      ++letters;
    }
  }
  p.case_sensitive = has_letter && !has_lower && letters >= 2;
  const text::Tokenization tz = text::Tokenize(text::Normalize(text));
  p.words.reserve(tz.tokens.size());
  for (const auto& t : tz.tokens) p.words.push_back(p.case_sensitive ? t.form : t.lower);
  return p;
}

std::string PhraseText(const Phrase& p) {
  std::string s;
  for (const std::string& w : p.words) {
    if (!s.empty()) s.push_back(' ');
    s += w;
  }
  return s;
}

}  // namespace sitrep::dictionaries
