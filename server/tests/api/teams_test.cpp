// Teams, members, roles and invitations as people use them, against each store.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Teams : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> emails(const json::value& list) {
  std::vector<std::string> out;
  for (auto& m : list.at("items").as_array()) out.emplace_back(m.at("email").as_string());
  return out;
}

TEST_P(Teams, MembersSeeTheirOwnTeamsOnly) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("member@org1.test").status, 200);
  auto teams = c.get("/api/v1/teams").json().at("items").as_array();
  ASSERT_EQ(teams.size(), 1u);
  EXPECT_EQ(teams[0].at("id").as_int64(), w.teamA);
  EXPECT_EQ(teams[0].at("memberCount").as_int64(), 4);
  auto members = emails(c.get("/api/v1/teams/" + std::to_string(w.teamA) + "/members").json());
  EXPECT_EQ(members.size(), 4u);
  EXPECT_EQ(c.get("/api/v1/teams/" + std::to_string(w.teamB) + "/members").status, 403);
  EXPECT_EQ(c.get("/api/v1/teams/" + std::to_string(w.teamC)).status, 404);  // another organisation's team
  EXPECT_EQ(c.get("/api/v1/teams/999999").status, 404);
  EXPECT_EQ(c.get("/api/v1/members").status, 403);
}

TEST_P(Teams, AdminSeesAllTeamsAndManagesMembers) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  ASSERT_EQ(admin.login("admin@org1.test").status, 200);
  EXPECT_EQ(admin.get("/api/v1/teams").json().at("items").as_array().size(), 2u);
  auto path = "/api/v1/teams/" + std::to_string(w.teamB) + "/members/" + std::to_string(w.member);
  auto put = admin.put(path, json::object{{"role", "team_lead"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json().at("role").as_string(), "team_lead");
  EXPECT_EQ(admin.put(path, json::object{{"role", "baas"}}).status, 400);
  // The member now leads team B and sees both teams.
  Client member(srv.port());
  ASSERT_EQ(member.login("member@org1.test").status, 200);
  EXPECT_EQ(member.get("/api/v1/teams").json().at("items").as_array().size(), 2u);
  // Another organisation's user cannot be added.
  auto foreign = admin.put("/api/v1/teams/" + std::to_string(w.teamA) + "/members/" + std::to_string(w.otherOrgMember),
                           json::object{{"role", "member"}});
  EXPECT_EQ(foreign.status, 404);
  EXPECT_EQ(admin.del(path).status, 204);
  EXPECT_EQ(admin.del(path).status, 404);
  auto patch = admin.patch("/api/v1/members/" + std::to_string(w.member),
                           json::object{{"discipline", "schuldhulpverlener"}, {"experience", "meester"}});
  ASSERT_EQ(patch.status, 200);
  EXPECT_EQ(patch.json().at("experience").as_string(), "meester");
  auto all = admin.get("/api/v1/members").json();
  EXPECT_EQ(all.at("items").as_array().size(), 6u);  // admin + 5 members of org 1, none of org 2
  EXPECT_EQ(admin.patch("/api/v1/members/" + std::to_string(w.admin), json::object{{"orgAdmin", false}}).status, 409);
}

TEST_P(Teams, TeamLeadManagesOwnTeamButNotOthers) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client lead(srv.port());
  ASSERT_EQ(lead.login("lead@org1.test").status, 200);
  auto own = "/api/v1/teams/" + std::to_string(w.teamA) + "/members/" + std::to_string(w.target);
  EXPECT_EQ(lead.put(own, json::object{{"role", "supervisor"}}).status, 200);
  auto other = "/api/v1/teams/" + std::to_string(w.teamB) + "/members/" + std::to_string(w.target);
  EXPECT_EQ(lead.put(other, json::object{{"role", "member"}}).status, 403);
  Client member(srv.port());
  ASSERT_EQ(member.login("member@org1.test").status, 200);
  EXPECT_EQ(member.put(own, json::object{{"role", "team_lead"}}).status, 403);
  EXPECT_EQ(member.del(own).status, 403);
  auto team = member.get("/api/v1/teams/" + std::to_string(w.teamA) + "/members").json();
  for (auto& m : team.at("items").as_array())
    if (m.at("id").as_int64() == w.target) { EXPECT_EQ(m.at("role").as_string(), "supervisor"); }
}

TEST_P(Teams, InvitationIsUsedOnceAndExpires) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  ASSERT_EQ(admin.login("admin@org1.test").status, 200);
  auto inv = admin.post("/api/v1/invitations", json::object{{"email", "Nieuw@Org1.test"},
                                                             {"name", "Nieuwe Collega"},
                                                             {"teamId", w.teamB},
                                                             {"role", "member"},
                                                             {"discipline", "Wmo-consulent"},
                                                             {"experience", "gezel"}});
  ASSERT_EQ(inv.status, 201) << inv.body;
  std::string token(inv.json().at("token").as_string());
  EXPECT_EQ(inv.json().at("link").as_string(), "/uitnodiging/" + token);
  EXPECT_EQ(inv.json().at("status").as_string(), "open");
  // Same e-mail as an existing account: refused with a clear field error.
  auto dup = admin.post("/api/v1/invitations", json::object{{"email", "member@org1.test"}, {"name", "X"}});
  EXPECT_EQ(dup.status, 409);

  Client newcomer(srv.port());
  auto preview = newcomer.get("/api/v1/invitation-tokens/" + token);
  ASSERT_EQ(preview.status, 200);
  EXPECT_EQ(preview.json().at("teamName").as_string(), "Team B org1");
  EXPECT_EQ(preview.json().at("email").as_string(), "nieuw@org1.test");
  auto weak = newcomer.post("/api/v1/invitation-tokens/" + token + "/acceptance", json::object{{"password", "kort"}});
  EXPECT_EQ(weak.status, 400);
  auto accepted = newcomer.post("/api/v1/invitation-tokens/" + token + "/acceptance",
                                json::object{{"name", "Nieuwe Collega"}, {"password", "welkom-in-het-team"}});
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  newcomer.csrf = std::string(accepted.json().at("csrfToken").as_string());
  auto me = newcomer.get("/api/v1/me").json();
  EXPECT_EQ(me.at("user").at("discipline").as_string(), "Wmo-consulent");
  EXPECT_EQ(me.at("user").at("experience").as_string(), "gezel");
  EXPECT_EQ(me.at("teams").at(0).at("id").as_int64(), w.teamB);

  Client thief(srv.port());
  auto reuse = thief.post("/api/v1/invitation-tokens/" + token + "/acceptance",
                          json::object{{"password", "ik-ook-graag-binnen"}});
  EXPECT_EQ(reuse.status, 410);
  EXPECT_EQ(thief.get("/api/v1/invitation-tokens/" + token).status, 410);
  EXPECT_EQ(thief.get("/api/v1/invitation-tokens/onzin").status, 404);

  // The fixture's invitation expires after an hour.
  srv.now += 3601;
  EXPECT_EQ(thief.post("/api/v1/invitation-tokens/" + w.invitationToken + "/acceptance",
                       json::object{{"password", "te-laat-helaas-1"}})
                .status,
            410);
  auto list = admin.get("/api/v1/invitations").json().at("items").as_array();
  std::map<std::string, std::string> status;
  for (auto& i : list) status[std::string(i.at("email").as_string())] = std::string(i.at("status").as_string());
  EXPECT_EQ(status["nieuw@org1.test"], "accepted");
  EXPECT_EQ(status["invited@org1.test"], "expired");
}

TEST_P(Teams, RevokedInvitationCannotBeUsed) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port());
  ASSERT_EQ(admin.login("admin@org1.test").status, 200);
  EXPECT_EQ(admin.del("/api/v1/invitations/" + std::to_string(w.invitation)).status, 204);
  Client c(srv.port());
  EXPECT_EQ(c.post("/api/v1/invitation-tokens/" + w.invitationToken + "/acceptance",
                   json::object{{"password", "ingetrokken-link-1"}})
                .status,
            410);
}

INSTANTIATE_TEST_SUITE_P(Stores, Teams, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
