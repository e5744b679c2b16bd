#include "sitrep/io/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_dictionaries.h"

namespace sitrep::io {
namespace {

std::vector<Event> SampleEvents() {
  return testing::CodeText(testing::TestPipeline(), "Iraq’s army attacked “Islamic State”, officials said.\n"
                                                    "Arnor criticized Iraq, one, two.")
      .events;
}

TEST(EventWriterTest, JsonlRoundTripsSpansAndFields) {
  const std::string text = "Iraq’s army attacked “Islamic State”, officials said.\nArnor criticized Iraq, one, two.";
  std::vector<Event> events = SampleEvents();
  ASSERT_EQ(events.size(), 2u);
  std::ostringstream out;
  auto w = MakeEventWriter(OutputFormat::kJsonl, out);
  for (const auto& e : events) w->Write(e);
  std::istringstream in(out.str());
  std::string line;
  std::getline(in, line);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["cameo"], "190");
  EXPECT_EQ(j["root"], "19");
  EXPECT_EQ(j["quad_class"], 4);
  EXPECT_EQ(j["goldstein"], -10.0);
  EXPECT_EQ(j["plover"]["type"], "ASSAULT");
  EXPECT_EQ(j["date"], "2017-07-20");
  EXPECT_TRUE(j["location"].is_null());
  // Spans are code points into the story text: cut them out the way a Python user would.
  std::u32string u32;
  for (size_t i = 0; i < text.size();) {  // decode UTF-8
    unsigned char c = static_cast<unsigned char>(text[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    u32 += cp;
    i += n;
  }
  auto cut = [&](const nlohmann::json& span) {
    std::u32string s = u32.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>());
    std::string out8;
    for (char32_t cp : s) {
      if (cp < 0x80) out8 += static_cast<char>(cp);
      else if (cp < 0x800) { out8 += static_cast<char>(0xC0 | (cp >> 6)); out8 += static_cast<char>(0x80 | (cp & 0x3F)); }
      else { out8 += static_cast<char>(0xE0 | (cp >> 12)); out8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out8 += static_cast<char>(0x80 | (cp & 0x3F)); }
    }
    return out8;
  };
  EXPECT_EQ(cut(j["source"]["span"]), "Iraq’s army");
  EXPECT_EQ(j["source"]["text"], "Iraq’s army");
  EXPECT_EQ(cut(j["target"]["span"]), "Islamic State");
  EXPECT_EQ(cut(j["evidence"]["verb_span"]), "attacked");
  EXPECT_EQ(cut(j["evidence"]["sentence_span"]), j["evidence"]["sentence_text"].get<std::string>());
}

TEST(EventWriterTest, CsvQuotesAndTsvFlattens) {
  std::vector<Event> events = SampleEvents();
  std::ostringstream csv, tsv;
  auto wc = MakeEventWriter(OutputFormat::kCsv, csv);
  auto wt = MakeEventWriter(OutputFormat::kTsv, tsv);
  for (const auto& e : events) {
    wc->Write(e);
    wt->Write(e);
  }
  const std::string c = csv.str();
  EXPECT_EQ(c.substr(0, c.find("\r\n")), "story_id,sentence,event_id,date,date_precision,source_code,source_text,"
                                          "source_start,source_end,source_country,source_role,source_rule,target_code,"
                                          "target_text,target_start,target_end,target_country,target_role,target_rule,"
                                          "cameo,cameo_name,root,quad_class,goldstein,plover_type,plover_mode,negated,"
                                          "sentence_start,sentence_end,verb_start,verb_end,verb_text,rule,sentence_text,"
                                          "date_text,location_name,location_lat,location_lon,location_country,"
                                          "location_admin1,location_precision,location_basis,killed,killed_qualifier,"
                                          "wounded,wounded_qualifier");
  // The first sentence holds a comma and curly quotes: quoted once, inner quotes kept as is.
  EXPECT_NE(c.find(",\"Iraq’s army attacked “Islamic State”, officials said.\","), std::string::npos);
  const std::string t = tsv.str();
  EXPECT_EQ(std::count(t.begin(), t.end(), '\n'), 3);  // header + 2 rows, no stray line breaks
  std::istringstream rows(t);
  std::string row;
  while (std::getline(rows, row)) EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 45) << row;
  EXPECT_EQ(ParseOutputFormat("xml").status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace sitrep::io
