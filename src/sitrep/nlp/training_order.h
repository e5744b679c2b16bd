// The order training visits sentences in: a Fisher-Yates shuffle driven by std::mt19937_64,
// whose output sequence the C++ standard fixes, so a seed gives the same order — and the same
// model — with any standard library.
#pragma once

#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

namespace sitrep::nlp {

inline void ShuffleOrder(std::vector<size_t>& order, std::mt19937_64& rng) {
  for (size_t i = order.size(); i > 1; --i) {
    size_t j = static_cast<size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
}

// The jackknife fold of a training sentence, from its words: copies of one sentence (an
// up-weighted extra file) always share a fold, so no fold model has seen the sentence it tags.
template <typename Words>
int FoldOf(const Words& words, int folds) {
  uint64_t h = 0x2545F4914F6CDD1DULL;
  for (const auto& w : words) h = (h ^ w.lower) * 0x100000001B3ULL;
  return static_cast<int>((h >> 17) % static_cast<uint64_t>(folds));
}

inline std::vector<size_t> IdentityOrder(size_t n) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  return order;
}

}  // namespace sitrep::nlp
