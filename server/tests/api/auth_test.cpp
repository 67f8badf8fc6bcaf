// First-run set-up, log-in, sessions, CSRF, password change and log-in throttling, over real
// HTTP against each store.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <stdexcept>
#include <vector>

#include "api/client_address.hpp"

#include "harness.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Auth : public ::testing::TestWithParam<std::string> {};

TEST(Environment, PostgresPresentWhenRequired) {
  const char* require = std::getenv("VK_REQUIRE_PG");
  if (require && std::string(require) == "1") { ASSERT_NE(std::getenv("VK_TEST_PG"), nullptr); }
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

// Replaces "WrongPasswordManyTimesLocksTheAccountForAWhile": five wrong passwords no
// longer lock the account for 15 minutes; the next attempt waits a moment, and then the
// right password gets in.
TEST_P(Auth, WrongPasswordManyTimesSlowsTheAccountDownButNeverLocksIt) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 5; ++i) EXPECT_EQ(c.login("member@org1.test", "fout-" + std::to_string(i)).status, 401);
  auto slowed = c.login("member@org1.test");  // even the right password waits its turn
  EXPECT_EQ(slowed.status, 429);
  EXPECT_EQ(slowed.header("retry-after"), "1");
  EXPECT_EQ(slowed.json().at("title").as_string(),
            "Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.");
  EXPECT_EQ(c.get("/api/v1/health").status, 200);  // the server keeps serving
  Client colleague(srv.port());
  EXPECT_EQ(colleague.login("lead@org1.test").status, 200);  // others are not slowed down
  srv.now += 1;
  EXPECT_EQ(c.login("member@org1.test").status, 200);  // after the wait: in, no 15-minute lock
  // and the account's failures are forgotten: a typo afterwards is an ordinary 401
  Client again(srv.port());
  EXPECT_EQ(again.login("member@org1.test", "nog-een-typo").status, 401);
  EXPECT_EQ(again.login("member@org1.test").status, 200);
}

TEST_P(Auth, TheDelayDoublesWithEachFailureUpToItsCap) {
  api::Config cfg;
  cfg.loginAttemptsPerWindow = 1000;  // only the account's delay is under test here
  cfg.loginDelayMaxSeconds = 60;
  TestServer srv(GetParam(), cfg);
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 5; ++i) ASSERT_EQ(c.login("member@org1.test", "fout").status, 401);
  std::vector<std::string> waits;
  for (int i = 0; i < 8; ++i) {
    auto r = c.login("member@org1.test", "fout");
    ASSERT_EQ(r.status, 429);
    waits.push_back(r.header("retry-after"));
    // waiting wrongly does not make it longer
    EXPECT_EQ(c.login("member@org1.test", "fout").header("retry-after"), waits.back());
    srv.now += std::stoll(waits.back());
    ASSERT_EQ(c.login("member@org1.test", "fout").status, 401);  // evaluated after the wait
  }
  EXPECT_EQ(waits, (std::vector<std::string>{"1", "2", "4", "8", "16", "32", "60", "60"}));
  EXPECT_EQ(c.login("member@org1.test").status, 429);
  srv.now += 60;
  EXPECT_EQ(c.login("member@org1.test").status, 200);  // the right password gets in after the cap
}

TEST_P(Auth, UnknownWrongAndSlowedDownAnswerAlikeForEveryAddress) {
  api::Config cfg;
  cfg.loginAttemptsPerWindow = 1000;
  TestServer srv(GetParam(), cfg);
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  auto wrong = c.login("member@org1.test", "verkeerd-wachtwoord");
  auto unknown = c.login("niemand@org1.test", "verkeerd-wachtwoord");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, wrong.status);
  EXPECT_EQ(unknown.body, wrong.body);
  EXPECT_EQ(unknown.header("content-type"), wrong.header("content-type"));
  EXPECT_EQ(unknown.header("retry-after"), wrong.header("retry-after"));
  for (int i = 0; i < 4; ++i) {
    ASSERT_EQ(c.login("member@org1.test", "verkeerd-wachtwoord").status, 401);
    ASSERT_EQ(c.login("niemand@org1.test", "verkeerd-wachtwoord").status, 401);  // an unknown one is slowed too
  }
  auto slowedKnown = c.login("member@org1.test");
  auto slowedUnknown = c.login("niemand@org1.test", kPassword);
  EXPECT_EQ(slowedKnown.status, 429);
  EXPECT_EQ(slowedUnknown.status, slowedKnown.status);
  EXPECT_EQ(slowedUnknown.body, slowedKnown.body);
  EXPECT_EQ(slowedUnknown.header("retry-after"), slowedKnown.header("retry-after"));
  EXPECT_EQ(slowedUnknown.header("content-type"), slowedKnown.header("content-type"));
}

// A security property, not a speed target: every answer that could tell accounts apart
// costs the same argon2id verification. Medians of a few tries each, compared with a
// generous factor, so a loaded machine does not make it flaky.
TEST_P(Auth, UnknownWrongAndSlowedDownTakeTheSameTime) {
  api::Config cfg;
  cfg.loginAttemptsPerWindow = 1000;
  TestServer srv(GetParam(), cfg);
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  for (int i = 0; i < 5; ++i) ASSERT_EQ(c.login("target@org1.test", "fout").status, 401);
  auto timed = [&](const std::string& email, int expected) {
    auto t0 = std::chrono::steady_clock::now();
    auto r = c.login(email, "verkeerd-wachtwoord");
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_EQ(r.status, expected) << email;
    return us;
  };
  std::vector<int64_t> unknown, wrong, slowed;
  for (int i = 0; i < 5; ++i) {  // interleaved, so a burst of load hits all three alike
    unknown.push_back(timed("niemand-" + std::to_string(i) + "@org1.test", 401));
    wrong.push_back(timed(i % 2 ? "member@org1.test" : "lead@org1.test", 401));
    slowed.push_back(timed("target@org1.test", 429));
  }
  auto median = [](std::vector<int64_t> v) {
    std::sort(v.begin(), v.end());
    return static_cast<double>(v[v.size() / 2]);
  };
  double u = median(unknown), w = median(wrong), s = median(slowed);
  EXPECT_GT(s, 0.5 * u) << "slowed " << s << " µs, unknown " << u << " µs";
  EXPECT_GT(u, 0.5 * s) << "slowed " << s << " µs, unknown " << u << " µs";
  EXPECT_GT(w, 0.5 * u) << "wrong " << w << " µs, unknown " << u << " µs";
  EXPECT_GT(u, 0.5 * w) << "wrong " << w << " µs, unknown " << u << " µs";
}

TEST_P(Auth, SuccessfulLoginsNeverUseUpTheLimit) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  domain::Actor admin{w.admin, w.org1, true};
  for (int i = 0; i < 32; ++i)
    addUser(srv.store(), admin, "collega" + std::to_string(i) + "@org1.test", w.teamA, domain::TeamRole::Member,
            srv.now);
  Client typo(srv.port());
  for (int i = 0; i < 19; ++i)  // a morning's typos from the same address, just under the limit
    ASSERT_EQ(typo.login("collega" + std::to_string(i) + "@org1.test", "typo-typo").status, 401);
  for (int i = 0; i < 32; ++i) {  // one address, no proxy: the whole team
    Client c(srv.port());
    EXPECT_EQ(c.login("collega" + std::to_string(i) + "@org1.test").status, 200) << i;
  }
  Client again(srv.port());
  EXPECT_EQ(again.login("member@org1.test").status, 200);
}

TEST_P(Auth, BehindATrustedProxyEachColleagueHasOwnAddress) {
  api::Config cfg;
  cfg.trustedProxies = "10.20.0.0/16, 127.0.0.1";
  TestServer srv(GetParam(), cfg);
  World w = buildWorld(srv.store(), srv.now);
  domain::Actor admin{w.admin, w.org1, true};
  for (int i = 0; i < 32; ++i)
    addUser(srv.store(), admin, "collega" + std::to_string(i) + "@org1.test", w.teamA, domain::TeamRole::Member,
            srv.now);
  auto via = [&](Client& c, const std::string& email, const std::string& password, const std::string& xff) {
    auto r = c.request("POST", "/api/v1/session", json::serialize(json::object{{"email", email}, {"password", password}}),
                       {{"X-Forwarded-For", xff}});
    return r;
  };
  // One colleague's guessing (or a stuck password manager) uses up their own address only.
  Client noisy(srv.port());
  for (int i = 0; i < 20; ++i)
    ASSERT_EQ(via(noisy, "nobody" + std::to_string(i) + "@org1.test", "x-x-x-x-x-x", "198.51.100.66").status, 401);
  EXPECT_EQ(via(noisy, "member@org1.test", kPassword, "198.51.100.66").status, 429);
  // The team day: 32 colleagues through the one proxy, each from their own laptop.
  for (int i = 0; i < 32; ++i) {
    Client c(srv.port());
    EXPECT_EQ(via(c, "collega" + std::to_string(i) + "@org1.test", kPassword, "198.51.100." + std::to_string(i)).status,
              200)
        << i;
  }
  // A second proxy in the chain (10.20.x.x) is skipped; what the client wrote on the left is not believed.
  Client chained(srv.port());
  EXPECT_EQ(via(chained, "member@org1.test", kPassword, "203.0.113.5, 198.51.100.66, 10.20.3.4").status, 429);
  EXPECT_EQ(via(chained, "member@org1.test", kPassword, "198.51.100.66, 203.0.113.5, 10.20.3.4").status, 200);
}

TEST_P(Auth, AnAttackerSlowsOnlyTheirOwnTriesUntilManyAddressesJoinIn) {
  api::Config cfg;
  cfg.trustedProxies = "127.0.0.1";
  cfg.maxFailedLoginsAllAddresses = 12;
  TestServer srv(GetParam(), cfg);
  buildWorld(srv.store(), srv.now);
  auto via = [&](const std::string& password, const std::string& xff) {
    Client c(srv.port());
    return c.request("POST", "/api/v1/session",
                     json::serialize(json::object{{"email", "admin@org1.test"}, {"password", password}}),
                     {{"X-Forwarded-For", xff}});
  };
  for (int i = 0; i < 5; ++i) ASSERT_EQ(via("raden-" + std::to_string(i), "203.0.113.66").status, 401);
  EXPECT_EQ(via("raden-5", "203.0.113.66").status, 429);  // the attacker waits
  EXPECT_EQ(via(kPassword, "192.0.2.10").status, 200);     // the admin at the office does not
  // Many addresses together (12 failures on the account): now everyone waits, briefly.
  for (int i = 0; i < 12; ++i) ASSERT_EQ(via("raden", "203.0.113." + std::to_string(100 + i)).status, 401);
  auto slowed = via(kPassword, "192.0.2.10");
  EXPECT_EQ(slowed.status, 429);
  ASSERT_FALSE(slowed.header("retry-after").empty());
  srv.now += std::stoll(slowed.header("retry-after"));
  EXPECT_EQ(via(kPassword, "192.0.2.10").status, 200);  // and then gets in: never a lock-out
}

TEST_P(Auth, ForwardedForFromAnUntrustedPeerIsIgnored) {
  for (std::string proxies : {"", "10.9.9.9, fd00::/8"}) {  // none, or others than the test's peer
    api::Config cfg;
    cfg.loginAttemptsPerWindow = 3;
    cfg.trustedProxies = proxies;
    TestServer srv(GetParam(), cfg);
    buildWorld(srv.store(), srv.now);
    Client c(srv.port());
    for (int i = 0; i < 3; ++i) {
      auto r = c.request("POST", "/api/v1/session",
                         json::serialize(json::object{{"email", "nobody@org1.test"}, {"password", "x-x-x-x-x-x"}}),
                         {{"X-Forwarded-For", "198.51.100." + std::to_string(i)}});
      EXPECT_EQ(r.status, 401);
    }
    auto spoofed = c.request("POST", "/api/v1/session",
                             json::serialize(json::object{{"email", "member@org1.test"}, {"password", kPassword}}),
                             {{"X-Forwarded-For", "198.51.100.99"}});
    EXPECT_EQ(spoofed.status, 429) << "trusted: '" << proxies << "'";
  }
}

TEST(ClientAddress, TrustedProxiesAndForwardedFor) {
  auto p = api::TrustedProxies::parse(" 10.0.0.0/8 ,192.168.1.5, 2001:db8::/32,::1");
  EXPECT_TRUE(p.contains("10.255.1.2"));
  EXPECT_TRUE(p.contains("::ffff:10.1.2.3"));  // IPv4-mapped counts as IPv4
  EXPECT_FALSE(p.contains("11.0.0.1"));
  EXPECT_TRUE(p.contains("192.168.1.5"));
  EXPECT_FALSE(p.contains("192.168.1.6"));
  EXPECT_TRUE(p.contains("2001:db8:ffff::7"));
  EXPECT_FALSE(p.contains("2001:db9::7"));
  EXPECT_TRUE(p.contains("::1"));
  EXPECT_FALSE(p.contains("geen adres"));
  EXPECT_TRUE(api::TrustedProxies::parse("").empty());
  for (std::string bad : {"10.0.0.0/33", "proxy.example.nl", "10.0.0/8", "::/129", "1.2.3.4/", "1.2.3.4/x"})
    EXPECT_THROW(api::TrustedProxies::parse(bad), std::invalid_argument) << bad;

  http::Request r;
  r.remoteAddr = "10.1.1.1";
  EXPECT_EQ(api::clientAddress(r, p), "10.1.1.1");  // no header: the proxy itself
  r.headers = {{"x-forwarded-for", "203.0.113.9, 198.51.100.4:5123, 10.2.2.2"}};
  EXPECT_EQ(api::clientAddress(r, p), "198.51.100.4");  // right-most untrusted, port dropped
  r.headers = {{"x-forwarded-for", "203.0.113.9"}, {"x-forwarded-for", "[2001:db9::1]:443, 192.168.1.5"}};
  EXPECT_EQ(api::clientAddress(r, p), "2001:db9::1");  // several headers are one list
  r.headers = {{"x-forwarded-for", "203.0.113.9, onzin, 10.2.2.2"}};
  EXPECT_EQ(api::clientAddress(r, p), "10.2.2.2");  // garbage ends the walk at the last trusted hop
  r.headers = {{"x-forwarded-for", "10.3.3.3, 10.2.2.2"}};
  EXPECT_EQ(api::clientAddress(r, p), "10.3.3.3");  // all trusted: the left-most
  r.remoteAddr = "198.51.100.200";                    // not a proxy: the header is not believed
  EXPECT_EQ(api::clientAddress(r, p), "198.51.100.200");
  EXPECT_EQ(api::clientAddress(r, api::TrustedProxies()), "198.51.100.200");
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
