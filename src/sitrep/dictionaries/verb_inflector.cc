#include "sitrep/dictionaries/verb_inflector.h"

#include <algorithm>

#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Short verbs of one vowel group ending consonant-vowel-consonant double the final consonant.
bool DoublesFinalConsonant(std::string_view w) {
  if (w.size() < 3 || w.size() > 4) return false;
  const char last = w[w.size() - 1], mid = w[w.size() - 2], before = w[w.size() - 3];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y' || !IsVowel(mid) || IsVowel(before)) return false;
  int groups = 0;
  for (size_t i = 0; i < w.size(); ++i)
    if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1]))) ++groups;
  return groups == 1;
}

bool ConsonantY(std::string_view w) { return w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]); }

}  // namespace

std::vector<std::string> VerbForms::All() const {
  std::vector<std::string> out;
  for (const std::string* f : {&lemma, &third_person, &past, &participle, &gerund})
    if (!f->empty() && std::find(out.begin(), out.end(), *f) == out.end()) out.push_back(*f);
  return out;
}

bool InflectVerb(std::string_view spec, VerbForms* out) {
  std::vector<std::string_view> parts = SplitTrimmed(spec, '/');
  if (parts.empty() || parts.size() == 2 || parts.size() > 4) return false;
  const std::string w(parts[0]);
  VerbForms f;
  f.lemma = w;
  // Third person singular.
  if (w == "be") f.third_person = "is";
  else if (w == "have") f.third_person = "has";
  else if (ConsonantY(w)) f.third_person = w.substr(0, w.size() - 1) + "ies";
  else if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") || EndsWith(w, "sh") ||
           EndsWith(w, "o"))
    f.third_person = w + "es";
  else f.third_person = w + "s";
  // Gerund.
  if (EndsWith(w, "ie")) f.gerund = w.substr(0, w.size() - 2) + "ying";
  else if (EndsWith(w, "e") && !EndsWith(w, "ee") && !EndsWith(w, "ye") && !EndsWith(w, "oe") && w.size() > 2)
    f.gerund = w.substr(0, w.size() - 1) + "ing";
  else if (DoublesFinalConsonant(w)) f.gerund = w + w.back() + "ing";
  else f.gerund = w + "ing";
  // Past and participle.
  if (parts.size() >= 3) {
    f.past = std::string(parts[1]);
    f.participle = std::string(parts[2]);
    if (parts.size() == 4) f.gerund = std::string(parts[3]);
  } else {
    if (EndsWith(w, "e")) f.past = w + "d";
    else if (ConsonantY(w)) f.past = w.substr(0, w.size() - 1) + "ied";
    else if (DoublesFinalConsonant(w)) f.past = w + w.back() + "ed";
    else f.past = w + "ed";
    f.participle = f.past;
  }
  *out = std::move(f);
  return true;
}

}  // namespace sitrep::dictionaries
