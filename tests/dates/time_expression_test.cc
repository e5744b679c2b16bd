#include "sitrep/dates/time_expression.h"

#include <gtest/gtest.h>

#include "sitrep/text/normalizer.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep::dates {
namespace {

// "words -> date/precision" for each expression the finder resolves in `text`.
std::vector<std::string> Resolve(const std::string& text, const std::string& published) {
  const text::Tokenization tz = text::Tokenize(text::Normalize(text));
  Date pub;
  if (!published.empty()) pub = *ParseDate(published);
  std::vector<std::string> out;
  for (const TimeExpression& e : TimeExpressionFinder().Find(tz.tokens, 0, static_cast<int32_t>(tz.tokens.size()), pub)) {
    std::string words;
    for (int32_t t = e.first_token; t < e.last_token; ++t) words += (words.empty() ? "" : " ") + tz.tokens[t].form;
    out.push_back(words + " -> " + e.date.ToString() + "/" + DatePrecisionName(e.precision) + (e.since ? " since" : ""));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(DateTest, CalendarArithmetic) {
  EXPECT_EQ(DateFromDays(0).ToString(), "1970-01-01");
  EXPECT_EQ(AddDays(*ParseDate("2024-03-01"), -1).ToString(), "2024-02-29");
  EXPECT_EQ(AddDays(*ParseDate("2023-12-31"), 1).ToString(), "2024-01-01");
  EXPECT_EQ(Weekday(*ParseDate("2017-07-20")), 4);  // a Thursday
  EXPECT_EQ(Weekday(*ParseDate("2024-03-10")), 7);  // a Sunday
}

TEST(TimeExpressionTest, WeekdaysLookBackToTheMostRecentOne) {
  // 2017-06-20 was a Tuesday.
  EXPECT_EQ(Resolve("Troops entered Mosul on Sunday.", "2017-06-20"), V{"on Sunday -> 2017-06-18/day"});
  EXPECT_EQ(Resolve("Shelling resumed late Tuesday.", "2017-06-20"), V{"late Tuesday -> 2017-06-20/day"});
  EXPECT_EQ(Resolve("A drone struck Monday night.", "2017-06-20"), V{"Monday night -> 2017-06-19/day"});
  EXPECT_EQ(Resolve("It rained on Wednesday.", "2017-06-20"), V{"on Wednesday -> 2017-06-14/day"});
  EXPECT_EQ(Resolve("Talks ended last Tuesday.", "2017-06-20"), V{"last Tuesday -> 2017-06-13/day"});
}

TEST(TimeExpressionTest, DaysRelativeToThePublicationDate) {
  EXPECT_EQ(Resolve("Fighting broke out yesterday.", "2024-03-01"), V{"yesterday -> 2024-02-29/day"});
  EXPECT_EQ(Resolve("Sirens sounded last night.", "2024-03-01"), V{"last night -> 2024-02-29/day"});
  EXPECT_EQ(Resolve("Rockets fell earlier today.", "2024-03-01"), V{"earlier today -> 2024-03-01/day"});
  EXPECT_EQ(Resolve("Talks resume this morning.", "2024-03-01"), V{"this morning -> 2024-03-01/day"});
  EXPECT_EQ(Resolve("He left the day before yesterday.", "2024-03-01"), V{"the day before yesterday -> 2024-02-28/day"});
  EXPECT_EQ(Resolve("The strike came three days ago.", "2024-03-01"), V{"three days ago -> 2024-02-27/day"});
}

TEST(TimeExpressionTest, CalendarDatesTakeTheYearThatIsNotInTheFuture) {
  EXPECT_EQ(Resolve("The truce began on July 10.", "2017-07-20"), V{"on July 10 -> 2017-07-10/day"});
  EXPECT_EQ(Resolve("Police said a gunman fired December 28.", "2024-01-03"), V{"December 28 -> 2023-12-28/day"});
  EXPECT_EQ(Resolve("Voting ended on 15 January.", "2024-02-01"), V{"on 15 January -> 2024-01-15/day"});
  EXPECT_EQ(Resolve("It was signed on July 10, 2017.", "2020-01-01"), V{"on July 10 , 2017 -> 2017-07-10/day"});
  EXPECT_EQ(Resolve("Absolute dates need no publication date: in July 2017.", ""), V{"in July 2017 -> 2017-07-01/month"});
}

TEST(TimeExpressionTest, WeeksMonthsAndYears) {
  // 2024-03-14 is a Thursday; its week began on Monday 2024-03-11.
  const std::string pub = "2024-03-14";
  EXPECT_EQ(Resolve("Talks stalled last week.", pub), V{"last week -> 2024-03-04/week"});
  EXPECT_EQ(Resolve("Raids rose earlier this week.", pub), V{"earlier this week -> 2024-03-11/week"});
  EXPECT_EQ(Resolve("Aid arrived two weeks ago.", pub), V{"two weeks ago -> 2024-02-26/week"});
  EXPECT_EQ(Resolve("Prices rose last month.", pub), V{"last month -> 2024-02-01/month"});
  EXPECT_EQ(Resolve("Prices rose earlier this month.", pub), V{"earlier this month -> 2024-03-01/month"});
  EXPECT_EQ(Resolve("The siege began in July.", pub), V{"in July -> 2023-07-01/month"});
  EXPECT_EQ(Resolve("The siege began in late January.", pub), V{"in late January -> 2024-01-01/month"});
  EXPECT_EQ(Resolve("It was cut three months ago.", pub), V{"three months ago -> 2023-12-01/month"});
  EXPECT_EQ(Resolve("Elections were held last year.", pub), V{"last year -> 2023-01-01/year"});
  EXPECT_EQ(Resolve("The group formed in 2019.", pub), V{"in 2019 -> 2019-01-01/year"});
  EXPECT_EQ(Resolve("It collapsed three years ago.", pub), V{"three years ago -> 2021-01-01/year"});
}

TEST(TimeExpressionTest, SinceMarksTheStartOfAState) {
  EXPECT_EQ(Resolve("They have held the city since 2014.", "2017-01-05"), V{"since 2014 -> 2014-01-01/year since"});
  EXPECT_EQ(Resolve("Talks have stalled since March.", "2017-01-05"), V{"since March -> 2016-03-01/month since"});
}

TEST(TimeExpressionTest, WordsThatOnlyLookLikeDates) {
  // "may" the verb, "March" the noun, bare numbers and years with no lead word.
  EXPECT_TRUE(Resolve("Officials said they may attack in force.", "2017-01-05").empty());
  EXPECT_TRUE(Resolve("Thousands joined the march.", "2017-01-05").empty());
  EXPECT_TRUE(Resolve("The 2019 law and 12 soldiers.", "2017-01-05").empty());
  // Relative forms need a publication date; without one they are not resolved.
  EXPECT_TRUE(Resolve("Troops entered Mosul on Sunday.", "").empty());
  // Two expressions, in text order.
  EXPECT_EQ(Resolve("Fighting since 2014 flared again on Sunday.", "2017-06-20"),
            (V{"since 2014 -> 2014-01-01/year since", "on Sunday -> 2017-06-18/day"}));
}

}  // namespace
}  // namespace sitrep::dates
