// Parser: a transition-based dependency parser producing UD trees.
//
// Arc-hybrid transitions (Kuhlmann et al. 2011) with the root at the end of the buffer
// (Ballesteros & Nivre 2013): SHIFT, LEFT (stack top takes the buffer front as head) and RIGHT
// (stack top takes the item below it as head). Every word is attached exactly once, the last
// LEFT onto the root is allowed only when one word is left, so each sentence gets exactly one
// root and the parser can never get stuck. A greedy averaged perceptron picks the transition
// from ~80 feature templates over the stack, buffer, partial tree, distances, valencies and
// label sets (after Zhang & Nivre 2011); it is trained with a dynamic oracle and exploration
// (Goldberg & Nivre 2012) so it learns to recover from its own mistakes. A model may instead be
// trained for beam search (--beam K): K hypotheses advance together, each step keeping the K
// best-scoring continuations; every sentence takes exactly 2n transitions, so the hypotheses
// stay in step.
//
// Labels are chosen by a second perceptron at the moment a word is attached: in arc-hybrid a
// word is attached only after all its dependents, so the labeller sees the word's complete
// subtree ("by" under it -> obl:agent, a passive auxiliary -> its subject is nsubj:pass) and
// the labels then serve as features for later transitions.
//
// Input: LexicalKeys and tagger class ids of one sentence. Output: heads (1-based, 0 = root) and
// label ids. Output is always a tree. Thread-safety: const after loading; one ParserScratch
// per thread.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/lexical_keys.h"
#include "sitrep/nlp/linear_model.h"
#include "sitrep/nlp/model_file.h"
#include "sitrep/nlp/tag_set.h"

namespace sitrep::nlp {

// One parser configuration: the stack, the buffer front and the partial tree, with what the
// features read of it (nearest and second children, valencies, label sets).
struct ParserState {
  std::vector<int32_t> stack;
  int32_t b = 0;  // buffer front; n (the root) when every word has been shifted
  std::vector<int32_t> head;
  std::vector<uint16_t> label;
  std::vector<int32_t> lc1, lc2, rc1, rc2;
  std::vector<uint16_t> nleft, nright;
  std::vector<uint64_t> lmask, rmask;
  // Beam search only: the sum of the transition scores so far, the transitions taken (for the
  // training update) and whether they are still the gold ones.
  double score = 0;
  std::vector<uint8_t> history;
  bool gold = true;
};

struct BeamMove {
  double score;
  uint32_t from;  // index of the hypothesis in the beam
  uint8_t transition;
};

struct ParserScratch {
  ParserState state;
  std::vector<int32_t> commas;
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::vector<ParserState> beam, next;
  std::vector<BeamMove> moves;
  ParserState gold, replay;
  std::vector<uint8_t> violator;
};

struct ParserTrainOptions {
  int epochs = 15;
  uint64_t seed = 1;
  int explore_after = 2;       // epochs trained on oracle paths before following the model
  double explore_rate = 0.9;  // then: probability of following the model's own transition
  int min_feature_updates = 2;  // see PerceptronTrainer::Average
  // Beam search: after the greedy epochs (which also train the labeller), the transition
  // weights are trained again from zero on `beam_epochs` epochs of beam search of this width
  // with max-violation updates (Huang et al. 2012), the labeller kept as it is.
  int beam = 1;
  int beam_epochs = 10;
};

// A training sentence: words, the tags the parser will see (predicted, not gold), gold tree.
struct ParserExample {
  std::vector<LexicalKeys> words;
  std::vector<uint16_t> tags;
  std::vector<int32_t> heads;    // 1-based, 0 = root
  std::vector<std::string> labels;
};

class Parser {
 public:
  static constexpr const char* kFeatureSet = "arc-hybrid-v2";

  void Parse(const std::vector<LexicalKeys>& words, const std::vector<uint16_t>& tags, std::vector<int32_t>* heads,
             std::vector<uint16_t>* labels, ParserScratch* scratch) const;

  const LabelSet& labels() const { return labels_; }
  const LinearModel& transitions() const { return transitions_; }
  const LinearModel& labeller() const { return labeller_; }
  // After Train(): which epoch was kept and its dev scores (not saved in the model).
  const std::string& training_summary() const { return training_summary_; }
  // Hypotheses kept by the beam search; 1 is greedy. The width the model was trained for,
  // saved in its file.
  int beam() const { return beam_; }

  void Save(ModelWriter* writer) const;
  static Result<Parser> Load(const ModelReader& reader);
  // The tag set of the tagger whose class ids the parser was trained on: its features use the
  // ids, so a parser only works with a tagger that numbers its tags the same way.
  void SetTagSet(const TagSet& tags) { tag_set_ = tags.Serialize(); }
  const std::string& tag_set() const { return tag_set_; }

  // Trains on `train`, keeping the epoch with the best LAS on `dev`.
  static Parser Train(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                      const ParserTrainOptions& options, std::ostream* log);

 private:
  template <typename TransitionScorer, typename LabelScorer>
  void Run(const std::vector<LexicalKeys>& words, const std::vector<uint16_t>& tags, const TransitionScorer& ts,
           const LabelScorer& ls, ParserScratch* scratch, struct Oracle* oracle) const;
  template <typename TransitionScorer>
  void Beam(const std::vector<LexicalKeys>& words, const std::vector<uint16_t>& tags, const TransitionScorer& ts,
            int width, ParserScratch* scratch, struct BeamOracle* oracle) const;
  void Output(int32_t n, const ParserState& s, std::vector<int32_t>* heads, std::vector<uint16_t>* labels) const;
  void TrainBeam(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                 const std::vector<std::vector<int32_t>>& gold_heads, const ParserTrainOptions& options,
                 std::ostream* log);

  LabelSet labels_;
  LinearModel transitions_;
  LinearModel labeller_;
  std::string training_summary_;
  std::string tag_set_;  // serialized TagSet
  int beam_ = 1;
};

// Heads with non-projective arcs lifted until the tree is projective (1-based, 0 = root).
std::vector<int32_t> Projectivize(const std::vector<int32_t>& heads);

}  // namespace sitrep::nlp
