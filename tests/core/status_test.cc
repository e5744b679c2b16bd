#include "sitrep/core/status.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(StatusTest, OkAndErrorsCarryKindAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = Status::Corrupt("verbs.txt:3: bad line");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorrupt);
  EXPECT_EQ(s.ToString(), "corrupt: verbs.txt:3: bad line");
}

TEST(StatusTest, ResultHoldsValueOrStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = Status::NotFound("no such story");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace sitrep
