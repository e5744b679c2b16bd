#include "sitrep/events/raw_event.h"

#include <algorithm>
#include <string_view>

namespace sitrep::events {
namespace {

std::string_view CodeOf(const std::vector<actors::ActorMention>& m, int32_t k) {
  return k >= 0 ? std::string_view(m[k].code) : std::string_view();
}

}  // namespace

void AppendEvents(const std::vector<actors::ActorMention>& mentions, const VerbMatch& verb,
                  const std::vector<int32_t>& sources, const std::vector<int32_t>& targets, bool negated,
                  std::vector<RawEvent>* out, bool future) {
  const size_t first_of_verb = out->size();
  auto seen = [&](const RawEvent& r) {
    for (size_t i = first_of_verb; i < out->size(); ++i) {
      const RawEvent& o = (*out)[i];
      if (CodeOf(mentions, o.source) == CodeOf(mentions, r.source) &&
          CodeOf(mentions, o.target) == CodeOf(mentions, r.target) && o.code() == r.code())
        return true;
    }
    return false;
  };
  for (int32_t s : sources) {
    for (int32_t t : targets) {
      if (s >= 0 && t >= 0 && CodeOf(mentions, s) == CodeOf(mentions, t)) continue;
      RawEvent r{s, t, verb, negated, false, future};
      if (!seen(r)) out->push_back(r);
    }
  }
  const std::string& second = verb.pattern->second_code;
  if (!second.empty() && second != "---") {
    for (size_t i = first_of_verb, n = out->size(); i < n; ++i) {
      RawEvent r = (*out)[i];
      std::swap(r.source, r.target);
      r.reciprocal = true;
      if (!seen(r)) out->push_back(r);
    }
  }
  // "[:173]": only the reverse events exist.
  if (verb.pattern->code == "---")
    out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first_of_verb), out->end(),
                              [](const RawEvent& r) { return !r.reciprocal; }),
               out->end());
}

bool IsPossessivePronoun(const Token& t) {
  return t.lower == "its" || t.lower == "their" || t.lower == "his" || t.lower == "her" || t.lower == "our";
}

bool NegatedBefore(const std::vector<Token>& tokens, const Sentence& sentence, int32_t verb_head) {
  for (int32_t t = verb_head - 1; t >= sentence.first_token && t >= verb_head - 3; --t) {
    const std::string& w = tokens[t].lower;
    if (w == "not" || w == "n't" || w == "never" || (w == "longer" && t > 0 && tokens[t - 1].lower == "no"))
      return true;
  }
  return false;
}

}  // namespace sitrep::events
