// Smoke tests on third-party text in ../shared/data (never committed). They skip with a message
// when ../shared is absent, so `make test` still passes on a bare machine.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "test_dictionaries.h"

namespace sitrep {
namespace {

std::string SharedData(const std::string& rel) { return std::string(SITREP_SOURCE_DIR) + "/../shared/data/" + rel; }

TEST(SeedCorpusTest, MosulExcerptNamesIraqiKurdishAndIslamicStateActors) {
  const std::string path = SharedData("seed/mosul.txt");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/data/seed/mosul.txt not present; skipping";
  std::ifstream in(path);
  std::ostringstream buf;
  buf << in.rdbuf();
  Story s;
  s.id = "mosul";
  s.date = *ParseDate("2017-07-20");
  s.text = buf.str();
  Result<CodedStory> coded = testing::ShippedPipeline().Code(s);
  ASSERT_TRUE(coded.ok());
  std::set<std::string> codes;
  for (const Event& e : coded->events) {
    for (const auto* a : {&e.source, &e.target}) {
      if (!*a) continue;
      codes.insert((*a)->code);
      // Every span cuts out exactly the actor's words (the text is ASCII: bytes == code points).
      EXPECT_EQ(s.text.substr((*a)->span.start, (*a)->span.end - (*a)->span.start), (*a)->text);
    }
  }
  EXPECT_TRUE(codes.count("IMGMUSISI"));
  EXPECT_TRUE(codes.count("KURMIL"));
  EXPECT_TRUE(codes.count("IRQMIL"));
  // The stripped apostrophes were repaired ("Iraq s", "Shi ite", "Mosul s", ...).
  EXPECT_GE(coded->apostrophes_repaired, 8u);
}

TEST(SeedCorpusTest, EveryVoaStoryIsAccountedFor) {
  const std::string path = SharedData("voa/voa_stories.jsonl");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/data/voa/voa_stories.jsonl not present; skipping";
  std::ifstream in(path);
  auto reader = io::MakeStoryReader(io::InputFormat::kJsonl, in, path, {});
  Story s;
  io::Rejection rej;
  std::vector<std::string> warnings;
  int stories = 0, events = 0, rejected = 0;
  while (true) {
    auto o = reader->Next(&s, &rej, &warnings);
    if (o == io::StoryReader::Outcome::kEnd) break;
    if (o == io::StoryReader::Outcome::kRejected) {
      ++rejected;
      continue;
    }
    ++stories;
    Result<CodedStory> coded = testing::ShippedPipeline().Code(s);
    ASSERT_TRUE(coded.ok()) << s.id << ": " << coded.status().ToString();
    EXPECT_TRUE(s.date.valid()) << s.id;  // VOA's "published" timestamps are read as dates
    events += static_cast<int>(coded->events.size());
  }
  EXPECT_EQ(stories, 65);
  EXPECT_EQ(rejected, 0);
  EXPECT_GT(events, 65);
}

}  // namespace
}  // namespace sitrep
