// First-run set-up, log-in, sessions, CSRF, password change and lock-out, over real
// HTTP against each store.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Auth : public ::testing::TestWithParam<std::string> {};

TEST(Environment, PostgresPresentWhenRequired) {
  const char* require = std::getenv("VK_REQUIRE_PG");
  if (require && std::string(require) == "1") ASSERT_NE(std::getenv("VK_TEST_PG"), nullptr);
}

TEST_P(Auth, FirstRunSetupThenOnlyOnce) {
  TestServer srv(GetParam());
  Client c(srv.port());
  EXPECT_EQ(c.get("/api/v1/setup").json().at("needed").as_bool(), true);
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
  auto res = c.post("/api/v1/setup", json::object{{"organisation", "Wijkteams Teststad"},
                                                   {"name", "Anne Beheer"},
                                                   {"email", " Anne@Teststad.NL "},
                                                   {"password", "een-lang-wachtwoord"}});
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_NE(res.header("set-cookie").find("HttpOnly"), std::string::npos);
  EXPECT_NE(res.header("set-cookie").find("SameSite=Strict"), std::string::npos);
  auto me = res.json().as_object();
  EXPECT_EQ(me.at("user").at("email").as_string(), "anne@teststad.nl");
  EXPECT_TRUE(me.at("user").at("orgAdmin").as_bool());
  EXPECT_EQ(me.at("organisation").at("name").as_string(), "Wijkteams Teststad");
  EXPECT_EQ(c.get("/api/v1/me").status, 200);
  EXPECT_EQ(c.get("/api/v1/setup").json().at("needed").as_bool(), false);

  Client other(srv.port());
  auto again = other.post("/api/v1/setup", json::object{{"organisation", "Kaper"},
                                                         {"name", "K"},
                                                         {"email", "k@kaper.nl"},
                                                         {"password", "een-lang-wachtwoord"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.header("content-type"), "application/problem+json");
  EXPECT_EQ(other.login("k@kaper.nl", "een-lang-wachtwoord").status, 401);
}

TEST_P(Auth, SetupValidatesEveryField) {
  TestServer srv(GetParam());
  Client c(srv.port());
  auto res = c.post("/api/v1/setup",
                    json::object{{"organisation", ""}, {"name", "A"}, {"email", "geen-adres"}, {"password", "kort"}});
  ASSERT_EQ(res.status, 400);
  auto errors = res.json().at("errors").as_array();
  std::set<std::string> fields;
  for (auto& e : errors) fields.insert(std::string(e.at("field").as_string()));
  EXPECT_EQ(fields, (std::set<std::string>{"organisation", "email", "password"}));
  EXPECT_EQ(c.get("/api/v1/setup").json().at("needed").as_bool(), true);  // nothing was half-created
}

TEST_P(Auth, LoginLogoutAndSessionRevocation) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  auto bad = c.login("member@org1.test", "verkeerd-wachtwoord");
  EXPECT_EQ(bad.status, 401);
  EXPECT_EQ(bad.json().at("title").as_string(), "Het e-mailadres of het wachtwoord klopt niet.");
  EXPECT_EQ(c.login("niemand@org1.test", "verkeerd-wachtwoord").status, 401);
  ASSERT_EQ(c.login("MEMBER@org1.test").status, 200);
  auto me = c.get("/api/v1/me").json();
  EXPECT_EQ(me.at("user").at("id").as_int64(), w.member);
  ASSERT_EQ(me.at("teams").as_array().size(), 1u);
  EXPECT_EQ(me.at("teams").at(0).at("role").as_string(), "member");
  std::string oldCookie = c.cookie;
  auto out = c.del("/api/v1/session");
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  c.cookie = oldCookie;  // a revoked token stays revoked
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST_P(Auth, SessionsExpire) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("member@org1.test").status, 200);
  srv.now += srv.app().config().sessionSeconds + 1;
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST_P(Auth, ChangesNeedTheCsrfToken) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("admin@org1.test").status, 200);
  c.sendCsrf = false;
  auto res = c.post("/api/v1/teams", json::object{{"name", "Zonder token"}});
  EXPECT_EQ(res.status, 403);
  c.sendCsrf = true;
  std::string good = c.csrf;
  c.csrf = "verkeerd";
  EXPECT_EQ(c.post("/api/v1/teams", json::object{{"name", "Fout token"}}).status, 403);
  c.csrf = good;
  EXPECT_EQ(c.post("/api/v1/teams", json::object{{"name", "Met token"}}).status, 201);
  auto teams = c.get("/api/v1/teams").json().at("items").as_array();
  EXPECT_EQ(teams.size(), 3u);  // A, B and the one made with the token
  (void)w;
}

TEST_P(Auth, PasswordChangeEndsOtherSessions) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client phone(srv.port()), laptop(srv.port());
  ASSERT_EQ(phone.login("member@org1.test").status, 200);
  ASSERT_EQ(laptop.login("member@org1.test").status, 200);
  auto wrong = laptop.put("/api/v1/me/password",
                          json::object{{"currentPassword", "niet-het-goede"}, {"newPassword", "nieuw-wachtwoord-2"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.json().at("errors").at(0).at("field").as_string(), "currentPassword");
  auto weak = laptop.put("/api/v1/me/password", json::object{{"currentPassword", kPassword}, {"newPassword", "kort"}});
  EXPECT_EQ(weak.status, 400);
  auto ok = laptop.put("/api/v1/me/password",
                       json::object{{"currentPassword", kPassword}, {"newPassword", "nieuw-wachtwoord-2"}});
  EXPECT_EQ(ok.status, 204);
  EXPECT_EQ(laptop.get("/api/v1/me").status, 200);
  EXPECT_EQ(phone.get("/api/v1/me").status, 401);
  Client fresh(srv.port());
  EXPECT_EQ(fresh.login("member@org1.test").status, 401);
  EXPECT_EQ(fresh.login("member@org1.test", "nieuw-wachtwoord-2").status, 200);
}

TEST_P(Auth, WrongPasswordManyTimesLocksTheAccountForAWhile) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 5; ++i) EXPECT_EQ(c.login("member@org1.test", "fout-" + std::to_string(i)).status, 401);
  auto locked = c.login("member@org1.test");  // even the right password, for now
  EXPECT_EQ(locked.status, 429);
  EXPECT_FALSE(locked.header("retry-after").empty());
  EXPECT_NE(std::string(locked.json().at("title").as_string()).find("geblokkeerd"), std::string::npos);
  EXPECT_EQ(c.get("/api/v1/health").status, 200);  // the server keeps serving
  Client colleague(srv.port());
  EXPECT_EQ(colleague.login("lead@org1.test").status, 200);  // others are not locked out
  srv.now += 15 * 60 + 1;
  EXPECT_EQ(c.login("member@org1.test").status, 200);
}

TEST_P(Auth, LoginAttemptsPerAddressAreRateLimited) {
  api::Config cfg;
  cfg.loginAttemptsPerWindow = 3;
  TestServer srv(GetParam(), cfg);
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 3; ++i) EXPECT_EQ(c.login("nobody" + std::to_string(i) + "@org1.test", "x-x-x-x-x-x").status, 401);
  auto limited = c.login("member@org1.test");
  EXPECT_EQ(limited.status, 429);
  EXPECT_FALSE(limited.header("retry-after").empty());
  srv.now += cfg.loginWindowSeconds;
  EXPECT_EQ(c.login("member@org1.test").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Stores, Auth, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
