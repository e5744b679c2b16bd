#include "sitrep/io/story_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace sitrep::io {
namespace {

struct Read {
  std::vector<Story> stories;
  std::vector<Rejection> rejections;
  std::vector<std::string> warnings;
};

Read ReadAll(InputFormat f, const std::string& input, ReaderDefaults d = {}) {
  std::istringstream in(input);
  auto reader = MakeStoryReader(f, in, "in", d);
  Read r;
  Story s;
  Rejection rej;
  while (true) {
    auto o = reader->Next(&s, &rej, &r.warnings);
    if (o == StoryReader::Outcome::kEnd) break;
    if (o == StoryReader::Outcome::kStory) r.stories.push_back(s);
    else r.rejections.push_back(rej);
  }
  return r;
}

TEST(JsonlReaderTest, ReadsFieldsAndAccountsForEveryLine) {
  const std::string input =
      "{\"id\": \"a1\", \"date\": \"2017-07-10\", \"title\": \"T\", \"text\": \"Troops advanced.\", \"source\": \"S\", "
      "\"url\": \"http://x\"}\n"
      "\n"
      "{\"id\": 42, \"published\": \"2025-03-14 20:30:26Z\", \"text\": \"Second.\"}\n"
      "{\"id\": \"bad\", \"text\": \"unterminated\n"
      "[1, 2]\n"
      "{\"id\": \"c\", \"title\": \"no text\"}\n"
      "{\"id\": \"d\", \"text\": 7}\n"
      "{\"text\": \"no id, bad date\", \"date\": \"July 4\"}\n"
      "{\"id\": \"e\", \"text\": \"caf\xe9\"}\n";
  Read r = ReadAll(InputFormat::kJsonl, input);
  ASSERT_EQ(r.stories.size(), 4u);
  EXPECT_EQ(r.stories[0].id, "a1");
  EXPECT_EQ(r.stories[0].date.ToString(), "2017-07-10");
  EXPECT_EQ(r.stories[0].title, "T");
  EXPECT_EQ(r.stories[0].source, "S");
  EXPECT_EQ(r.stories[0].url, "http://x");
  EXPECT_EQ(r.stories[0].origin, "in:1");
  EXPECT_EQ(r.stories[1].id, "42");
  EXPECT_EQ(r.stories[1].date.ToString(), "2025-03-14");
  EXPECT_EQ(r.stories[2].id, "in:8");
  EXPECT_FALSE(r.stories[2].date.valid());
  EXPECT_EQ(r.stories[3].text, "caf\xEF\xBF\xBD");
  ASSERT_EQ(r.rejections.size(), 4u);
  EXPECT_EQ(r.rejections[0].where, "in:4");
  EXPECT_NE(r.rejections[0].reason.find("malformed JSON: parse error at line 1, column 36: syntax error"), std::string::npos) << r.rejections[0].reason;
  EXPECT_EQ(r.rejections[1].reason, "expected a JSON object, found array");
  EXPECT_EQ(r.rejections[2].story_id, "c");
  EXPECT_EQ(r.rejections[2].reason, "no \"text\" field");
  EXPECT_EQ(r.rejections[3].reason, "\"text\" is a number, not a string");
  EXPECT_EQ(r.warnings, (std::vector<std::string>{
                            "in:8: date 'July 4' is not YYYY-MM-DD (optionally followed by a time); coded without a date",
                            "in:9: invalid UTF-8 repaired (1 sequence(s) replaced by U+FFFD)"}));
}

TEST(CsvReaderTest, ReadsQuotedFieldsWithNewlines) {
  const std::string input =
      "id,date,title,text,source\r\n"
      "c1,2019-10-05,Protests,\"Police fired, then \"\"retreated\"\".\nCalm returned.\",wire\r\n"
      "c2,,T2,Short text.,\r\n"
      "c3,2019-10-06,only three\r\n";
  Read r = ReadAll(InputFormat::kCsv, input, ReaderDefaults{"", *ParseDate("2020-01-01")});
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[0].text, "Police fired, then \"retreated\".\nCalm returned.");
  EXPECT_EQ(r.stories[0].source, "wire");
  EXPECT_EQ(r.stories[1].date.ToString(), "2020-01-01");  // default date fills the gap
  ASSERT_EQ(r.rejections.size(), 1u);
  EXPECT_EQ(r.rejections[0].where, "in record 4");
  EXPECT_EQ(r.rejections[0].reason, "expected 5 fields, found 3");
}

TEST(CsvReaderTest, HeaderWithoutTextColumnIsOneRejection) {
  Read r = ReadAll(InputFormat::kCsv, "id,body\n1,hello\n2,world\n");
  EXPECT_TRUE(r.stories.empty());
  ASSERT_EQ(r.rejections.size(), 1u);
  EXPECT_EQ(r.rejections[0].reason, "the header has no \"text\" column (found: id, body)");
}

TEST(TextReaderTest, WholeInputIsOneStory) {
  Read r = ReadAll(InputFormat::kText, "Line one.\nLine two.\n", ReaderDefaults{"brief", *ParseDate("2016-10-17")});
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "brief");
  EXPECT_EQ(r.stories[0].date.ToString(), "2016-10-17");
  EXPECT_EQ(r.stories[0].text, "Line one.\nLine two.\n");
}

TEST(InputFormatTest, FromPathAndName) {
  EXPECT_EQ(FormatFromPath("a/b.JSONL"), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromPath("b.csv"), InputFormat::kCsv);
  EXPECT_EQ(FormatFromPath("mosul.txt"), InputFormat::kText);
  EXPECT_EQ(ParseInputFormat("xml").status().message(), "unknown input format 'xml' (expected jsonl, csv or text)");
}

}  // namespace
}  // namespace sitrep::io
