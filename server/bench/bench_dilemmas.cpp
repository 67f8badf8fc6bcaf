// The dilemma ranking: one team's round (30 voters × 20 dilemmas) and the ranking across an
// organisation of 300 teams (20 voters × 20 dilemmas each, 120,000 votes pooled).
// Target: across teams < 50 ms.
#include <benchmark/benchmark.h>

#include <random>

#include "domain/dilemmas/ranking.hpp"

namespace {

using vk::domain::DilemmaVote;

std::map<std::string, std::string> titles() {
  std::map<std::string, std::string> t;
  for (int i = 0; i < 20; ++i) t["dilemma-" + std::to_string(i)] = "Dilemma " + std::to_string(i);
  return t;
}

std::vector<DilemmaVote> roundVotes(std::mt19937& rng, int voters) {
  static const char* answers[] = {"ja", "soms", "nee"};
  std::vector<DilemmaVote> out;
  for (int v = 0; v < voters; ++v)
    for (int d = 0; d < 20; ++d)
      out.push_back({"dilemma-" + std::to_string(d), 1 + int(rng() % 5), answers[rng() % 3]});
  return out;
}

void BM_RankTeamRound(benchmark::State& state) {
  std::mt19937 rng(7);
  auto votes = roundVotes(rng, 30);
  auto t = titles();
  for (auto _ : state) benchmark::DoNotOptimize(vk::domain::rankDilemmas(votes, t));
}
BENCHMARK(BM_RankTeamRound)->Unit(benchmark::kMicrosecond);

void BM_RankAcrossTeams_300(benchmark::State& state) {
  std::mt19937 rng(11);
  std::vector<vk::domain::TeamRoundVotes> teams;
  for (int i = 0; i < 300; ++i) teams.push_back({20, roundVotes(rng, 20)});
  auto t = titles();
  for (auto _ : state) benchmark::DoNotOptimize(vk::domain::rankAcrossTeams(teams, t));
}
BENCHMARK(BM_RankAcrossTeams_300)->Unit(benchmark::kMillisecond);

}  // namespace
