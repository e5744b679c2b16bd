// The server on a real loopback socket: what a client sees, including the requests httplib
// itself refuses, static files, and many clients at once.
#include "sitrep/server/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "store/store_fixtures.h"
#include "test_dictionaries.h"

namespace sitrep::server {
namespace {

using Json = nlohmann::json;

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    web_ = std::filesystem::temp_directory_path() / ("sitrep_web_" + std::to_string(::getpid()));
    std::filesystem::create_directories(web_);
    std::ofstream(web_ / "index.html") << "<!doctype html><title>sitrep</title>";
    auto pool = store::EventStorePool::Open(testing::TempSqlitePath("http"), 4);
    ASSERT_TRUE(pool.ok());
    ApiLimits limits;
    limits.max_request_bytes = 64 * 1024;
    auto api = std::make_shared<const ApiService>(
        std::shared_ptr<const Pipeline>(&testing::TestPipeline(), [](const Pipeline*) {}), std::move(pool).value(),
        "http-test-token-0123", limits);
    ServerOptions options;
    options.port = 0;
    options.threads = 4;
    options.web_dir = web_.string();
    server_ = std::make_unique<HttpServer>(api, options);
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    thread_ = std::thread([this] { server_->Run(); });
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    std::filesystem::remove_all(web_);
  }
  httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }
  // Sends raw bytes and returns the raw answer (for requests no HTTP client would write).
  std::string Raw(const std::string& bytes) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(::send(fd, bytes.data(), bytes.size(), 0), static_cast<ssize_t>(bytes.size()));
    ::shutdown(fd, SHUT_WR);
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) out.append(buf, static_cast<size_t>(n));
    ::close(fd);
    return out;
  }

  std::filesystem::path web_;
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(HttpServerTest, ServesTheApiAndTheDashboard) {
  auto c = Client();
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(Json::parse(health->body)["status"], "ok");
  auto code = c.Post("/v1/code?date=2017-03-08", "Iraqi troops attacked Islamic State on Sunday.", "text/plain");
  ASSERT_TRUE(code);
  ASSERT_EQ(code->status, 200) << code->body;
  EXPECT_EQ(Json::parse(code->body)["events"][0]["date"], "2017-03-05");
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body, "<!doctype html><title>sitrep</title>");
  auto missing = c.Get("/nothing-here.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(Json::parse(missing->body)["error"]["message"], "no such route or file: GET /nothing-here.js");
  auto escape = Raw("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(escape.find("root:"), std::string::npos);
  EXPECT_TRUE(escape.empty() || escape.starts_with("HTTP/1.1 4")) << escape.substr(0, 40);
}

TEST_F(HttpServerTest, RefusesWhatItCannotTakeAndKeepsServing) {
  auto c = Client();
  auto big = c.Post("/v1/code", std::string(100 * 1024, 'a'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(Json::parse(big->body)["error"]["code"], "too_large");
  const std::string garbage = Raw("\x16\x03\x01 this is not HTTP at all\r\n\r\n");
  EXPECT_TRUE(garbage.empty() || garbage.starts_with("HTTP/1.1 400")) << garbage.substr(0, 60);
  const std::string bad_length = Raw("POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");
  EXPECT_TRUE(bad_length.empty() || bad_length.starts_with("HTTP/1.1 4")) << bad_length.substr(0, 60);
  const std::string huge_header = Raw("GET /healthz HTTP/1.1\r\nX: " + std::string(20000, 'x') + "\r\n\r\n");
  EXPECT_EQ(huge_header.find("\"status\":\"ok\""), std::string::npos);
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(HttpServerTest, ManyClientsAtOnce) {
  // Writers (ingest) and readers together: every request answered, nothing lost.
  std::vector<std::thread> clients;
  std::atomic<int> ok{0}, failed{0};
  for (int t = 0; t < 6; ++t) {
    clients.emplace_back([&, t] {
      auto c = Client();
      c.set_bearer_token_auth("http-test-token-0123");
      for (int i = 0; i < 15; ++i) {
        std::string id(1, 's');
        id += std::to_string(t) + "-" + std::to_string(i);
        Json story{{"id", id}, {"date", "2017-06-20"},
                   {"text", "Arnor criticized Iraq."}};
        httplib::Result r = t % 2 == 0 ? c.Post("/v1/stories", story.dump(), "application/json")
                                       : c.Get(i % 2 ? "/v1/stats?group_by=day" : "/v1/events?limit=5");
        (r && r->status == 200 ? ok : failed) += 1;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(ok.load(), 90);
  auto c = Client();
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(Json::parse(health->body)["store"]["reports"], 45);
}

}  // namespace
}  // namespace sitrep::server
