#include "sitrep/server/api_service.h"

#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "sitrep/core/hex_digest.h"
#include "sitrep/core/version.h"
#include "sitrep/dictionaries/embedded_files.h"
#include "sitrep/io/event_json.h"
#include "sitrep/io/story_reader.h"

namespace sitrep::server {
namespace {

using Json = nlohmann::ordered_json;

const char* HttpCodeName(int status) {
  switch (status) {
    case 400: return "invalid_argument";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "timeout";
    case 413: return "too_large";
    case 415: return "unsupported_media_type";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "error";
  }
}

ApiResponse JsonResponse(const Json& j, int status = 200) {
  return ApiResponse{status, "application/json",
                     j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n"};
}

// The API names query parameters without the CLI's dashes ("from", not "--from").
std::string ApiMessage(std::string m) {
  for (size_t at = m.find("--"); at != std::string::npos; at = m.find("--", at)) m.erase(at, 2);
  return m;
}

ApiResponse FromStatus(const Status& st) {
  switch (st.code()) {
    case Status::Code::kInvalidArgument: return ErrorResponse(400, ApiMessage(st.message()));
    case Status::Code::kNotFound: return ErrorResponse(404, st.message());
    case Status::Code::kTooLarge: return ErrorResponse(413, st.message());
    case Status::Code::kIoError: return ErrorResponse(503, st.message());
    default: return ErrorResponse(500, st.message());
  }
}

Json ValueJson(const store::SqlValue& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return nullptr;
}

// Reads one row of a QueryTable by column name.
struct RowView {
  const store::QueryTable& t;
  const std::vector<store::SqlValue>& row;
  Json operator[](std::string_view column) const {
    const int c = t.Column(column);
    return c < 0 ? Json(nullptr) : ValueJson(row[static_cast<size_t>(c)]);
  }
  std::string Text(std::string_view column) const {
    const int c = t.Column(column);
    return c < 0 ? "" : store::SqlValueText(row[static_cast<size_t>(c)]);
  }
};

Json IncidentJson(const RowView& r, const dictionaries::CameoCodebook& book) {
  Json j;
  j["incident_id"] = r["incident_id"];
  j["date"] = r["date"];
  j["date_last"] = r["date_last"];
  j["source"] = Json{{"code", r["source_code"]}, {"country", r["source_country"]}};
  j["target"] = Json{{"code", r["target_code"]}, {"country", r["target_country"]}};
  j["cameo"] = r["cameo"];
  const dictionaries::CameoCode* code = book.Find(r.Text("cameo"));
  j["cameo_name"] = code ? Json(code->name) : Json(nullptr);
  j["root"] = r["root"];
  j["quad_class"] = r["quad_class"];
  j["goldstein"] = r["goldstein"];
  j["plover"] = Json{{"type", r["plover_type"]}};
  if (r.Text("location_country").empty()) {
    j["location"] = nullptr;
  } else {
    j["location"] = Json{{"name", r["location_name"]}, {"lat", r["lat"]},
                         {"lon", r["lon"]},           {"country", r["location_country"]},
                         {"admin1", r["location_admin1"]}, {"precision", r["location_precision"]}};
  }
  j["killed"] = r["killed"];
  j["wounded"] = r["wounded"];
  j["reports"] = r["reports"];
  j["stories"] = r["stories"];
  return j;
}

// A stored report: its full record as coded, with the incident it belongs to and its coder.
Json ReportJson(const RowView& r) {
  Json j = Json::parse(r.Text("record"), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) j = Json{{"event_id", r["event_id"]}, {"story_id", r["story_id"]}};
  j["incident_id"] = r["incident_id"];
  j["coder_id"] = r["coder_id"];
  return j;
}

Json TableRows(const store::QueryTable& t) {
  Json rows = Json::array();
  for (const auto& row : t.rows) {
    Json o;
    for (size_t c = 0; c < t.columns.size(); ++c) o[t.columns[c]] = ValueJson(row[c]);
    rows.push_back(std::move(o));
  }
  return rows;
}

// Query parameters: each at most once, each one this route knows.
Result<std::map<std::string, std::string>> Params(const ApiRequest& r, const std::set<std::string>& allowed) {
  std::map<std::string, std::string> out;
  for (const auto& [k, v] : r.params) {
    if (!allowed.contains(k)) {
      std::string names;
      for (const auto& a : allowed) names += (names.empty() ? "" : ", ") + a;
      return Status::InvalidArgument("unknown parameter '" + k + "' (this route takes " + names + ")");
    }
    if (!out.emplace(k, v).second) return Status::InvalidArgument("parameter '" + k + "' given more than once");
  }
  return out;
}

Result<int64_t> IntParam(const std::map<std::string, std::string>& p, const std::string& name, int64_t fallback,
                         int64_t lo, int64_t hi) {
  auto it = p.find(name);
  if (it == p.end() || it->second.empty()) return fallback;
  int64_t v = 0;
  const std::string& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) {
    return Status::InvalidArgument(name + " must be a whole number from " + std::to_string(lo) + " to " +
                                   std::to_string(hi) + ", got '" + s + "'");
  }
  return v;
}

const std::set<std::string> kFilterParams = {"from", "to",   "source", "target",          "country",
                                             "cameo", "root", "quad",   "include_negated", "unit"};

Result<store::EventQuery> QueryFromParams(const std::map<std::string, std::string>& p) {
  store::EventQuery q;
  auto get = [&](const char* k) {
    auto it = p.find(k);
    return it == p.end() ? std::string() : it->second;
  };
  q.from = get("from");
  q.to = get("to");
  q.source = get("source");
  q.target = get("target");
  q.country = get("country");
  q.cameo = get("cameo");
  q.root = get("root");
  auto quad = IntParam(p, "quad", 0, 1, 4);
  if (!quad.ok()) return quad.status();
  q.quad = static_cast<int>(*quad);
  const std::string negated = get("include_negated");
  if (negated != "" && negated != "true" && negated != "false" && negated != "1" && negated != "0")
    return Status::InvalidArgument("include_negated must be true or false, got '" + negated + "'");
  q.include_negated = negated == "true" || negated == "1";
  const std::string unit = get("unit");
  if (unit == "reports") q.unit = store::Unit::kReports;
  else if (unit != "" && unit != "incidents")
    return Status::InvalidArgument("unit must be incidents or reports, got '" + unit + "'");
  return q;
}

// "2026-12-06T21:40:01.123Z".
std::string NowUtcMillis() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char date[32], millis[8];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(ms));
  return std::string(date) + millis;
}

bool SameSecret(const std::string& a, const std::string& b) {
  // Compares every byte whatever the first difference, so timing does not leak the token.
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0 && !a.empty();
}

std::string Header(const ApiRequest& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? "" : it->second;
}

// The stories of a POST body, read by the same readers as files, so a story is valid or
// rejected for the same reasons over HTTP as on the command line.
struct RequestStories {
  std::vector<Story> stories;
  std::vector<io::Rejection> rejections;   // records that are not stories
  std::vector<std::string> warnings;
  std::vector<int> order;                  // >= 0: stories[i]; < 0: rejections[-i - 1]
};

// The media type of a request, without parameters ("text/plain; charset=utf-8" -> "text/plain").
std::string MediaType(const ApiRequest& r) {
  std::string type = Header(r, "content-type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

const std::set<std::string> kStoryTypes = {"application/json", "application/x-ndjson", "application/jsonl",
                                           "application/x-jsonlines", "text/csv", "text/plain", ""};

// REQUIRES: kStoryTypes.contains(MediaType(r)). `name` is the reader's name: records are
// "name:N" in messages, and a story without an id is given "name:N" ("name" for plain text).
Result<RequestStories> ReadStories(const ApiRequest& r, const ApiLimits& limits, const std::string& name) {
  const std::string type = MediaType(r);
  io::ReaderDefaults defaults;
  for (const auto& [k, v] : r.params) {
    if (k == "date") {
      Result<Date> d = ParseDate(v);
      if (!d.ok()) return Status::InvalidArgument("date: " + d.status().message());
      defaults.date = *d;
    } else if (k == "id") {
      defaults.id = v;
    } else {
      return Status::InvalidArgument("unknown parameter '" + k + "' (this route takes date, id)");
    }
  }
  std::string body = r.body;
  io::InputFormat format;
  if (type == "application/json") {
    Json j = Json::parse(body, nullptr, false);
    if (j.is_discarded()) return Status::InvalidArgument("the body is not valid JSON");
    Json list = Json::array();
    if (j.is_object() && j.contains("stories")) {
      if (!j["stories"].is_array()) return Status::InvalidArgument("\"stories\" must be an array of story objects");
      list = j["stories"];
    } else if (j.is_object()) {
      list.push_back(j);
    } else if (j.is_array()) {
      list = j;
    } else {
      return Status::InvalidArgument("the body must be a story object, an array of them, or {\"stories\": [...]}");
    }
    body.clear();
    for (const auto& s : list) body += s.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    format = io::InputFormat::kJsonl;
  } else if (type == "application/x-ndjson" || type == "application/jsonl" || type == "application/x-jsonlines") {
    format = io::InputFormat::kJsonl;
  } else if (type == "text/csv") {
    format = io::InputFormat::kCsv;
  } else {
    format = io::InputFormat::kText;
    if (defaults.id.empty()) defaults.id = name;
  }
  std::istringstream in(body);
  auto reader = io::MakeStoryReader(format, in, name, defaults);
  RequestStories out;
  Story s;
  io::Rejection rejection;
  for (;;) {
    const auto o = reader->Next(&s, &rejection, &out.warnings);
    if (o == io::StoryReader::Outcome::kEnd) break;
    if (static_cast<int>(out.order.size()) >= limits.max_stories) {
      return Status::TooLarge("more than " + std::to_string(limits.max_stories) +
                              " stories in one request: send them in smaller parts");
    }
    if (o == io::StoryReader::Outcome::kStory) {
      out.order.push_back(static_cast<int>(out.stories.size()));
      out.stories.push_back(s);
    } else {
      out.rejections.push_back(rejection);
      out.order.push_back(-static_cast<int>(out.rejections.size()));
    }
  }
  if (out.order.empty()) return Status::InvalidArgument("the body holds no story");
  return out;
}

}  // namespace

ApiResponse ErrorResponse(int status, const std::string& message) {
  return JsonResponse(Json{{"error", {{"status", status}, {"code", HttpCodeName(status)}, {"message", message}}}},
                      status);
}

ApiService::ApiService(std::shared_ptr<const Pipeline> pipeline, std::shared_ptr<store::EventStorePool> stores,
                       std::string ingest_token, ApiLimits limits)
    : pipeline_(std::move(pipeline)), stores_(std::move(stores)), ingest_token_(std::move(ingest_token)),
      limits_(limits) {}

ApiResponse ApiService::Handle(const ApiRequest& request) const {
  if (request.body.size() > limits_.max_request_bytes) {
    return ErrorResponse(413, "the request body is " + std::to_string(request.body.size()) + " bytes; the limit is " +
                                  std::to_string(limits_.max_request_bytes));
  }
  try {
    return Route(request);
  } catch (const std::exception& e) {
    return ErrorResponse(500, std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorResponse(500, "internal error");
  }
}

ApiResponse ApiService::Route(const ApiRequest& r) const {
  struct RouteInfo {
    const char* path;
    const char* method;
  };
  static const RouteInfo kRoutes[] = {{"/healthz", "GET"},     {"/v1/cameo", "GET"},  {"/v1/countries", "GET"},
                                      {"/v1/code", "POST"},    {"/v1/events", "GET"}, {"/v1/stats", "GET"},
                                      {"/v1/stories", "POST"}};
  std::string path = r.path;
  if (path.size() > 1 && path.back() == '/') path.pop_back();
  std::string event_id;
  const char* method = nullptr;
  if (path.starts_with("/v1/events/")) {
    event_id = path.substr(11);
    method = "GET";
  }
  for (const auto& route : kRoutes)
    if (path == route.path) method = route.method;
  if (method == nullptr) return ErrorResponse(404, "no such route: " + r.method + " " + r.path + " (see docs/api.md)");
  if (r.method != method && !(r.method == "HEAD" && std::string(method) == "GET")) {
    return ErrorResponse(405, r.method + " is not allowed on " + path + "; use " + method);
  }
  if (path == "/healthz") return Health();
  if (path == "/v1/cameo") return Cameo();
  if (path == "/v1/countries") return Countries();
  if (path == "/v1/code") return Code(r, false);
  if (path == "/v1/stories") {
    if (ingest_token_.empty()) {
      return ErrorResponse(403, "ingest is off on this server: start it with --ingest-token-file to allow "
                                "POST /v1/stories");
    }
    const std::string auth = Header(r, "authorization");
    if (!auth.starts_with("Bearer ") || !SameSecret(auth.substr(7), ingest_token_)) {
      return ErrorResponse(401, "POST /v1/stories needs the header 'Authorization: Bearer <ingest token>'");
    }
    return Code(r, true);
  }
  if (!event_id.empty()) return EventById(event_id);
  if (path == "/v1/events") return Events(r);
  return Stats(r);
}

ApiResponse ApiService::Health() const {
  Json j{{"status", "ok"}, {"version", SITREP_VERSION}};
  const store::CoderVersion coder = CoderVersionOf(*pipeline_);
  j["coder"] = Json{{"coder_id", coder.Id()}, {"dictionaries", coder.dictionaries}, {"models", coder.models}};
  j["ingest"] = !ingest_token_.empty();
  if (!stores_) {
    j["store"] = nullptr;
    return JsonResponse(j);
  }
  auto db = stores_->Acquire();
  auto reports = db->CountEvents();
  auto incidents = db->CountIncidents();
  Json s{{"engine", db->engine() == store::SqlEngine::kSqlite ? "sqlite" : "postgresql"}, {"name", db->name()}};
  if (!reports.ok() || !incidents.ok()) {
    j["status"] = "degraded";
    s["error"] = (reports.ok() ? incidents.status() : reports.status()).message();
    j["store"] = s;
    return JsonResponse(j, 503);
  }
  s["reports"] = *reports;
  s["incidents"] = *incidents;
  s["dedup"] = Json{{"max_days", db->dedup().max_days}, {"max_km", db->dedup().max_km}};
  j["store"] = s;
  return JsonResponse(j);
}

ApiResponse ApiService::Cameo() const {
  Json codes = Json::array();
  for (const auto& c : pipeline_->dictionaries().codebook.codes()) {
    codes.push_back(Json{{"code", c.code},
                         {"name", c.name},
                         {"root", c.root()},
                         {"goldstein", c.goldstein},
                         {"quad_class", c.quad_class},
                         {"plover_type", c.plover_type.empty() ? Json(nullptr) : Json(c.plover_type)},
                         {"plover_mode", c.plover_mode.empty() ? Json(nullptr) : Json(c.plover_mode)}});
  }
  return JsonResponse(Json{{"codes", codes}});
}

ApiResponse ApiService::Countries() const {
  // The rows of the compiled-in countries.tsv (columns in its header), read once.
  static const std::string body = [] {
    Json countries = Json::array();
    for (const auto& file : dictionaries::EmbeddedFiles()) {
      if (file.name != "dictionaries/places/countries.tsv") continue;
      std::istringstream in{std::string(file.content)};
      for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::istringstream fields(line);
        for (std::string col; std::getline(fields, col, '\t');) cols.push_back(col);
        if (cols.size() < 7) continue;  // the gazetteer's loader reports malformed rows
        Json point[2];
        for (int k = 0; k < 2; ++k) {
          double v = 0;
          const std::string& s = cols[3 + static_cast<size_t>(k)];
          auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
          point[k] = ec == std::errc() && end == s.data() + s.size() ? Json(v) : Json(nullptr);
        }
        countries.push_back(Json{{"code", cols[1]},
                                 {"cameo", cols[0]},
                                 {"name", cols[5]},
                                 {"iso2", cols[2]},
                                 {"iso_numeric", cols[6] == "-" ? Json(nullptr) : Json(cols[6])},
                                 {"lat", point[0]},
                                 {"lon", point[1]}});
      }
    }
    return JsonResponse(Json{{"countries", countries}}).body;
  }();
  return ApiResponse{200, "application/json", body};
}

ApiResponse ApiService::Code(const ApiRequest& r, bool store) const {
  if (store && !stores_) return ErrorResponse(503, "this server has no store: start it with --db");
  if (const std::string type = MediaType(r); !kStoryTypes.contains(type)) {
    return ErrorResponse(415, "unsupported Content-Type '" + type +
                                  "' (send application/json, application/x-ndjson, text/csv or text/plain)");
  }
  // Stored records need names no other request reuses: a rejected record is kept under its
  // place ("request 2026-12-06T21:40:01.123Z:3"), and a story sent without an id is stored
  // under a hash of its date and text, so sending it again replaces it rather than another.
  const std::string name = store ? "request " + NowUtcMillis() : "request";
  auto stories = ReadStories(r, limits_, name);
  if (!stories.ok()) return FromStatus(stories.status());
  if (store) {
    for (Story& s : stories->stories) {
      if (s.id != name && !s.id.starts_with(name + ":")) continue;
      s.id = "story-" + HexDigest(s.date.ToString() + '\n' + s.text);
    }
  }
  std::optional<store::EventStorePool::Lease> db;
  if (store) {
    db.emplace(stores_->Acquire());
    if (Status st = (*db)->SetCoder(CoderVersionOf(*pipeline_)); !st.ok()) return FromStatus(st);
  }
  const auto start = std::chrono::steady_clock::now();
  Json results = Json::array(), events = Json::array();
  int64_t coded = 0, no_events = 0, rejected = 0, n_events = 0, not_stored = 0;
  auto reject = [&](Json& entry, const std::string& id, const std::string& where, const std::string& reason) {
    ++rejected;
    entry["status"] = "rejected";
    entry["reason"] = reason;
    if (db) {
      if (Status st = (*db)->PutRejection(id, where, reason); !st.ok()) {
        ++not_stored;
        entry["stored"] = false;
        entry["store_error"] = st.message();
      }
    }
  };
  for (int k : stories->order) {
    Json entry;
    if (k < 0) {
      const io::Rejection& rej = stories->rejections[static_cast<size_t>(-k - 1)];
      entry["id"] = rej.story_id.empty() ? Json(nullptr) : Json(rej.story_id);
      entry["where"] = rej.where;
      reject(entry, rej.story_id, rej.where, rej.reason);
      results.push_back(std::move(entry));
      continue;
    }
    const Story& story = stories->stories[static_cast<size_t>(k)];
    entry["id"] = story.id;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > limits_.max_request_seconds) {
      reject(entry, story.id, story.origin,
             "not coded: the request's time limit was reached; send the remaining stories again in smaller parts");
      results.push_back(std::move(entry));
      continue;
    }
    Result<CodedStory> c = pipeline_->Code(story);
    if (!c.ok()) {
      reject(entry, story.id, story.origin, c.status().message());
      results.push_back(std::move(entry));
      continue;
    }
    (c->events.empty() ? no_events : coded) += 1;
    n_events += static_cast<int64_t>(c->events.size());
    entry["status"] = c->events.empty() ? "no_events" : "coded";
    entry["sentences"] = c->sentences.size();
    entry["events"] = c->events.size();
    for (const Event& e : c->events) events.push_back(io::EventToJson(e));
    if (db) {
      if (Status st = (*db)->PutStory(story, static_cast<int32_t>(c->sentences.size()), c->events); !st.ok()) {
        ++not_stored;
        entry["stored"] = false;
        entry["store_error"] = st.message();
      } else {
        entry["stored"] = true;
      }
    }
    results.push_back(std::move(entry));
  }
  Json summary{{"stories", results.size()}, {"coded", coded},   {"no_events", no_events},
               {"rejected", rejected},      {"events", n_events}};
  if (db) {
    if (Status st = (*db)->Commit(); !st.ok()) return FromStatus(st);
    summary["not_stored"] = not_stored;
    summary["coder_id"] = CoderVersionOf(*pipeline_).Id();
  }
  Json out{{"summary", summary}, {"stories", results}, {"events", events}};
  if (!stories->warnings.empty()) out["warnings"] = stories->warnings;
  return JsonResponse(out);
}

ApiResponse ApiService::Events(const ApiRequest& r) const {
  if (!stores_) return ErrorResponse(503, "this server has no store: start it with --db");
  std::set<std::string> allowed = kFilterParams;
  allowed.insert({"limit", "offset"});
  auto p = Params(r, allowed);
  if (!p.ok()) return FromStatus(p.status());
  auto q = QueryFromParams(*p);
  if (!q.ok()) return FromStatus(q.status());
  auto limit = IntParam(*p, "limit", 100, 1, limits_.max_page);
  if (!limit.ok()) return FromStatus(limit.status());
  auto offset = IntParam(*p, "offset", 0, 0, INT64_MAX / 2);
  if (!offset.ok()) return FromStatus(offset.status());
  q->limit = *limit;
  q->offset = *offset;
  q->with_records = true;
  if (Status st = q->Validate(); !st.ok()) return FromStatus(st);
  auto db = stores_->Acquire();
  auto total = db->Count(*q);
  if (!total.ok()) return FromStatus(total.status());
  auto table = db->Query(*q);
  if (!table.ok()) return FromStatus(table.status());
  Json rows = Json::array();
  for (const auto& row : table->rows) {
    const RowView view{*table, row};
    rows.push_back(q->unit == store::Unit::kIncidents ? IncidentJson(view, pipeline_->dictionaries().codebook)
                                                      : ReportJson(view));
  }
  const int64_t next = *offset + static_cast<int64_t>(table->rows.size());
  return JsonResponse(Json{{"unit", q->unit == store::Unit::kIncidents ? "incidents" : "reports"},
                           {"total", *total},
                           {"limit", *limit},
                           {"offset", *offset},
                           {"next_offset", next < *total ? Json(next) : Json(nullptr)},
                           {"events", rows}});
}

ApiResponse ApiService::EventById(const std::string& id) const {
  if (!stores_) return ErrorResponse(503, "this server has no store: start it with --db");
  if (id.empty() || id.size() > 80 ||
      id.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != std::string::npos) {
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on "'" + substr().
    std::string message = "'";
    message.append(id, 0, 80).append("' is not an event or incident id");
    return ErrorResponse(400, message);
  }
  auto db = stores_->Acquire();
  auto d = db->Get(id);
  if (!d.ok()) return FromStatus(d.status());
  Json reports = Json::array();
  for (const auto& row : d->reports.rows) reports.push_back(ReportJson(RowView{d->reports, row}));
  Json j{{"id", id}, {"kind", id.starts_with("inc_") ? "incident" : "report"}};
  j["incident"] = d->incident.rows.empty()
                      ? Json(nullptr)
                      : IncidentJson(RowView{d->incident, d->incident.rows[0]}, pipeline_->dictionaries().codebook);
  j["reports"] = reports;
  j["coders"] = TableRows(d->coders);
  return JsonResponse(j);
}

ApiResponse ApiService::Stats(const ApiRequest& r) const {
  if (!stores_) return ErrorResponse(503, "this server has no store: start it with --db");
  std::set<std::string> allowed = kFilterParams;
  allowed.insert("group_by");
  auto p = Params(r, allowed);
  if (!p.ok()) return FromStatus(p.status());
  auto q = QueryFromParams(*p);
  if (!q.ok()) return FromStatus(q.status());
  auto g = p->find("group_by");
  auto group = store::ParseGroupBy(g == p->end() ? "week" : g->second);
  if (!group.ok() || *group == store::GroupBy::kNone) {
    return ErrorResponse(400, "group_by must be day, week, month, country, root, quad or dyad");
  }
  q->group_by = *group;
  if (Status st = q->Validate(); !st.ok()) return FromStatus(st);
  auto db = stores_->Acquire();
  auto table = db->Query(*q);
  if (!table.ok()) return FromStatus(table.status());
  return JsonResponse(Json{{"group_by", store::GroupByName(*group)},
                           {"unit", q->unit == store::Unit::kIncidents ? "incidents" : "reports"},
                           {"rows", TableRows(*table)}});
}

}  // namespace sitrep::server
