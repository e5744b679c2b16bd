#include "sitrep/events/event_builder.h"

#include <gtest/gtest.h>

#include "test_dictionaries.h"

namespace sitrep::events {
namespace {

TEST(EventBuilderTest, FillsCodebookFieldsEvidenceAndSpans) {
  const std::string text = "Talks stalled. Iraq’s army attacked Islamic State fighters near Mosul.";
  CodedStory c = testing::CodeText(testing::TestPipeline(), text);
  ASSERT_EQ(c.events.size(), 1u);
  const Event& e = c.events[0];
  EXPECT_EQ(e.story_id, "t");
  EXPECT_EQ(e.sentence, 1);
  EXPECT_EQ(e.date.ToString(), "2017-07-20");
  EXPECT_EQ(e.cameo, "190");
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -10.0);
  EXPECT_EQ(e.plover_type, "ASSAULT");
  EXPECT_EQ(e.rule, "test/verbs.txt:2");
  EXPECT_EQ(e.coder, "positional");
  ASSERT_TRUE(e.source && e.target);
  EXPECT_EQ(e.source->code, "IRQMIL");
  EXPECT_EQ(e.source->text, "Iraq’s army");  // the original curly apostrophe, not the folded one
  EXPECT_EQ(e.source->span, (Span{15, 26}));
  EXPECT_EQ(e.source->country, "IRQ");
  EXPECT_EQ(e.source->role, "MIL");
  EXPECT_EQ(e.source->rule, "test/actors.txt:3");
  EXPECT_EQ(e.target->code, "IMGMUSISI");
  EXPECT_EQ(e.target->text, "Islamic State fighters");
  EXPECT_EQ(e.target->country, "IRQ");
  EXPECT_EQ(e.verb_text, "attacked");
  EXPECT_EQ(e.sentence_text, "Iraq’s army attacked Islamic State fighters near Mosul.");
  EXPECT_EQ(e.sentence_span, (Span{15, 70}));
  EXPECT_EQ(e.event_id.size(), 16u);
}

TEST(EventBuilderTest, EventIdsAreStableAndDistinct) {
  const std::string text = "Iraqi troops attacked Islamic State. Arnor criticized Iraq.";
  CodedStory a = testing::CodeText(testing::TestPipeline(), text);
  CodedStory b = testing::CodeText(testing::TestPipeline(), text);
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].event_id, b.events[0].event_id);
  EXPECT_NE(a.events[0].event_id, a.events[1].event_id);
}

TEST(TextSlicerTest, SlicesByCodePoint) {
  TextSlicer s("Kyiv — Kharkiv’s mayor");
  EXPECT_EQ(s.Slice(5, 6), "—");
  EXPECT_EQ(s.Slice(7, 16), "Kharkiv’s");
  TextSlicer ascii("plain text");
  EXPECT_EQ(ascii.Slice(6, 10), "text");
}

}  // namespace
}  // namespace sitrep::events
