// Story: one input record (a news article), as read by io/ and consumed by the pipeline.
//
// `text` is the article body exactly as given (valid UTF-8: readers repair invalid bytes to
// U+FFFD and say so). Every span sitrep emits is a [start,end) pair of Unicode code point
// offsets into this string, so text[start:end] in Python returns the words that were coded.
#pragma once

#include <cstdint>
#include <string>

#include "sitrep/core/date.h"

namespace sitrep {

struct Story {
  std::string id;     // never empty after reading (readers derive one when missing)
  Date date;          // publication date; may be invalid (then date-dependent codes use none)
  std::string title;  // optional
  std::string text;   // the body; valid UTF-8
  std::string source; // optional: outlet name
  std::string url;    // optional

  // Provenance for error messages: "stories.jsonl:17".
  std::string origin;
};

}  // namespace sitrep
