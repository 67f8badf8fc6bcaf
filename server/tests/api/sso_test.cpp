// Log in with the organisation's OpenID provider over real HTTP against each store, with a
// real provider (npm's oidc-provider, web/e2e/oidc_idp.mjs) on a loopback port: the whole
// code flow, linking and creation rules, every refused ID token (audience, expiry, nonce,
// issuer, algorithm, an unknown key), a replayed state and code, a rotated signing key, SSO
// only, and the step-up when the provider did no MFA (docs/adr/0010-openid-connect.md).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

#include "domain/foundation/totp.hpp"
#include "harness.hpp"
#include "live_socket.hpp"
#include "store/db.hpp"
#include "store/foundation/sso.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

// The provider, started once for the whole test process; it ends when its stdin closes.
class Idp {
 public:
  static Idp& get() {
    static Idp idp;
    return idp;
  }
  bool ok() const { return port_ != 0; }
  const std::string& issuer() const { return issuer_; }
  Res post(const std::string& path, const json::value& body) { return Client(port_).post(path, body); }

 private:
  Idp() {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(in[0], 0);
      dup2(out[1], 1);
      close(in[1]);
      close(out[0]);
      std::string script = std::string(VK_SOURCE_DIR) + "/web/e2e/oidc_idp.mjs";
      execlp("node", "node", script.c_str(), "0", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    stdin_ = in[1];
    FILE* f = fdopen(out[0], "r");
    char line[256];
    // "listening http://127.0.0.1:PORT" once it is ready (node starts in about a second)
    while (f && fgets(line, sizeof line, f)) {
      std::string s(line);
      if (s.rfind("listening ", 0) == 0) {
        issuer_ = s.substr(10, s.find_last_not_of("\r\n") - 9);
        port_ = static_cast<uint16_t>(std::stoi(issuer_.substr(issuer_.rfind(':') + 1)));
        break;
      }
    }
  }
  ~Idp() {
    if (stdin_ >= 0) close(stdin_);
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
  }
  pid_t pid_ = -1;
  int stdin_ = -1;
  uint16_t port_ = 0;
  std::string issuer_;
};

constexpr const char* kSecret = "vakkompas-test-geheim";

class Sso : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Idp::get().ok()) << "the test provider (node web/e2e/oidc_idp.mjs) did not start: run npm ci in web/";
  }
};

struct Setup {
  std::unique_ptr<TestServer> srv;
  World w;
  Client admin{0};
};

Setup serve(const std::string& backend, json::object settings = {}, api::Config cfg = {}) {
  Setup s;
  s.srv = std::make_unique<TestServer>(backend, std::move(cfg));
  s.srv->now = std::time(nullptr);  // the provider's tokens carry the real time
  s.w = buildWorld(s.srv->store(), s.srv->now);
  s.admin = Client(s.srv->port());
  signIn(*s.srv, s.admin, s.w.admin);
  json::object body{{"issuer", Idp::get().issuer()}, {"clientId", "vakkompas"}, {"clientSecret", kSecret},
                    {"emailDomains", json::array{"org1.test"}}};
  for (auto& [k, v] : settings) body[k] = v;
  if (s.srv->app().config().requireSecondFactorForAdmins) {  // the admin has no factor yet: through the store
    store::SsoSettings set;
    set.issuer = Idp::get().issuer();
    set.clientId = "vakkompas";
    set.emailDomains = {"org1.test"};
    set.linkByVerifiedEmail = body.contains("linkByVerifiedEmail");
    store::SsoStore(s.srv->store().db(), s.srv->app().secretBox())
        .put({s.w.admin, s.w.org1, true}, set, kSecret, s.srv->now);
    return s;
  }
  auto r = s.admin.put("/api/v1/organisation/sso", body);
  EXPECT_EQ(r.status, 200) << r.body;
  return s;
}

json::object person(const std::string& sub, const std::string& email, bool verified = true) {
  return {{"sub", sub}, {"email", email}, {"email_verified", verified}, {"name", "Persoon " + sub}};
}

std::string pathOf(const std::string& url) {
  auto p = url.find("://");
  return url.substr(url.find('/', p + 3));
}

struct Started {
  std::string providerUrl;
  std::string binding;  // the vk_sso cookie
};

Started start(Setup& s, Client& browser) {
  auto r = browser.get("/api/v1/sso/start?organisation=" + std::to_string(s.w.org1));
  EXPECT_EQ(r.status, 302) << r.body;
  std::string cookie = r.header("set-cookie");
  EXPECT_EQ(cookie.rfind("vk_sso=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  return {r.header("location"), cookie.substr(7, cookie.find(';') - 7)};
}

// The provider's side, as a browser: the callback URL with code and state.
std::string atProvider(const Started& st, const json::object& who, bool mfa) {
  auto r = Idp::get().post("/test/drive", json::object{{"url", st.providerUrl}, {"claims", who}, {"mfa", mfa}});
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? std::string(r.json().at("callback").as_string()) : std::string();
}

Res callback(Client& browser, const std::string& callbackUrl, const std::string& binding) {
  return browser.request("GET", pathOf(callbackUrl), "", {{"cookie", "vk_sso=" + binding}});
}

// The whole flow; returns the callback's answer (a redirect), the browser keeps the session.
Res ssoLogIn(Setup& s, Client& browser, const json::object& who, bool mfa = true,
             std::optional<json::object> crafted = std::nullopt) {
  auto st = start(s, browser);
  if (crafted) { EXPECT_EQ(Idp::get().post("/test/next-token", *crafted).status, 200); }
  return callback(browser, atProvider(st, who, mfa), st.binding);
}

int64_t audits(TestServer& srv, const std::string& action, const std::string& object = "") {
  int64_t n = 0;
  srv.store().db().read([&](store::Conn& c) {
    n = object.empty() ? c.query("SELECT COUNT(*) FROM audit_log WHERE action = $1", {action})[0].i64(0)
                       : c.query("SELECT COUNT(*) FROM audit_log WHERE action = $1 AND object = $2", {action, object})[0].i64(0);
  });
  return n;
}

int64_t meId(Client& c) {
  auto me = c.get("/api/v1/me");
  EXPECT_EQ(me.status, 200) << me.body;
  if (me.status != 200) return 0;
  c.csrf = std::string(me.json().at("csrfToken").as_string());
  return me.json().at("user").at("id").as_int64();
}

TEST_P(Sso, TheLogInPageFindsTheOrganisationByEmailDomain) {
  auto s = serve(GetParam());
  Client anon(s.srv->port());
  auto r = anon.get("/api/v1/sso/discover?email=Iemand%40ORG1.test");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json().at("available").as_bool());
  EXPECT_EQ(r.json().at("organisationId").as_int64(), s.w.org1);
  EXPECT_FALSE(anon.get("/api/v1/sso/discover?email=iemand%40org2.test").json().at("available").as_bool());
  EXPECT_FALSE(anon.get("/api/v1/sso/discover?email=iemand%40elders.nl").json().at("available").as_bool());
}

TEST_P(Sso, TheSecretIsNeverReturnedAndChangesAreAudited) {
  auto s = serve(GetParam());
  auto r = s.admin.get("/api/v1/organisation/sso");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.find(kSecret), std::string::npos);
  EXPECT_TRUE(r.json().at("hasClientSecret").as_bool());
  EXPECT_NE(std::string(r.json().at("redirectUri").as_string()).find("/api/v1/sso/callback"), std::string::npos);
  // An empty secret keeps the one there is.
  auto again = s.admin.put("/api/v1/organisation/sso", json::object{{"issuer", Idp::get().issuer()}, {"clientId", "vakkompas"}});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_TRUE(again.json().at("hasClientSecret").as_bool());
  EXPECT_EQ(audits(*s.srv, "foundation.sso.configure"), 2);
  int64_t inTheClear = 0;
  s.srv->store().db().read([&](store::Conn& c) {
    inTheClear = c.query("SELECT COUNT(*) FROM sso_configs WHERE client_secret_box LIKE $1", {std::string("%") + kSecret + "%"})[0].i64(0);
  });
  EXPECT_EQ(inTheClear, 0);
  // Nor in anything else the admin can fetch: exports, the audit log, the readable summary.
  auto me = s.admin.get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  std::string member = "/api/v1/members/" + std::to_string(me.json().at("user").at("id").as_int64());
  for (std::string path : {std::string("/api/v1/me"), std::string("/api/v1/me/export"), std::string("/api/v1/members"),
                           std::string("/api/v1/audit-log"), std::string("/api/v1/audit-log?format=csv"), member + "/export"}) {
    auto got = s.admin.get(path);
    EXPECT_EQ(got.status, 200) << path << got.body;
    EXPECT_EQ(got.body.find(kSecret), std::string::npos) << path;
  }
  auto pdf = s.admin.get("/api/v1/me/export.pdf");
  ASSERT_EQ(pdf.status, 200);
  std::string words = pdfText(pdf.body, "sso_secret_" + GetParam());
  EXPECT_NE(words.find("Account"), std::string::npos) << "pdftotext read nothing";
  EXPECT_EQ(words.find(kSecret), std::string::npos);
  auto bad = s.admin.put("/api/v1/organisation/sso", json::object{{"issuer", "http://idp.example"}, {"clientId", ""}});
  EXPECT_EQ(bad.status, 400) << bad.body;
}

TEST_P(Sso, AWholeLogInLinksByVerifiedEmailAndThenBySubject) {
  auto s = serve(GetParam(), {{"linkByVerifiedEmail", true}});
  Client browser(s.srv->port());
  auto r = ssoLogIn(s, browser, person("sub-member", "member@org1.test"));
  ASSERT_EQ(r.status, 302) << r.body;
  EXPECT_EQ(r.header("location"), "/");
  EXPECT_EQ(meId(browser), s.w.member);
  EXPECT_EQ(audits(*s.srv, "foundation.sso.link", "user/" + std::to_string(s.w.member)), 1);
  // The next time the link counts, whatever the e-mail address says now.
  Client again(s.srv->port());
  auto r2 = ssoLogIn(s, again, person("sub-member", "nieuw-adres@org1.test"));
  ASSERT_EQ(r2.header("location"), "/");
  EXPECT_EQ(meId(again), s.w.member);
  EXPECT_EQ(audits(*s.srv, "foundation.sso.link"), 1);
  // The link is the person's data: in their export, and gone with their account.
  auto data = again.get("/api/v1/me/export");
  ASSERT_EQ(data.status, 200) << data.body;
  EXPECT_NE(data.body.find("sub-member"), std::string::npos);
  // Log-out offers the provider's end-session endpoint.
  auto out = again.del("/api/v1/session");
  ASSERT_EQ(out.status, 200) << out.body;
  EXPECT_EQ(std::string(out.json().at("endSessionUrl").as_string()).rfind(Idp::get().issuer() + "/session/end", 0), 0u);
  EXPECT_EQ(again.get("/api/v1/me").status, 401);
}

TEST_P(Sso, AnUnverifiedOrUnallowedEmailNeverLinks) {
  auto s = serve(GetParam(), {{"linkByVerifiedEmail", true}});
  Client browser(s.srv->port());
  auto r = ssoLogIn(s, browser, person("sub-x", "member@org1.test", false));
  EXPECT_EQ(r.header("location"), "/inloggen?sso-fout=not-linked");
  EXPECT_EQ(browser.get("/api/v1/me").status, 401);
  // Another organisation's account is never linked.
  auto other = ssoLogIn(s, browser, person("sub-y", "member@org2.test"));
  EXPECT_EQ(other.header("location"), "/inloggen?sso-fout=other-organisation");
  auto s2 = serve(GetParam());  // linking not allowed
  Client b2(s2.srv->port());
  EXPECT_EQ(ssoLogIn(s2, b2, person("sub-z", "member@org1.test")).header("location"), "/inloggen?sso-fout=not-linked");
  EXPECT_EQ(audits(*s2.srv, "foundation.sso.refused", "sso/not-linked"), 1);
}

TEST_P(Sso, MembersAreCreatedAtFirstLogInOnlyWhenAllowedAndIntoNoTeam) {
  auto s = serve(GetParam());
  Client browser(s.srv->port());
  EXPECT_EQ(ssoLogIn(s, browser, person("sub-new", "nieuw@org1.test")).header("location"),
            "/inloggen?sso-fout=no-account");
  auto s2 = serve(GetParam(), {{"createMembers", true}, {"groupsClaim", "groups"}, {"adminGroups", json::array{"vk-beheer"}}});
  Client b2(s2.srv->port());
  auto who = person("sub-new", "nieuw@org1.test");
  who["name"] = "Nieuwe Collega";
  auto r = ssoLogIn(s2, b2, who);
  ASSERT_EQ(r.header("location"), "/") << r.header("location");
  auto me = b2.get("/api/v1/me").json();
  EXPECT_EQ(me.at("user").at("email").as_string(), "nieuw@org1.test");
  EXPECT_EQ(me.at("user").at("name").as_string(), "Nieuwe Collega");
  EXPECT_FALSE(me.at("user").at("orgAdmin").as_bool());
  EXPECT_TRUE(me.at("teams").as_array().empty());
  EXPECT_EQ(audits(*s2.srv, "foundation.sso.create"), 1);
  // No password works for a created member.
  Client pw(s2.srv->port());
  EXPECT_EQ(pw.login("nieuw@org1.test", "iets").status, 401);
  // The groups claim makes an admin.
  Client b3(s2.srv->port());
  auto boss = person("sub-boss", "baas@org1.test");
  boss["groups"] = json::array{"vk-beheer"};
  ASSERT_EQ(ssoLogIn(s2, b3, boss).header("location"), "/");
  EXPECT_TRUE(b3.get("/api/v1/me").json().at("user").at("orgAdmin").as_bool());
}

TEST_P(Sso, EveryWrongIdTokenIsRefused) {
  auto s = serve(GetParam(), {{"linkByVerifiedEmail", true}});
  int64_t now = std::time(nullptr);
  struct Case {
    const char* why;
    json::object crafted;
  };
  std::vector<Case> cases = {
      {"audience", {{"claims", {{"aud", "iemand-anders"}}}}},
      {"expired", {{"claims", {{"exp", now - 3600}, {"iat", now - 7200}}}}},
      {"not-yet-valid", {{"claims", {{"nbf", now + 3600}}}}},
      {"nonce", {{"claims", {{"nonce", "een-andere-nonce"}}}}},
      {"issuer", {{"claims", {{"iss", "http://127.0.0.1:1/onbekend"}}}}},
      {"algorithm", {{"key", "none"}}},
      {"algorithm", {{"key", "hs256"}}},
      {"signature", {{"key", "stranger"}}},
  };
  for (auto& c : cases) {
    Client browser(s.srv->port());
    auto r = ssoLogIn(s, browser, person("sub-member", "member@org1.test"), true, c.crafted);
    EXPECT_EQ(r.header("location"), std::string("/inloggen?sso-fout=") + c.why) << json::serialize(c.crafted);
    EXPECT_EQ(browser.get("/api/v1/me").status, 401) << c.why;
  }
  EXPECT_GE(audits(*s.srv, "foundation.sso.refused", "sso/audience"), 1);
  // And an untouched token still gets in: the refusals were about the tokens.
  Client browser(s.srv->port());
  EXPECT_EQ(ssoLogIn(s, browser, person("sub-member", "member@org1.test")).header("location"), "/");
}

TEST_P(Sso, AReplayedStateOrCodeFindsNothing) {
  auto s = serve(GetParam(), {{"linkByVerifiedEmail", true}});
  Client browser(s.srv->port());
  auto st = start(s, browser);
  std::string cb = atProvider(st, person("sub-member", "member@org1.test"), true);
  ASSERT_EQ(callback(browser, cb, st.binding).header("location"), "/");
  Client thief(s.srv->port());
  EXPECT_EQ(callback(thief, cb, st.binding).header("location"), "/inloggen?sso-fout=expired");
  // The used code with a fresh flow of its own: the provider refuses it.
  auto st2 = start(s, thief);
  std::string code = cb.substr(cb.find("code=") + 5);
  code = code.substr(0, code.find('&'));
  std::string state2 = st2.providerUrl.substr(st2.providerUrl.find("state=") + 6);
  state2 = state2.substr(0, state2.find('&'));
  auto r = thief.request("GET", "/api/v1/sso/callback?code=" + code + "&state=" + state2, "",
                         {{"cookie", "vk_sso=" + st2.binding}});
  EXPECT_EQ(r.header("location"), "/inloggen?sso-fout=token-exchange");
  EXPECT_EQ(thief.get("/api/v1/me").status, 401);
  // A flow from another browser (without its cookie) is refused too.
  auto st3 = start(s, browser);
  std::string cb3 = atProvider(st3, person("sub-member", "member@org1.test"), true);
  EXPECT_EQ(callback(thief, cb3, "een-ander-cookie").header("location"), "/inloggen?sso-fout=browser");
}

TEST_P(Sso, ARotatedSigningKeyIsFetchedAtOnce) {
  auto s = serve(GetParam(), {{"linkByVerifiedEmail", true}});
  Client first(s.srv->port());
  ASSERT_EQ(ssoLogIn(s, first, person("sub-member", "member@org1.test")).header("location"), "/");
  ASSERT_EQ(Idp::get().post("/test/rotate", json::object{}).status, 200);
  Client second(s.srv->port());
  EXPECT_EQ(ssoLogIn(s, second, person("sub-member", "member@org1.test")).header("location"), "/");
  EXPECT_EQ(meId(second), s.w.member);
}

TEST_P(Sso, AnUnknownIssuerAnswersNothingUseful) {
  auto s = serve(GetParam());
  auto r = s.admin.put("/api/v1/organisation/sso", json::object{{"issuer", Idp::get().issuer() + "/onbekend"},
                                                                {"clientId", "vakkompas"}});
  ASSERT_EQ(r.status, 200) << r.body;
  Client browser(s.srv->port());
  auto st = browser.get("/api/v1/sso/start?organisation=" + std::to_string(s.w.org1));
  EXPECT_EQ(st.status, 302);
  EXPECT_EQ(st.header("location"), "/inloggen?sso-fout=provider-unreachable");
}

std::string enrol(TestServer& srv, Client& c) {
  auto r = c.post("/api/v1/me/second-factor", json::object{});
  EXPECT_EQ(r.status, 201) << r.body;
  std::string secret = *domain::base32Decode(std::string(r.json().at("secret").as_string()));
  auto ok = c.post("/api/v1/me/second-factor/confirm", json::object{{"code", domain::totpCode(secret, srv.now)}});
  EXPECT_EQ(ok.status, 200) << ok.body;
  return secret;
}

TEST_P(Sso, SsoOnlyRefusesPasswordsExceptTheBreakGlassAdminWithASecondFactor) {
  auto s = serve(GetParam());
  // SSO only needs a break-glass admin with a second factor first.
  auto no = s.admin.put("/api/v1/organisation/sso", json::object{{"issuer", Idp::get().issuer()}, {"clientId", "vakkompas"},
                                                                 {"ssoOnly", true}, {"breakGlassUserId", s.w.admin}});
  EXPECT_EQ(no.status, 400) << no.body;
  enrol(*s.srv, s.admin);
  auto yes = s.admin.put("/api/v1/organisation/sso", json::object{{"issuer", Idp::get().issuer()}, {"clientId", "vakkompas"},
                                                                  {"ssoOnly", true}, {"breakGlassUserId", s.w.admin}});
  ASSERT_EQ(yes.status, 200) << yes.body;
  Client member(s.srv->port());
  auto r = member.login("member@org1.test");
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_NE(r.body.find("organisatie-account"), std::string::npos);
  EXPECT_EQ(r.header("content-type").rfind("application/problem+json", 0), 0u);
  Client signedIn(s.srv->port());
  signIn(*s.srv, signedIn, s.w.member);
  auto pw = signedIn.put("/api/v1/me/password", json::object{{"currentPassword", kPassword}, {"newPassword", "nieuw-wachtwoord-2"}});
  EXPECT_EQ(pw.status, 403) << pw.body;
  // A wrong password is still just wrong (no hint that the organisation is SSO only).
  EXPECT_EQ(member.login("member@org1.test", "fout-wachtwoord").status, 401);
  // The break-glass admin: password, then the code; the use is audited.
  Client glass(s.srv->port());
  auto g = glass.login("admin@org1.test");
  EXPECT_EQ(g.status, 202) << g.body;
  EXPECT_EQ(audits(*s.srv, "foundation.sso.break_glass", "user/" + std::to_string(s.w.admin)), 1);
  // Another organisation is not affected.
  Client other(s.srv->port());
  EXPECT_EQ(other.login("member@org2.test").status, 200);
}

TEST_P(Sso, AnAdminWithoutTheProvidersMfaIsAskedForTheLocalCode) {
  api::Config cfg;
  cfg.requireSecondFactorForAdmins = true;
  auto s = serve(GetParam(), {{"linkByVerifiedEmail", true}}, cfg);
  // With the provider's MFA an admin without a local factor reaches the admin routes.
  Client withMfa(s.srv->port());
  ASSERT_EQ(ssoLogIn(s, withMfa, person("sub-admin", "admin@org1.test"), true).header("location"), "/");
  EXPECT_EQ(withMfa.get("/api/v1/members").status, 200);
  EXPECT_EQ(audits(*s.srv, "foundation.sso.login_mfa"), 1);
  // Without it, and without a local factor: asked to enrol, as after a password.
  Client without(s.srv->port());
  ASSERT_EQ(ssoLogIn(s, without, person("sub-admin", "admin@org1.test"), false).header("location"), "/");
  EXPECT_EQ(without.get("/api/v1/members").status, 403);
  // With a local factor: the step-up challenge instead of a session.
  meId(without);
  std::string secret = enrol(*s.srv, without);
  Client stepUp(s.srv->port());
  auto r = ssoLogIn(s, stepUp, person("sub-admin", "admin@org1.test"), false);
  std::string loc = r.header("location");
  ASSERT_EQ(loc.rfind("/inloggen#sso-stap=", 0), 0u) << loc;
  EXPECT_TRUE(stepUp.cookie.empty());
  s.srv->now += 30;  // the next time step: the enrolment's code was used
  auto step = stepUp.post("/api/v1/session/second-factor",
                          json::object{{"challenge", loc.substr(19)}, {"code", domain::totpCode(secret, s.srv->now)}});
  ASSERT_EQ(step.status, 200) << step.body;
  stepUp.csrf = std::string(step.json().at("csrfToken").as_string());
  EXPECT_EQ(stepUp.get("/api/v1/members").status, 200);
  // A member (no admin) is never asked.
  Client member(s.srv->port());
  EXPECT_EQ(ssoLogIn(s, member, person("sub-member", "member@org1.test"), false).header("location"), "/");
}

INSTANTIATE_TEST_SUITE_P(Stores, Sso, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
