// Lemmatizer: the dictionary form of a word given its tags ("fought"/VBD -> "fight",
// "strikes"/NNS -> "strike", "were"/VBD -> "be", "Kurds"/NNPS -> "Kurd").
//
// Learned from the treebank's LEMMA column: a lexicon of (lowercased word, XPOS) -> edit for
// every pair seen in training, and for unseen words an edit chosen by the longest known
// suffix under the same XPOS and capitalisation. An edit strips some trailing bytes, appends
// a string and says whether the rest keeps its case ("Shiites" -> "Shiite") or is lowercased
// ("Forces" at a sentence start -> "force").
//
// Thread-safety: const after loading.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/model_file.h"

namespace sitrep::nlp {

struct LemmaEdit {
  uint8_t strip = 0;         // bytes removed from the end of the word
  bool lowercase = false;    // lowercase the word first
  std::string append;        // then append this
  bool operator==(const LemmaEdit&) const = default;
};

class Lemmatizer {
 public:
  static constexpr int kMaxSuffix = 6;

  std::string Lemmatize(std::string_view form, std::string_view xpos) const;

  void Save(ModelWriter* writer) const;
  static Result<Lemmatizer> Load(const ModelReader& reader);
  static Lemmatizer Train(const std::vector<ConlluSentence>& train);

  size_t lexicon_size() const { return lexicon_.size(); }
  size_t rule_count() const { return rules_.size(); }

 private:
  static uint64_t LexiconKey(std::string_view lower, std::string_view xpos);
  static uint64_t RuleKey(std::string_view suffix, std::string_view xpos, int casing);
  static std::string Apply(std::string_view form, const LemmaEdit& edit);

  std::vector<LemmaEdit> edits_;                    // distinct edits
  std::unordered_map<uint64_t, uint32_t> lexicon_;  // (lowercased word, xpos, casing) -> edit
  std::unordered_map<uint64_t, uint32_t> rules_;    // (suffix, xpos, casing) -> edit
};

// The edit that turns `form` into `lemma`.
LemmaEdit LemmaEditFor(std::string_view form, std::string_view lemma);

}  // namespace sitrep::nlp
