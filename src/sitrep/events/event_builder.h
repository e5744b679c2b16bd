// EventBuilder: turns RawEvents into output Events — codebook fields (root, quad class,
// Goldstein, PLOVER), actor and evidence texts cut from the story, date, and a stable event_id.
//
// event_id = XXH3-64 (hex) of story id, sentence index, verb span, the source and target codes
// and spans, and the CAMEO code: the same words coded the same way always get the same id.
// Thread-safety: const; Build may run on many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/event.h"
#include "sitrep/core/story.h"
#include "sitrep/core/token.h"
#include "sitrep/dictionaries/cameo_codebook.h"
#include "sitrep/events/positional_coder.h"

namespace sitrep::events {

// Cuts code point ranges out of a story's text.
class TextSlicer {
 public:
  explicit TextSlicer(std::string_view text);
  std::string Slice(int32_t start, int32_t end) const;  // code points [start, end)

 private:
  std::string_view text_;
  std::vector<uint32_t> byte_of_cp_;  // empty for ASCII text (then bytes == code points)
};

class EventBuilder {
 public:
  explicit EventBuilder(const dictionaries::CameoCodebook& codebook) : codebook_(codebook) {}

  Event Build(const Story& story, const TextSlicer& slicer, const std::vector<Token>& tokens,
              const Sentence& sentence, const std::vector<actors::ActorMention>& mentions,
              const RawEvent& raw) const;

 private:
  const dictionaries::CameoCodebook& codebook_;
};

}  // namespace sitrep::events
