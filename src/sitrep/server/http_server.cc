#include "sitrep/server/http_server.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace sitrep::server {
namespace {

// The npm packages the dashboard loads, each served from its own folder under node_modules.
struct VendorMount {
  const char* url;
  const char* dir;  // under node_modules
};
constexpr VendorMount kVendorMounts[] = {
    {"/vendor/d3/", "d3/dist"},
    {"/vendor/topojson-client/", "topojson-client/dist"},
    {"/vendor/world-atlas/", "world-atlas"},
};

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.params.emplace(k, v);
  for (const auto& [k, v] : req.headers) {
    std::string name = k;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[name] = v;
  }
  r.body = req.body;
  return r;
}

}  // namespace

HttpServer::HttpServer(std::shared_ptr<const ApiService> api, ServerOptions options)
    : api_(std::move(api)), options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
  httplib::Server& s = *http_;
  const int threads = std::max(1, options_.threads);
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  s.set_payload_max_length(api_->limits().max_request_bytes);
  s.set_read_timeout(options_.read_timeout_seconds, 0);
  s.set_write_timeout(options_.write_timeout_seconds, 0);
  s.set_keep_alive_timeout(options_.keep_alive_seconds);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle holds the body back
  // until the client's delayed ACK, 40 ms per request.
  s.set_tcp_nodelay(true);
  s.set_keep_alive_max_count(1000);
  s.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});

  auto handle = [api = api_](const httplib::Request& req, httplib::Response& res) {
    ApiResponse out = api->Handle(ToApiRequest(req));
    res.status = out.status;
    res.set_content(out.body, out.content_type.c_str());
  };
  const std::string api_paths = R"((/healthz|/v1|/v1/.*))";
  s.Get(api_paths, handle);
  s.Post(api_paths, handle);
  s.Put(api_paths, handle);
  s.Patch(api_paths, handle);
  s.Delete(api_paths, handle);
  s.Options(api_paths, handle);
  // Errors httplib raises itself (no such file, body too large, unreadable request) get the
  // same JSON error body as the API's own.
  s.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message;
    switch (res.status) {
      case 404: message = "no such route or file: " + req.method + " " + req.path; break;
      case 413: message = "the request body is larger than this server accepts"; break;
      case 400: message = "malformed HTTP request"; break;
      default: message = "HTTP error " + std::to_string(res.status);
    }
    ApiResponse out = ErrorResponse(res.status, message);
    res.set_content(out.body, out.content_type.c_str());
    return httplib::Server::HandlerResponse::Handled;
  }));
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    ApiResponse out = ErrorResponse(500, "internal error");
    res.status = 500;
    res.set_content(out.body, out.content_type.c_str());
  });
  if (options_.access_log) {
    s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "sitrep serve: %s %s %d %zu bytes\n", req.method.c_str(), req.path.c_str(), res.status,
                   res.body.size());
    });
  }
  s.set_file_extension_and_mimetype_mapping("json", "application/json");
  s.set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
  if (!options_.node_modules_dir.empty()) {
    for (const VendorMount& m : kVendorMounts) {
      const std::filesystem::path dir = std::filesystem::path(options_.node_modules_dir) / m.dir;
      if (std::filesystem::is_directory(dir)) s.set_mount_point(m.url, dir.string());
    }
  }
  if (!options_.web_dir.empty() && std::filesystem::is_directory(options_.web_dir)) {
    s.set_mount_point("/", options_.web_dir);
  }
}

HttpServer::~HttpServer() { Stop(); }

Result<int> HttpServer::Bind() {
  if (options_.port == 0) {
    const int port = http_->bind_to_any_port(options_.host);
    if (port <= 0) return Status::IoError("cannot listen on " + options_.host + ": no free port");
    return port;
  }
  if (!http_->bind_to_port(options_.host, options_.port)) {
    return Status::IoError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                           " (in use, or not an address of this machine)");
  }
  return options_.port;
}

Status HttpServer::Run() {
  if (!http_->listen_after_bind()) return Status::IoError("the server stopped: listening failed");
  return Status::Ok();
}

void HttpServer::Stop() {
  if (http_ && http_->is_running()) http_->stop();
}

}  // namespace sitrep::server
