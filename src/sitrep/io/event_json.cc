#include "sitrep/io/event_json.h"

namespace sitrep::io {
namespace {

nlohmann::ordered_json ActorJson(const std::optional<EventActor>& a) {
  if (!a) return nullptr;
  nlohmann::ordered_json j;
  j["code"] = a->code;
  j["text"] = a->text;
  j["span"] = {a->span.start, a->span.end};
  j["country"] = a->country.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a->country);
  j["role"] = a->role;
  j["rule"] = a->rule;
  return j;
}

nlohmann::ordered_json CasualtyJson(const std::optional<CasualtyFigure>& c) {
  if (!c) return nullptr;
  return {{"n", c->n}, {"qualifier", c->qualifier}, {"text", c->text}, {"span", {c->span.start, c->span.end}}};
}

nlohmann::ordered_json LocationJson(const std::optional<EventLocation>& l) {
  if (!l) return nullptr;
  nlohmann::ordered_json j;
  j["name"] = l->name;
  j["lat"] = l->lat;
  j["lon"] = l->lon;
  j["country"] = l->country.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(l->country);
  j["admin1"] = l->admin1.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(l->admin1);
  j["precision"] = l->precision;
  j["basis"] = l->basis;
  j["geonameid"] = l->geonameid == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(l->geonameid);
  j["text"] = l->text;
  j["span"] = {l->span.start, l->span.end};
  return j;
}

}  // namespace

nlohmann::ordered_json EventToJson(const Event& e) {
  nlohmann::ordered_json j;
  j["story_id"] = e.story_id;
  j["sentence"] = e.sentence;
  j["event_id"] = e.event_id;
  j["date"] = e.date.valid() ? nlohmann::ordered_json(e.date.ToString()) : nlohmann::ordered_json(nullptr);
  j["date_precision"] = e.date_precision.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.date_precision);
  j["date_text"] = e.date_text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.date_text);
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["cameo"] = e.cameo;
  j["cameo_name"] = e.cameo_name;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"type", e.plover_type.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.plover_type)},
                 {"mode", e.plover_mode.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.plover_mode)}};
  j["location"] = LocationJson(e.location);
  j["killed"] = CasualtyJson(e.killed);
  j["wounded"] = CasualtyJson(e.wounded);
  j["negated"] = e.negated;
  j["evidence"] = {{"sentence_span", {e.sentence_span.start, e.sentence_span.end}},
                   {"sentence_text", e.sentence_text},
                   {"verb_span", {e.verb_span.start, e.verb_span.end}},
                   {"verb_text", e.verb_text},
                   {"rule", e.rule},
                   {"coder", e.coder}};
  return j;
}

}  // namespace sitrep::io
