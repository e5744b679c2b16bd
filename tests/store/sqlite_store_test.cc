#include "sitrep/store/sqlite_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_dictionaries.h"

namespace sitrep::store {
namespace {

std::string TempDb(const char* name) {
  auto p = std::filesystem::temp_directory_path() / (std::string("sitrep_") + name + "_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-wal");
  std::filesystem::remove(p.string() + "-shm");
  return p.string();
}

TEST(SqliteStoreTest, StoresStoriesEventsAndRejectionsIdempotently) {
  const std::string path = TempDb("idem");
  Story s;
  s.id = "s1";
  s.date = *ParseDate("2017-07-20");
  s.text = "Iraqi troops attacked Islamic State. Arnor criticized Iraq.";
  CodedStory coded = *testing::TestPipeline().Code(s);
  ASSERT_EQ(coded.events.size(), 2u);
  {
    auto db = SqliteStore::Open(path, 1);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_TRUE((*db)->PutStory(s, 2, coded.events).ok());
    ASSERT_TRUE((*db)->PutStory(s, 2, coded.events).ok());  // again: still one copy
    ASSERT_TRUE((*db)->PutRejection("", "in.jsonl:3", "malformed JSON").ok());
    ASSERT_TRUE((*db)->Close().ok());
  }
  auto db = SqliteStore::Open(path);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*(*db)->CountEvents(), 2);
  EXPECT_EQ(*(*db)->CountStories("coded"), 1);
  EXPECT_EQ(*(*db)->CountStories("rejected"), 1);
  auto roots = (*db)->EventsByRoot();
  ASSERT_TRUE(roots.ok());
  EXPECT_EQ(*roots, (std::vector<std::pair<std::string, int64_t>>{{"11", 1}, {"19", 1}}));
  // Re-coding the story with fewer events replaces the old ones.
  ASSERT_TRUE((*db)->PutStory(s, 2, {coded.events[0]}).ok());
  ASSERT_TRUE((*db)->Close().ok());
  EXPECT_EQ(*(*db)->CountEvents(), 1);
}

TEST(SqliteStoreTest, UnusableFileIsAClearError) {
  auto db = SqliteStore::Open("/nonexistent-dir/x/y.db");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kIoError);
  EXPECT_NE(db.status().message().find("cannot open SQLite database '/nonexistent-dir/x/y.db'"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::store
