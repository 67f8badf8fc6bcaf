// The national story point for dilemmas, on each store: an organisation's admin exports the
// ranking across its teams only once it is visible (3 teams with 5 voters), and the file
// carries counts of starter dilemmas only (planted team names, people's names and an own
// dilemma stay out); the association's analyst imports files, sees the ranking across
// organisations from 3 on, and a file of the same source and month replaces the earlier one.
#include <gtest/gtest.h>

#include "api/dilemmas/body.hpp"
#include "harness.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class DilemmasNational : public ::testing::TestWithParam<std::string> {};

Client as(TestServer& srv, int64_t user) {
  Client c(srv.port());
  signIn(srv, c, user);
  return c;
}

const std::string& starter(size_t i) { return domain::starterDilemmas().at(i).key; }

// An exported file of one organisation: three teams with five voters each, planted names.
json::value exportedFile(TestServer& srv, const World& w, int teams, int first = 0) {
  domain::Actor admin{w.admin, w.org1, true};
  store::DilemmaStore st(srv.store().db());
  auto own = as(srv, w.admin).post(
      "/api/v1/organisation/dilemmas",
      json::object{{"title", "Zzeigendilemma van de organisatie"},
                   {"tension", "Doen we het zo, of doen we het anders?"},
                   {"a", json::object{{"choice", "Zo"}, {"cost", "Het kost tijd."}}},
                   {"b", json::object{{"choice", "Anders"}, {"cost", "Het kost rust."}}}});
  EXPECT_EQ(own.status, 201) << own.body;
  std::string ownKey(own.json().at("key").as_string());
  for (int t = first; t < first + teams; ++t) {
    std::string name = "zzteamnaam" + std::to_string(t);
    int64_t team = srv.store().createTeam(admin, name, srv.now).id;
    auto r = st.openRound(admin, team, {}, srv.now);
    for (int i = 0; i < 5; ++i) {
      int64_t p = addUser(srv.store(), admin, "zzpersoon" + std::to_string(t) + "x" + std::to_string(i) + "@org1.test",
                          team, domain::TeamRole::Member, srv.now);
      st.vote({p, w.org1, false}, r.id,
              {{starter(0), 4, "ja"}, {starter(1), 2, i < 2 ? "soms" : "nee"}, {ownKey, 5, "ja"}}, srv.now);
    }
    st.closeRound(admin, r.id, srv.now);
  }
  auto res = as(srv, w.admin).get("/api/v1/organisation/dilemma-ranking/export");
  if (res.status != 200) return json::object{{"status", res.status}, {"body", res.body}};
  EXPECT_EQ(res.body.find("zzteamnaam"), std::string::npos) << res.body;
  EXPECT_EQ(res.body.find("zzpersoon"), std::string::npos) << res.body;
  EXPECT_EQ(res.body.find("Zzeigendilemma"), std::string::npos) << res.body;
  EXPECT_EQ(res.body.find(ownKey), std::string::npos) << res.body;
  EXPECT_EQ(res.body.find("userId"), std::string::npos) << res.body;
  return res.json();
}

TEST_P(DilemmasNational, ExportOnlyWhenTheRankingIsVisible) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto refused = exportedFile(srv, w, 2);
  ASSERT_EQ(refused.at("status").as_int64(), 409);
  EXPECT_NE(std::string(refused.at("body").as_string()).find("minstens 3 teams"), std::string::npos);
  // Not for a member; a lead is no admin either.
  EXPECT_EQ(as(srv, w.member).get("/api/v1/organisation/dilemma-ranking/export").status, 403);
  auto file = exportedFile(srv, w, 1, 2);  // now three teams with five voters
  ASSERT_TRUE(file.as_object().contains("kind")) << json::serialize(file);
  EXPECT_EQ(file.at("kind").as_string(), "vakkompas-dilemma-ranking");
  EXPECT_EQ(file.at("version").as_int64(), 1);
  EXPECT_EQ(file.at("source").as_string(), "Org Een");
  EXPECT_EQ(file.at("period").as_string().size(), 7u);
  EXPECT_EQ(file.at("teams").as_int64(), 3);
  auto ranking = file.at("ranking").as_array();
  ASSERT_EQ(ranking.size(), 2u);  // the two starter dilemmas; the own one stays home
  EXPECT_EQ(ranking.at(0).at("dilemmaKey").as_string(), starter(0));
  EXPECT_EQ(ranking.at(0).at("votes").as_int64(), 15);
  EXPECT_EQ(ranking.at(0).at("recognisable").at(3).as_int64(), 15);
  EXPECT_EQ(ranking.at(1).at("current").at("soms").as_int64(), 6);
  EXPECT_EQ(ranking.at(0).as_object().size(), 4u);  // dilemmaKey, votes, recognisable, current
  // Audited.
  auto log = as(srv, w.admin).get("/api/v1/audit-log");
  EXPECT_NE(log.body.find("dilemma_ranking.export"), std::string::npos) << log.body.substr(0, 300);
}

TEST_P(DilemmasNational, AnalystSeesTheRankingAcrossThreeOrganisations) {
  json::value file;
  {
    TestServer srv(GetParam());
    World w = buildWorld(srv.store(), srv.now);
    file = exportedFile(srv, w, 3);
    ASSERT_TRUE(file.as_object().contains("ranking")) << json::serialize(file);
  }
  auto fileOf = [&](const std::string& source) {
    json::value f = file;
    f.as_object()["source"] = source;
    return f;
  };
  TestServer national(GetParam());
  World w = buildWorld(national.store(), national.now);
  auto admin = as(national, w.admin);
  auto analyst = as(national, w.member);
  EXPECT_EQ(analyst.post("/api/v1/national-dilemma-rankings", fileOf("Organisatie 1")).status, 403);  // not yet
  EXPECT_EQ(analyst.get("/api/v1/national-dilemma-ranking").status, 403);
  EXPECT_EQ(analyst.request("POST", "/api/v1/national-dilemma-rankings", "geen json").status, 403);  // who first
  ASSERT_EQ(admin.put("/api/v1/members/" + std::to_string(w.member) + "/association-analyst",
                      json::object{{"analyst", true}})
                .status,
            200);
  EXPECT_EQ(admin.post("/api/v1/national-dilemma-rankings", fileOf("Organisatie 1")).status, 403);  // an admin is no analyst
  for (auto* s : {"Organisatie 1", "Organisatie 2"}) {
    auto r = analyst.post("/api/v1/national-dilemma-rankings", fileOf(s));
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json().at("imported").as_int64(), 2);
  }
  auto two = analyst.get("/api/v1/national-dilemma-ranking");
  ASSERT_EQ(two.status, 200) << two.body;
  EXPECT_FALSE(two.json().at("visible").as_bool());
  EXPECT_EQ(two.json().at("organisations").as_int64(), 2);
  EXPECT_FALSE(two.json().as_object().contains("ranking"));
  // The third file has a key this installation does not know: skipped, the rest counts.
  json::value third = fileOf("Organisatie 3");
  third.at("ranking").as_array().push_back(json::object{{"dilemmaKey", "eigen-77"},
                                                        {"votes", 5},
                                                        {"recognisable", json::array{0, 0, 0, 0, 5}},
                                                        {"current", json::object{{"ja", 5}, {"soms", 0}, {"nee", 0}}}});
  auto r3 = analyst.post("/api/v1/national-dilemma-rankings", third);
  ASSERT_EQ(r3.status, 201) << r3.body;
  EXPECT_EQ(r3.json().at("imported").as_int64(), 2);
  auto three = analyst.get("/api/v1/national-dilemma-ranking");
  ASSERT_TRUE(three.json().at("visible").as_bool()) << three.body;
  EXPECT_EQ(three.json().at("organisations").as_int64(), 3);
  auto threeJson = three.json();
  auto& ranking = threeJson.at("ranking").as_array();
  ASSERT_EQ(ranking.size(), 2u);
  EXPECT_EQ(ranking.at(0).at("dilemmaKey").as_string(), starter(0));
  EXPECT_EQ(ranking.at(0).at("rank").as_int64(), 1);
  EXPECT_EQ(ranking.at(0).at("votes").as_int64(), 45);
  EXPECT_EQ(ranking.at(0).at("title").as_string(), domain::starterDilemmas().at(0).title);
  EXPECT_EQ(three.body.find("eigen-77"), std::string::npos);
  // Re-importing the same source and month replaces its counts: one vote less for the first.
  json::value again = fileOf("Organisatie 1");
  auto& first = again.at("ranking").as_array().at(0).as_object();
  first["votes"] = 14;
  first["recognisable"] = json::array{0, 0, 0, 14, 0};
  first["current"] = json::object{{"ja", 14}, {"soms", 0}, {"nee", 0}};
  ASSERT_EQ(analyst.post("/api/v1/national-dilemma-rankings", again).status, 201);
  auto replaced = analyst.get("/api/v1/national-dilemma-ranking").json();
  EXPECT_EQ(replaced.at("organisations").as_int64(), 3);
  EXPECT_EQ(replaced.at("ranking").at(0).at("votes").as_int64(), 44);
  auto log = admin.get("/api/v1/audit-log");
  EXPECT_NE(log.body.find("dilemma_ranking.import"), std::string::npos);
}

TEST_P(DilemmasNational, ImportChecksTheFileStrictly) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto admin = as(srv, w.admin);
  ASSERT_EQ(admin.put("/api/v1/members/" + std::to_string(w.member) + "/association-analyst",
                      json::object{{"analyst", true}})
                .status,
            200);
  auto analyst = as(srv, w.member);
  json::object bad{{"kind", "iets anders"},
                   {"version", 2},
                   {"source", ""},
                   {"period", "2026-13"},
                   {"teams", 2},
                   {"extra", true},
                   {"ranking", json::array{json::object{{"dilemmaKey", starter(0)},
                                                        {"votes", 5},
                                                        {"recognisable", json::array{0, 0, 1, 2, 1}},
                                                        {"current", json::object{{"ja", 5}, {"soms", 0}, {"nee", 0}}},
                                                        {"team", "Noord"}}}}};
  auto res = analyst.post("/api/v1/national-dilemma-rankings", bad);
  ASSERT_EQ(res.status, 400) << res.body;
  for (auto* f : {"\"kind\"", "\"version\"", "\"source\"", "\"period\"", "\"teams\"", "\"extra\"",
                  "\"ranking[0].recognisable\"", "\"ranking[0].team\""})
    EXPECT_NE(res.body.find(f), std::string::npos) << f << " " << res.body;
  EXPECT_EQ(res.body.find("ranking[0].current"), std::string::npos) << res.body;  // that one adds up
  EXPECT_EQ(analyst.request("POST", "/api/v1/national-dilemma-rankings", "geen json").status, 400);
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Stores, DilemmasNational, ::testing::ValuesIn(backends()));

}  // namespace vk::test
