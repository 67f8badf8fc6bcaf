// The database executor (docs/adr/0013-database-executor.md): on PostgreSQL a request's database
// work runs on a pool of its own, so an I/O thread never waits for the database server. With one
// I/O thread, a request that waits for a lock held elsewhere holds up no other request; a full
// executor answers a Dutch 503 at once while the I/O thread goes on serving; one read request's
// reads share one transaction, and a write inside it steps out of it.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <future>
#include <thread>

#include <libpq-fe.h>

#include "harness.hpp"
#include "live_socket.hpp"
#include "http/server.hpp"

namespace vk::test {
namespace {

using Clock = std::chrono::steady_clock;

// A server with one I/O thread and the App's own refusals, whose /slow requests run on a
// database executor of one thread (at most two waiting) and wait until the test lets them go.
TEST(DatabaseExecutor, AFullExecutorAnswers503WhileTheIoThreadGoesOn) {
  TestServer app("sqlite");  // only for the App's refusals (its Dutch problem+json)
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> routedSlow{0}, running{0};
  http::Handler h = app.app().handler();
  h.databaseThreads = 1;
  h.databaseQueueLimit = 2;
  h.route = [&](http::Request& req) {
    if (req.path != "/slow")
      return http::Routed{http::Runs::Inline, [] { return http::Response::json(200, R"({"status":"ok"})"); }};
    ++routedSlow;
    return http::Routed{http::Runs::Database, [&] {
                          ++running;
                          released.wait();
                          return http::Response::json(200, R"({"slow":true})");
                        }};
  };
  http::ServerOptions so;
  so.port = 0;
  so.threads = 1;
  http::Server server(so, h);
  uint16_t port = server.start();

  auto first = std::async(std::launch::async, [&] { return Client(port).get("/slow"); });
  ASSERT_TRUE(eventually([&] { return running == 1; }));
  auto second = std::async(std::launch::async, [&] { return Client(port).get("/slow"); });  // waits in the queue
  ASSERT_TRUE(eventually([&] { return routedSlow == 2; }));

  auto third = Client(port).get("/slow");
  EXPECT_EQ(third.status, 503) << third.body;
  EXPECT_NE(third.header("content-type").find("application/problem+json"), std::string::npos);
  EXPECT_NE(third.body.find("te druk"), std::string::npos) << third.body;
  auto inline_ = Client(port).get("/other");  // the one I/O thread is free
  EXPECT_EQ(inline_.status, 200) << inline_.body;
  EXPECT_EQ(running.load(), 1);

  release.set_value();
  EXPECT_EQ(first.get().status, 200);
  EXPECT_EQ(second.get().status, 200);
  EXPECT_EQ(Client(port).get("/slow").status, 200);  // the queue has room again
  server.stop();
  server.join();
}

class PostgresExecutor : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::getenv("VK_TEST_PG")) GTEST_SKIP() << "VK_TEST_PG not set";
    // Long enough that a request held up by the lock below would still be waiting when the
    // test lets the lock go: then it fails on its status, not on a time.
    ::setenv("VAKKOMPAS_DB_TIMEOUT_SECONDS", "20", 1);
    srv = std::make_unique<TestServer>("postgres", api::Config{}, 1);  // one I/O thread
    ::unsetenv("VAKKOMPAS_DB_TIMEOUT_SECONDS");
    w = buildWorld(srv->store(), srv->now);
  }
  std::unique_ptr<TestServer> srv;
  World w;
};

// A connection of the test's own that holds a table lock while the server's statements wait.
class Blocker {
 public:
  explicit Blocker(const std::string& url) : conn_(PQconnectdb(url.c_str())) {}
  ~Blocker() { PQfinish(conn_); }
  bool ok() const { return PQstatus(conn_) == CONNECTION_OK; }
  bool exec(const char* sql) {
    PGresult* r = PQexec(conn_, sql);
    auto st = PQresultStatus(r);
    PQclear(r);
    return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
  }
  bool lock(const std::string& table) {
    return exec("BEGIN") && exec(("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE").c_str());
  }
  bool release() { return exec("ROLLBACK"); }
  // Inside the lock's transaction pg_stat_activity is read once and kept: clear that first.
  int waitersOnLocks() {
    exec("SELECT pg_stat_clear_snapshot()");
    PGresult* r = PQexec(conn_, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
    int n = PQresultStatus(r) == PGRES_TUPLES_OK ? std::atoi(PQgetvalue(r, 0, 0)) : -1;
    PQclear(r);
    return n;
  }

 private:
  PGconn* conn_;
};

TEST_F(PostgresExecutor, ARequestWaitingForALockHoldsUpNoOtherRequest) {
  Client waiting(srv->port()), other(srv->port()), anyone(srv->port());
  signIn(*srv, waiting, w.member);
  signIn(*srv, other, w.lead);
  ASSERT_EQ(waiting.get("/api/v1/me/profile").status, 200);

  Blocker blocker(srv->url);
  ASSERT_TRUE(blocker.ok());
  ASSERT_TRUE(blocker.lock("knowledge_levels"));
  auto held = std::async(std::launch::async, [&] { return waiting.get("/api/v1/me/profile"); });
  ASSERT_TRUE(eventually([&] { return blocker.waitersOnLocks() >= 1; })) << "the profile read never reached the lock";

  // Meanwhile the one I/O thread serves others: a health check (a statement of its own) and a
  // logged-in read that needs no locked table. Held up, they would wait for the lock's end.
  auto health = anyone.get("/api/v1/health");
  EXPECT_EQ(health.status, 200) << health.body;
  auto members = other.get("/api/v1/teams/" + std::to_string(w.teamA) + "/members");
  EXPECT_EQ(members.status, 200) << members.body;
  EXPECT_EQ(held.wait_for(std::chrono::seconds(0)), std::future_status::timeout) << "the lock should still hold it";

  ASSERT_TRUE(blocker.release());
  auto profile = held.get();
  EXPECT_EQ(profile.status, 200) << profile.body;
}

// A live session on the same one I/O thread: a thought whose write waits for a lock, and a
// phone whose upgrade waits for one, hold up neither the room's other phones nor HTTP. Held up
// on the I/O thread, the facilitator's pong and the health check would wait for the lock's end
// (and the waiting statement would fail on its timeout instead of being answered).
struct LiveRoom {
  LiveRoom(TestServer& srv, const World& w) : lead(srv.port()), member(srv.port()) {
    signIn(srv, lead, w.lead);
    signIn(srv, member, w.member);
    auto res = lead.post("/api/v1/teams/" + std::to_string(w.teamA) + "/live-sessions",
                         boost::json::object{{"title", "Dagdeel op slot"}});
    EXPECT_EQ(res.status, 201) << res.body;
    socket = "/api/v1/live/sessions/" + std::to_string(res.json().at("id").as_int64()) + "/socket";
  }
  Client lead, member;
  std::string socket;
};

bool pongs(Ws& ws) {
  ws.send(boost::json::object{{"type", "ping"}});
  auto f = ws.next();
  return f && f->at("type") == "pong";
}

TEST_F(PostgresExecutor, ALiveThoughtWaitingForALockHoldsUpNoOtherPhone) {
  LiveRoom room(*srv, w);
  Ws facilitator(srv->port(), room.socket, room.lead.cookie), phone(srv->port(), room.socket, room.member.cookie);
  ASSERT_TRUE(facilitator.ok() && phone.ok());
  facilitator.until("welcome");
  phone.until("welcome");

  Blocker blocker(srv->url);
  ASSERT_TRUE(blocker.ok());
  ASSERT_TRUE(blocker.lock("live_events"));
  phone.submit("op-slot-1", "thought", {{"text", "Een gedachte die even wacht"}});
  ASSERT_TRUE(eventually([&] { return blocker.waitersOnLocks() >= 1; })) << "the thought never reached the lock";

  EXPECT_TRUE(pongs(facilitator)) << "the facilitator's ping waited for the locked write";
  EXPECT_EQ(Client(srv->port()).get("/api/v1/health").status, 200);

  ASSERT_TRUE(blocker.release());
  auto ack = phone.until("ack");
  EXPECT_EQ(ack.at("clientId"), "op-slot-1");
  EXPECT_EQ(facilitator.until("event").at("data").at("text"), "Een gedachte die even wacht");
}

TEST_F(PostgresExecutor, AnUpgradeWaitingForALockHoldsUpNoOtherPhone) {
  LiveRoom room(*srv, w);
  Ws facilitator(srv->port(), room.socket, room.lead.cookie);
  ASSERT_TRUE(facilitator.ok());
  facilitator.until("welcome");

  Blocker blocker(srv->url);
  ASSERT_TRUE(blocker.ok());
  ASSERT_TRUE(blocker.lock("live_sessions"));
  auto joining = std::async(std::launch::async, [&] {
    Ws phone(srv->port(), room.socket, room.member.cookie);
    return phone.ok() ? std::string(phone.until("welcome").at("type").as_string()) : "status " + std::to_string(phone.status());
  });
  ASSERT_TRUE(eventually([&] { return blocker.waitersOnLocks() >= 1; })) << "the upgrade never reached the lock";

  EXPECT_TRUE(pongs(facilitator)) << "the facilitator's ping waited for the locked upgrade";
  EXPECT_EQ(Client(srv->port()).get("/api/v1/health").status, 200);
  EXPECT_EQ(joining.wait_for(std::chrono::seconds(0)), std::future_status::timeout) << "the lock should still hold it";

  ASSERT_TRUE(blocker.release());
  EXPECT_EQ(joining.get(), "welcome");
}

// A phone that resends a thought on a new connection while its first connection's write is
// still waiting (here for a lock; in a storm for the pool or another instance): both writes get
// past the "already there?" check, the store's unique key refuses the second, and the phone
// gets the first's number back as a duplicate, never an error.
TEST_F(PostgresExecutor, AThoughtResentWhileItsFirstWriteWaitsIsAcknowledgedOnce) {
  LiveRoom room(*srv, w);
  Ws first(srv->port(), room.socket, room.member.cookie), second(srv->port(), room.socket, room.member.cookie);
  ASSERT_TRUE(first.ok() && second.ok());
  first.until("welcome");
  second.until("welcome");

  Blocker blocker(srv->url);
  ASSERT_TRUE(blocker.ok());
  ASSERT_TRUE(blocker.lock("live_sessions"));
  first.submit("twee-keer-1", "thought", {{"text", "Eén keer bedoeld"}});
  second.submit("twee-keer-1", "thought", {{"text", "Eén keer bedoeld"}});
  ASSERT_TRUE(eventually([&] { return blocker.waitersOnLocks() >= 2; })) << "both writes should wait for the lock";
  ASSERT_TRUE(blocker.release());

  auto a = first.until("ack"), b = second.until("ack");
  EXPECT_EQ(a.at("seq"), b.at("seq"));
  EXPECT_NE(a.at("duplicate").as_bool(), b.at("duplicate").as_bool()) << "one is the first, one the duplicate";
}

// A read request's reads share one transaction on one connection (readScope, its BEGIN sent with
// the first statement and its COMMIT read by the connection's next user), and statements are
// prepared per connection. Many requests at once over the few pooled connections, reads and
// writes mixed: a connection left in a transaction, with an unread answer or with a prepared
// statement it does not have would show as an error.
TEST_F(PostgresExecutor, ManyReadsAndWritesAtOnceShareThePoolCleanly) {
  Client lead(srv->port());
  signIn(*srv, lead, w.lead);
  std::vector<std::future<int>> results;
  for (int i = 0; i < 48; ++i)
    results.push_back(std::async(std::launch::async, [&, i] {
      Client c(srv->port());
      signIn(*srv, c, i % 2 ? w.member : w.lead);
      int bad = 0;
      for (int k = 0; k < 5; ++k) {
        if (c.get("/api/v1/me").status != 200) ++bad;
        if (c.get("/api/v1/teams/" + std::to_string(w.teamA) + "/map").status != 200) ++bad;
        if (i % 4 == 0 && c.put("/api/v1/me/profile",
                                boost::json::object{{"items", boost::json::array{boost::json::object{
                                                                  {"id", "schuldhulpverlening"},
                                                                  {"level", k % 2 ? "gezel" : "meester"},
                                                                  {"wantsToLearn", false}}}}})
                                  .status != 200)
          ++bad;
      }
      return bad;
    }));
  int bad = 0;
  for (auto& r : results) bad += r.get();
  EXPECT_EQ(bad, 0);
  auto map = lead.get("/api/v1/teams/" + std::to_string(w.teamA) + "/map");
  EXPECT_EQ(map.status, 200) << map.body;
}

}  // namespace
}  // namespace vk::test
