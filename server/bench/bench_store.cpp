// The store-backed read behind GET /api/v1/teams/{id}/members, without the network:
// session lookup, the team's members, and their JSON, on a SQLite demo store.
#include <benchmark/benchmark.h>

#include <boost/json.hpp>
#include <filesystem>

#include "api/credentials.hpp"
#include "api/foundation/views.hpp"
#include "app/demo.hpp"
#include "store/db.hpp"
#include "store/foundation/store.hpp"

namespace {

struct DemoStore {
  std::string path = (std::filesystem::temp_directory_path() / "vk-bench-store.db").string();
  std::unique_ptr<vk::store::Store> store;
  std::string tokenHash;
  int64_t teamId = 0;
  DemoStore() {
    std::filesystem::remove(path);
    store = vk::store::openStore("sqlite:" + path);
    store->migrate();
    vk::app::seedDemo(*store, 1'800'000'000);
    auto creds = store->credentialsByEmail(vk::app::kDemoMemberEmail);
    tokenHash = vk::api::tokenHash("bench-token");
    store->createSession(tokenHash, creds->userId, "csrf", 1'800'000'000, 1'900'000'000);
    auto s = store->session(tokenHash, 1'800'000'001);
    teamId = store->me(s->actor).teams.at(0).id;
  }
};

DemoStore& demo() {
  static DemoStore d;
  return d;
}

void BM_SessionLookup(benchmark::State& state) {
  auto& d = demo();
  for (auto _ : state) benchmark::DoNotOptimize(d.store->session(d.tokenHash, 1'800'000'001));
}
BENCHMARK(BM_SessionLookup);

void BM_TeamMembersRead(benchmark::State& state) {
  auto& d = demo();
  for (auto _ : state) {
    d.store->db().readScope([&] {  // as App does for every GET
      auto s = d.store->session(d.tokenHash, 1'800'000'001);
      auto members = d.store->teamMembers(s->actor, d.teamId);
      benchmark::DoNotOptimize(vk::api::items(members).body);
    });
  }
}
BENCHMARK(BM_TeamMembersRead);

}  // namespace
