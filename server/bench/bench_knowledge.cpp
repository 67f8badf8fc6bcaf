// Team map for 500 members × 150 aspects (target < 20 ms p95): the coverage, risks, hidden
// expertise and demand computed by domain::computeTeamMap from levels as the store loads them,
// plus the ranking of the training plan on the same map.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "domain/knowledge.hpp"

namespace {

using namespace vk::domain;

struct World {
  std::vector<MapAspect> aspects;
  std::vector<MemberKnowledge> members;
  std::unordered_map<std::string, int> demand;
};

const World& world() {
  static const World w = [] {
    World w;
    const char* domains[] = {"lichamelijke-gezondheid", "dagelijks-functioneren", "inkomen", "participatie",
                             "opvoeden-opgroeien", "veiligheid", "psychische-gezondheid"};
    const char* disciplines[] = {"maatschappelijk werker", "Wmo-consulent", "gezinscoach", "schuldhulpverlener",
                                 "wijkverpleegkundige", "gedragswetenschapper"};
    for (int i = 0; i < 150; ++i) w.aspects.push_back({"aspect-" + std::to_string(i), domains[i % 7]});
    std::mt19937 rng(42);
    for (int m = 0; m < 500; ++m) {
      MemberKnowledge k;
      k.userId = m + 1;
      k.name = "Collega " + std::to_string(m);
      k.discipline = disciplines[m % 6];
      for (auto& a : w.aspects) {
        int r = static_cast<int>(rng() % 100);
        if (r < 40) continue;
        k.levels[a.id] = r < 70 ? Level::Leerling : r < 90 ? Level::Gezel : Level::Meester;
        if (r % 17 == 0) k.wishes[a.id] = true;
      }
      w.members.push_back(std::move(k));
    }
    for (auto& a : w.aspects) w.demand[a.id] = static_cast<int>(rng() % 30);
    return w;
  }();
  return w;
}

void BM_TeamMap_500x150(benchmark::State& state) {
  auto& w = world();
  std::vector<double> ms;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    auto map = computeTeamMap(w.aspects, w.members, w.demand);
    auto plan = rankTrainingPlan(map, w.members);
    benchmark::DoNotOptimize(plan);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  state.counters["p95_ms"] = ms[std::min(ms.size() - 1, static_cast<size_t>(static_cast<double>(ms.size()) * 0.95))];
  state.counters["cells"] = 500.0 * 150.0;
}
BENCHMARK(BM_TeamMap_500x150)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace
