// The craft demo: team Noord's picture is visible with at least 6 responders and statements
// where the team splits; its core shows (5 responders) with shared texts; team Zuid's picture
// gives only the count (2). The demo member has not answered, so she can try it.
#include <gtest/gtest.h>

#include "app/demo.hpp"
#include "harness.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

class CraftDemo : public ::testing::TestWithParam<std::string> {};

int64_t userId(TestServer& srv, const std::string& email) {
  int64_t id = 0;
  srv.store().db().read([&](store::Conn& c) { id = c.query("SELECT id FROM users WHERE email = $1", {email})[0].i64(0); });
  return id;
}

TEST_P(CraftDemo, NoordDiffersZuidWaits) {
  TestServer srv(GetParam());
  ASSERT_TRUE(app::seedDemo(srv.store(), srv.now));
  Client lead(srv.port());
  signIn(srv, lead, userId(srv, "noor.hendriks@demostad.nl"));  // supervises both teams
  auto me = lead.get("/api/v1/me").json();
  int64_t noord = 0, zuid = 0;
  for (auto& t : me.at("teams").as_array())
    (t.at("name").as_string() == "Wijkteam Noord" ? noord : zuid) = t.at("id").as_int64();
  ASSERT_TRUE(noord && zuid);
  auto picture = lead.get("/api/v1/teams/" + std::to_string(noord) + "/craft-picture").json();
  ASSERT_TRUE(picture.at("visible").as_bool());
  EXPECT_GE(picture.at("responders").as_int64(), 6);
  size_t lines = 0;
  for (auto& t : picture.at("themes").as_array()) lines += t.at("lines").as_array().size();
  EXPECT_GE(lines, 3u);
  auto diff = lead.get("/api/v1/teams/" + std::to_string(noord) + "/craft-picture/differences").json();
  auto& items = diff.at("items").as_array();
  ASSERT_GE(items.size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_GT(items[i].at("spread").to_number<double>(), 0.5) << items[i];
  auto core = lead.get("/api/v1/teams/" + std::to_string(noord) + "/craft-core").json();
  ASSERT_TRUE(core.at("visible").as_bool());
  EXPECT_GE(core.at("responders").as_int64(), 5);
  auto south = lead.get("/api/v1/teams/" + std::to_string(zuid) + "/craft-picture").json();
  EXPECT_FALSE(south.at("visible").as_bool());
  EXPECT_EQ(south.at("responders").as_int64(), 2);
  // The organisation's view counts Noord; the demo member has not answered yet.
  EXPECT_EQ(lead.get("/api/v1/organisation/craft-picture").json().at("teams").as_int64(), 1);
  Client sanne(srv.port());
  signIn(srv, sanne, userId(srv, app::kDemoMemberEmail));
  auto mine = sanne.get("/api/v1/teams/" + std::to_string(noord) + "/craft-picture/me").json();
  EXPECT_TRUE(mine.at("answers").as_array().empty());
}

INSTANTIATE_TEST_SUITE_P(Stores, CraftDemo, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
