// ApiService: sitrep's HTTP API as a plain function from request to response, with no socket in
// sight — the server (http_server.h) only carries bytes to and from it, and tests call it
// directly. docs/api.md documents every route; in short:
//
//   GET  /healthz               liveness, version, store and what is in it
//   GET  /v1/cameo              CAMEO codes with names, Goldstein, quad class, PLOVER
//   GET  /v1/countries          the countries sitrep knows: ISO codes, name, a representative point
//   POST /v1/code               text or stories in, events out; nothing stored
//   GET  /v1/events             incidents (or ?unit=reports) matching filters, paged
//   GET  /v1/events/{id}        one incident with all its reports, or one report, with evidence
//   GET  /v1/stats              counts grouped by day/week/month/country/root/quad/dyad
//   POST /v1/stories            code and store stories; only with the configured bearer token
//
// Every response is JSON; failures are {"error": {"status", "code", "message"}} with a 4xx/5xx
// status, and Handle() never throws: a malformed request costs only itself.
// Thread-safety: Handle() is const and safe from any number of threads (the pipeline is
// immutable; store connections are lent per request by an EventStorePool).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "sitrep/pipeline.h"
#include "sitrep/store/event_store_pool.h"

namespace sitrep::server {

struct ApiRequest {
  std::string method;                          // "GET", "POST", ...
  std::string path;                            // "/v1/events" (no query string)
  std::multimap<std::string, std::string> params;  // query parameters, decoded
  std::map<std::string, std::string> headers;  // names lowercased
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

struct ApiLimits {
  size_t max_request_bytes = 1 << 20;  // a body larger than this is refused with 413
  int max_stories = 1000;              // stories in one POST
  int max_page = 1000;                 // rows in one GET /v1/events page
  double max_request_seconds = 30.0;   // stories not reached by then are rejected, not coded
};

class ApiService {
 public:
  // `stores` may be null: then only /healthz, /v1/cameo, /v1/countries and /v1/code answer (the
  // others say 503 "no store"). `ingest_token` empty: POST /v1/stories is off (403).
  ApiService(std::shared_ptr<const Pipeline> pipeline, std::shared_ptr<store::EventStorePool> stores,
             std::string ingest_token, ApiLimits limits = {});

  ApiResponse Handle(const ApiRequest& request) const;

  const ApiLimits& limits() const { return limits_; }

 private:
  ApiResponse Route(const ApiRequest& r) const;
  ApiResponse Health() const;
  ApiResponse Cameo() const;
  ApiResponse Countries() const;
  ApiResponse Code(const ApiRequest& r, bool store) const;
  ApiResponse Events(const ApiRequest& r) const;
  ApiResponse EventById(const std::string& id) const;
  ApiResponse Stats(const ApiRequest& r) const;

  std::shared_ptr<const Pipeline> pipeline_;
  std::shared_ptr<store::EventStorePool> stores_;
  std::string ingest_token_;
  ApiLimits limits_;
};

// The JSON error body: {"error": {"status": 400, "code": "invalid_argument", "message": ...}}.
ApiResponse ErrorResponse(int status, const std::string& message);

}  // namespace sitrep::server
