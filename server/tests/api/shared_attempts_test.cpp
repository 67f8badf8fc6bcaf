// Limits against guessing hold across instances (docs/adr/0014-shared-attempt-limits.md): two
// Vakkompas instances on one PostgreSQL database (as on a national day) count the same failed
// log-ins and wrong join codes, so an attacker does not get N times the tries from N
// instances. And on each store: the counts are stored under keyed hashes only, and old ones go.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>

#include "harness.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

// Every instance runs with the same server key (docs/operations.md, "Every instance").
api::Config withSharedKey(api::Config cfg) {
  cfg.secretKey = std::string(32, 'k');
  return cfg;
}

bool hasPostgres() {
  for (auto& b : backends())
    if (b == "postgres") return true;
  return false;
}

// Instance A on a fresh PostgreSQL database, instance B on the same database, one clock.
struct TwoInstances {
  explicit TwoInstances(const api::Config& cfg) : a("postgres", withSharedKey(cfg)), b(a.url, withSharedKey(cfg)) {}
  void wait(int64_t seconds) {
    a.now += seconds;
    b.now += seconds;
  }
  TestServer a;
  TestServer b;
};

TEST(SharedAttempts, FailedLogInsOnOneInstanceSlowDownTheAccountOnTheOther) {
  if (!hasPostgres()) GTEST_SKIP() << "needs PostgreSQL (VK_TEST_PG)";
  api::Config cfg;
  cfg.loginAttemptsPerWindow = 1000;  // only the account's delay is under test here
  TwoInstances two(cfg);
  buildWorld(two.a.store(), two.a.now);
  Client onA(two.a.port()), onB(two.b.port());
  // Five wrong passwords from one address, three through A and two through B: the account is
  // slowed down on both (per instance, neither would have reached five).
  for (int i = 0; i < 3; ++i) ASSERT_EQ(onA.login("member@org1.test", "fout-a" + std::to_string(i)).status, 401);
  for (int i = 0; i < 2; ++i) ASSERT_EQ(onB.login("member@org1.test", "fout-b" + std::to_string(i)).status, 401);
  auto slowedA = onA.login("member@org1.test");
  EXPECT_EQ(slowedA.status, 429) << slowedA.body;
  EXPECT_EQ(slowedA.header("retry-after"), "1");
  EXPECT_EQ(slowedA.json().at("title").as_string(),
            "Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.");
  EXPECT_EQ(onB.login("member@org1.test").status, 429);
  // After the wait the right password gets in on B, and A forgets the failures as well.
  two.wait(1);
  EXPECT_EQ(onB.login("member@org1.test").status, 200);
  Client again(two.a.port());
  EXPECT_EQ(again.login("member@org1.test", "nog-een-typo").status, 401);
  EXPECT_EQ(again.login("member@org1.test").status, 200);
}

TEST(SharedAttempts, AnAddressesFailedLogInsAddUpOverInstances) {
  if (!hasPostgres()) GTEST_SKIP() << "needs PostgreSQL (VK_TEST_PG)";
  api::Config cfg;
  cfg.loginAttemptsPerWindow = 4;
  TwoInstances two(cfg);
  buildWorld(two.a.store(), two.a.now);
  Client onA(two.a.port()), onB(two.b.port());
  for (int i = 0; i < 2; ++i) ASSERT_EQ(onA.login("niemand" + std::to_string(i) + "@org1.test", "x").status, 401);
  for (int i = 2; i < 4; ++i) ASSERT_EQ(onB.login("niemand" + std::to_string(i) + "@org1.test", "x").status, 401);
  auto limited = onA.login("member@org1.test");
  EXPECT_EQ(limited.status, 429) << limited.body;
  EXPECT_EQ(limited.header("retry-after"), "300");
  EXPECT_EQ(onB.login("member@org1.test").status, 429);
  two.wait(300);  // the window is over, on both
  EXPECT_EQ(onB.login("member@org1.test").status, 200);
}

TEST(SharedAttempts, WrongJoinCodesOnOneInstanceCountOnTheOther) {
  if (!hasPostgres()) GTEST_SKIP() << "needs PostgreSQL (VK_TEST_PG)";
  api::Config cfg;
  cfg.liveWrongCodesPerAddress = 3;
  TwoInstances two(cfg);
  World w = buildWorld(two.a.store(), two.a.now);
  Client lead(two.a.port());
  signIn(two.a, lead, w.lead);
  auto created = lead.post("/api/v1/teams/" + std::to_string(w.teamA) + "/live-sessions",
                           json::object{{"title", "Landelijke dag"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string code(created.json().at("joinCode").as_string());
  auto join = [&](TestServer& on, const std::string& c) {
    Client guest(on.port());
    return guest.post("/api/v1/live/guests", json::object{{"code", c}, {"name", "Raden"}});
  };
  ASSERT_EQ(join(two.a, "AAAAAA").status, 404);
  ASSERT_EQ(join(two.b, "AAAAAB").status, 404);
  ASSERT_EQ(join(two.a, "AAAAAC").status, 404);
  auto limited = join(two.b, code);  // even the right code waits now, on either instance
  EXPECT_EQ(limited.status, 429) << limited.body;
  EXPECT_NE(limited.body.find("verkeerde codes"), std::string::npos) << limited.body;
  EXPECT_EQ(join(two.a, code).status, 429);
  two.wait(cfg.liveJoinWindowSeconds);
  EXPECT_EQ(join(two.b, code).status, 201);
}

class AttemptCounts : public ::testing::TestWithParam<std::string> {};

// The table holds keyed hashes, never an e-mail address or a client address, and a count that
// is over (24 hours without a failure for an account, the window for an address) is deleted.
TEST_P(AttemptCounts, AreKeyedHashesAndOldOnesGo) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 3; ++i) ASSERT_EQ(c.login("member@org1.test", "fout").status, 401);
  auto keys = [&] {
    std::vector<std::string> out;
    srv.store().db().read([&](store::Conn& conn) {
      auto r = conn.query("SELECT key_hash FROM attempt_counts");
      for (size_t i = 0; i < r.size(); ++i) out.push_back(r[i].str(0));
    });
    return out;
  };
  auto stored = keys();
  EXPECT_EQ(stored.size(), 3u);  // the address, the account, the account from this address
  for (auto& k : stored) {
    EXPECT_EQ(k.size(), 64u) << k;
    EXPECT_EQ(k.find_first_not_of("0123456789abcdef"), std::string::npos) << k;
    EXPECT_EQ(k.find("member"), std::string::npos);
    EXPECT_EQ(k.find("127.0.0.1"), std::string::npos);
  }
  srv.now += 24 * 3600;
  ASSERT_EQ(c.login("lead@org1.test", "fout").status, 401);  // a failure a day later clears what is over
  auto now = keys();
  EXPECT_EQ(now.size(), 3u);  // the address counted anew, the other account, and that account from here
  int kept = 0;
  for (auto& k : now) kept += static_cast<int>(std::count(stored.begin(), stored.end(), k));
  EXPECT_EQ(kept, 1);  // only the address's key, with a new count: the first account's are gone
}

// The right password forgets the account's failures even below the point where they slow it
// down (no wait, but failures on record), and leaves the address's count as it is.
TEST_P(AttemptCounts, ARightPasswordForgetsTheAccountsFailuresBelowTheDelay) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 3; ++i) ASSERT_EQ(c.login("member@org1.test", "fout").status, 401);
  auto rows = [&] {
    int n = 0;
    srv.store().db().read([&](store::Conn& conn) { n = static_cast<int>(conn.query("SELECT key_hash FROM attempt_counts").size()); });
    return n;
  };
  ASSERT_EQ(rows(), 3);  // the address, the account, the account from this address
  ASSERT_EQ(c.login("member@org1.test").status, 200);
  EXPECT_EQ(rows(), 1);  // only the address's count is left
  for (int i = 0; i < 4; ++i) ASSERT_EQ(c.login("member@org1.test", "fout").status, 401);  // 4 of the 5 free again
  EXPECT_EQ(c.login("member@org1.test").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Stores, AttemptCounts, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
