// LinearModel: the multiclass linear scorer behind the tagger, the parser and the labeller.
//
// A model maps feature keys (see feature_hash.h) to sparse rows of per-class weights; a
// decision sums the rows of the features that fire. At most 127 classes. Weights are stored as 16-bit integers
// with one scale per model (averaged perceptron weights lose nothing that changes a decision
// at that precision), and looked up in an open-addressing table built at load time, so a
// feature costs one probe plus a short contiguous row.
//
// PerceptronTrainer learns one with the averaged perceptron (Collins 2002) and lazy
// averaging: each weight remembers when it last changed, so an update touches only the
// classes involved. Training is deterministic: no randomness here, and the exported model
// lists features in key order.
//
// Thread-safety: a LinearModel is immutable after construction; Score() is const and
// allocation-free. A PerceptronTrainer is single-threaded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/nlp/huge_page_allocator.h"

namespace sitrep::nlp {

class LinearModel {
 public:
  LinearModel() = default;

  static constexpr int kMaxClasses = 127;  // a row's length is stored in 7 bits

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return rows_.size(); }
  size_t num_weights() const { return entries_.size(); }

  // Writes num_classes() scores: the sum of the weights of every key present in the model.
  void Score(const uint64_t* keys, size_t n, float* scores) const;

  std::string Serialize() const;
  static Result<LinearModel> Deserialize(std::string_view bytes, const std::string& name);

  // Builds a model from (key, class, weight) triples sorted by key; used by the trainer.
  struct Weight {
    uint64_t key;
    uint32_t cls;
    float value;
  };
  static LinearModel FromWeights(int num_classes, const std::vector<Weight>& weights);

 private:
  // Lookup table slot, 8 bytes so more of the table stays in cache: the key's high 32 bits
  // (its low bits chose the slot; 0 = empty) and the row as begin << 7 | count. (Slots of 16
  // bytes holding short rows inline measured no faster: the larger table costs what the saved
  // second lookup gains.)
  struct Slot {
    uint32_t check = 0;
    uint32_t row = 0;
  };
  struct Row {
    uint64_t key;
    uint32_t begin;
    uint32_t count;
  };
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  static constexpr size_t kMaxEntries = size_t{1} << 25;  // begin must fit in 25 bits  // classes and row lengths are stored in a byte
  static uint32_t Check(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }
  void BuildTable();

  int num_classes_ = 0;
  float scale_ = 1.0f;  // weight = entry.weight * scale_
  std::vector<Row> rows_;  // in key order: what Serialize() walks
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  uint64_t mask_ = 0;
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const { return num_classes_; }
  // Scores with the current (not averaged) weights.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  // Moves weight toward `truth` and away from `guess` for every key (no-op when equal).
  void Update(const uint64_t* keys, size_t n, int truth, int guess);
  // Adds `delta` to class `cls` of every key: one side of a structured (sequence) update.
  void Add(const uint64_t* keys, size_t n, int cls, float delta);
  // One more training instance seen: the unit of averaging.
  void Tick() { ++clock_; }
  // The averaged weights as a LinearModel. Features updated fewer than `min_updates` times are
  // left out: a feature that took part in one mistake is mostly noise, and dropping them halves
  // the model.
  LinearModel Average(int min_updates = 1) const;
  size_t num_rows() const { return rows_.size(); }

 private:
  int num_classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, uint32_t> rows_;
  std::vector<uint64_t> row_keys_;
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<uint64_t> stamps_;
  std::vector<uint32_t> updates_;  // per row

  size_t Row(uint64_t key);
  void Move(size_t k, float delta);
};

}  // namespace sitrep::nlp
