// The second log-in step (TOTP) over real HTTP against each store: enrolment and its
// confirmation, log-in that needs the code, a code and a recovery code that work once, the
// limits on wrong codes, the admin and analyst routes that wait for a factor, and the secret
// that no answer or export ever carries after enrolment.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "domain/foundation/totp.hpp"
#include "harness.hpp"
#include "live_socket.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class SecondFactor : public ::testing::TestWithParam<std::string> {};

struct Enrolled {
  std::string secret;  // raw bytes
  std::string base32;
  std::vector<std::string> recoveryCodes;
};

std::string codeAt(const Enrolled& e, int64_t t) { return domain::totpCode(e.secret, t); }

Enrolled enrolAndConfirm(TestServer& srv, Client& c) {
  auto r = c.post("/api/v1/me/second-factor", json::object{});
  EXPECT_EQ(r.status, 201) << r.body;
  Enrolled e;
  e.base32 = std::string(r.json().at("secret").as_string());
  e.secret = *domain::base32Decode(e.base32);
  auto ok = c.post("/api/v1/me/second-factor/confirm", json::object{{"code", codeAt(e, srv.now)}});
  EXPECT_EQ(ok.status, 200) << ok.body;
  auto body = ok.json();
  for (auto& x : body.at("recoveryCodes").as_array()) e.recoveryCodes.emplace_back(x.as_string());
  return e;
}

// Password, then the second step; returns the challenge.
std::string passwordStep(Client& c, const std::string& email) {
  auto r = c.login(email);
  EXPECT_EQ(r.status, 202) << r.body;
  EXPECT_TRUE(c.cookie.empty());  // no session yet
  return std::string(r.json().at("challenge").as_string());
}

Res secondStep(Client& c, const std::string& challenge, const std::string& field, const std::string& code) {
  auto r = c.post("/api/v1/session/second-factor", json::object{{"challenge", challenge}, {field, code}});
  if (r.status == 200) c.csrf = std::string(r.json().at("csrfToken").as_string());
  return r;
}

TEST_P(SecondFactor, EnrolConfirmAndLogInWithTheCode) {
  TestServer srv(GetParam());
  auto w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto st = c.get("/api/v1/me/second-factor").json();
  EXPECT_FALSE(st.at("enabled").as_bool());

  auto r = c.post("/api/v1/me/second-factor", json::object{});
  ASSERT_EQ(r.status, 201) << r.body;
  auto en = r.json().as_object();
  std::string b32(en.at("secret").as_string());
  EXPECT_EQ(b32.size(), 32u);  // 20 bytes
  EXPECT_EQ(std::string(en.at("otpauthUri").as_string()).rfind("otpauth://totp/Vakkompas:member@org1.test?secret=" + b32, 0), 0u);
  EXPECT_NE(std::string(en.at("otpauthUri").as_string()).find("secret=" + b32), std::string::npos);
  EXPECT_NE(std::string(en.at("qrSvg").as_string()).find("<svg"), std::string::npos);
  EXPECT_TRUE(c.get("/api/v1/me/second-factor").json().at("pending").as_bool());

  // Until confirmed, log-in needs no code.
  Client early(srv.port());
  EXPECT_EQ(early.login("member@org1.test").status, 200);

  Enrolled e{*domain::base32Decode(b32), b32, {}};
  auto wrong = c.post("/api/v1/me/second-factor/confirm", json::object{{"code", "000000"}});
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  auto ok = c.post("/api/v1/me/second-factor/confirm", json::object{{"code", codeAt(e, srv.now)}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json().at("recoveryCodes").as_array().size(), 10u);
  st = c.get("/api/v1/me/second-factor").json();
  EXPECT_TRUE(st.at("enabled").as_bool());
  EXPECT_EQ(st.at("recoveryCodesLeft").as_int64(), 10);

  // The password alone gives no session: every route answers 401 until the code.
  Client d(srv.port());
  std::string challenge = passwordStep(d, "member@org1.test");
  EXPECT_EQ(d.get("/api/v1/me").status, 401);
  EXPECT_EQ(d.get("/api/v1/teams").status, 401);
  EXPECT_EQ(secondStep(d, challenge, "code", "123456").status, 401);
  // The code used to confirm does not work again (the replay guard).
  auto replay = secondStep(d, challenge, "code", codeAt(e, srv.now));
  EXPECT_EQ(replay.status, 401) << replay.body;
  srv.now += 30;
  auto in = secondStep(d, challenge, "code", codeAt(e, srv.now));
  ASSERT_EQ(in.status, 200) << in.body;
  EXPECT_FALSE(d.cookie.empty());
  EXPECT_EQ(d.get("/api/v1/me").status, 200);
  // The challenge is spent, and so is the code.
  EXPECT_EQ(secondStep(d, challenge, "code", codeAt(e, srv.now)).status, 401);
  Client f(srv.port());
  std::string again = passwordStep(f, "member@org1.test");
  EXPECT_EQ(secondStep(f, again, "code", codeAt(e, srv.now)).status, 401);
  // A challenge expires.
  srv.now += 301;
  EXPECT_EQ(secondStep(f, again, "code", codeAt(e, srv.now)).status, 401);
}

TEST_P(SecondFactor, ARecoveryCodeWorksOnce) {
  TestServer srv(GetParam());
  auto w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.lead);
  auto e = enrolAndConfirm(srv, c);
  ASSERT_EQ(e.recoveryCodes.size(), 10u);
  Client d(srv.port());
  std::string ch = passwordStep(d, "lead@org1.test");
  std::string typed = e.recoveryCodes[3];
  for (auto& x : typed) x = static_cast<char>(std::toupper(static_cast<unsigned char>(x)));
  ASSERT_EQ(secondStep(d, ch, "recoveryCode", typed).status, 200);  // any case
  Client f(srv.port());
  ch = passwordStep(f, "lead@org1.test");
  EXPECT_EQ(secondStep(f, ch, "recoveryCode", e.recoveryCodes[3]).status, 401);
  EXPECT_EQ(secondStep(f, ch, "recoveryCode", "aaaaa-bbbbb").status, 401);
  EXPECT_EQ(secondStep(f, ch, "recoveryCode", e.recoveryCodes[4]).status, 200);
  EXPECT_EQ(c.get("/api/v1/me/second-factor").json().at("recoveryCodesLeft").as_int64(), 8);

  // New codes replace the old ones, with the password.
  EXPECT_EQ(c.post("/api/v1/me/second-factor/recovery-codes", json::object{}).status, 400);
  auto wrongPassword = c.post("/api/v1/me/second-factor/recovery-codes", json::object{{"password", "fout"}});
  EXPECT_EQ(wrongPassword.status, 400);
  EXPECT_NE(wrongPassword.body.find("Je wachtwoord klopt niet"), std::string::npos) << wrongPassword.body;
  EXPECT_EQ(c.get("/api/v1/me/second-factor").json().at("recoveryCodesLeft").as_int64(), 8);
  auto fresh = c.post("/api/v1/me/second-factor/recovery-codes", json::object{{"password", kPassword}});
  ASSERT_EQ(fresh.status, 200) << fresh.body;
  EXPECT_EQ(fresh.json().at("recoveryCodes").as_array().size(), 10u);
  EXPECT_EQ(c.get("/api/v1/me/second-factor").json().at("recoveryCodesLeft").as_int64(), 10);
  Client g(srv.port());
  ch = passwordStep(g, "lead@org1.test");
  EXPECT_EQ(secondStep(g, ch, "recoveryCode", e.recoveryCodes[5]).status, 401);
  EXPECT_EQ(secondStep(g, ch, "recoveryCode", std::string(fresh.json().at("recoveryCodes").at(0).as_string())).status, 200);
}

// The actions of the audit log, counted.
std::map<std::string, int> auditActions(TestServer& srv, int64_t adminId) {
  Client admin(srv.port());
  signIn(srv, admin, adminId);
  std::map<std::string, int> out;
  auto log = admin.get("/api/v1/audit-log?limit=500").json();
  for (auto& x : log.at("items").as_array()) ++out[std::string(x.at("action").as_string())];
  return out;
}

TEST_P(SecondFactor, EveryAttemptIsLimitedAndAudited) {
  TestServer srv(GetParam());
  auto w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto e = enrolAndConfirm(srv, c);
  auto before = auditActions(srv, w.admin);
  EXPECT_EQ(before["foundation.mfa.enrol"], 1);
  EXPECT_EQ(before["foundation.mfa.confirm"], 1);

  // A replayed code (the one that confirmed) is refused and audited as a replay.
  Client d(srv.port());
  std::string ch = passwordStep(d, "member@org1.test");
  EXPECT_EQ(secondStep(d, ch, "code", codeAt(e, srv.now)).status, 401);
  EXPECT_EQ(auditActions(srv, w.admin)["foundation.mfa.replayed"], 1);

  // Wrong codes: each audited; the one that starts the wait is audited as a lock-out, and
  // the knocks while it lasts answer 429 without a new entry each.
  srv.now += 30;  // past the step of the confirming code
  for (int i = 0; i < 4; ++i) EXPECT_EQ(secondStep(d, ch, "code", "000000").status, 401);
  auto slowed = secondStep(d, ch, "code", "000000");
  EXPECT_EQ(slowed.status, 429) << slowed.body;
  ASSERT_FALSE(slowed.header("retry-after").empty());
  EXPECT_NE(slowed.body.find("Te veel onjuiste codes"), std::string::npos);
  // Even the right code waits now; after the wait it gets in.
  EXPECT_EQ(secondStep(d, ch, "code", codeAt(e, srv.now)).status, 429);
  auto locked = auditActions(srv, w.admin);
  EXPECT_EQ(locked["foundation.mfa.failed"], 4);
  EXPECT_EQ(locked["foundation.mfa.locked"], 1);
  EXPECT_EQ(locked["foundation.mfa.verified"], 0);
  srv.now += std::stoll(slowed.header("retry-after"));
  EXPECT_EQ(secondStep(d, ch, "code", codeAt(e, srv.now)).status, 200);
  EXPECT_EQ(auditActions(srv, w.admin)["foundation.mfa.verified"], 1);

  // A recovery code, right and wrong.
  Client f(srv.port());
  ch = passwordStep(f, "member@org1.test");
  EXPECT_EQ(secondStep(f, ch, "recoveryCode", "aaaaa-bbbbb").status, 401);
  EXPECT_EQ(secondStep(f, ch, "recoveryCode", e.recoveryCodes[0]).status, 200);
  auto after = auditActions(srv, w.admin);
  EXPECT_EQ(after["foundation.mfa.failed"], 5);
  EXPECT_EQ(after["foundation.mfa.recovery_used"], 1);

  // The account's own routes with a code or password share the limit: wrong passwords for new
  // recovery codes are audited, and slow down in the same way.
  int refused = 0;
  for (int i = 0; i < 8 && refused == 0; ++i) {
    auto r = c.post("/api/v1/me/second-factor/recovery-codes", json::object{{"password", "fout"}});
    if (r.status == 429) ++refused;
    else EXPECT_EQ(r.status, 400) << r.body;
  }
  EXPECT_EQ(refused, 1);
  auto last = auditActions(srv, w.admin);
  EXPECT_GT(last["foundation.mfa.failed"], 5);
  EXPECT_EQ(last["foundation.mfa.locked"], 2);
  EXPECT_EQ(last["foundation.mfa.recovery_codes"], 0);
}

TEST_P(SecondFactor, DisableNeedsThePasswordAndACode) {
  TestServer srv(GetParam());
  auto w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto e = enrolAndConfirm(srv, c);
  srv.now += 30;
  std::string code = codeAt(e, srv.now);
  EXPECT_EQ(c.post("/api/v1/me/second-factor/disable", json::object{}).status, 400);
  EXPECT_EQ(c.post("/api/v1/me/second-factor/disable", json::object{{"password", kPassword}}).status, 400);
  EXPECT_EQ(c.post("/api/v1/me/second-factor/disable", json::object{{"code", code}}).status, 400);
  auto wrongPassword = c.post("/api/v1/me/second-factor/disable", json::object{{"password", "fout"}, {"code", code}});
  EXPECT_EQ(wrongPassword.status, 400);
  EXPECT_EQ(wrongPassword.json().at("errors").as_array().at(0).at("field").as_string(), "password") << wrongPassword.body;
  auto wrongCode = c.post("/api/v1/me/second-factor/disable", json::object{{"password", kPassword}, {"code", "000000"}});
  EXPECT_EQ(wrongCode.status, 400);
  EXPECT_EQ(wrongCode.json().at("errors").as_array().at(0).at("field").as_string(), "code") << wrongCode.body;
  EXPECT_TRUE(c.get("/api/v1/me/second-factor").json().at("enabled").as_bool());
  EXPECT_EQ(c.post("/api/v1/me/second-factor/disable", json::object{{"password", kPassword}, {"code", code}}).status, 204);
  auto st = c.get("/api/v1/me/second-factor").json();
  EXPECT_FALSE(st.at("enabled").as_bool());
  EXPECT_EQ(st.at("recoveryCodesLeft").as_int64(), 0);
  Client d(srv.port());
  EXPECT_EQ(d.login("member@org1.test").status, 200);  // the password alone again
  EXPECT_EQ(auditActions(srv, w.admin)["foundation.mfa.disable"], 1);
}

TEST_P(SecondFactor, TeamLeadsWaitForAFactorWhenTheOrganisationRequiresIt) {
  TestServer srv(GetParam());
  auto w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port()), lead(srv.port()), member(srv.port());
  signIn(srv, admin, w.admin);
  signIn(srv, lead, w.lead);
  signIn(srv, member, w.member);
  std::string team = "/api/v1/teams/" + std::to_string(w.teamA);
  EXPECT_EQ(lead.get(team).status, 200);
  auto policy = admin.get("/api/v1/organisation/second-factor").json();
  EXPECT_FALSE(policy.at("requiredForTeamLeads").as_bool());
  EXPECT_FALSE(policy.at("requiredForAdmins").as_bool());  // the test server's Config default
  // Only an admin sets it; a wrong body is a readable 400.
  EXPECT_EQ(lead.put("/api/v1/organisation/second-factor", json::object{{"requiredForTeamLeads", true}}).status, 403);
  EXPECT_EQ(admin.put("/api/v1/organisation/second-factor", json::object{{"requiredForTeamLeads", "ja"}}).status, 400);
  auto on = admin.put("/api/v1/organisation/second-factor", json::object{{"requiredForTeamLeads", true}});
  ASSERT_EQ(on.status, 200) << on.body;
  EXPECT_TRUE(on.json().at("requiredForTeamLeads").as_bool());
  EXPECT_EQ(auditActions(srv, w.admin)["foundation.mfa.team_leads_on"], 1);

  // The lead: everything but the own account and log-out waits, with a clear problem.
  for (std::string path : {team, std::string("/api/v1/teams"), team + "/members"}) {
    auto r = lead.get(path);
    EXPECT_EQ(r.status, 403) << path;
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    EXPECT_EQ(r.json().at("type").as_string(), api::kSecondFactorRequiredType) << path;
  }
  EXPECT_EQ(lead.get("/api/v1/me").status, 200);
  EXPECT_EQ(lead.get("/api/v1/me/export").status, 200);
  auto st = lead.get("/api/v1/me/second-factor").json();
  EXPECT_TRUE(st.at("required").as_bool());
  EXPECT_TRUE(st.at("requiredForTeamLeads").as_bool());
  // Members and admins of this organisation are not asked by this option.
  EXPECT_EQ(member.get(team).status, 200);
  EXPECT_FALSE(member.get("/api/v1/me/second-factor").json().at("required").as_bool());
  EXPECT_EQ(admin.get("/api/v1/members").status, 200);
  // Another organisation is untouched.
  Client other(srv.port());
  signIn(srv, other, w.otherOrgAdmin);
  EXPECT_FALSE(other.get("/api/v1/organisation/second-factor").json().at("requiredForTeamLeads").as_bool());

  // Enrolled, the lead gets in; and may not turn the factor off while the role requires it.
  auto e = enrolAndConfirm(srv, lead);
  EXPECT_EQ(lead.get(team).status, 200);
  srv.now += 30;
  auto off = lead.post("/api/v1/me/second-factor/disable", json::object{{"password", kPassword}, {"code", codeAt(e, srv.now)}});
  EXPECT_EQ(off.status, 403) << off.body;
  EXPECT_NE(off.body.find("je rol in de organisatie vraagt erom"), std::string::npos) << off.body;
  EXPECT_TRUE(lead.get("/api/v1/me/second-factor").json().at("enabled").as_bool());

  // The admin turns it off again: audited, and the lead may turn the factor off.
  ASSERT_EQ(admin.put("/api/v1/organisation/second-factor", json::object{{"requiredForTeamLeads", false}}).status, 200);
  EXPECT_EQ(auditActions(srv, w.admin)["foundation.mfa.team_leads_off"], 1);
  EXPECT_EQ(lead.post("/api/v1/me/second-factor/disable", json::object{{"password", kPassword}, {"code", codeAt(e, srv.now)}}).status, 204);
  EXPECT_EQ(lead.get(team).status, 200);

  // Log-out stays open to a lead who still has to enrol.
  ASSERT_EQ(admin.put("/api/v1/organisation/second-factor", json::object{{"requiredForTeamLeads", true}}).status, 200);
  EXPECT_EQ(lead.get(team).status, 403);
  auto out = lead.del("/api/v1/session");
  EXPECT_LT(out.status, 300) << out.body;
}

TEST_P(SecondFactor, AdminAndAnalystRoutesWaitForAFactorWhenRequired) {
  api::Config cfg;
  cfg.requireSecondFactorForAdmins = true;
  TestServer srv(GetParam(), cfg);
  auto w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  for (auto path : {"/api/v1/members", "/api/v1/invitations", "/api/v1/audit-log"}) {
    auto r = admin.get(path);
    EXPECT_EQ(r.status, 403) << path;
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    EXPECT_EQ(r.json().at("type").as_string(), api::kSecondFactorRequiredType) << path;
    EXPECT_NE(std::string(r.json().at("title").as_string()).find("Stel eerst een tweede stap in"), std::string::npos);
  }
  EXPECT_EQ(admin.post("/api/v1/teams", json::object{{"name", "Nieuw"}}).status, 403);
  EXPECT_EQ(admin.get("/api/v1/me").status, 200);  // the account and its enrolment stay open
  EXPECT_TRUE(admin.get("/api/v1/me/second-factor").json().at("required").as_bool());
  // A member is not asked.
  Client member(srv.port());
  signIn(srv, member, w.member);
  EXPECT_FALSE(member.get("/api/v1/me/second-factor").json().at("required").as_bool());
  EXPECT_EQ(member.get("/api/v1/teams").status, 200);
  // An analyst's national routes wait too.
  EXPECT_EQ(admin.put("/api/v1/members/" + std::to_string(w.member) + "/association-analyst", json::object{{"analyst", true}}).status, 403);
  auto e = enrolAndConfirm(srv, admin);
  EXPECT_EQ(admin.get("/api/v1/members").status, 200);
  // A required factor cannot be turned off.
  srv.now += 30;
  auto off = admin.post("/api/v1/me/second-factor/disable", json::object{{"password", kPassword}, {"code", codeAt(e, srv.now)}});
  EXPECT_EQ(off.status, 403) << off.body;
  EXPECT_TRUE(admin.get("/api/v1/me/second-factor").json().at("enabled").as_bool());
  ASSERT_EQ(admin.put("/api/v1/members/" + std::to_string(w.member) + "/association-analyst", json::object{{"analyst", true}}).status, 200);
  auto national = member.get("/api/v1/national-threads");
  EXPECT_EQ(national.status, 403);
  EXPECT_EQ(national.json().at("type").as_string(), api::kSecondFactorRequiredType);
  enrolAndConfirm(srv, member);
  EXPECT_EQ(member.get("/api/v1/national-threads").status, 200);
}

TEST_P(SecondFactor, TheSecretIsInNoAnswerNorExportNorInTheClear) {
  TestServer srv(GetParam());
  auto w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.admin);
  auto e = enrolAndConfirm(srv, c);
  static const char* hexd = "0123456789abcdef";
  std::string hex;
  for (unsigned char b : e.secret) {
    hex += hexd[b >> 4];
    hex += hexd[b & 15];
  }
  std::string lower = e.base32;
  for (auto& x : lower) x = static_cast<char>(std::tolower(static_cast<unsigned char>(x)));
  auto clean = [&](const std::string& where, const std::string& text) {
    EXPECT_EQ(text.find(e.base32), std::string::npos) << where;
    EXPECT_EQ(text.find(lower), std::string::npos) << where;
    EXPECT_EQ(text.find(hex), std::string::npos) << where;
    EXPECT_EQ(text.find(e.secret), std::string::npos) << where;
    EXPECT_EQ(text.find(e.recoveryCodes[0]), std::string::npos) << where;
  };
  for (auto path : {"/api/v1/me", "/api/v1/me/second-factor", "/api/v1/me/export", "/api/v1/members",
                    "/api/v1/audit-log"}) {
    auto r = c.get(path);
    EXPECT_LT(r.status, 500) << path;
    clean(path, r.body);
  }
  clean("members/export", c.get("/api/v1/members/" + std::to_string(w.admin) + "/export").body);
  clean("audit-log csv", c.get("/api/v1/audit-log?format=csv").body);
  // the readable summaries: their words, not their compressed streams
  auto pdf = c.get("/api/v1/me/export.pdf");
  ASSERT_EQ(pdf.status, 200);
  std::string pdfWords = pdfText(pdf.body, "second_factor_me_" + GetParam());
  EXPECT_NE(pdfWords.find("Account"), std::string::npos) << "pdftotext read nothing";
  clean("me/export.pdf", pdfWords);
  clean("members/export.pdf",
        pdfText(c.get("/api/v1/members/" + std::to_string(w.admin) + "/export.pdf").body, "second_factor_member_" + GetParam()));
  auto exp = c.get("/api/v1/me/export").json();
  auto sf = exp.at("foundation").at("secondFactor");
  EXPECT_TRUE(sf.at("enabled").as_bool());
  EXPECT_TRUE(sf.at("enrolledAt").is_string());
  // At rest: sealed, not the secret in any spelling; recovery codes only as hashes.
  srv.store().db().read([&](store::Conn& conn) {
    auto rows = conn.query("SELECT secret_box FROM second_factors", {});
    ASSERT_EQ(rows.size(), 1u);
    clean("second_factors", rows[0].str(0));
    auto codes = conn.query("SELECT code_hash FROM recovery_codes", {});
    EXPECT_EQ(codes.size(), 10u);
    for (size_t i = 0; i < codes.size(); ++i)
      for (auto& rc : e.recoveryCodes) EXPECT_EQ(codes[i].str(0).find(rc.substr(0, 5)), std::string::npos);
  });
}

INSTANTIATE_TEST_SUITE_P(Stores, SecondFactor, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
