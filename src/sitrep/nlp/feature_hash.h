// Feature keys for the linear models: a feature is a template number plus up to four values
// (word hashes, tag ids, distances), folded into one 64-bit key. Words are hashed once per
// token (HashText) so building a key is a few multiplications, not a string concatenation.
// Keys are never 0: 0 marks an empty slot in LinearModel's table.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep::nlp {

uint64_t HashText(std::string_view text);

inline uint64_t MixKey(uint64_t h, uint64_t v) {
  // splitmix64's finaliser over the running key: cheap, and good enough that distinct feature
  // tuples do not collide in practice (64-bit keys, a few million features).
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

inline uint64_t FeatureKey(uint32_t templ, uint64_t a) { return MixKey(MixKey(templ + 1, a), 0) | 1; }
inline uint64_t FeatureKey(uint32_t templ, uint64_t a, uint64_t b) {
  return MixKey(MixKey(MixKey(templ + 1, a), b), 1) | 1;
}
inline uint64_t FeatureKey(uint32_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return MixKey(MixKey(MixKey(MixKey(templ + 1, a), b), c), 2) | 1;
}
inline uint64_t FeatureKey(uint32_t templ, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return MixKey(MixKey(MixKey(MixKey(MixKey(templ + 1, a), b), c), d), 3) | 1;
}

}  // namespace sitrep::nlp
