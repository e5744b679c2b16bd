#include "sitrep/events/event_builder.h"

#include "sitrep/core/hex_digest.h"
#include "sitrep/events/intent_code.h"

namespace sitrep::events {

TextSlicer::TextSlicer(std::string_view text) : text_(text) {
  bool ascii = true;
  for (unsigned char c : text) ascii &= c < 0x80;
  if (ascii) return;
  byte_of_cp_.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of_cp_.push_back(static_cast<uint32_t>(i));
  byte_of_cp_.push_back(static_cast<uint32_t>(text.size()));
}

std::string TextSlicer::Slice(int32_t start, int32_t end) const {
  if (byte_of_cp_.empty()) return std::string(text_.substr(start, end - start));
  const uint32_t b = byte_of_cp_[start], e = byte_of_cp_[end];
  return std::string(text_.substr(b, e - b));
}

Event EventBuilder::Build(const Story& story, const TextSlicer& slicer, const std::vector<Token>& tokens,
                          const Sentence& sentence, const std::vector<actors::ActorMention>& mentions,
                          const RawEvent& raw) const {
  Event e;
  e.story_id = story.id;
  e.sentence = sentence.index;
  e.date = story.date;
  e.date_precision = story.date.valid() ? "day" : "";
  auto actor = [&](int32_t k) {
    const actors::ActorMention& m = mentions[k];
    EventActor a;
    a.code = m.code;
    a.span = Span{tokens[m.first].start, tokens[m.last - 1].end};
    a.text = slicer.Slice(a.span.start, a.span.end);
    a.country = m.country;
    a.role = m.role;
    a.rule = m.rule;
    return a;
  };
  if (raw.source >= 0) e.source = actor(raw.source);
  if (raw.target >= 0) e.target = actor(raw.target);
  const dictionaries::VerbPattern& p = *raw.verb.pattern;
  e.cameo = raw.code();
  if (raw.future && codebook_.Find(e.cameo) != nullptr) {
    const std::string intent = IntentCode(e.cameo);
    if (codebook_.Find(intent) != nullptr) e.cameo = intent;
  }
  // sitrep's own dictionaries only hold codebook codes; PETRARCH files may hold others, which
  // are kept without names or weights.
  if (const dictionaries::CameoCode* c = codebook_.Find(e.cameo)) {
    e.cameo_name = c->name;
    e.root = c->root();
    e.quad_class = c->quad_class;
    e.goldstein = c->goldstein;
    e.plover_type = c->plover_type;
    e.plover_mode = c->plover_mode;
  }
  e.negated = raw.negated;
  e.sentence_span = Span{sentence.start, sentence.end};
  e.sentence_text = slicer.Slice(sentence.start, sentence.end);
  e.verb_span = Span{tokens[raw.verb.first].start, tokens[raw.verb.last - 1].end};
  e.verb_text = slicer.Slice(e.verb_span.start, e.verb_span.end);
  e.rule = p.rule;
  e.coder = raw.coder;

  std::string key = story.id;
  auto add = [&](std::string_view s) {
    key += '\x1f';
    key += s;
  };
  add(std::to_string(sentence.index));
  add(std::to_string(e.verb_span.start) + ":" + std::to_string(e.verb_span.end));
  add(e.source ? e.source->code + "@" + std::to_string(e.source->span.start) : "-");
  add(e.target ? e.target->code + "@" + std::to_string(e.target->span.start) : "-");
  add(e.cameo);
  e.event_id = HexDigest(key);
  return e;
}

}  // namespace sitrep::events
