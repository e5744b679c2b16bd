#include "sitrep/store/sql_connection.h"

#include <gtest/gtest.h>

#include "sitrep/store/postgres_connection.h"
#include "sitrep/store/sqlite_connection.h"
#include "store/store_fixtures.h"

namespace sitrep::store {
namespace {

TEST(SqlConnectionTest, SqliteTakesNumberedPlaceholdersOutsideQuotes) {
  EXPECT_EQ(SqliteParameters("SELECT a FROM t WHERE b = $1 AND c < $12"), "SELECT a FROM t WHERE b = ?1 AND c < ?12");
  EXPECT_EQ(SqliteParameters("SELECT '$1', \"$2\" WHERE x = $3"), "SELECT '$1', \"$2\" WHERE x = ?3");
  EXPECT_EQ(SqliteParameters("SELECT $ , $a"), "SELECT $ , $a");
}

TEST(SqlConnectionTest, PasswordsNeverReachMessages) {
  EXPECT_EQ(RedactPassword("postgresql://ana:pw@db.example.org:5432/events"), "postgresql://ana@db.example.org:5432/events");
  EXPECT_EQ(RedactPassword("postgres://ana@host/db"), "postgres://ana@host/db");
  EXPECT_EQ(RedactPassword("host=/tmp dbname=x password=secret user=y"), "host=/tmp dbname=x password=*** user=y");
  EXPECT_EQ(RedactPassword("host=h password='a b' dbname=x"), "host=h password=*** dbname=x");
}

TEST(SqlConnectionTest, TargetsAreTellApart) {
  EXPECT_TRUE(IsPostgresTarget("postgresql://localhost/sitrep"));
  EXPECT_TRUE(IsPostgresTarget("postgres://u@h/db"));
  EXPECT_TRUE(IsPostgresTarget("host=/var/run/postgresql dbname=sitrep"));
  EXPECT_FALSE(IsPostgresTarget("sitrep.db"));
  EXPECT_FALSE(IsPostgresTarget("/data/postgresql/events.db"));
}

TEST(SqlConnectionTest, ValuesPrintExactly) {
  EXPECT_EQ(SqlValueText(SqlValue{0.1}), "0.1");
  EXPECT_EQ(SqlValueText(SqlValue{-10.0}), "-10");
  EXPECT_EQ(SqlValueText(SqlValue{int64_t{42}}), "42");
  EXPECT_EQ(SqlValueText(SqlValue{}), "");
  EXPECT_EQ(SqlValueInt(SqlValue{std::string("17")}), 17);
  EXPECT_EQ(SqlValueInt(SqlValue{std::string("x")}, -1), -1);
  EXPECT_DOUBLE_EQ(SqlValueNumber(SqlValue{std::string("2.5")}), 2.5);
  EXPECT_TRUE(IsNull(TextOrNull("")));
}

// Typed values survive a round trip through each engine.
void RoundTrip(SqlConnection* c) {
  ASSERT_TRUE(c->Execute("CREATE TABLE t (a BIGINT, b DOUBLE PRECISION, c TEXT, d TEXT)").ok());
  auto ins = c->Query("INSERT INTO t (a, b, c, d) VALUES ($1, $2, $3, $4)",
                      {int64_t{-7}, 36.335, std::string("Mosul's \"old\" city"), std::monostate{}});
  ASSERT_TRUE(ins.ok()) << ins.status().ToString();
  auto r = c->Query("SELECT a, b, c, d, a * 2 AS twice FROM t WHERE c = $1", {std::string("Mosul's \"old\" city")});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->columns, (std::vector<std::string>{"a", "b", "c", "d", "twice"}));
  EXPECT_EQ(std::get<int64_t>(r->rows[0][0]), -7);
  EXPECT_DOUBLE_EQ(std::get<double>(r->rows[0][1]), 36.335);
  EXPECT_EQ(std::get<std::string>(r->rows[0][2]), "Mosul's \"old\" city");
  EXPECT_TRUE(IsNull(r->rows[0][3]));
  EXPECT_EQ(std::get<int64_t>(r->rows[0][4]), -14);
  // A failed statement is an error with the engine's reason, and the connection goes on.
  auto bad = c->Query("SELECT nope FROM t");
  EXPECT_EQ(bad.status().code(), Status::Code::kIoError);
  EXPECT_TRUE(c->Query("SELECT COUNT(*) FROM t").ok());
  EXPECT_FALSE(c->InTransaction());
  ASSERT_TRUE(c->Execute("BEGIN").ok());
  EXPECT_TRUE(c->InTransaction());
  ASSERT_TRUE(c->Execute("ROLLBACK").ok());
}

TEST(SqlConnectionTest, SqliteRoundTrip) {
  auto c = SqliteConnection::Open(":memory:");
  ASSERT_TRUE(c.ok());
  RoundTrip(c->get());
}

TEST(SqlConnectionTest, PostgresRoundTrip) {
  if (testing::TestPostgresServer().empty()) GTEST_SKIP() << "SITREP_TEST_PG is not set: no PostgreSQL test server";
  testing::TempPostgresDatabase db;
  auto c = PostgresConnection::Open(db.target());
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  RoundTrip(c->get());
}

}  // namespace
}  // namespace sitrep::store
