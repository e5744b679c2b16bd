// HttpServer: puts an ApiService on a socket with cpp-httplib, and serves the dashboard's static
// files (web/) and the npm libraries it uses.
//
// Every request to /healthz or /v1/... goes to ApiService::Handle (JSON in, JSON out); GET of
// anything else is a file under `web_dir`, or under one of the vendor mounts (kVendorMounts in
// http_server.cc: /vendor/d3/ -> node_modules/d3/dist, ...). Limits: bodies over
// ApiLimits::max_request_bytes are refused with 413 before they are read; a client that sends
// or reads too slowly is dropped after the read/write timeout, an idle kept-alive connection
// after `keep_alive_seconds`; connections run on a fixed pool of `threads` workers. Binds to
// 127.0.0.1 unless told otherwise.
// Thread-safety: Run() blocks; Stop() may be called from any thread (or a signal handler's
// watcher thread).
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "sitrep/core/status.h"
#include "sitrep/server/api_service.h"

namespace httplib {
class Server;
}

namespace sitrep::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (Bind() says which)
  // Workers. httplib gives each open connection a worker until it closes or idles out (the
  // keep-alive timeout), and a browser opens about six: a few dashboard tabs need dozens.
  int threads = 32;
  int keep_alive_seconds = 2;
  std::string web_dir;           // the dashboard; "" serves none
  std::string node_modules_dir;  // where the dashboard's npm libraries are; "" serves none
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  bool access_log = false;  // one line per request on stderr
};

class HttpServer {
 public:
  HttpServer(std::shared_ptr<const ApiService> api, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket; returns the port. Fails when the address is taken or invalid.
  Result<int> Bind();
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  Status Run();
  void Stop();

 private:
  std::shared_ptr<const ApiService> api_;
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
};

}  // namespace sitrep::server
