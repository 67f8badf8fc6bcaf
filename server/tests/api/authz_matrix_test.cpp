// Every route in the route table, called as every kind of caller: each role in
// team A, a member of team B, an admin and a member of another organisation, and
// nobody. A route missing from the expectations below fails the test, so a new
// route must state who may call it.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace vk::test {
namespace {

enum class Who { Nobody, Admin, Lead, Supervisor, Member, OtherTeam, OtherOrgAdmin, OtherOrgMember };
const std::vector<std::pair<Who, const char*>> kCallers = {
    {Who::Nobody, "nobody"},         {Who::Admin, "org admin"},           {Who::Lead, "team lead of A"},
    {Who::Supervisor, "supervisor of A"}, {Who::Member, "member of A"},   {Who::OtherTeam, "member of team B"},
    {Who::OtherOrgAdmin, "admin of org 2"}, {Who::OtherOrgMember, "member of org 2"}};

const std::set<Who> kEveryone = {Who::Nobody, Who::Admin, Who::Lead, Who::Supervisor, Who::Member,
                                 Who::OtherTeam, Who::OtherOrgAdmin, Who::OtherOrgMember};
const std::set<Who> kLoggedIn = {Who::Admin, Who::Lead, Who::Supervisor, Who::Member,
                                 Who::OtherTeam, Who::OtherOrgAdmin, Who::OtherOrgMember};
const std::set<Who> kTeamA = {Who::Admin, Who::Lead, Who::Supervisor, Who::Member};
const std::set<Who> kTeamManagers = {Who::Admin, Who::Lead};
const std::set<Who> kAnyAdmin = {Who::Admin, Who::OtherOrgAdmin};  // each within their own organisation
const std::set<Who> kOrg1Admin = {Who::Admin};

struct Expectation {
  std::set<Who> allowed;
  std::string body;  // a valid body, so that refusal is about access, not about input
};

// Bodies refer to placeholders that are filled from the world: {teamA}
std::map<std::string, Expectation> expectations() {
  return {
      {"GET /api/v1/health", {kEveryone, ""}},
      {"GET /api/v1/openapi.json", {kEveryone, ""}},
      {"GET /api/v1/setup", {kEveryone, ""}},
      {"POST /api/v1/setup",
       {kEveryone, R"({"organisation":"X","name":"Y","email":"new@x.test","password":"lang-genoeg-1"})"}},
      {"POST /api/v1/session", {kEveryone, R"({"email":"member@org1.test","password":"goed-wachtwoord-1"})"}},
      {"DELETE /api/v1/session", {kLoggedIn, ""}},
      {"GET /api/v1/me", {kLoggedIn, ""}},
      {"PUT /api/v1/me/password",
       {kLoggedIn, R"({"currentPassword":"goed-wachtwoord-1","newPassword":"nieuw-wachtwoord-2"})"}},
      {"GET /api/v1/teams", {kLoggedIn, ""}},
      {"POST /api/v1/teams", {kAnyAdmin, R"({"name":"Nieuw team"})"}},
      {"GET /api/v1/teams/{teamId}", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/members", {kTeamA, ""}},
      {"PUT /api/v1/teams/{teamId}/members/{userId}", {kTeamManagers, R"({"role":"supervisor"})"}},
      {"DELETE /api/v1/teams/{teamId}/members/{userId}", {kTeamManagers, ""}},
      {"GET /api/v1/members", {kAnyAdmin, ""}},
      {"PATCH /api/v1/members/{userId}", {kOrg1Admin, R"({"experience":"meester"})"}},
      {"GET /api/v1/invitations", {kAnyAdmin, ""}},
      {"POST /api/v1/invitations", {kOrg1Admin, R"({"email":"nieuw@org1.test","name":"Nieuw","teamId":{teamA}})"}},
      {"DELETE /api/v1/invitations/{invitationId}", {kOrg1Admin, ""}},
      {"GET /api/v1/invitation-tokens/{token}", {kEveryone, ""}},
      {"POST /api/v1/invitation-tokens/{token}/acceptance", {kEveryone, R"({"password":"lang-genoeg-1"})"}},
  };
}

std::string fill(std::string s, const World& w) {
  auto rep = [&](const std::string& key, const std::string& v) {
    for (size_t p; (p = s.find(key)) != std::string::npos;) s.replace(p, key.size(), v);
  };
  rep("{teamId}", std::to_string(w.teamA));
  rep("{teamA}", std::to_string(w.teamA));
  rep("{userId}", std::to_string(w.target));
  rep("{invitationId}", std::to_string(w.invitation));
  rep("{token}", w.invitationToken);
  return s;
}

int64_t idOf(const World& w, Who who) {
  switch (who) {
    case Who::Admin: return w.admin;
    case Who::Lead: return w.lead;
    case Who::Supervisor: return w.supervisor;
    case Who::Member: return w.member;
    case Who::OtherTeam: return w.otherTeam;
    case Who::OtherOrgAdmin: return w.otherOrgAdmin;
    case Who::OtherOrgMember: return w.otherOrgMember;
    case Who::Nobody: return 0;
  }
  return 0;
}

TEST(AuthorisationMatrix, EveryRouteAsEveryCaller) {
  auto table = expectations();
  std::set<std::string> seen;
  // One server for the route table; each call gets a fresh world, so one caller's
  // change (a removal, an accepted invitation) never decides another caller's outcome.
  TestServer probe("sqlite");
  for (auto& route : probe.app().routes().routes()) {
    std::string key = route.method + " " + http::openApiPath(route.pattern);
    seen.insert(key);
    auto it = table.find(key);
    if (it == table.end()) {
      ADD_FAILURE() << "route without an authorisation expectation: " << key;
      continue;
    }
    for (auto& [who, label] : kCallers) {
      TestServer srv("sqlite");
      World w = buildWorld(srv.store(), srv.now);
      Client c(srv.port());
      if (who != Who::Nobody) signIn(srv, c, idOf(w, who));
      std::string target = fill(http::openApiPath(route.pattern), w);
      auto res = c.request(route.method, target, fill(it->second.body, w));
      bool refused = res.status == 401 || res.status == 403 || res.status == 404;
      bool shouldAllow = it->second.allowed.count(who) > 0;
      EXPECT_EQ(!refused, shouldAllow) << key << " as " << label << " → " << res.status << " " << res.body;
      // Public routes answer whoever holds the credentials or token; the rest must not leak.
      if (route.access != http::Access::Public && (who == Who::OtherOrgAdmin || who == Who::OtherOrgMember))
        EXPECT_EQ(res.body.find("org1"), std::string::npos) << key << " leaks organisation 1 to " << label;
      if (who == Who::OtherTeam && key.find("{teamId}") != std::string::npos)
        EXPECT_EQ(res.body.find("target@org1"), std::string::npos) << key << " leaks team A to " << label;
    }
  }
  for (auto& [key, e] : table) EXPECT_TRUE(seen.count(key)) << "expectation for a route that does not exist: " << key;
}

}  // namespace
}  // namespace vk::test
