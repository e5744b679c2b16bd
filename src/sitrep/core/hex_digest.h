// 64-bit digests written as 16 lowercase hex digits: event ids, story ids made from content,
// and the fingerprints of dictionaries and models. Stable across runs and machines (XXH3-64).
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace sitrep {

inline std::string Hex64(uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

// XXH3-64 of `bytes`, as Hex64.
inline std::string HexDigest(std::string_view bytes) { return Hex64(XXH3_64bits(bytes.data(), bytes.size())); }

}  // namespace sitrep
