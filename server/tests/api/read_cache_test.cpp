// The read cache (sessions and cacheable reads served from memory on SQLite) must never
// serve what a write has changed: after a role change, a log-out, a session's expiry, or a
// write by another connection to the same store file (as another process would make).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "api/credentials.hpp"
#include "api/read_cache.hpp"
#include "harness.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class ReadCacheApi : public ::testing::TestWithParam<std::string> {};

std::string roleOf(const json::value& members, int64_t userId) {
  for (auto& m : members.at("items").as_array())
    if (m.at("id").as_int64() == userId) return std::string(m.at("role").as_string());
  return "";
}

TEST_P(ReadCacheApi, AWriteThroughTheApiIsSeenAtOnce) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  ASSERT_EQ(admin.login("admin@org1.test").status, 200);
  auto members = "/api/v1/teams/" + std::to_string(w.teamA) + "/members";
  EXPECT_EQ(roleOf(admin.get(members).json(), w.member), "member");
  EXPECT_EQ(roleOf(admin.get(members).json(), w.member), "member");  // now from memory on SQLite
  auto put = admin.put(members + "/" + std::to_string(w.member), json::object{{"role", "supervisor"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(roleOf(admin.get(members).json(), w.member), "supervisor");
}

TEST_P(ReadCacheApi, ASessionEndsEverywhereAtOnce) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("member@org1.test").status, 200);
  ASSERT_EQ(c.get("/api/v1/me").status, 200);
  ASSERT_EQ(c.get("/api/v1/me").status, 200);
  Client same = c;  // the same cookie, as a second tab would send it
  ASSERT_EQ(c.del("/api/v1/session").status, 204);
  EXPECT_EQ(same.get("/api/v1/me").status, 401);
  EXPECT_EQ(same.get("/api/v1/teams").status, 401);
}

TEST_P(ReadCacheApi, AnExpiredSessionIsNotServedFromMemory) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("member@org1.test").status, 200);
  ASSERT_EQ(c.get("/api/v1/teams").status, 200);
  srv.now += srv.app().config().sessionSeconds + 1;  // time passes; nothing is written
  EXPECT_EQ(c.get("/api/v1/teams").status, 401);
}

TEST_P(ReadCacheApi, AWriteByAnotherConnectionIsSeenSoon) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("member@org1.test").status, 200);
  ASSERT_EQ(c.get("/api/v1/teams").json().at("items").as_array()[0].at("name").as_string(), "Team A org1");
  // Another store object on the same database stands in for another process.
  auto other = store::openStore(srv.url);
  other->db().write([&](store::Conn& conn) {
    conn.query("UPDATE teams SET name = $1 WHERE id = $2", {std::string("Team Anders"), w.teamA});
  });
  std::string name;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    name = std::string(c.get("/api/v1/teams").json().at("items").as_array()[0].at("name").as_string());
    if (name == "Team Anders") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(name, "Team Anders");
}

// The team map reads the clock (its demand window), so it is cached within the minute only
// (Route::clockStep): a write shows at once, and a question that leaves the window leaves the
// map in the next minute, though nothing was written.
TEST_P(ReadCacheApi, TheTeamMapFollowsWritesAtOnceAndTheClockByTheMinute) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client member(srv.port());
  member.cookie = api::randomToken();  // a session that outlasts the days the clock moves below
  member.csrf = api::randomToken();
  srv.store().createSession(api::tokenHash(member.cookie), w.member, member.csrf, srv.now, srv.now + 3 * 86400);
  std::string team = "/api/v1/teams/" + std::to_string(w.teamA);
  auto demand = [&] {
    auto map = member.get(team + "/map?domain=inkomen&days=1");
    EXPECT_EQ(map.status, 200) << map.body;
    int64_t n = 0;
    auto body = map.json();
    for (auto& a : body.at("aspects").as_array()) n += a.at("demand").as_int64();
    return n;
  };
  int64_t none = demand();
  EXPECT_EQ(demand(), none);
  int64_t asked = srv.now;
  auto q = member.post(team + "/help-questions", json::object{{"text", "Hij heeft schulden en een betalingsachterstand."}});
  ASSERT_EQ(q.status, 201) << q.body;
  int64_t withQuestion = demand();
  EXPECT_GT(withQuestion, none) << "a write shows at once, in the same minute";
  srv.now = asked + 86400 - 120;  // the last minutes of its day: still in the window
  EXPECT_EQ(demand(), withQuestion);
  EXPECT_EQ(demand(), withQuestion);
  srv.now = asked + 86400 + 120;  // out of the window, and nothing was written meanwhile
  EXPECT_EQ(demand(), none);
}

INSTANTIATE_TEST_SUITE_P(Stores, ReadCacheApi, ::testing::ValuesIn(backends()));

TEST(ReadCache, EntriesLiveOnlyInTheirGeneration) {
  api::ReadCache cache(8);
  store::SessionInfo s{domain::Actor{1, 1, false}, "csrf", 100};
  cache.putSession("h", 5, s);
  ASSERT_TRUE(cache.session("h", 5, 50));
  EXPECT_FALSE(cache.session("h", 5, 100)) << "expired at 100";
  EXPECT_FALSE(cache.session("h", 6, 50)) << "a newer generation drops it";
  EXPECT_FALSE(cache.session("h", 5, 50)) << "and an older reader cannot bring it back";
  cache.putSession("h", 5, s);
  EXPECT_FALSE(cache.session("h", 6, 50)) << "nothing is stored under an older generation";

  http::Response r = http::Response::json(200, "[1]");
  cache.putResponse("k", 6, r);
  auto hit = cache.response("k", 6);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->body, "[1]");
  EXPECT_FALSE(cache.response("k", 7));
}

TEST(ReadCache, StaysWithinItsSize) {
  api::ReadCache cache(2);
  http::Response r = http::Response::json(200, "{}");
  cache.putResponse("a", 1, r);
  cache.putResponse("b", 1, r);
  cache.putResponse("c", 1, r);  // full: starts again
  EXPECT_FALSE(cache.response("a", 1));
  EXPECT_TRUE(cache.response("c", 1));
}

}  // namespace
}  // namespace vk::test
