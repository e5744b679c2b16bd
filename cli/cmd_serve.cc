// `sitrep serve [--db F] [--host H] [--port P]`: the HTTP API (docs/api.md) and the dashboard.
#include <signal.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "commands.h"
#include "dictionary_options.h"
#include "sitrep/server/http_server.h"

namespace sitrep::cli {
namespace {

constexpr int kStoreConnections = 8;

struct ServeFlags {
  std::string db;
  std::string token_file;
  server::ServerOptions server;
  server::ApiLimits limits;
  CodingFlags coding;
};

// The ingest token: from a file (so it never shows in the process list), else from
// $SITREP_INGEST_TOKEN; "" keeps ingest off.
Result<std::string> IngestToken(const std::string& file) {
  std::string token;
  if (!file.empty()) {
    std::ifstream in(file);
    if (!in) return Status::NotFound("--ingest-token-file: cannot read '" + file + "'");
    std::getline(in, token);
  } else if (const char* env = std::getenv("SITREP_INGEST_TOKEN")) {
    token = env;
  }
  while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
  if (!token.empty() && token.size() < 16) {
    return Status::InvalidArgument("the ingest token must be at least 16 characters (e.g. `openssl rand -hex 24`)");
  }
  return token;
}

int Run(ServeFlags& f) {
  auto token = IngestToken(f.token_file);
  if (!token.ok()) {
    std::cerr << "sitrep: " << token.status().message() << "\n";
    return 2;
  }
  if (f.server.threads < 1 || f.server.threads > 256) {
    std::cerr << "sitrep: --threads must be from 1 to 256\n";
    return 2;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = MakePipeline(&f.coding);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  std::shared_ptr<store::EventStorePool> stores;
  if (!f.db.empty()) {
    // Requests borrow a connection only while they run, and at most one per core computes at a
    // time; a few more cover requests waiting on the database.
    auto pool = store::EventStorePool::Open(f.db, std::min(f.server.threads, kStoreConnections));
    if (!pool.ok()) {
      std::cerr << "sitrep: " << pool.status().ToString() << "\n";
      return 2;
    }
    stores = std::move(pool).value();
  }
  auto api = std::make_shared<const server::ApiService>(std::shared_ptr<const Pipeline>(std::move(*pipeline)), stores,
                                                        *token, f.limits);
  server::HttpServer http(api, f.server);
  auto port = http.Bind();
  if (!port.ok()) {
    std::cerr << "sitrep: " << port.status().message() << "\n";
    return 1;
  }
  // SIGINT/SIGTERM stop the server cleanly: a thread waits for them while the others serve.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread watcher([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    http.Stop();
  });
  const std::string url = "http://" + (f.server.host == "0.0.0.0" ? std::string("localhost") : f.server.host) + ":" +
                          std::to_string(*port) + "/";
  std::cerr << "sitrep serve: listening on " << url << " (" << f.server.threads << " threads; store "
            << (stores ? stores->name() : std::string("none: POST /v1/code only")) << "; ingest "
            << (token->empty() ? "off" : "on") << ")\n"
            << "sitrep serve: dashboard at " << url << ", API at " << url << "v1/ (docs/api.md); Ctrl-C stops\n";
  Status st = http.Run();
  pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher when Run() ended on its own
  watcher.join();
  if (!st.ok()) {
    std::cerr << "sitrep: " << st.message() << "\n";
    return 1;
  }
  std::cerr << "sitrep serve: stopped\n";
  return 0;
}

}  // namespace

void RegisterServe(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ServeFlags>();
  flags->server.web_dir = SITREP_DEFAULT_WEB_DIR;
  flags->server.node_modules_dir = SITREP_DEFAULT_NODE_MODULES;
  CLI::App* cmd = app->add_subcommand("serve", "HTTP API and dashboard over a store (docs/api.md)");
  cmd->add_option("--db", flags->db, "the store to serve: an SQLite file or a postgresql:// URL (none: only POST /v1/code)");
  cmd->add_option("--host", flags->server.host, "address to listen on (0.0.0.0: every interface)")
      ->default_val("127.0.0.1");
  cmd->add_option("--port", flags->server.port, "TCP port (0: any free port)")->default_val(8080)->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", flags->server.threads,
                  "worker threads; each open HTTP connection holds one (store connections: at most 8)")
      ->default_val(32);
  cmd->add_option("--web", flags->server.web_dir, "the dashboard's files")->default_val(flags->server.web_dir);
  cmd->add_option("--node-modules", flags->server.node_modules_dir, "where `make deps` put the dashboard's npm packages")
      ->default_val(flags->server.node_modules_dir);
  cmd->add_option("--ingest-token-file", flags->token_file,
                  "allow POST /v1/stories with this bearer token (first line of the file; or $SITREP_INGEST_TOKEN)");
  cmd->add_option("--max-request-bytes", flags->limits.max_request_bytes, "largest request body accepted")
      ->default_val(flags->limits.max_request_bytes);
  cmd->add_option("--max-stories", flags->limits.max_stories, "most stories in one POST")
      ->default_val(flags->limits.max_stories)->check(CLI::PositiveNumber);
  cmd->add_option("--max-request-seconds", flags->limits.max_request_seconds,
                  "stories of a POST not coded by then are rejected")
      ->default_val(flags->limits.max_request_seconds)->check(CLI::PositiveNumber);
  cmd->add_flag("--access-log", flags->server.access_log, "print one line per request on stderr");
  AddCodingFlags(cmd, &flags->coding);
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace sitrep::cli
