// A PostgreSQL that goes down: the instance answers a Dutch 503 problem+json within its timeout
// (VAKKOMPAS_DB_TIMEOUT_SECONDS) for a logged-in read and a write, health says the database is
// unreachable, the failed write leaves nothing behind, and once PostgreSQL is back the same
// requests succeed without restarting the server. Runs on a cluster of its own (PgCluster),
// stopped with pg_ctl stop -m immediate as if it died.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <thread>

#include <libpq-fe.h>

#include "harness.hpp"
#include "pg_cluster.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr int kTimeoutSeconds = 3;
// Recovery takes as long as the machine needs: polled every 200 ms, at most two minutes.
constexpr std::chrono::seconds kRecovery{120};
constexpr std::chrono::milliseconds kPoll{200};

json::object profileWith(const char* aspect, const char* level) {
  return json::object{{"items", json::array{json::object{{"id", aspect}, {"level", level}, {"wantsToLearn", false}}}}};
}

bool hasAspect(const Res& profile, const std::string& aspect) {
  auto body = profile.json();
  if (!body.is_object() || !body.as_object().contains("items")) return false;
  for (auto& item : body.at("items").as_array())
    if (item.at("id").as_string() == aspect) return true;
  return false;
}

// A 503 problem+json in Dutch that says the database cannot be reached.
void expectOutage(const Res& r, const char* what) {
  EXPECT_EQ(r.status, 503) << what << ": " << r.body;
  EXPECT_NE(r.header("content-type").find("application/problem+json"), std::string::npos) << what;
  auto body = r.json();
  ASSERT_TRUE(body.is_object()) << what;
  EXPECT_EQ(body.at("status").as_int64(), 503) << what;
  EXPECT_NE(std::string(body.at("title").as_string()).find("De database is even niet bereikbaar"), std::string::npos)
      << what << ": " << r.body;
}

// A cluster of its own with a Vakkompas server on it (timeout kTimeoutSeconds) and a member
// whose profile holds one aspect, the state both tests start from.
class PostgresOutage : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!pg.available()) {
      if (std::getenv("VK_REQUIRE_PG")) FAIL() << "PostgreSQL server binaries (initdb, pg_ctl) not usable";
      GTEST_SKIP() << "no PostgreSQL server binaries";
    }
    ASSERT_TRUE(pg.start()) << "see " << pg.log();
    ::setenv("VAKKOMPAS_DB_TIMEOUT_SECONDS", std::to_string(kTimeoutSeconds).c_str(), 1);
    srv = std::make_unique<TestServer>(pg.url());
    ::unsetenv("VAKKOMPAS_DB_TIMEOUT_SECONDS");
    World w = buildWorld(srv->store(), srv->now);
    member = std::make_unique<Client>(srv->port());
    signIn(*srv, *member, w.member);
    ASSERT_EQ(member->put("/api/v1/me/profile", profileWith("schuldhulpverlening", "gezel")).status, 200);
  }

  // Once the database answers again, the same requests succeed without restarting the server;
  // the write that failed left nothing behind (the profile is what it was before), and it can
  // be made now.
  void expectRecoveredWithoutTheFailedWrite() {
    Res profile;
    EXPECT_TRUE(eventually([&] { return (profile = member->get("/api/v1/me/profile")).status == 200; }, kRecovery, kPoll))
        << profile.body;
    EXPECT_TRUE(hasAspect(profile, "schuldhulpverlening")) << profile.body;
    EXPECT_FALSE(hasAspect(profile, "gespreksvoering")) << profile.body;
    Res put;
    EXPECT_TRUE(eventually([&] {
      return (put = member->put("/api/v1/me/profile", profileWith("gespreksvoering", "meester"))).status == 200;
    }, kRecovery, kPoll)) << put.body;
  }

  PgCluster pg;
  std::unique_ptr<TestServer> srv;
  std::unique_ptr<Client> member;
};

TEST_F(PostgresOutage, AnswersDutch503AndRecoversWhenPostgresReturns) {
  Client& member = *this->member;
  Client anyone(srv->port());
  ASSERT_EQ(member.get("/api/v1/me/profile").status, 200);
  auto health = anyone.get("/api/v1/health");
  ASSERT_EQ(health.status, 200) << health.body;
  EXPECT_EQ(health.json().at("store").at("state").as_string(), "bereikbaar");

  ASSERT_TRUE(pg.stop());
  // Within the timeout: a generous ceiling for a busy machine; without the timeouts a request
  // would wait for TCP (minutes) or for ever.
  auto t0 = Clock::now();
  expectOutage(member.get("/api/v1/me/profile"), "a logged-in read");
  expectOutage(member.put("/api/v1/me/profile", profileWith("gespreksvoering", "meester")), "a write");
  EXPECT_LT(Clock::now() - t0, std::chrono::seconds(2 * (kTimeoutSeconds + 2) + 20));
  health = anyone.get("/api/v1/health");
  EXPECT_EQ(health.status, 503) << health.body;
  EXPECT_EQ(health.json().at("store").at("state").as_string(), "onbereikbaar");

  ASSERT_TRUE(pg.start()) << "see " << pg.log();
  expectRecoveredWithoutTheFailedWrite();
  EXPECT_TRUE(hasAspect(member.get("/api/v1/me/profile"), "gespreksvoering"));
  EXPECT_TRUE(eventually([&] { return anyone.get("/api/v1/health").status == 200; }, kRecovery, kPoll));
}

// A slow PostgreSQL: another session holds a lock the write needs. The statement timeout ends the
// wait with the same Dutch 503, the write leaves nothing behind, and once the lock goes it works.
TEST_F(PostgresOutage, ASlowDatabaseAnswers503WithinTheStatementTimeout) {
  Client& member = *this->member;

  PGconn* blocker = PQconnectdb(pg.url().c_str());
  ASSERT_EQ(PQstatus(blocker), CONNECTION_OK) << PQerrorMessage(blocker);
  auto exec = [&](const char* sql) {
    PGresult* r = PQexec(blocker, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok;
  };
  ASSERT_TRUE(exec("BEGIN"));
  ASSERT_TRUE(exec("LOCK TABLE knowledge_levels IN ACCESS EXCLUSIVE MODE"));
  expectOutage(member.put("/api/v1/me/profile", profileWith("gespreksvoering", "meester")), "a write that waits for a lock");
  ASSERT_TRUE(exec("ROLLBACK"));
  PQfinish(blocker);

  expectRecoveredWithoutTheFailedWrite();
}

}  // namespace
}  // namespace vk::test
