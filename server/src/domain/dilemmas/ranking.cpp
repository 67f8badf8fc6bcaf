#include "domain/dilemmas/ranking.hpp"

#include <algorithm>

namespace vk::domain {

bool validCurrent(std::string_view current) { return current == "ja" || current == "soms" || current == "nee"; }

int64_t effectiveMinVoters(std::optional<int64_t> requested) {
  return std::max(kMinRoundVoters, requested.value_or(kMinRoundVoters));
}

bool resultsVisible(bool closed, int64_t voterCount, int64_t minVoters) {
  return closed && voterCount >= std::max(minVoters, kMinRoundVoters);
}

double dilemmaScore(const std::array<int64_t, 5>& recognisable, int64_t ja, int64_t soms, int64_t nee) {
  int64_t n = 0, sum = 0;
  for (size_t i = 0; i < recognisable.size(); ++i) {
    n += recognisable[i];
    sum += recognisable[i] * static_cast<int64_t>(i + 1);
  }
  int64_t answers = ja + soms + nee;
  if (n == 0 || answers == 0) return 0;
  double mean = static_cast<double>(sum) / static_cast<double>(n);
  double current = (static_cast<double>(ja) + 0.5 * static_cast<double>(soms)) / static_cast<double>(answers);
  return 0.6 * (mean - 1.0) / 4.0 + 0.4 * current;
}

std::vector<RankingEntry> rankDilemmas(const std::vector<DilemmaVote>& votes,
                                       const std::map<std::string, std::string>& titles) {
  std::map<std::string, RankingEntry> byKey;
  for (auto& v : votes) {
    if (v.recognisable < 1 || v.recognisable > 5 || !validCurrent(v.current)) continue;
    auto& e = byKey[v.dilemmaKey];
    e.dilemmaKey = v.dilemmaKey;
    ++e.votes;
    ++e.recognisable[static_cast<size_t>(v.recognisable - 1)];
    if (v.current == "ja") ++e.ja;
    else if (v.current == "soms") ++e.soms;
    else ++e.nee;
  }
  std::vector<RankingEntry> tallies;
  for (auto& [key, e] : byKey) tallies.push_back(std::move(e));
  return rankTallies(tallies, titles);
}

std::vector<RankingEntry> rankTallies(const std::vector<RankingEntry>& tallies,
                                      const std::map<std::string, std::string>& titles) {
  std::map<std::string, RankingEntry> byKey;
  for (auto& t : tallies) {
    auto& e = byKey[t.dilemmaKey];
    e.dilemmaKey = t.dilemmaKey;
    e.votes += t.votes;
    for (size_t i = 0; i < e.recognisable.size(); ++i) e.recognisable[i] += t.recognisable[i];
    e.ja += t.ja;
    e.soms += t.soms;
    e.nee += t.nee;
  }
  std::vector<RankingEntry> out;
  for (auto& [key, e] : byKey) {
    auto t = titles.find(key);
    e.title = t == titles.end() ? key : t->second;
    int64_t sum = 0;
    for (size_t i = 0; i < e.recognisable.size(); ++i) sum += e.recognisable[i] * static_cast<int64_t>(i + 1);
    e.recognisableMean = e.votes ? static_cast<double>(sum) / static_cast<double>(e.votes) : 0;
    e.score = dilemmaScore(e.recognisable, e.ja, e.soms, e.nee);
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const RankingEntry& a, const RankingEntry& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.votes != b.votes) return a.votes > b.votes;
    if (a.title != b.title) return a.title < b.title;
    return a.dilemmaKey < b.dilemmaKey;
  });
  for (size_t i = 0; i < out.size(); ++i) out[i].rank = static_cast<int64_t>(i + 1);
  return out;
}

void withPreviousRanks(std::vector<RankingEntry>& current, const std::vector<RankingEntry>& previous) {
  std::map<std::string, int64_t> before;
  for (auto& p : previous) before[p.dilemmaKey] = p.rank;
  for (auto& e : current) {
    auto it = before.find(e.dilemmaKey);
    if (it == before.end()) {
      e.previousRank.reset();
      e.change.reset();
    } else {
      e.previousRank = it->second;
      e.change = it->second - e.rank;
    }
  }
}

AcrossTeams rankAcrossTeams(const std::vector<TeamRoundVotes>& teams, const std::map<std::string, std::string>& titles) {
  AcrossTeams out;
  std::vector<DilemmaVote> pooled;
  for (auto& t : teams) {
    if (t.voterCount < kMinTeamVotersAcross) continue;
    ++out.teams;
    for (auto& v : t.votes)
      if (titles.count(v.dilemmaKey)) pooled.push_back(v);
  }
  out.visible = out.teams >= kMinRankingTeams;
  if (out.visible) out.ranking = rankDilemmas(pooled, titles);
  return out;
}

}  // namespace vk::domain
