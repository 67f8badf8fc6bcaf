// One transaction per command: a state-changing request's change, its checks and its audit
// entry commit together or not at all; Idempotency-Key retries; the request's Content-Type.
#include <gtest/gtest.h>

#include "harness.hpp"
#include "store/db.hpp"
#include "store/foundation/idempotency.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Command : public ::testing::TestWithParam<std::string> {};

// Makes every audit entry with `action` fail to be written, as a full disk or a broken
// constraint would.
void refuseAudit(store::Store& s, const std::string& action) {
  if (s.db().dialect() == store::Dialect::Sqlite) {
    s.db().write([&](store::Conn& c) {
      c.script("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.action = '" + action +
               "' BEGIN SELECT RAISE(ABORT, 'audit refused'); END;");
    });
  } else {
    s.db().write([&](store::Conn& c) {
      c.script("CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN IF NEW.action = '" + action +
               "' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;"
               "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit();");
    });
  }
}

void allowAudit(store::Store& s) {
  s.db().write([&](store::Conn& c) {
    c.script(s.db().dialect() == store::Dialect::Sqlite ? "DROP TRIGGER refuse_audit"
                                                        : "DROP TRIGGER refuse_audit ON audit_log");
  });
}

std::vector<std::string> teamNames(Client& c) {
  std::vector<std::string> out;
  auto list = c.get("/api/v1/teams").json();
  for (auto& t : list.at("items").as_array()) out.emplace_back(t.at("name").as_string());
  return out;
}

int64_t auditCount(store::Store& s, const std::string& action) {
  int64_t n = 0;
  s.db().read([&](store::Conn& c) {
    n = c.query("SELECT COUNT(*) FROM audit_log WHERE action = $1", {action})[0].i64(0);
  });
  return n;
}

TEST_P(Command, AFailedAuditWriteRollsTheChangeBack) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto before = teamNames(admin);

  refuseAudit(srv.store(), "team.create");
  auto refused = admin.post("/api/v1/teams", json::object{{"name", "Team Zonder Spoor"}});
  EXPECT_EQ(refused.status, 500) << refused.body;
  EXPECT_EQ(teamNames(admin), before);  // no team without its audit entry
  EXPECT_EQ(auditCount(srv.store(), "team.create"), 0);

  allowAudit(srv.store());
  auto made = admin.post("/api/v1/teams", json::object{{"name", "Team Zonder Spoor"}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(teamNames(admin).size(), before.size() + 1);
  EXPECT_EQ(auditCount(srv.store(), "team.create"), 1);
}

TEST_P(Command, AMultiStepCommandIsAllOrNothing) {
  // A member's team role is changed and audited in one command: refusing the audit leaves the
  // old role in place.
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto path = "/api/v1/teams/" + std::to_string(w.teamB) + "/members/" + std::to_string(w.member);
  refuseAudit(srv.store(), "team.member.put");
  EXPECT_EQ(admin.put(path, json::object{{"role", "team_lead"}}).status, 500);
  EXPECT_EQ(admin.get("/api/v1/teams/" + std::to_string(w.teamB) + "/members").body.find("member@org1.test"),
            std::string::npos);
  allowAudit(srv.store());
  EXPECT_EQ(admin.put(path, json::object{{"role", "team_lead"}}).status, 200);
  EXPECT_NE(admin.get("/api/v1/teams/" + std::to_string(w.teamB) + "/members").body.find("member@org1.test"),
            std::string::npos);
}

TEST_P(Command, ARetryWithTheSameIdempotencyKeyWritesOnce) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto before = teamNames(admin).size();
  std::string body = json::serialize(json::object{{"name", "Team Herhaald"}});
  auto first = admin.request("POST", "/api/v1/teams", body, {{"Idempotency-Key", "b7e1c3f0-1"}});
  ASSERT_EQ(first.status, 201) << first.body;
  auto again = admin.request("POST", "/api/v1/teams", body, {{"Idempotency-Key", "b7e1c3f0-1"}});
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("idempotent-replayed"), "true");
  EXPECT_EQ(teamNames(admin).size(), before + 1);
  EXPECT_EQ(auditCount(srv.store(), "team.create"), 1);

  // The same key for another request is refused; a new key writes again.
  auto other = admin.request("POST", "/api/v1/teams", json::serialize(json::object{{"name", "Ander"}}),
                             {{"Idempotency-Key", "b7e1c3f0-1"}});
  EXPECT_EQ(other.status, 422) << other.body;
  EXPECT_EQ(other.header("content-type"), "application/problem+json");
  EXPECT_EQ(admin.request("POST", "/api/v1/teams", json::serialize(json::object{{"name", "Team Nieuw"}}),
                          {{"Idempotency-Key", "b7e1c3f0-2"}}).status, 201);
  EXPECT_EQ(teamNames(admin).size(), before + 2);
  EXPECT_EQ(admin.request("POST", "/api/v1/teams", body, {{"Idempotency-Key", std::string(129, 'k')}}).status, 400);
  EXPECT_EQ(admin.request("POST", "/api/v1/teams", body, {{"Idempotency-Key", "met spatie"}}).status, 400);

  // Keys belong to their user: another admin's same key is not a replay of the first answer.
  Client other2(srv.port());
  int64_t second = addUser(srv.store(), domain::Actor{w.admin, w.org1, true}, "tweede-beheerder@org1.test",
                           std::nullopt, domain::TeamRole::Member, srv.now, true);
  signIn(srv, other2, second);
  auto theirs = other2.request("POST", "/api/v1/teams", json::serialize(json::object{{"name", "Team Twee"}}),
                               {{"Idempotency-Key", "b7e1c3f0-1"}});
  EXPECT_EQ(theirs.status, 201) << theirs.body;
  EXPECT_NE(theirs.body, first.body);

  // A day later the key is forgotten.
  srv.now += store::kIdempotencySeconds + 1;
  signIn(srv, admin, w.admin);
  auto later = admin.request("POST", "/api/v1/teams", json::serialize(json::object{{"name", "Team Later"}}),
                             {{"Idempotency-Key", "b7e1c3f0-1"}});
  EXPECT_EQ(later.status, 201) << later.body;
}

TEST_P(Command, TheMediaTypeMustBeJsonItself) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  std::string body = json::serialize(json::object{{"name", "Team Type"}});
  for (std::string bad : {"text/plain; x=application/json", "application/json-patch+json", "text/application/json",
                          "application/jsonx", "multipart/form-data; boundary=application/json"}) {
    auto r = admin.request("POST", "/api/v1/teams", body, {{"Content-Type", bad}});
    EXPECT_EQ(r.status, 415) << bad;
    EXPECT_EQ(r.header("content-type"), "application/problem+json") << bad;
  }
  EXPECT_EQ(admin.request("POST", "/api/v1/teams", body, {{"Content-Type", "Application/JSON ; charset=utf-8"}}).status,
            201);
}

TEST_P(Command, PrivacyChecksHaveALengthLimit) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client member(srv.port());
  signIn(srv, member, w.member);
  EXPECT_EQ(member.post("/api/v1/privacy-checks", json::object{{"text", std::string(20000, 'a')}}).status, 200);
  auto big = member.post("/api/v1/privacy-checks", json::object{{"text", std::string(20001, 'a')}});
  EXPECT_EQ(big.status, 400);
  EXPECT_NE(big.body.find("te lang"), std::string::npos) << big.body;
}

INSTANTIATE_TEST_SUITE_P(Stores, Command, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
