// The members' AVG rights through the API, on each store: export, erasure, audit log.
#include <gtest/gtest.h>

#include "harness.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Avg : public ::testing::TestWithParam<std::string> {};

TEST_P(Avg, MemberDownloadsTheirOwnData) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto res = c.get("/api/v1/me/export");
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.header("content-disposition").find("attachment"), std::string::npos);
  auto data = res.json().as_object();
  EXPECT_EQ(data.at("foundation").at("account").at("email").as_string(), "member@org1.test");
  EXPECT_EQ(data.at("foundation").at("teams").as_array().size(), 1u);
  EXPECT_EQ(res.body.find("lead@org1.test"), std::string::npos);  // nobody else's data
}

TEST_P(Avg, AdminErasesAMemberWhoLeft) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client leaver(srv.port());
  ASSERT_EQ(leaver.login("target@org1.test").status, 200);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto exported = admin.get("/api/v1/members/" + std::to_string(w.target) + "/export");
  ASSERT_EQ(exported.status, 200);
  EXPECT_EQ(admin.del("/api/v1/members/" + std::to_string(w.admin)).status, 409);  // not oneself
  ASSERT_EQ(admin.del("/api/v1/members/" + std::to_string(w.target)).status, 204);
  EXPECT_EQ(leaver.get("/api/v1/me").status, 401);  // sessions are gone
  EXPECT_EQ(leaver.login("target@org1.test").status, 401);
  auto team = admin.get("/api/v1/teams/" + std::to_string(w.teamA) + "/members");
  EXPECT_EQ(team.body.find("target@org1.test"), std::string::npos);
  EXPECT_EQ(admin.del("/api/v1/members/" + std::to_string(w.target)).status, 404);
  auto log = admin.get("/api/v1/audit-log").json().at("items").as_array();
  bool erased = false, exportedLogged = false;
  for (auto& e : log) {
    erased = erased || e.at("action").as_string() == "member.erase";
    exportedLogged = exportedLogged || e.at("action").as_string() == "personal-data.export";
  }
  EXPECT_TRUE(erased);
  EXPECT_TRUE(exportedLogged);
  auto csv = admin.get("/api/v1/audit-log?format=csv");
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("member.erase"), std::string::npos);
  EXPECT_EQ(csv.body.find("Org Een"), std::string::npos);  // actions and objects, never content
}

TEST_P(Avg, AnotherOrganisationsAdminCannotExportOrErase) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client other(srv.port());
  signIn(srv, other, w.otherOrgAdmin);
  EXPECT_EQ(other.get("/api/v1/members/" + std::to_string(w.member) + "/export").status, 404);
  EXPECT_EQ(other.del("/api/v1/members/" + std::to_string(w.member)).status, 404);
  Client member(srv.port());
  EXPECT_EQ(member.login("member@org1.test").status, 200);  // still there
}

INSTANTIATE_TEST_SUITE_P(Stores, Avg, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
