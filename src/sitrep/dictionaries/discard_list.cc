#include "sitrep/dictionaries/discard_list.h"

#include <algorithm>
#include <limits>

#include "sitrep/dictionaries/petrarch_format.h"

namespace sitrep::dictionaries {

void DiscardList::Add(const DictionaryFile& file, std::vector<std::string>* problems) {
  PetrarchLines lines(file.content);
  while (lines.Next()) {
    std::string_view l = lines.line();
    if (l.empty()) continue;
    DiscardEntry e;
    e.text = std::string(l);
    if (l.starts_with('+')) {
      e.whole_story = true;
      l = Trim(l.substr(1));
    }
    e.last_word_is_stem = !l.ends_with('_');
    e.words = PetrarchPhraseWords(l);
    if (e.words.empty()) {
      problems->push_back(RuleLocation(file, lines.number()) + ": discard phrase has no words");
      continue;
    }
    e.rule = RuleLocation(file, lines.number());
    entries_.push_back(std::move(e));
  }
}

void DiscardList::Finish() {
  by_first_word_.clear();
  stems_.clear();
  for (size_t k = 0; k < entries_.size(); ++k) {
    const DiscardEntry& e = entries_[k];
    if (e.words.size() == 1 && e.last_word_is_stem) stems_.emplace_back(e.words[0], static_cast<int32_t>(k));
    else by_first_word_[e.words[0]].push_back(static_cast<int32_t>(k));
  }
  std::sort(stems_.begin(), stems_.end());
}

bool DiscardList::MatchesAt(const DiscardEntry& e, const std::vector<Token>& tokens, int32_t i, int32_t last) const {
  const int32_t n = static_cast<int32_t>(e.words.size());
  if (i + n > last) return false;
  for (int32_t k = 0; k < n; ++k) {
    const std::string& t = tokens[i + k].lower;
    if (!(k + 1 == n && e.last_word_is_stem ? t.starts_with(e.words[k]) : t == e.words[k])) return false;
  }
  return true;
}

const DiscardEntry* DiscardList::Find(const std::vector<Token>& tokens, int32_t first, int32_t last) const {
  for (int32_t i = first; i < last; ++i) {
    const std::string& w = tokens[i].lower;
    if (auto it = by_first_word_.find(w); it != by_first_word_.end())
      for (int32_t k : it->second)
        if (MatchesAt(entries_[k], tokens, i, last)) return &entries_[k];
    // Stems that are prefixes of w sort at or before w, all sharing its first character.
    auto it = std::upper_bound(stems_.begin(), stems_.end(), std::make_pair(w, std::numeric_limits<int32_t>::max()));
    while (it != stems_.begin()) {
      --it;
      if (it->first.empty() || it->first[0] != w[0]) break;
      if (w.starts_with(it->first)) return &entries_[it->second];
    }
  }
  return nullptr;
}

}  // namespace sitrep::dictionaries
