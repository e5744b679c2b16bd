// ApiService without a socket: requests in, JSON out, for every route and every way a request
// can be wrong.
#include "sitrep/server/api_service.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <map>
#include <random>

#include "store/store_fixtures.h"
#include "test_dictionaries.h"

namespace sitrep::server {
namespace {

using Json = nlohmann::json;

std::shared_ptr<const Pipeline> TestPipelinePtr() {
  return std::shared_ptr<const Pipeline>(&testing::TestPipeline(), [](const Pipeline*) {});
}

ApiRequest Get(const std::string& path, std::multimap<std::string, std::string> params = {}) {
  return ApiRequest{"GET", path, std::move(params), {}, ""};
}

ApiRequest Post(const std::string& path, const std::string& type, std::string body,
                std::multimap<std::string, std::string> params = {}, std::string token = "") {
  ApiRequest r{"POST", path, std::move(params), {{"content-type", type}}, std::move(body)};
  if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
  return r;
}

Json Body(const ApiResponse& r) {
  Json j = Json::parse(r.body, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.body;
  return j;
}

std::string ErrorMessage(const ApiResponse& r) { return Body(r)["error"]["message"].get<std::string>(); }

constexpr const char* kToken = "test-token-0123456789";

class ApiServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pool = store::EventStorePool::Open(testing::TempSqlitePath("api"), 2);
    ASSERT_TRUE(pool.ok()) << pool.status().ToString();
    stores_ = std::move(pool).value();
    api_ = std::make_unique<ApiService>(TestPipelinePtr(), stores_, kToken, limits_);
  }
  // Stores three stories: two reports of one attack, and a criticism.
  void Ingest() {
    const char* body = R"({"stories": [
      {"id": "a", "date": "2017-06-20", "text": "Iraqi troops attacked Islamic State on Sunday."},
      {"id": "b", "date": "2017-06-19", "text": "Iraqi troops attacked Islamic State."},
      {"id": "c", "date": "2017-07-02", "text": "Arnor criticized Iraq."}]})";
    ApiResponse r = api_->Handle(Post("/v1/stories", "application/json", body, {}, kToken));
    ASSERT_EQ(r.status, 200) << r.body;
  }
  ApiLimits limits_;
  std::shared_ptr<store::EventStorePool> stores_;
  std::unique_ptr<ApiService> api_;
};

TEST_F(ApiServiceTest, HealthSaysWhatIsServed) {
  ApiResponse r = api_->Handle(Get("/healthz"));
  ASSERT_EQ(r.status, 200);
  Json j = Body(r);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["store"]["engine"], "sqlite");
  EXPECT_EQ(j["store"]["reports"], 0);
  EXPECT_EQ(j["ingest"], true);
  EXPECT_EQ(j["coder"]["models"], "none");  // the test pipeline has no syntax model
  ApiService bare(TestPipelinePtr(), nullptr, "");
  j = Body(bare.Handle(Get("/healthz")));
  EXPECT_TRUE(j["store"].is_null());
  EXPECT_EQ(j["ingest"], false);
  // Without a store, the store routes say so; coding still works.
  ApiResponse events = bare.Handle(Get("/v1/events"));
  EXPECT_EQ(events.status, 503);
  EXPECT_EQ(ErrorMessage(events), "this server has no store: start it with --db");
  EXPECT_EQ(bare.Handle(Post("/v1/code", "text/plain", "Arnor criticized Iraq.")).status, 200);
}

TEST_F(ApiServiceTest, CodeTextReturnsTheEventsAndStoresNothing) {
  ApiResponse r = api_->Handle(
      Post("/v1/code", "text/plain; charset=utf-8", "Iraqi troops attacked Islamic State on Sunday.", {{"date", "2017-03-08"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  Json j = Body(r);
  EXPECT_EQ(j["summary"], Json::parse(R"({"stories":1,"coded":1,"no_events":0,"rejected":0,"events":1})"));
  ASSERT_EQ(j["events"].size(), 1u);
  const Json& e = j["events"][0];
  EXPECT_EQ(e["source"]["code"], "IRQMIL");
  EXPECT_EQ(e["cameo"], "190");
  EXPECT_EQ(e["target"]["code"], "IMGMUSISI");
  EXPECT_EQ(e["date"], "2017-03-05");  // the Sunday before publication
  EXPECT_EQ(e["evidence"]["verb_text"], "attacked");
  EXPECT_EQ(Body(api_->Handle(Get("/healthz")))["store"]["reports"], 0);
}

TEST_F(ApiServiceTest, EveryStoryOfABatchIsAccountedFor) {
  const char* body = R"([{"id": "ok", "date": "2017-06-20", "text": "Arnor criticized Iraq."},
                        {"id": "empty", "date": "2017-06-20", "text": ""},
                        {"id": "none", "date": "2017-06-20", "text": "The weather was mild."},
                        "not a story"])";
  ApiResponse r = api_->Handle(Post("/v1/code", "application/json", body));
  ASSERT_EQ(r.status, 200) << r.body;
  Json j = Body(r);
  EXPECT_EQ(j["summary"], Json::parse(R"({"stories":4,"coded":1,"no_events":1,"rejected":2,"events":1})"));
  EXPECT_EQ(j["stories"][0]["status"], "coded");
  EXPECT_EQ(j["stories"][1]["status"], "rejected");
  EXPECT_EQ(j["stories"][2]["status"], "no_events");
  EXPECT_EQ(j["stories"][3]["status"], "rejected");
  EXPECT_EQ(j["stories"][3]["where"], "request:4");
  // An empty text is a story rejected with its reason, like an empty file.
  j = Body(api_->Handle(Post("/v1/code", "text/plain", "")));
  EXPECT_EQ(j["stories"][0]["reason"], "text is empty");
  // JSONL and CSV bodies are read like files.
  r = api_->Handle(Post("/v1/code", "application/x-ndjson",
                        "{\"id\": \"x\", \"date\": \"2017-06-20\", \"text\": \"Arnor criticized Iraq.\"}\n{broken\n"));
  EXPECT_EQ(Body(r)["summary"]["rejected"], 1);
  r = api_->Handle(Post("/v1/code", "text/csv", "id,date,text\ny,2017-06-20,Arnor criticized Iraq.\n"));
  EXPECT_EQ(Body(r)["summary"]["events"], 1);
}

TEST_F(ApiServiceTest, BadRequestsGetOneClearError) {
  auto error = [&](const ApiRequest& req, int status, const std::string& message) {
    ApiResponse r = api_->Handle(req);
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(ErrorMessage(r), message);
  };
  error(Post("/v1/code", "application/json", "{\"text\": "), 400, "the body is not valid JSON");
  error(Post("/v1/code", "application/json", "42"), 400,
        "the body must be a story object, an array of them, or {\"stories\": [...]}");
  error(Post("/v1/code", "application/json", "{\"stories\": 3}"), 400, "\"stories\" must be an array of story objects");
  error(Post("/v1/code", "application/x-ndjson", "\n\n"), 400, "the body holds no story");
  error(Post("/v1/code", "image/png", "\x89PNG"), 415,
        "unsupported Content-Type 'image/png' (send application/json, application/x-ndjson, text/csv or text/plain)");
  error(Post("/v1/code", "text/plain", "x", {{"date", "2017-02-30"}}), 400,
        "date: date '2017-02-30' does not exist in the calendar");
  error(Post("/v1/code", "text/plain", "x", {{"lang", "en"}}), 400, "unknown parameter 'lang' (this route takes date, id)");
  error(Get("/v1/nope"), 404, "no such route: GET /v1/nope (see docs/api.md)");
  error(ApiRequest{"DELETE", "/v1/events", {}, {}, ""}, 405, "DELETE is not allowed on /v1/events; use GET");
  error(Get("/v1/code"), 405, "GET is not allowed on /v1/code; use POST");
  error(Get("/v1/events", {{"contry", "IRQ"}}), 400,
        "unknown parameter 'contry' (this route takes cameo, country, from, include_negated, limit, offset, quad, root, "
        "source, target, to, unit)");
  error(Get("/v1/events", {{"limit", "5000"}}), 400, "limit must be a whole number from 1 to 1000, got '5000'");
  error(Get("/v1/events", {{"limit", "ten"}}), 400, "limit must be a whole number from 1 to 1000, got 'ten'");
  error(Get("/v1/events", {{"country", "IRQ"}, {"country", "SYR"}}), 400, "parameter 'country' given more than once");
  error(Get("/v1/events", {{"unit", "stories"}}), 400, "unit must be incidents or reports, got 'stories'");
  error(Get("/v1/stats", {{"from", "2017-06-20"}, {"to", "2017-06-01"}}), 400, "to 2017-06-01 is before from 2017-06-20");
  error(Get("/v1/stats", {{"group_by", "year"}}), 400, "group_by must be day, week, month, country, root, quad or dyad");
  error(Get("/v1/events/x'%20OR%201=1"), 400, "'x'%20OR%201=1' is not an event or incident id");
  error(Get("/v1/events/0123456789abcdef"), 404, "no event '0123456789abcdef' in " + stores_->name());
}

TEST_F(ApiServiceTest, LimitsAreEnforced) {
  limits_.max_stories = 2;
  limits_.max_request_bytes = 200;
  api_ = std::make_unique<ApiService>(TestPipelinePtr(), stores_, kToken, limits_);
  ApiResponse r = api_->Handle(Post("/v1/code", "application/x-ndjson",
                                    "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n{\"id\":\"3\",\"text\":\"c\"}\n"));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(ErrorMessage(r), "more than 2 stories in one request: send them in smaller parts");
  r = api_->Handle(Post("/v1/code", "text/plain", std::string(201, 'a')));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(ErrorMessage(r), "the request body is 201 bytes; the limit is 200");
  // Stories not reached within the time limit are rejected, not silently dropped.
  limits_ = ApiLimits{};
  limits_.max_request_seconds = 0;
  api_ = std::make_unique<ApiService>(TestPipelinePtr(), stores_, kToken, limits_);
  Json j = Body(api_->Handle(Post("/v1/code", "text/plain", "Arnor criticized Iraq.")));
  EXPECT_EQ(j["stories"][0]["status"], "rejected");
  EXPECT_EQ(j["stories"][0]["reason"],
            "not coded: the request's time limit was reached; send the remaining stories again in smaller parts");
}

TEST_F(ApiServiceTest, IngestNeedsTheToken) {
  ApiService off(TestPipelinePtr(), stores_, "");
  ApiResponse r = off.Handle(Post("/v1/stories", "text/plain", "Arnor criticized Iraq.", {}, kToken));
  EXPECT_EQ(r.status, 403);
  for (const char* token : {"", "wrong-token-0123456789", "test-token-012345678"}) {
    r = api_->Handle(Post("/v1/stories", "text/plain", "Arnor criticized Iraq.", {}, token));
    EXPECT_EQ(r.status, 401) << token;
    EXPECT_EQ(ErrorMessage(r), "POST /v1/stories needs the header 'Authorization: Bearer <ingest token>'");
  }
  Ingest();
  Ingest();  // the same stories again: still one copy
  Json health = Body(api_->Handle(Get("/healthz")));
  EXPECT_EQ(health["store"]["reports"], 3);
  EXPECT_EQ(health["store"]["incidents"], 2);
}

TEST_F(ApiServiceTest, StoriesWithoutIdsAreStoredOnceAndRejectionsAreNotOverwritten) {
  const char* body = "{\"date\": \"2017-06-20\", \"text\": \"Arnor criticized Iraq.\"}\n{not json\n";
  for (int i = 0; i < 2; ++i) {
    Json j = Body(api_->Handle(Post("/v1/stories", "application/x-ndjson", body, {}, kToken)));
    ASSERT_EQ(j["stories"].size(), 2u) << j.dump();
    EXPECT_TRUE(j["stories"][0]["id"].get<std::string>().starts_with("story-")) << j.dump();
    EXPECT_TRUE(j["stories"][1]["where"].get<std::string>().starts_with("request 20")) << j.dump();
  }
  auto db = stores_->Acquire();
  EXPECT_EQ(*db->CountEvents(), 1);              // the same story twice: one copy
  EXPECT_EQ(*db->CountStories("rejected"), 2);   // each request's bad line kept apart
}

TEST_F(ApiServiceTest, EventsStatsAndOneEvent) {
  Ingest();
  Json j = Body(api_->Handle(Get("/v1/events")));
  EXPECT_EQ(j["unit"], "incidents");
  EXPECT_EQ(j["total"], 2);
  ASSERT_EQ(j["events"].size(), 2u);
  const Json attack = j["events"][1];  // newest first: the July criticism, then the June attack
  EXPECT_EQ(attack["source"]["code"], "IRQMIL");
  EXPECT_EQ(attack["cameo_name"], "Use conventional force");  // the test codebook's name
  EXPECT_EQ(attack["reports"], 2);
  EXPECT_EQ(attack["stories"], 2);
  EXPECT_EQ(attack["date"], "2017-06-18");
  // Paging.
  j = Body(api_->Handle(Get("/v1/events", {{"limit", "1"}})));
  EXPECT_EQ(j["next_offset"], 1);
  j = Body(api_->Handle(Get("/v1/events", {{"limit", "1"}, {"offset", "1"}})));
  EXPECT_TRUE(j["next_offset"].is_null());
  // Reports: full records with their incident.
  j = Body(api_->Handle(Get("/v1/events", {{"unit", "reports"}, {"source", "irq"}})));
  ASSERT_EQ(j["events"].size(), 2u);
  EXPECT_EQ(j["events"][0]["incident_id"], attack["incident_id"]);
  EXPECT_EQ(j["events"][0]["evidence"]["verb_text"], "attacked");
  // One incident, with both reports and the coder behind them.
  const std::string id = attack["incident_id"];
  j = Body(api_->Handle(Get("/v1/events/" + id)));
  EXPECT_EQ(j["kind"], "incident");
  EXPECT_EQ(j["reports"].size(), 2u);
  ASSERT_EQ(j["coders"].size(), 1u);
  EXPECT_EQ(j["coders"][0]["models"], "none");
  const std::string report = j["reports"][0]["event_id"];
  j = Body(api_->Handle(Get("/v1/events/" + report)));
  EXPECT_EQ(j["kind"], "report");
  EXPECT_EQ(j["incident"]["incident_id"], id);
  // Stats: incidents by default, reports on request.
  j = Body(api_->Handle(Get("/v1/stats", {{"group_by", "month"}})));
  EXPECT_EQ(j["rows"], Json::parse(R"([{"month":"2017-06","events":1,"reports":2,"goldstein_mean":-10.0,"killed":null},
                                       {"month":"2017-07","events":1,"reports":1,"goldstein_mean":-2.0,"killed":null}])"));
  j = Body(api_->Handle(Get("/v1/stats", {{"group_by", "dyad"}, {"unit", "reports"}, {"country", "IRQ"}})));
  EXPECT_EQ(j["rows"][0]["source"], "IRQMIL");
  EXPECT_EQ(j["rows"][0]["events"], 2);
  // The codebook for the dashboard's filters.
  j = Body(api_->Handle(Get("/v1/cameo")));
  bool found = false;
  for (const auto& c : j["codes"]) found |= c["code"] == "190" && c["quad_class"] == 4 && c["root"] == "19";
  EXPECT_TRUE(found);
}

// The countries for the dashboard's map and country filter, with or without a store.
TEST_F(ApiServiceTest, CountriesFromTheShippedTable) {
  ApiService bare(TestPipelinePtr(), nullptr, "");
  ApiResponse r = bare.Handle(Get("/v1/countries"));
  ASSERT_EQ(r.status, 200) << r.body;
  const Json countries = Body(r)["countries"];
  ASSERT_GT(countries.size(), 190u);
  std::map<std::string, Json> by_code;
  for (const auto& c : countries) by_code[c["code"].get<std::string>()] = c;
  EXPECT_EQ(by_code["IRQ"], Json::parse(R"({"code":"IRQ","cameo":"IRQ","name":"Iraq","iso2":"IQ","iso_numeric":"368",
                                             "lat":33.22,"lon":43.68})"));
  EXPECT_EQ(by_code["AFG"]["iso_numeric"], "004");  // three digits, as world-atlas ids its shapes
  EXPECT_EQ(by_code["ROU"]["cameo"], "ROM");
  EXPECT_TRUE(by_code["XKX"]["iso_numeric"].is_null());  // ISO gives Kosovo no number
  for (const auto& c : countries) {
    EXPECT_EQ(c["code"].get<std::string>().size(), 3u) << c;
    EXPECT_TRUE(c["lat"].is_number() && c["lon"].is_number()) << c;
    EXPECT_TRUE(c["iso_numeric"].is_null() || c["iso_numeric"].get<std::string>().size() == 3u) << c;
  }
  EXPECT_EQ(api_->Handle(ApiRequest{"POST", "/v1/countries", {}, {}, ""}).status, 405);
}

// Random bytes in every part of a request: always a JSON answer, never a crash.
TEST_F(ApiServiceTest, GarbageNeverBringsItDown) {
  Ingest();
  std::mt19937 rng(11);
  const char* paths[] = {"/v1/code", "/v1/events", "/v1/stats", "/v1/events/", "/v1/stories", "/healthz", "/"};
  const char* methods[] = {"GET", "POST", "PUT"};
  const char* types[] = {"application/json", "text/plain", "text/csv", "application/x-ndjson", ""};
  auto garbage = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s.push_back(static_cast<char>(rng() % 256));
    return s;
  };
  for (int i = 0; i < 300; ++i) {
    ApiRequest r;
    r.method = methods[rng() % 3];
    r.path = std::string(paths[rng() % 7]) + (rng() % 4 == 0 ? garbage(rng() % 20) : "");
    r.headers["content-type"] = types[rng() % 5];
    for (int k = rng() % 4; k > 0; --k) r.params.emplace(rng() % 2 ? "from" : garbage(3), garbage(rng() % 12));
    r.body = rng() % 3 == 0 ? "{\"stories\": [{\"text\": \"" + garbage(rng() % 64) + "\"}]}" : garbage(rng() % 300);
    ApiResponse out = api_->Handle(r);
    EXPECT_FALSE(Json::parse(out.body, nullptr, false).is_discarded()) << out.body;
    EXPECT_NE(out.status, 500) << out.body;
  }
  EXPECT_EQ(api_->Handle(Get("/healthz")).status, 200);
}

}  // namespace
}  // namespace sitrep::server
