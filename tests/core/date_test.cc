#include "sitrep/core/date.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(DateTest, ParsesDayAndIsoTimes) {
  EXPECT_EQ(ParseDate("2017-07-20")->ToString(), "2017-07-20");
  EXPECT_EQ(ParseDate("2025-03-14 20:30:26Z")->ToString(), "2025-03-14");
  EXPECT_EQ(ParseDate("2016-10-17T06:00:00+03:00")->ToString(), "2016-10-17");
}

TEST(DateTest, RejectsMalformedAndImpossibleDates) {
  EXPECT_EQ(ParseDate("20/07/2017").status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseDate("2017-7-20").status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseDate("2017-07-20x").status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseDate("2017-02-29").status().message(), "date '2017-02-29' does not exist in the calendar");
  EXPECT_TRUE(ParseDate("2016-02-29").ok());
}

TEST(DateTest, DaysSinceEpochOrdersDates) {
  EXPECT_EQ(ParseDate("1970-01-01")->DaysSinceEpoch(), 0);
  EXPECT_EQ(ParseDate("2000-03-01")->DaysSinceEpoch() - ParseDate("2000-02-28")->DaysSinceEpoch(), 2);
  EXPECT_LT(*ParseDate("2014-09-07"), *ParseDate("2014-09-08"));
}

}  // namespace
}  // namespace sitrep
