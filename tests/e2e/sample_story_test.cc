// End to end: a story written for the project, coded with the shipped dictionaries, must give
// exactly these events. When a dictionary change alters them, read the diff and update here.
#include <gtest/gtest.h>

#include <fstream>

#include "test_dictionaries.h"

namespace sitrep {
namespace {

TEST(SampleStoryTest, ExactEvents) {
  std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/tests/fixtures/e2e_story.jsonl");
  ASSERT_TRUE(in);
  auto reader = io::MakeStoryReader(io::InputFormat::kJsonl, in, "e2e_story.jsonl", {});
  Story story;
  io::Rejection rej;
  std::vector<std::string> warnings;
  ASSERT_EQ(reader->Next(&story, &rej, &warnings), io::StoryReader::Outcome::kStory);
  Result<CodedStory> coded = testing::ShippedPipeline().Code(story);
  ASSERT_TRUE(coded.ok());
  std::vector<std::string> got;
  for (const Event& e : coded->events) {
    got.push_back(std::to_string(e.sentence) + " " + (e.source ? e.source->code + "[" + e.source->text + "]" : "-") +
                  " " + e.cameo + " " + (e.target ? e.target->code + "[" + e.target->text + "]" : "-") + " q" +
                  std::to_string(e.quad_class) + (e.negated ? " NEG" : ""));
  }
  EXPECT_EQ(got, (std::vector<std::string>{
                     "0 IRQMIL[Iraqi troops] 190 IMGMUSISI[Islamic State militants] q4",
                     "0 IRQKURMIL[Kurdish Peshmerga] 190 IMGMUSISI[Islamic State militants] q4",
                     "1 USA[U.S.] 195 IMGMUSISI[Islamic State] q4",
                     "3 IRQGOV[Iraq’s government] 111 TUR[Turkey] q3 NEG",
                 }));
  // The two sources of "Iraqi troops and Kurdish Peshmerga fighters attacked" are two forces, so
  // two events (DESIGN.md's first example); spans round-trip into the original text (curly
  // apostrophe included).
  const Event& neg = coded->events.at(3);
  EXPECT_EQ(story.text.substr(story.text.find("Iraq’s government"), std::string("Iraq’s government").size()),
            neg.source->text);
  EXPECT_EQ(coded->sentences.size(), 5u);
}

}  // namespace
}  // namespace sitrep
