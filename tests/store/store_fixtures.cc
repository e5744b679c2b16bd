#include "store/store_fixtures.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

namespace sitrep::testing {

std::string TempSqlitePath(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() / ("sitrep_" + name + "_" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

std::string TestPostgresServer() {
  const char* s = std::getenv("SITREP_TEST_PG");
  return s ? s : "";
}

TempPostgresDatabase::TempPostgresDatabase() {
  static std::atomic<int> counter{0};
  name_ = "sitrep_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  const std::string server = TestPostgresServer();  // "... dbname=postgres"
  target_ = server + " dbname=" + name_;            // a later dbname= wins in libpq
  auto admin = store::OpenSqlConnection(server);
  EXPECT_TRUE(admin.ok()) << admin.status().ToString();
  if (!admin.ok()) return;
  (*admin)->Execute("DROP DATABASE IF EXISTS " + name_);
  Status st = (*admin)->Execute("CREATE DATABASE " + name_);
  EXPECT_TRUE(st.ok()) << st.ToString();
}

TempPostgresDatabase::~TempPostgresDatabase() {
  auto admin = store::OpenSqlConnection(TestPostgresServer());
  if (admin.ok()) (*admin)->Execute("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
}

}  // namespace sitrep::testing
