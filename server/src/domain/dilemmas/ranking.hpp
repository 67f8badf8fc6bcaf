#pragma once
// Which dilemmas are ours: the ranking of a team's vote round, the threshold before any
// result shows, the change since the team's previous round, and the ranking across teams.
// Pure functions of plain data: a vote here carries no voter.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vk::domain {

// Never fewer voters than this before a round's results show, whatever a round asks for.
inline constexpr int64_t kMinRoundVoters = 3;
// Across teams: only teams whose latest visible round had at least this many voters, and
// only when at least kMinRankingTeams such teams are there.
inline constexpr int64_t kMinTeamVotersAcross = 5;
inline constexpr int64_t kMinRankingTeams = 3;

// One person's answer on one dilemma (who it was is not part of it).
struct DilemmaVote {
  std::string dilemmaKey;
  int recognisable = 0;  // 1–5
  std::string current;   // "ja", "soms", "nee"
};
bool validCurrent(std::string_view current);

struct RankingEntry {
  std::string dilemmaKey;
  std::string title;
  int64_t rank = 0;
  std::optional<int64_t> previousRank;
  std::optional<int64_t> change;  // previousRank - rank: positive is up
  int64_t votes = 0;
  std::array<int64_t, 5> recognisable{};  // how many chose 1 … 5
  double recognisableMean = 0;
  int64_t ja = 0, soms = 0, nee = 0;
  double score = 0;
};

// The minimum a round keeps: the requested number, never below kMinRoundVoters.
int64_t effectiveMinVoters(std::optional<int64_t> requested);
// Whether a round's results may show.
bool resultsVisible(bool closed, int64_t voterCount, int64_t minVoters);
// score = 0.6 × (mean recognisability − 1) / 4 + 0.4 × (ja + ½ soms) / votes; 0 without votes.
double dilemmaScore(const std::array<int64_t, 5>& recognisable, int64_t ja, int64_t soms, int64_t nee);
// The ranking: highest score first, ties by more votes, then by title. Titles come from
// `titles` (a key without one keeps its key as title). Votes out of range are ignored.
std::vector<RankingEntry> rankDilemmas(const std::vector<DilemmaVote>& votes,
                                       const std::map<std::string, std::string>& titles);
// The same ranking from counts already tallied (votes, recognisable, ja/soms/nee of each
// entry; the rest is recomputed): entries with the same key are added up first. The
// national ranking sums the organisations' exported counts this way.
std::vector<RankingEntry> rankTallies(const std::vector<RankingEntry>& tallies,
                                      const std::map<std::string, std::string>& titles);
// Sets previousRank and change from the previous round's ranking (null for a dilemma that
// was not in it).
void withPreviousRanks(std::vector<RankingEntry>& current, const std::vector<RankingEntry>& previous);

// A team's latest visible round, for the ranking across teams.
struct TeamRoundVotes {
  int64_t voterCount = 0;
  std::vector<DilemmaVote> votes;
};
struct AcrossTeams {
  bool visible = false;
  int64_t teams = 0;  // teams that qualify (kMinTeamVotersAcross voters or more)
  std::vector<RankingEntry> ranking;  // empty unless visible
};
// Pools the votes of the qualifying teams; only keys in `titles` count (a team's own
// dilemmas stay out of the organisation's ranking).
AcrossTeams rankAcrossTeams(const std::vector<TeamRoundVotes>& teams, const std::map<std::string, std::string>& titles);

// Across organisations (the association's national view): only with at least this many
// organisations' files.
inline constexpr int64_t kMinRankingOrganisations = 3;

}  // namespace vk::domain
