// The partners' pure rules: token format, days, a partner's answers, the proof of work and
// the results with their threshold.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "domain/partners/partners.hpp"

namespace vk::domain {
namespace {

namespace json = boost::json;

PartnerQuestions twoRules() {
  PartnerQuestions q;
  q.rules = {{"verbinding", "Maak verbinding", ""}, {"vraag", "Stel de vraag", ""}};
  return q;
}

TEST(PartnerToken, SixteenBytesAreTwentySixLowercaseBase32Characters) {
  unsigned char zeros[16] = {};
  EXPECT_EQ(base32Lower(zeros, 16), std::string(26, 'a'));
  unsigned char ff[16];
  for (auto& b : ff) b = 0xff;
  std::string t = base32Lower(ff, 16);
  EXPECT_EQ(t.size(), kPartnerTokenLength);
  EXPECT_EQ(t, std::string(25, '7') + "4");  // the last character carries 3 bits (11100)
  EXPECT_TRUE(validPartnerToken(t));
  const unsigned char foo[] = {'f', 'o', 'o', 'b', 'a', 'r'};
  EXPECT_EQ(base32Lower(foo, 6), "mzxw6ytboi");  // RFC 4648 test vector, lower case
  EXPECT_FALSE(validPartnerToken("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
  EXPECT_FALSE(validPartnerToken(std::string(25, 'a')));
  EXPECT_FALSE(validPartnerToken(std::string(25, 'a') + "1"));
}

TEST(PartnerKinds, OnlyOrganisationsNeverResidents) {
  EXPECT_TRUE(validPartnerKind("huisarts"));
  EXPECT_TRUE(validPartnerKind("anders"));
  EXPECT_FALSE(validPartnerKind("inwoner"));
  EXPECT_EQ(partnerKinds().size(), 8u);
}

TEST(PartnerDays, RoundTripAndRoundOpenThroughItsEndDate) {
  EXPECT_EQ(utcDay(1'800'000'000), "2027-01-15");
  auto t = parseUtcDay("2027-01-15");
  ASSERT_TRUE(t);
  EXPECT_EQ(utcDay(*t), "2027-01-15");
  EXPECT_EQ(utcDay(*t + 86399), "2027-01-15");
  EXPECT_FALSE(parseUtcDay("2027-02-30"));
  EXPECT_FALSE(parseUtcDay("15-01-2027"));
  EXPECT_TRUE(partnerRoundOpen("2027-01-15", false, *t + 86399));
  EXPECT_FALSE(partnerRoundOpen("2027-01-15", false, *t + 86400));
  EXPECT_FALSE(partnerRoundOpen("2027-01-20", true, *t));
}

TEST(PartnerAnswers, ReadsKnownRulesAndNamesEveryWrongField) {
  std::vector<FieldError> errors;
  auto a = readPartnerAnswers(json::parse(R"({"rules":[{"ruleKey":"vraag","recognition":"soms","example":"Bij de buurtavond."}],
                                             "distinctive":"Ze komen langs.","missing":""})"),
                              twoRules(), errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(a.rules.size(), 2u);
  EXPECT_EQ(a.rules[0].recognition, "");
  EXPECT_EQ(a.rules[1].recognition, "soms");
  EXPECT_EQ(a.rules[1].example, "Bij de buurtavond.");
  EXPECT_TRUE(anyAnswer(a));
  readPartnerAnswers(json::parse(R"({"rules":[{"ruleKey":"stem","recognition":"ja"},{"ruleKey":"vraag","recognition":"misschien","x":1}]})"),
                     twoRules(), errors);
  std::set<std::string> fields;
  for (auto& e : errors) fields.insert(e.field);
  EXPECT_TRUE(fields.count("rules[0].ruleKey"));
  EXPECT_TRUE(fields.count("rules[1].recognition"));
  EXPECT_TRUE(fields.count("rules[1].x"));
  std::vector<FieldError> none;
  EXPECT_FALSE(anyAnswer(readPartnerAnswers(json::parse("{}"), twoRules(), none)));
}

TEST(PartnerResults, BelowTheThresholdOnlyTheCount) {
  std::vector<PartnerAnswers> answers;
  for (int i = 0; i < 5; ++i) {
    PartnerAnswers a;
    a.rules = {{"verbinding", i < 3 ? "herken" : "soms", "voorbeeld " + std::to_string(i)}, {"vraag", "niet", ""}};
    a.distinctive = "anders " + std::to_string(i);
    answers.push_back(a);
  }
  std::vector<std::string> kinds = {"school", "school", "huisarts", "politie", "gemeente"};
  auto four = aggregatePartnerAnswers(twoRules(), {answers.begin(), answers.begin() + 4}, kinds, 4, 5, false);
  EXPECT_FALSE(four.visible);
  EXPECT_EQ(four.answerCount, 4);
  EXPECT_TRUE(four.rules.empty());
  EXPECT_TRUE(four.distinctive.empty());
  EXPECT_TRUE(four.kinds.empty());
  auto five = aggregatePartnerAnswers(twoRules(), answers, kinds, 5, 5, false);
  ASSERT_TRUE(five.visible);
  EXPECT_EQ(five.rules[0].herken, 3);
  EXPECT_EQ(five.rules[0].soms, 2);
  EXPECT_EQ(five.rules[1].niet, 5);
  EXPECT_EQ(five.rules[0].examples.size(), 5u);
  EXPECT_EQ(five.distinctive.size(), 5u);
  EXPECT_EQ(five.kinds.at("school"), 2);
  auto anon = aggregatePartnerAnswers(twoRules(), answers, kinds, 5, 5, true);
  EXPECT_TRUE(anon.kinds.empty());
  // The floor holds even if a stored minimum says less.
  EXPECT_FALSE(partnerResultsVisible(2, 1));
  EXPECT_TRUE(partnerResultsVisible(3, 3));
}

TEST(PartnerPow, ChallengeFormatAndLeadingZeroBits) {
  std::string salt(32, 'a'), mac(64, 'b');
  auto c = parsePowChallenge("1800000600." + salt + "." + mac);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->expires, 1'800'000'600);
  EXPECT_EQ(c->payload(), "1800000600." + salt);
  EXPECT_FALSE(parsePowChallenge("1800000600." + salt));
  EXPECT_FALSE(parsePowChallenge("x." + salt + "." + mac));
  EXPECT_FALSE(parsePowChallenge("1." + salt + "." + mac + ".d"));
  unsigned char d1[4] = {0x00, 0x00, 0x1f, 0xff};
  EXPECT_EQ(leadingZeroBits(d1, 4), 19);
  unsigned char d2[2] = {0x80, 0x00};
  EXPECT_EQ(leadingZeroBits(d2, 2), 0);
  unsigned char d3[2] = {0x00, 0x00};
  EXPECT_EQ(leadingZeroBits(d3, 2), 16);
  EXPECT_TRUE(validPowNonce("12345"));
  EXPECT_FALSE(validPowNonce(""));
  EXPECT_FALSE(validPowNonce("a:b"));
}

}  // namespace
}  // namespace vk::domain
