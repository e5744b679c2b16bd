#include "sitrep/nlp/conllu.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "nlp/nlp_fixtures.h"

namespace sitrep::nlp {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Conllu, FixtureFilesRoundTripByteForByte) {
  for (const char* name : {"mini_train.conllu", "mini_dev.conllu", "news_parses.conllu"}) {
    const std::string original = ReadAll(testing::Fixture(name));
    ASSERT_FALSE(original.empty()) << name;
    std::istringstream in(original);
    ConlluReader reader(in, name);
    std::ostringstream out;
    while (true) {
      auto next = reader.Next();
      ASSERT_TRUE(next.ok()) << next.status().ToString();
      if (!next->has_value()) break;
      WriteConllu(**next, out);
    }
    EXPECT_EQ(out.str(), original) << name;
  }
}

TEST(Conllu, KeepsMultiwordRangesEmptyNodesAndComments) {
  const std::string text =
      "# sent_id = t1\n# text = They didn't go.\n"
      "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n"
      "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  std::istringstream in(text);
  ConlluReader reader(in, "t");
  auto s = reader.Next();
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_TRUE(s->has_value());
  const ConlluSentence& sent = **s;
  ASSERT_EQ(sent.words.size(), 5u);
  EXPECT_EQ(sent.words[1].form, "did");
  EXPECT_EQ(sent.words[3].head, 0);
  EXPECT_FALSE(sent.words[3].space_after());
  EXPECT_TRUE(sent.words[0].space_after());
  EXPECT_EQ(sent.Comment("text").value_or(""), "They didn't go.");
  ASSERT_EQ(sent.extras.size(), 2u);
  EXPECT_EQ(sent.extras[0].before_word, 1u);
  EXPECT_EQ(sent.extras[1].before_word, 4u);
  std::ostringstream out;
  WriteConllu(sent, out);
  EXPECT_EQ(out.str(), text);
}

TEST(Conllu, ReportsTheLineOfABadRowAndGoesOnWithTheNextSentence) {
  const std::string text =
      "# sent_id = ok1\n1\tGood\tgood\tADJ\tJJ\t_\t0\troot\t_\t_\n\n"
      "# sent_id = bad\n1\tBad\tbad\tADJ\tJJ\t_\t0\troot\t_\n2\trow\trow\tNOUN\tNN\t_\t1\tdep\t_\t_\n\n"
      "# sent_id = ok2\n1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_\n\n";
  std::istringstream in(text);
  ConlluReader reader(in, "broken.conllu");
  auto first = reader.Next();
  ASSERT_TRUE(first.ok());
  EXPECT_EQ((*first)->words[0].form, "Good");
  auto second = reader.Next();
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().message(), "broken.conllu:5: expected 10 tab-separated columns, found 9");
  auto third = reader.Next();
  ASSERT_TRUE(third.ok()) << third.status().ToString();
  ASSERT_TRUE(third->has_value());
  EXPECT_EQ((*third)->words[0].form, "Fine");
  auto end = reader.Next();
  ASSERT_TRUE(end.ok());
  EXPECT_FALSE(end->has_value());
}

TEST(Conllu, RejectsOutOfSequenceIdsAndHeadsPastTheSentence) {
  {
    std::istringstream in("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n");
    ConlluReader reader(in, "f");
    auto s = reader.Next();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().message(), "f:2: word ID 3 out of sequence (expected 2)");
  }
  {
    std::istringstream in("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n\n");
    ConlluReader reader(in, "f");
    auto s = reader.Next();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().message(), "f:3: word 2 has HEAD 7 beyond the sentence's 2 words");
  }
  {
    std::istringstream in("1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n\n");
    ConlluReader reader(in, "f");
    auto s = reader.Next();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().message(), "f:1: bad HEAD 'x'");
  }
}

TEST(Conllu, ACommentOnlyBlockIsReportedWithoutLosingTheNextSentence) {
  std::istringstream in("# sent_id = empty\n\n1\tNext\tnext\tADJ\tJJ\t_\t0\troot\t_\t_\n\n");
  ConlluReader reader(in, "f");
  auto first = reader.Next();
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.status().message(), "f:2: sentence has no words");
  auto second = reader.Next();
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  ASSERT_TRUE(second->has_value());
  EXPECT_EQ((*second)->words[0].form, "Next");
}

TEST(Conllu, MissingFileIsNotFound) {
  auto r = ReadConlluFile("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace sitrep::nlp
