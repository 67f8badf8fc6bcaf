// Times as the API writes them (ISO 8601 UTC) and days as Dutch readers write them on paper.
#include <gtest/gtest.h>

#include "domain/time_format.hpp"

namespace vk::domain {
namespace {

TEST(TimeFormat, IsoUtc) {
  EXPECT_EQ(isoUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(isoUtc(1796169600 + 3661), "2026-12-02T01:01:01Z");
}

TEST(TimeFormat, DutchDateHasNoLeadingZeroAndALowercaseMonth) {
  EXPECT_EQ(dutchDate(1796169600), "2 december 2026");
  EXPECT_EQ(dutchDate(1796169600 + 86399), "2 december 2026");  // the last second of the day
  EXPECT_EQ(dutchDate(1767225600), "1 januari 2026");
  EXPECT_EQ(dutchDate(1772236800), "28 februari 2026");
}

TEST(TimeFormat, DutchDayFromAnIsoDayAndNothingElse) {
  EXPECT_EQ(dutchDay("2027-05-30"), "30 mei 2027");
  EXPECT_EQ(dutchDay("2027-02-30"), "2027-02-30");  // no such day: as it was
  EXPECT_EQ(dutchDay("2027-05-30x"), "2027-05-30x");
  EXPECT_EQ(dutchDay(""), "");
  EXPECT_EQ(dutchDay("morgen"), "morgen");
}

}  // namespace
}  // namespace vk::domain
