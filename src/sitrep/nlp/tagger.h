// Tagger: predicts a (UPOS, XPOS) pair for every word of a sentence.
//
// A greedy left-to-right averaged perceptron over rich lexical and context features: the word,
// its affixes and shape, its neighbours two either side, the tags already given to the left,
// and each word's ambiguity class — the set of tags a frequent word took in training — which
// lets the tagger look at what the words to its right can be before it tags them. A second
// pass then re-tags the sentence seeing the first pass's tags on both sides; at run time it
// skips the words whose first-pass tag is the only one training saw them with ("the", ",").
//
// Input: the LexicalKeys of the sentence's words (gold or our tokenizer's tokenization).
// Output: one TagSet class id per word. Thread-safety: const after loading; each thread passes
// its own TaggerScratch.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/lexical_keys.h"
#include "sitrep/nlp/linear_model.h"
#include "sitrep/nlp/model_file.h"
#include "sitrep/nlp/tag_set.h"

namespace sitrep::nlp {

struct TaggerScratch {
  std::vector<uint16_t> first_pass;
  std::vector<int32_t> finite;
  std::vector<uint64_t> ambiguity;
  std::vector<uint64_t> features;
  std::vector<float> scores;
};

struct TaggerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  int lexicon_min_count = 3;  // words seen fewer times get no ambiguity class, like unseen words
  int folds = 4;              // jackknife folds for the second pass; < 2 trains one pass only
  int fold_epochs = 8;
};

struct TaggerData;

class Tagger {
 public:
  static constexpr const char* kFeatureSet = "tagger-v2 two-pass";

  void Tag(const std::vector<LexicalKeys>& words, std::vector<uint16_t>* tags, TaggerScratch* scratch) const;

  const TagSet& tag_set() const { return tags_; }
  const LinearModel& model() const { return model_; }
  // After Train(): which epoch of each pass was kept and its dev score (not saved in the model).
  const std::string& training_summary() const { return training_summary_; }

  void Save(ModelWriter* writer) const;
  static Result<Tagger> Load(const ModelReader& reader);

  // Trains on `train`, keeping the epoch whose averaged model tags `dev` best. Progress lines go
  // to `log` when it is not null.
  static Tagger Train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                      const TaggerTrainOptions& options, std::ostream* log);

 private:
  template <typename Scorer>
  void Decode(const std::vector<LexicalKeys>& words, const std::vector<uint64_t>& ambiguity, const Scorer& scorer,
              const std::vector<uint16_t>* right, std::vector<uint16_t>* tags, TaggerScratch* scratch,
              const std::vector<uint16_t>* gold, PerceptronTrainer* trainer) const;
  void Ambiguity(const std::vector<LexicalKeys>& words, std::vector<uint64_t>* out) const;
  size_t Features(const std::vector<LexicalKeys>& w, const std::vector<uint64_t>& amb, const uint16_t* tags,
                  const std::vector<uint16_t>* right, const int32_t* finite, int i, uint64_t* out) const;
  bool IsFinite(uint16_t tag) const;  // a finite verb's Penn tag: VBD, VBZ, VBP, MD
  void FindSingleTagClasses();
  LinearModel TrainPass(const TaggerData& train, const TaggerData& dev, int epochs, uint64_t seed, std::ostream* log,
                        const char* name, std::string* summary) const;

  TagSet tags_;
  std::unordered_map<uint64_t, uint64_t> lexicon_;  // lowercased word hash -> ambiguity class key
  LinearModel model_;   // first pass: left context tags only
  std::string training_summary_;
  LinearModel second_;  // second pass: also the first pass's tags to the right (empty: one pass)
  // Ambiguity classes made of one tag -> that tag (derived from tags_, not saved).
  std::unordered_map<uint64_t, uint16_t> single_tag_;
};

// Keys for the words of a CoNLL-U sentence.
std::vector<LexicalKeys> SentenceKeys(const ConlluSentence& sentence);

}  // namespace sitrep::nlp
