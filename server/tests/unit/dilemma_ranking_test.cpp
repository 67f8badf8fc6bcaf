// The pure rules of the dilemma vote: the score, the ranking and its tie-breaks, the
// threshold before results show (never below 3), the change since the previous round, and
// the ranking across teams (teams with at least 5 voters, at least 3 such teams).
#include <gtest/gtest.h>

#include "domain/dilemmas/ranking.hpp"

namespace vk::domain {
namespace {

std::vector<DilemmaVote> many(const std::string& key, int recognisable, const std::string& current, int n) {
  return std::vector<DilemmaVote>(static_cast<size_t>(n), DilemmaVote{key, recognisable, current});
}
std::vector<DilemmaVote> operator+(std::vector<DilemmaVote> a, const std::vector<DilemmaVote>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}
const std::map<std::string, std::string> kTitles = {{"a", "Alfa"}, {"b", "Bravo"}, {"c", "Charlie"}};

TEST(DilemmaRanking, ScoreWeighsRecognisabilityAndCurrency) {
  EXPECT_DOUBLE_EQ(dilemmaScore({0, 0, 0, 0, 4}, 4, 0, 0), 1.0);
  EXPECT_DOUBLE_EQ(dilemmaScore({4, 0, 0, 0, 0}, 0, 0, 4), 0.0);
  // mean 3 → 0.5 × 0.6; half "soms" → 0.5 × 0.4
  EXPECT_NEAR(dilemmaScore({0, 0, 2, 0, 0}, 0, 2, 0), 0.3 + 0.2, 1e-9);
  EXPECT_DOUBLE_EQ(dilemmaScore({0, 0, 0, 0, 0}, 0, 0, 0), 0.0);
}

TEST(DilemmaRanking, RanksByScoreWithDistributionAndTitles) {
  auto votes = many("a", 2, "nee", 3) + many("b", 5, "ja", 3) + many("c", 4, "soms", 2) + many("c", 3, "ja", 1);
  auto r = rankDilemmas(votes, kTitles);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].dilemmaKey, "b");
  EXPECT_EQ(r[0].title, "Bravo");
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].dilemmaKey, "c");
  EXPECT_EQ(r[2].dilemmaKey, "a");
  EXPECT_EQ(r[1].votes, 3);
  EXPECT_EQ(r[1].recognisable[3], 2);
  EXPECT_EQ(r[1].recognisable[2], 1);
  EXPECT_NEAR(r[1].recognisableMean, 11.0 / 3.0, 1e-9);
  EXPECT_EQ(r[1].ja, 1);
  EXPECT_EQ(r[1].soms, 2);
  EXPECT_EQ(r[1].nee, 0);
  EXPECT_FALSE(r[0].previousRank.has_value());
}

TEST(DilemmaRanking, TiesGoToMoreVotesThenTitle) {
  auto r = rankDilemmas(many("c", 4, "ja", 2) + many("b", 4, "ja", 3) + many("a", 4, "ja", 2), kTitles);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].dilemmaKey, "b");  // same score, more votes
  EXPECT_EQ(r[1].dilemmaKey, "a");  // same score and votes: Alfa before Charlie
  EXPECT_EQ(r[2].dilemmaKey, "c");
}

TEST(DilemmaRanking, IgnoresVotesOutOfRangeAndKeepsKeyWithoutTitle) {
  auto r = rankDilemmas({{"x", 0, "ja"}, {"x", 6, "ja"}, {"x", 3, "misschien"}, {"x", 3, "ja"}}, kTitles);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].votes, 1);
  EXPECT_EQ(r[0].title, "x");
}

TEST(DilemmaRanking, ThresholdNeverBelowThree) {
  EXPECT_EQ(effectiveMinVoters(std::nullopt), 3);
  EXPECT_EQ(effectiveMinVoters(1), 3);
  EXPECT_EQ(effectiveMinVoters(7), 7);
  EXPECT_FALSE(resultsVisible(false, 10, 3));  // open: never
  EXPECT_FALSE(resultsVisible(true, 2, 3));
  EXPECT_TRUE(resultsVisible(true, 3, 3));
  EXPECT_FALSE(resultsVisible(true, 2, 1));  // a stored 1 still means 3
  EXPECT_FALSE(resultsVisible(true, 4, 5));
  EXPECT_TRUE(resultsVisible(true, 5, 5));
}

TEST(DilemmaRanking, ChangeSincePreviousRound) {
  auto before = rankDilemmas(many("a", 5, "ja", 3) + many("b", 3, "soms", 3), kTitles);
  auto now = rankDilemmas(many("a", 2, "nee", 3) + many("b", 5, "ja", 3) + many("c", 4, "ja", 3), kTitles);
  withPreviousRanks(now, before);
  ASSERT_EQ(now.size(), 3u);
  EXPECT_EQ(now[0].dilemmaKey, "b");
  EXPECT_EQ(now[0].previousRank, 2);
  EXPECT_EQ(now[0].change, 1);  // up one place
  EXPECT_EQ(now[1].dilemmaKey, "c");
  EXPECT_FALSE(now[1].previousRank.has_value());
  EXPECT_FALSE(now[1].change.has_value());
  EXPECT_EQ(now[2].dilemmaKey, "a");
  EXPECT_EQ(now[2].previousRank, 1);
  EXPECT_EQ(now[2].change, -2);
}

TEST(DilemmaRanking, AcrossTeamsNeedsThreeTeamsWithFiveVoters) {
  TeamRoundVotes big{5, many("a", 5, "ja", 5) + many("b", 1, "nee", 5)};
  TeamRoundVotes small{4, many("b", 5, "ja", 40)};
  auto two = rankAcrossTeams({big, big, small}, kTitles);
  EXPECT_FALSE(two.visible);
  EXPECT_EQ(two.teams, 2);
  EXPECT_TRUE(two.ranking.empty());
  auto three = rankAcrossTeams({big, big, small, big}, kTitles);
  EXPECT_TRUE(three.visible);
  EXPECT_EQ(three.teams, 3);
  ASSERT_EQ(three.ranking.size(), 2u);
  EXPECT_EQ(three.ranking[0].dilemmaKey, "a");
  EXPECT_EQ(three.ranking[0].votes, 15);  // the small team's votes do not count
  EXPECT_EQ(three.ranking[1].votes, 15);
}

TEST(DilemmaRanking, AcrossTeamsLeavesOutKeysWithoutTitle) {
  TeamRoundVotes t{6, many("a", 3, "ja", 6) + many("eigen-9", 5, "ja", 6)};
  auto r = rankAcrossTeams({t, t, t}, kTitles);
  ASSERT_TRUE(r.visible);
  ASSERT_EQ(r.ranking.size(), 1u);
  EXPECT_EQ(r.ranking[0].dilemmaKey, "a");
}

// The national ranking sums organisations' counts: the same order as ranking the votes
// behind those counts together.
TEST(DilemmaRanking, TalliesRankLikeTheVotesBehindThem) {
  auto votes = many("a", 5, "ja", 3) + many("b", 4, "soms", 2) + many("a", 2, "nee", 4) + many("c", 3, "ja", 5);
  auto direct = rankDilemmas(votes, kTitles);
  // The same votes, tallied in two parts (two organisations' files).
  auto first = rankDilemmas(many("a", 5, "ja", 3) + many("b", 4, "soms", 2), kTitles);
  auto second = rankDilemmas(many("a", 2, "nee", 4) + many("c", 3, "ja", 5), kTitles);
  std::vector<RankingEntry> tallies = first;
  tallies.insert(tallies.end(), second.begin(), second.end());
  auto summed = rankTallies(tallies, kTitles);
  ASSERT_EQ(summed.size(), direct.size());
  for (size_t i = 0; i < direct.size(); ++i) {
    EXPECT_EQ(summed[i].dilemmaKey, direct[i].dilemmaKey);
    EXPECT_EQ(summed[i].rank, static_cast<int64_t>(i + 1));
    EXPECT_EQ(summed[i].votes, direct[i].votes);
    EXPECT_EQ(summed[i].recognisable, direct[i].recognisable);
    EXPECT_DOUBLE_EQ(summed[i].score, direct[i].score);
    EXPECT_EQ(summed[i].title, direct[i].title);
  }
  EXPECT_EQ(summed[0].dilemmaKey, "c");  // 5 × (3, ja): 0.3 + 0.4
  EXPECT_EQ(summed[2].dilemmaKey, "a");  // after "b" (0.45 + 0.2)
  EXPECT_EQ(summed[2].votes, 7);         // from both parts
}

}  // namespace
}  // namespace vk::domain
