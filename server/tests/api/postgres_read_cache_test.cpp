// The read cache on PostgreSQL (store/postgres/pg_db.cpp): two Db instances on one database,
// as two Vakkompas instances on one PostgreSQL. A write on one moves the other's change
// generation (LISTEN/NOTIFY), so its cached answers end; a listener that is disconnected and
// cannot come back makes changeGeneration() nullopt, so nothing is cached meanwhile.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <thread>

#include <libpq-fe.h>

#include "harness.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

using Clock = std::chrono::steady_clock;

// ALTER DATABASE on another database's connection (VK_TEST_PG names the cluster's postgres).
void onCluster(const std::string& sql) {
  PGconn* c = PQconnectdb(std::getenv("VK_TEST_PG"));
  PGresult* r = PQexec(c, sql.c_str());
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  std::string msg = PQerrorMessage(c);
  PQclear(r);
  PQfinish(c);
  ASSERT_TRUE(ok) << msg;
}

class PostgresReadCache : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::getenv("VK_TEST_PG")) GTEST_SKIP() << "VK_TEST_PG not set";
    url = freshStoreUrl("postgres");
    name = url.substr(url.rfind('/') + 1);
    a = store::openStore(url);
    a->migrate();
    b = store::openStore(url);
  }
  std::string url, name;
  std::unique_ptr<store::Store> a, b;
};

TEST_F(PostgresReadCache, AWriteOnOneInstanceMovesTheOthersGeneration) {
  ASSERT_TRUE(eventually([&] { return a->db().changeGeneration() && b->db().changeGeneration(); }));
  auto before = *b->db().changeGeneration();
  auto mineBefore = *a->db().changeGeneration();
  a->db().write([](store::Conn& c) { c.script("CREATE TABLE IF NOT EXISTS cache_probe (x BIGINT)"); });
  // The writer's own generation moves at once, after its commit.
  EXPECT_GT(*a->db().changeGeneration(), mineBefore);
  EXPECT_TRUE(eventually([&] {
    auto g = b->db().changeGeneration();
    return g && *g > before;
  }));
  // A read moves nothing.
  auto afterWrite = *a->db().changeGeneration();
  a->db().read([](store::Conn& c) { c.query("SELECT 1"); });
  EXPECT_EQ(*a->db().changeGeneration(), afterWrite);
}

TEST_F(PostgresReadCache, ADisconnectedListenerTurnsCachingOff) {
  ASSERT_TRUE(eventually([&] { return b->db().changeGeneration().has_value(); }));
  // No new connection to this database may start; the pools' open ones go on.
  onCluster("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
  a->db().read([&](store::Conn& c) {
    c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'vakkompas-cache' AND datname = current_database()");
  });
  EXPECT_TRUE(eventually([&] { return !b->db().changeGeneration().has_value(); }));
  onCluster("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
  EXPECT_TRUE(eventually([&] { return b->db().changeGeneration().has_value(); }));
}

}  // namespace
}  // namespace vk::test
