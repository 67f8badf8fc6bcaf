// Team map for 500 members × 150 aspects (target < 20 ms p95): the coverage, risks, hidden
// expertise and demand computed by domain::computeTeamMap plus the ranking of the training plan;
// and the same map end to end through the SQLite store as GET /teams/{id}/map builds it.
//   build/vk_bench --benchmark_filter=TeamMap   (p50/p95 wall-clock and CPU in the counters)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <boost/json/serialize.hpp>

#include "api/privacy/guard.hpp"
#include "api/knowledge/team_map.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"
#include "store/knowledge/store.hpp"
#include "store/foundation/store.hpp"

#include <time.h>
#include <unistd.h>

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

double percentile(std::vector<double> xs, double p) {
  if (xs.empty()) return 0;
  std::sort(xs.begin(), xs.end());
  return xs[std::min(xs.size() - 1, static_cast<size_t>(static_cast<double>(xs.size()) * p))];
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
  state.counters["p50_ms"] = percentile(ms, 0.50);
  state.counters["p95_ms"] = percentile(ms, 0.95);
  state.counters["cells"] = 500.0 * 150.0;
}
BENCHMARK(BM_TeamMap_500x150)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// The same map end to end through the store: load the 500 members' levels and the team's demand,
// then compute the map, as GET /teams/{id}/map does. SQLite always; PostgreSQL as well when
// VK_TEST_PG names a server (scripts/with-postgres build/vk_bench …): the *_Postgres benchmarks.
struct StoreWorld {
  std::string path;  // the SQLite file, empty on PostgreSQL
  std::unique_ptr<vk::store::Store> store;
  Actor admin;
  int64_t team = 0;
  ~StoreWorld() {
    store.reset();
    if (!path.empty())
      for (auto suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
};

StoreWorld& storeWorld(bool postgres = false) {
  static std::map<bool, StoreWorld> worlds;
  auto& w = worlds[postgres];
  if (w.store) return w;
  [&] {
    if (postgres) {
      w.store = vk::store::openStore(std::getenv("VK_TEST_PG"));
    } else {
      w.path = "/tmp/vk-bench-knowledge-" + std::to_string(getpid()) + ".db";
      w.store = vk::store::openStore("sqlite:" + w.path);
    }
    w.store->migrate();
    const int64_t now = 1'800'000'000;
    auto org = w.store->createOrganisation({"Bench", "Beheer", "beheer@bench.test", "x"}, now, false);
    w.admin = Actor{org.adminId, org.orgId, true};
    w.team = w.store->createTeam(w.admin, "Groot team", now).id;
    vk::store::KnowledgeStore ks(w.store->db());
    std::vector<std::string> aspectIds;
    for (auto& d : starterCatalogue().domains)
      for (auto& a : d.aspects) aspectIds.push_back(a.id);
    for (int i = 0; aspectIds.size() < 150; ++i)
      aspectIds.push_back(ks.addAspect(w.admin, starterCatalogue().domains[i % 7].id, "Lokaal " + std::to_string(i), "specifiek", {}, {}, now));
    std::mt19937 rng(7);
    for (int m = 0; m < 500; ++m) {
      std::string email = "collega" + std::to_string(m) + "@bench.test";
      NewInvitation inv{email, "Collega " + std::to_string(m), w.team, TeamRole::Member, vk::api::guard("discipline", "maatschappelijk werker"), Experience::Gezel, false};
      std::string token = "token-" + std::to_string(m);
      w.store->createInvitation(w.admin, inv, token, now, now + 3600);
      int64_t user = w.store->acceptInvitation(token, inv.name, "x", now);
      std::vector<vk::store::ProfileEntry> entries;
      for (auto& id : aspectIds) {
        int r = static_cast<int>(rng() % 100);
        if (r < 40) continue;
        entries.push_back({id, r < 70 ? Level::Leerling : r < 90 ? Level::Gezel : Level::Meester, r % 17 == 0});
      }
      ks.putProfile(Actor{user, org.orgId, false}, entries, now);
    }
  }();
  return w;
}

double threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Reports wall-clock and thread-CPU percentiles: on a shared machine the CPU figures say more
// about the code than the wall clock does.
struct Timings {
  std::vector<double> wall, cpu;
  template <typename F>
  void measure(F&& f) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = threadCpuMs();
    f();
    cpu.push_back(threadCpuMs() - c0);
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  void report(benchmark::State& state) const {
    state.counters["p50_ms"] = percentile(wall, 0.50);
    state.counters["p95_ms"] = percentile(wall, 0.95);
    state.counters["cpu_p50_ms"] = percentile(cpu, 0.50);
    state.counters["cpu_p95_ms"] = percentile(cpu, 0.95);
  }
};

// The map through the store: the team's levels as one grid, the catalogue and the demand, in one
// read transaction (as the API's middleware gives every request), then the computation.
void teamMapFromStore(benchmark::State& state, bool postgres) {
  auto& w = storeWorld(postgres);
  vk::store::KnowledgeStore ks(w.store->db());
  Timings t;
  for (auto _ : state)
    t.measure([&] {
      w.store->db().readScope([&] {
        auto all = ks.aspects(w.admin);
        std::vector<MapAspect> aspects;
        std::vector<std::string> rows;
        for (auto& a : all) {
          aspects.push_back({a.id, a.domainId});
          rows.push_back(a.id);
        }
        auto team = ks.teamLevels(w.admin, w.team, 1'800'000'000, rows);
        auto map = computeTeamMap(aspects, team.members, team.grid, ks.demand(w.admin, w.team, 0, 1'900'000'000));
        benchmark::DoNotOptimize(map);
      });
    });
  t.report(state);
}
void BM_TeamMapFromStore_500x150(benchmark::State& state) { teamMapFromStore(state, false); }
BENCHMARK(BM_TeamMapFromStore_500x150)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// What GET /teams/{id}/map does after routing: the above plus the T-shapes, the compact JSON
// (ADR 0008: one digit per level, names once; 1.4 MB before, under 200 KB for 500 × 150) and its
// serialisation. json_kB reports the answer's size.
void teamMapResponse(benchmark::State& state, bool postgres) {
  auto& w = storeWorld(postgres);
  vk::store::KnowledgeStore ks(w.store->db());
  Timings t;
  size_t bytes = 0;
  for (auto _ : state)
    t.measure([&] {
      w.store->db().readScope([&] {
        auto body = boost::json::serialize(vk::api::teamMapView(ks, w.admin, w.team, "", 90, 1'800'000'000));
        bytes = body.size();
        benchmark::DoNotOptimize(body);
      });
    });
  t.report(state);
  state.counters["json_kB"] = static_cast<double>(bytes) / 1024.0;
}
void BM_TeamMapResponse_500x150(benchmark::State& state) { teamMapResponse(state, false); }
BENCHMARK(BM_TeamMapResponse_500x150)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same two on PostgreSQL; the thread-CPU figures leave out the server's own work.
const bool kPostgres = [] {
  if (!std::getenv("VK_TEST_PG")) return false;
  benchmark::RegisterBenchmark("BM_TeamMapFromStore_500x150_Postgres",
                               [](benchmark::State& s) { teamMapFromStore(s, true); })
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0);
  benchmark::RegisterBenchmark("BM_TeamMapResponse_500x150_Postgres",
                               [](benchmark::State& s) { teamMapResponse(s, true); })
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0);
  return true;
}();

}  // namespace
