// store_stats: how fast the HTTP API answers over a store of a million coded reports.
//
//   store_stats [CORPUS.jsonl] [--db PATH|URL] [--reports N] [--rebuild] [--rounds R] [--passes P]
//
// Step 1, the store (skipped when --db already holds N reports or more, unless --rebuild):
//   the corpus (default: the 65 VOA stories in ../shared/data) is coded in P passes (20), pass p
//   with every publication date moved p × 300 days later (from 5000 days before the real
//   date), so date-windowed actor codes and relative dates resolve as they would on those days.
//   Then copies are written until N reports (default 1,000,000) are stored: the copies of pass
//   p move each event and its story a further 0, 1, 2 ... days and take story ids
//   "<id>#<p>.<k>", so the store holds about 15 years of daily news in which each event is
//   reported again the next day (dedup collapses those into incidents, as it would the same
//   event reported by several outlets). Prints the ingest rate.
// Step 2, the queries: the API is served on a loopback port in this process and each request
//   below is sent R times (default 7) over HTTP; prints rows returned and min/median/max
//   milliseconds. Workloads: GET /v1/stats by week, month, country, root, dyad, with and
//   without filters, over incidents and over reports; GET /v1/events pages.
// Prints figures only; never asserts on time.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "sitrep/nlp/embedded_models.h"
#include "sitrep/server/http_server.h"
#include "sitrep/sitrep.h"
#include "story_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

struct CodedPass {
  std::vector<sitrep::Story> stories;
  std::vector<std::vector<sitrep::Event>> events;
  std::vector<int32_t> sentences;
};

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/data/voa/voa_stories.jsonl";
  std::string db_target = "build/bench-store.db";
  int64_t want = 1'000'000;
  bool rebuild = false;
  int rounds = 7;
  int passes_wanted = 20;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) db_target = argv[++i];
    else if (std::strcmp(argv[i], "--reports") == 0 && i + 1 < argc) want = std::atoll(argv[++i]);
    else if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) rounds = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc) passes_wanted = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--rebuild") == 0) rebuild = true;
    else corpus = argv[i];
  }
  auto dicts = sitrep::dictionaries::LoadDictionaries();
  auto model = sitrep::nlp::EmbeddedSyntaxModel();
  if (!dicts.ok() || !model.ok()) {
    std::fprintf(stderr, "store_stats: cannot load the shipped dictionaries or models\n");
    return 1;
  }
  auto shared = std::make_shared<const sitrep::dictionaries::DictionarySet>(std::move(dicts).value());
  std::shared_ptr<const sitrep::geo::Gazetteer> gazetteer;
  std::vector<std::string> problems;
  if (auto g = sitrep::geo::LoadGazetteer(sitrep::geo::DefaultGazetteerDir(), *shared, &problems); g.ok()) gazetteer = *g;
  auto pipeline = std::make_shared<const sitrep::Pipeline>(shared, sitrep::Options{}, *model, gazetteer);

  if (rebuild && !sitrep::store::IsPostgresTarget(db_target)) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((db_target + suffix).c_str());
  }
  auto opened = sitrep::store::EventStore::Open(db_target, {.batch_size = 2000});
  if (!opened.ok()) {
    std::fprintf(stderr, "store_stats: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  auto& db = **opened;
  int64_t have = *db.CountEvents();
  std::printf("store         %s (%s)\n", db.name().c_str(),
              db.engine() == sitrep::store::SqlEngine::kSqlite ? "SQLite" : "PostgreSQL");
  if (have < want) {
    // Step 1: code the corpus in passes, then write shifted copies.
    std::ifstream in(corpus, std::ios::binary);
    if (!in) {
      std::printf("store_stats: %s not found; nothing to measure (the corpus lives in ../shared/data)\n", corpus.c_str());
      return 0;
    }
    const std::vector<sitrep::Story> stories = ReadStoryCorpus(in, corpus);
    const int kPasses = std::max(1, passes_wanted);
    const auto t_code = Clock::now();
    std::vector<CodedPass> passes(kPasses);
    int64_t per_round = 0;
    for (int p = 0; p < kPasses; ++p) {
      for (const auto& story : stories) {
        sitrep::Story moved = story;
        moved.date = sitrep::AddDays(story.date, static_cast<int64_t>(p) * 300 - 5000);
        auto coded = pipeline->Code(moved);
        if (!coded.ok()) continue;
        passes[p].stories.push_back(moved);
        passes[p].sentences.push_back(static_cast<int32_t>(coded->sentences.size()));
        per_round += static_cast<int64_t>(coded->events.size());
        passes[p].events.push_back(std::move(coded->events));
      }
    }
    std::printf("coding        %d passes of %zu stories: %.1f s, %.1f events per story pass\n", kPasses, stories.size(),
                Seconds(t_code), static_cast<double>(per_round) / kPasses);
    if (sitrep::Status st = db.SetCoder(sitrep::CoderVersionOf(*pipeline)); !st.ok()) {
      std::fprintf(stderr, "store_stats: %s\n", st.ToString().c_str());
      return 1;
    }
    const auto t_ingest = Clock::now();
    const int64_t start = have;
    // Copies of one pass lie a day apart; the passes follow one another in time.
    const int64_t copies_per_pass = std::max<int64_t>(1, (want - have) / std::max<int64_t>(1, per_round) + 1);
    for (int64_t k = 0; have < want; ++k) {
      const int p = static_cast<int>(std::min<int64_t>(k / copies_per_pass, kPasses - 1));
      const int64_t shift = k - p * copies_per_pass;
      const std::string tag = "#" + std::to_string(p) + "." + std::to_string(k);
      for (size_t i = 0; i < passes[p].stories.size() && have < want; ++i) {
        sitrep::Story story = passes[p].stories[i];
        story.id += tag;
        story.date = sitrep::AddDays(story.date, shift);
        std::vector<sitrep::Event> events = passes[p].events[i];
        for (auto& e : events) {
          e.story_id = story.id;
          e.event_id = Hex(std::hash<std::string>{}(e.event_id + tag));
          e.date = sitrep::AddDays(e.date, shift);
        }
        if (sitrep::Status st = db.PutStory(story, passes[p].sentences[i], events); !st.ok()) {
          std::fprintf(stderr, "store_stats: %s\n", st.ToString().c_str());
          return 1;
        }
        have += static_cast<int64_t>(events.size());
      }
    }
    if (sitrep::Status st = db.Commit(); !st.ok()) {
      std::fprintf(stderr, "store_stats: %s\n", st.ToString().c_str());
      return 1;
    }
    const double s_ingest = Seconds(t_ingest);
    std::printf("ingest        %lld reports in %.1f s: %.0f reports/s (with incidents kept current)\n",
                static_cast<long long>(have - start), s_ingest, static_cast<double>(have - start) / s_ingest);
  }
  std::printf("contents      %lld reports, %lld incidents, %lld stories\n", static_cast<long long>(*db.CountEvents()),
              static_cast<long long>(*db.CountIncidents()), static_cast<long long>(*db.CountStories("coded") + *db.CountStories("no_events")));
  opened->reset();

  // Step 2: the API over HTTP on loopback.
  auto pool = sitrep::store::EventStorePool::Open(db_target, 2);
  if (!pool.ok()) {
    std::fprintf(stderr, "store_stats: %s\n", pool.status().ToString().c_str());
    return 1;
  }
  auto api = std::make_shared<const sitrep::server::ApiService>(pipeline, std::move(pool).value(), "");
  sitrep::server::ServerOptions options;
  options.port = 0;
  options.threads = 2;
  sitrep::server::HttpServer server(api, options);
  auto port = server.Bind();
  if (!port.ok()) {
    std::fprintf(stderr, "store_stats: %s\n", port.status().ToString().c_str());
    return 1;
  }
  std::thread serving([&] { server.Run(); });
  httplib::Client client("127.0.0.1", *port);
  client.set_read_timeout(120, 0);
  const char* workloads[] = {
      "/v1/stats?group_by=week",
      "/v1/stats?group_by=week&country=CHN",
      "/v1/stats?group_by=week&quad=4",
      "/v1/stats?group_by=month&source=USA",
      "/v1/stats?group_by=day&from=2015-01-01&to=2015-12-31",
      "/v1/stats?group_by=country",
      "/v1/stats?group_by=root&country=PAK",
      "/v1/stats?group_by=dyad",
      "/v1/stats?group_by=quad&cameo=19",
      "/v1/stats?group_by=week&unit=reports",
      "/v1/stats?group_by=dyad&unit=reports",
      "/v1/stats?group_by=week&country=USA&unit=reports",
      "/v1/events?limit=100",
      "/v1/events?limit=100&country=KEN&offset=200",
      "/v1/events?limit=100&unit=reports&source=USA",
      "/v1/events?limit=100&target=ZWE",
  };
  std::printf("\n%-52s %7s %9s %9s %9s\n", "request", "rows", "min ms", "median", "max ms");
  for (const char* path : workloads) {
    std::vector<double> ms;
    size_t rows = 0;
    int status = 0;
    for (int r = 0; r < rounds; ++r) {
      const auto t = Clock::now();
      auto res = client.Get(path);
      ms.push_back(Seconds(t) * 1000.0);
      status = res ? res->status : -1;
      if (res && res->status == 200) {
        auto j = nlohmann::json::parse(res->body, nullptr, false);
        rows = j.contains("rows") ? j["rows"].size() : j.contains("events") ? j["events"].size() : 0;
      }
    }
    std::sort(ms.begin(), ms.end());
    if (status != 200) {
      std::printf("%-52s HTTP %d\n", path, status);
      continue;
    }
    std::printf("%-52s %7zu %9.1f %9.1f %9.1f\n", path, rows, ms.front(), ms[ms.size() / 2], ms.back());
  }
  server.Stop();
  serving.join();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("\npeak RSS      %.0f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
