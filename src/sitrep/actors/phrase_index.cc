#include "sitrep/actors/phrase_index.h"

#include <algorithm>

namespace sitrep::actors {
namespace {

bool MatchesAt(const dictionaries::Phrase& p, const std::vector<Token>& tokens, int32_t i, int32_t end) {
  const int32_t n = static_cast<int32_t>(p.words.size());
  if (i + n > end) return false;
  for (int32_t k = 0; k < n; ++k) {
    const Token& t = tokens[i + k];
    if ((p.case_sensitive ? t.form : t.lower) != p.words[k]) return false;
  }
  return true;
}

}  // namespace

void PhraseIndex::Add(const dictionaries::Phrase* phrase, int32_t payload) {
  auto& bucket = phrase->case_sensitive ? by_form_ : by_lower_;
  bucket[phrase->words[0]].push_back(Entry{phrase, payload});
}

void PhraseIndex::Finish() {
  for (auto* map : {&by_lower_, &by_form_})
    for (auto& [word, entries] : *map)
      std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.phrase->words.size() > b.phrase->words.size();
      });
}

PhraseIndex::Match PhraseIndex::LongestAt(const std::vector<Token>& tokens, int32_t i, int32_t end) const {
  Match best;
  auto probe = [&](const std::unordered_map<std::string, std::vector<Entry>>& map, const std::string& key) {
    auto it = map.find(key);
    if (it == map.end()) return;
    for (const Entry& e : it->second) {
      const int32_t len = static_cast<int32_t>(e.phrase->words.size());
      if (len <= best.length) return;  // sorted longest first: nothing longer follows
      if (MatchesAt(*e.phrase, tokens, i, end)) {
        best = Match{e.payload, len};
        return;
      }
    }
  };
  probe(by_form_, tokens[i].form);
  probe(by_lower_, tokens[i].lower);
  return best;
}

}  // namespace sitrep::actors
