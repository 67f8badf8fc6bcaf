// The what-works conversation's pure rules: perspectives, starts, keys, calendar dates and
// when the team page reminds of an agreement (its date has come or is within 7 days).
#include <gtest/gtest.h>

#include "domain/live/conversation.hpp"

namespace vk::domain {
namespace {

TEST(LiveConversationRules, PerspectivesStartsAndKeys) {
  for (auto w : {"bewoner", "professional", "partner", "gemeente"}) EXPECT_TRUE(isConversationPerspective(w));
  EXPECT_FALSE(isConversationPerspective("wethouder"));
  EXPECT_FALSE(isConversationPerspective(""));
  EXPECT_TRUE(isConversationStart("dilemma"));
  EXPECT_TRUE(isConversationStart("case"));
  EXPECT_FALSE(isConversationStart("vote"));
  EXPECT_TRUE(isDilemmaKey("kinderen-of-schulden-eerst"));
  EXPECT_TRUE(isDilemmaKey("eigen-12"));
  EXPECT_FALSE(isDilemmaKey("Eigen 12"));
  EXPECT_FALSE(isDilemmaKey("-a"));
  EXPECT_FALSE(isDilemmaKey(""));
}

TEST(LiveConversationRules, CalendarDates) {
  EXPECT_TRUE(isCalendarDate("2027-02-28"));
  EXPECT_TRUE(isCalendarDate("2028-02-29"));
  EXPECT_FALSE(isCalendarDate("2027-02-29"));
  EXPECT_FALSE(isCalendarDate("2027-13-01"));
  EXPECT_FALSE(isCalendarDate("27-01-01"));
  EXPECT_FALSE(isCalendarDate("2027-1-01"));
  EXPECT_EQ(utcDate(0), "1970-01-01");
  EXPECT_EQ(utcDate(1800000000), "2027-01-15");
  EXPECT_EQ(daysBetween("2027-01-15", "2027-01-22"), 7);
  EXPECT_EQ(daysBetween("2027-01-15", "2027-01-14"), -1);
}

TEST(LiveConversationRules, ReminderFromSevenDaysBeforeTheDate) {
  const int64_t now = 1800000000;  // 2027-01-15 08:00 UTC
  EXPECT_TRUE(agreementDue("2027-01-15", false, now));   // today
  EXPECT_TRUE(agreementDue("2027-01-01", false, now));   // past and still open
  EXPECT_TRUE(agreementDue("2027-01-22", false, now));   // in 7 days
  EXPECT_FALSE(agreementDue("2027-01-23", false, now));  // in 8 days
  EXPECT_FALSE(agreementDue("2027-01-15", true, now));   // done
  EXPECT_FALSE(agreementDue("nooit", false, now));
}

}  // namespace
}  // namespace vk::domain
