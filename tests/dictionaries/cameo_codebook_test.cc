#include "sitrep/dictionaries/cameo_codebook.h"

#include <gtest/gtest.h>

namespace sitrep::dictionaries {
namespace {

TEST(CameoCodebookTest, ParsesRowsAndReportsBadOnes) {
  DictionaryFile f{"book.tsv",
                   "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
                   "190\tUse conventional force\t-10.0\t4\tASSAULT\t\n"
                   "0874\tWithdraw troops\t5.0\t2\tRETREAT\t\n"
                   "19x\tbad code\t1\t1\n"
                   "191\tImpose blockade\tminus\t4\n"
                   "192\tOccupy territory\t-9.5\t5\n"
                   "190\tduplicate\t-10\t4\n"
                   "short\n"};
  std::vector<std::string> problems;
  Result<CameoCodebook> book = CameoCodebook::Parse(f, &problems);
  ASSERT_TRUE(book.ok());
  EXPECT_EQ(book->size(), 2u);
  const CameoCode* c = book->Find("0874");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root(), "08");
  EXPECT_EQ(c->quad_class, 2);
  EXPECT_DOUBLE_EQ(c->goldstein, 5.0);
  EXPECT_EQ(c->plover_type, "RETREAT");
  EXPECT_EQ(book->Find("874"), nullptr);  // codes are strings: the leading zero matters
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "book.tsv:4: '19x' is not a CAMEO code (2 to 4 digits)",
                          "book.tsv:5: goldstein 'minus' is not a number in [-10, 10]",
                          "book.tsv:6: quad_class '5' is not 1, 2, 3 or 4",
                          "book.tsv:7: code 190 is listed twice",
                          "book.tsv:8: expected at least 4 tab-separated columns (code, name, goldstein, quad_class), found 1",
                      }));
}

TEST(CameoCodebookTest, EmptyBookIsAnError) {
  std::vector<std::string> problems;
  Result<CameoCodebook> book = CameoCodebook::Parse({"empty.tsv", "code\tname\n"}, &problems);
  EXPECT_EQ(book.status().code(), Status::Code::kCorrupt);
}

}  // namespace
}  // namespace sitrep::dictionaries
