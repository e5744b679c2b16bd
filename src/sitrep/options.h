// Options: every knob of the coding pipeline, its default and its limit, in one place.
#pragma once

#include <cstddef>

namespace sitrep {

struct Options {
  // Stories whose text is longer than this (bytes of UTF-8) are rejected with a reason rather
  // than coded: a multi-megabyte "story" is almost always a concatenation or a binary dump,
  // and one of them must not stall a batch. Raise it with --max-story-bytes.
  size_t max_story_bytes = 1 << 20;  // 1 MiB
  // Sentences longer than this many tokens are cut, bounding the work per sentence.
  int max_sentence_tokens = 250;
  // Restore apostrophes stripped by scrapers ("Iraq s" -> "Iraq's").
  bool repair_apostrophes = true;
  // Keep only events with both a source and a target (PETRARCH's require_dyad).
  bool require_dyad = true;
};

}  // namespace sitrep
