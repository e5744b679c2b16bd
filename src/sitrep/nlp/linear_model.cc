#include "sitrep/nlp/linear_model.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "sitrep/nlp/model_file.h"

namespace sitrep::nlp {

void LinearModel::Score(const uint64_t* keys, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  if (slots_.empty()) return;
  // Accumulate in integers: exact, order-independent, and cheaper than converting each weight.
  int32_t acc[kMaxClasses];
  std::fill(acc, acc + num_classes_, 0);
  // The tables are larger than the CPU caches, so nearly every feature is a cache miss. Issue
  // all the slot loads of a batch first, then all the row loads, so the misses overlap instead
  // of queueing one after another.
  constexpr size_t kBatch = 64;
  uint32_t found[kBatch];
  for (size_t base = 0; base < n; base += kBatch) {
    const size_t m = std::min(kBatch, n - base);
    for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots_[keys[base + i] & mask_]);
    size_t hits = 0;
    for (size_t i = 0; i < m; ++i) {
      const uint64_t key = keys[base + i];
      const uint32_t check = Check(key);
      uint64_t pos = key & mask_;
      while (true) {
        const Slot& s = slots_[pos];
        if (s.check == check) {
          found[hits++] = s.row;
          __builtin_prefetch(entries_.data() + (s.row >> 7));
          break;
        }
        if (s.check == 0) break;
        pos = (pos + 1) & mask_;
      }
    }
    for (size_t h = 0; h < hits; ++h) {
      const Entry* e = entries_.data() + (found[h] >> 7);
      const uint32_t count = found[h] & 127u;
      for (uint32_t j = 0; j < count; ++j) acc[e[j].cls] += e[j].weight;
    }
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] = static_cast<float>(acc[c]) * scale_;
}

void LinearModel::BuildTable() {
  size_t size = 16;
  while (size < rows_.size() * 2) size <<= 1;  // load factor <= 0.5 keeps probes short
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const Row& r : rows_) {
    uint64_t pos = r.key & mask_;
    while (slots_[pos].check != 0) pos = (pos + 1) & mask_;
    slots_[pos] = Slot{Check(r.key), r.begin << 7 | r.count};
  }
}

LinearModel LinearModel::FromWeights(int num_classes, const std::vector<Weight>& weights) {
  LinearModel m;
  m.num_classes_ = num_classes;
  float max_abs = 0.0f;
  for (const Weight& w : weights) max_abs = std::max(max_abs, std::fabs(w.value));
  // 16-bit weights; accumulators are 32-bit, so up to 2^16 features can fire without overflow.
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  for (const Weight& w : weights) {
    const int16_t q = static_cast<int16_t>(std::lround(w.value / m.scale_));
    if (q == 0) continue;
    if (m.rows_.empty() || m.rows_.back().key != w.key) {
      m.rows_.push_back(Row{w.key, static_cast<uint32_t>(m.entries_.size()), 0});
    }
    m.entries_.push_back(Entry{static_cast<uint16_t>(w.cls), q});
    ++m.rows_.back().count;
  }
  m.BuildTable();
  return m;
}

// Section layout: u32 classes, f32 scale, u64 rows, u64 entries, then per row in key order:
// u64 key, u8 count, count x (u8 class, i16 weight).
std::string LinearModel::Serialize() const {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(num_classes_));
  w.F32(scale_);
  w.U64(rows_.size());
  w.U64(entries_.size());
  for (const Row& r : rows_) {
    w.U64(r.key);
    w.U8(static_cast<uint8_t>(r.count));
    for (uint32_t j = 0; j < r.count; ++j) {
      const Entry& e = entries_[r.begin + j];
      w.U8(static_cast<uint8_t>(e.cls));
      w.Raw(&e.weight, sizeof e.weight);
    }
  }
  return w.Take();
}

Result<LinearModel> LinearModel::Deserialize(std::string_view bytes, const std::string& name) {
  ByteReader r(bytes);
  LinearModel m;
  uint32_t nc = 0;
  uint64_t nrows = 0, nentries = 0;
  if (!r.U32(nc) || !r.F32(m.scale_) || !r.U64(nrows) || !r.U64(nentries) || nc == 0 || nc > kMaxClasses ||
      nentries > kMaxEntries || nrows > bytes.size() / 9 || nentries > bytes.size() / 3) {
    return Status::Corrupt(name + ": bad linear model header");
  }
  m.num_classes_ = static_cast<int>(nc);
  m.rows_.resize(nrows);
  m.entries_.resize(nentries);
  uint64_t filled = 0;
  uint64_t previous = 0;
  for (uint64_t i = 0; i < nrows; ++i) {
    Row& row = m.rows_[i];
    uint8_t count = 0;
    if (!r.U64(row.key) || !r.U8(count) || row.key == 0 || row.key <= previous || count == 0 || count > nc ||
        count > nentries - filled) {
      return Status::Corrupt(name + ": bad linear model row " + std::to_string(i));
    }
    previous = row.key;
    row.begin = static_cast<uint32_t>(filled);
    row.count = count;
    for (uint32_t j = 0; j < count; ++j) {
      Entry& e = m.entries_[filled++];
      uint8_t cls = 0;
      if (!r.U8(cls) || !r.Raw(&e.weight, sizeof e.weight) || cls >= nc) {
        return Status::Corrupt(name + ": bad linear model weight in row " + std::to_string(i));
      }
      e.cls = cls;
    }
  }
  if (filled != nentries || !r.done()) return Status::Corrupt(name + ": linear model size mismatch");
  m.BuildTable();
  return m;
}

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}

void PerceptronTrainer::Score(const uint64_t* keys, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    auto it = rows_.find(keys[i]);
    if (it == rows_.end()) continue;
    const float* w = weights_.data() + static_cast<size_t>(it->second) * num_classes_;
    for (int c = 0; c < num_classes_; ++c) scores[c] += w[c];
  }
}

// The row of `key`, made on first use; counts the update.
size_t PerceptronTrainer::Row(uint64_t key) {
  auto [it, inserted] = rows_.try_emplace(key, static_cast<uint32_t>(row_keys_.size()));
  if (inserted) {
    row_keys_.push_back(key);
    weights_.resize(weights_.size() + num_classes_, 0.0f);
    totals_.resize(totals_.size() + num_classes_, 0.0);
    stamps_.resize(stamps_.size() + num_classes_, 0);
    updates_.push_back(0);
  }
  ++updates_[it->second];
  return static_cast<size_t>(it->second) * num_classes_;
}

// Brings weight k's running total up to now, then changes it.
void PerceptronTrainer::Move(size_t k, float delta) {
  totals_[k] += static_cast<double>(clock_ - stamps_[k]) * weights_[k];
  stamps_[k] = clock_;
  weights_[k] += delta;
}

void PerceptronTrainer::Update(const uint64_t* keys, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    const size_t base = Row(keys[i]);
    Move(base + truth, 1.0f);
    Move(base + guess, -1.0f);
  }
}

void PerceptronTrainer::Add(const uint64_t* keys, size_t n, int cls, float delta) {
  for (size_t i = 0; i < n; ++i) Move(Row(keys[i]) + cls, delta);
}

LinearModel PerceptronTrainer::Average(int min_updates) const {
  std::vector<uint32_t> order(row_keys_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return row_keys_[a] < row_keys_[b]; });
  std::vector<LinearModel::Weight> out;
  for (uint32_t r : order) {
    if (static_cast<int>(updates_[r]) < min_updates) continue;
    const size_t base = static_cast<size_t>(r) * num_classes_;
    for (int c = 0; c < num_classes_; ++c) {
      const size_t k = base + c;
      const double total = totals_[k] + static_cast<double>(clock_ - stamps_[k]) * weights_[k];
      const float avg = static_cast<float>(total / static_cast<double>(clock_));
      if (avg != 0.0f) out.push_back({row_keys_[r], static_cast<uint32_t>(c), avg});
    }
  }
  return LinearModel::FromWeights(num_classes_, out);
}

}  // namespace sitrep::nlp
