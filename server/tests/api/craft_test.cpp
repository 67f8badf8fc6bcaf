// The picture and the core of the craft through the API, on each store: a member's own
// answers ("herken" and "anders" exclude each other), the team views under their thresholds
// (picture: 2 responders give the count alone, 3 the picture; core: 4 the count, 5 the
// tallies), private lines and texts in no team, organisation or national answer (a planted
// marker is searched in every answer), scope (another team 403, another organisation 404),
// the organisation's edit of a theme, the organisation views over teams with 5 responders,
// the national file, and the AVG export and erasure.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Craft : public ::testing::TestWithParam<std::string> {};

constexpr const char* kPrivate = "zzprivemarker";  // private lines and texts
constexpr const char* kTeamOnly = "zzteammarker";  // core texts shared with the team only
constexpr const char* kShared = "zzgedeeldmarker";
constexpr const char* kNational = "zzlandelijkmarker";

std::string str(int64_t v) { return std::to_string(v); }

Client as(TestServer& srv, int64_t user) {
  Client c(srv.port());
  signIn(srv, c, user);
  return c;
}

// An answer body: herken or anders on a few statements, with a private and a shared line.
json::object pictureBody(const std::string& recognition, bool current = true) {
  return json::object{
      {"answers", json::array{json::object{{"statementKey", "werker-menselijk"}, {"recognition", recognition}, {"current", current}},
                              json::object{{"statementKey", "werk-contact-eerst"}, {"recognition", "herken"}, {"current", false}},
                              json::object{{"statementKey", "team-duo"}, {"recognition", nullptr}, {"current", true}}}},
      {"lines", json::array{json::object{{"themeKey", "werker"}, {"text", std::string("Mijn eigen ") + kPrivate}, {"shared", false}},
                            json::object{{"themeKey", "team"}, {"text", std::string("Bij ons ") + kShared}, {"shared", true}}}}};
}

json::object coreBody(const std::string& fit, const std::string& share, const std::string& text) {
  return json::object{{"responses", json::array{json::object{{"partKey", "context"}, {"fit", fit}, {"text", text}, {"share", share}},
                                                json::object{{"partKey", "houding"}, {"fit", "past"}, {"text", ""}, {"share", "prive"}}}}};
}

std::vector<int64_t> people(TestServer& srv, const World& w, int64_t team, const std::string& name, int n) {
  domain::Actor admin{w.admin, w.org1, true};
  std::vector<int64_t> out;
  for (int i = 0; i < n; ++i)
    out.push_back(addUser(srv.store(), admin, name + str(i) + "@org1.test", team, domain::TeamRole::Member, srv.now));
  return out;
}

const json::object* theme(const json::value& v, const std::string& key) {
  for (auto& t : v.at("themes").as_array())
    if (t.at("key").as_string() == key) return &t.as_object();
  return nullptr;
}
const json::object* statement(const json::object& theme, const std::string& key) {
  for (auto& s : theme.at("statements").as_array())
    if (s.at("key").as_string() == key) return &s.as_object();
  return nullptr;
}

// Every craft answer a caller can fetch: the marker must be in none of them.
std::vector<std::string> viewsOf(Client& c, const World& w) {
  std::vector<std::string> out;
  for (auto* path : {"/craft-picture", "/organisation/craft-picture", "/craft-core", "/organisation/craft-core",
                     "/organisation/craft/export", "/national-craft"})
    out.push_back(c.get(std::string("/api/v1") + path).body);
  for (auto team : {w.teamA, w.teamB})
    for (auto* path : {"/craft-picture", "/craft-picture/differences", "/craft-core"})
      out.push_back(c.get("/api/v1/teams/" + str(team) + path).body);
  return out;
}

TEST_P(Craft, MemberSavesAndReadsOwnAnswers) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  auto me = "/api/v1/teams/" + str(w.teamA) + "/craft-picture/me";
  auto empty = member.get(me);
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(empty.json().at("answers").as_array().empty());
  auto saved = member.put(me, pictureBody("herken"));
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto back = member.get(me).json();
  ASSERT_EQ(back.at("answers").as_array().size(), 3u);
  EXPECT_EQ(back.at("lines").as_array().size(), 2u);
  bool sawNull = false;
  for (auto& a : back.at("answers").as_array())
    if (a.at("statementKey").as_string() == "team-duo") {
      sawNull = a.at("recognition").is_null();
      EXPECT_TRUE(a.at("current").as_bool());
    }
  EXPECT_TRUE(sawNull);
  // Replaces, not adds; choosing nothing stores nothing.
  auto again = member.put(me, json::object{{"answers", json::array{json::object{{"statementKey", "werker-stem"},
                                                                                {"recognition", "anders"}},
                                                                   json::object{{"statementKey", "werker-stevig"}}}}});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json().at("answers").as_array().size(), 1u);
  EXPECT_TRUE(again.json().at("lines").as_array().empty());
  // Both "herken" and "anders" at once is no answer; unknown keys and fields are named.
  auto both = member.put(me, json::object{{"answers", json::array{json::object{{"statementKey", "werker-stem"},
                                                                               {"recognition", "herken,anders"}}}}});
  EXPECT_EQ(both.status, 400) << both.body;
  EXPECT_NE(both.body.find("answers[0].recognition"), std::string::npos);
  auto unknown = member.put(me, json::object{{"answers", json::array{json::object{{"statementKey", "bestaat-niet"}}}},
                                             {"lines", json::array{json::object{{"themeKey", "werker"}, {"kleur", "rood"}}}}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("lines[0].kleur"), std::string::npos) << unknown.body;
  auto twice = member.put(me, json::object{{"answers", json::array{json::object{{"statementKey", "werker-stem"}, {"current", true}},
                                                                   json::object{{"statementKey", "werker-stem"}, {"current", true}}}}});
  EXPECT_EQ(twice.status, 400);
  // A BSN in one's own line is refused, even private.
  auto bsn = member.put(me, json::object{{"lines", json::array{json::object{{"themeKey", "werker"},
                                                                            {"text", "Mevrouw met BSN 111222333."}}}}});
  EXPECT_EQ(bsn.status, 422) << bsn.body;
}

TEST_P(Craft, ScopeOtherTeamForbiddenOtherOrganisationNotFound) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto other = as(srv, w.otherTeam);
  auto foreign = as(srv, w.otherOrgMember);
  for (auto* path : {"/craft-picture", "/craft-picture/me", "/craft-picture/differences", "/craft-core", "/craft-core/me"}) {
    EXPECT_EQ(other.get("/api/v1/teams/" + str(w.teamA) + path).status, 403) << path;
    EXPECT_EQ(foreign.get("/api/v1/teams/" + str(w.teamA) + path).status, 404) << path;
  }
  EXPECT_EQ(other.put("/api/v1/teams/" + str(w.teamA) + "/craft-picture/me", pictureBody("herken")).status, 403);
  EXPECT_EQ(foreign.put("/api/v1/teams/" + str(w.teamA) + "/craft-core/me", coreBody("past", "prive", "")).status, 404);
  // The admin sees the team's view but has no answers of their own in a team they are not in.
  auto admin = as(srv, w.admin);
  EXPECT_EQ(admin.get("/api/v1/teams/" + str(w.teamA) + "/craft-picture").status, 200);
  EXPECT_EQ(admin.get("/api/v1/teams/" + str(w.teamA) + "/craft-picture/me").status, 403);
}

TEST_P(Craft, TeamPictureFromThreeRespondersWithoutPrivateLines) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto me = "/api/v1/teams/" + str(w.teamA) + "/craft-picture/me";
  auto view = "/api/v1/teams/" + str(w.teamA) + "/craft-picture";
  ASSERT_EQ(as(srv, w.member).put(me, pictureBody("herken")).status, 200);
  ASSERT_EQ(as(srv, w.lead).put(me, pictureBody("anders")).status, 200);
  auto lead = as(srv, w.lead);
  auto two = lead.get(view);
  ASSERT_EQ(two.status, 200) << two.body;
  EXPECT_EQ(two.json().at("responders").as_int64(), 2);
  EXPECT_EQ(two.json().at("minResponders").as_int64(), 3);
  EXPECT_FALSE(two.json().at("visible").as_bool());
  EXPECT_EQ(two.json().as_object().size(), 3u);  // the count alone
  EXPECT_EQ(two.body.find(kShared), std::string::npos);
  auto diff2 = lead.get(view + std::string("/differences")).json();
  EXPECT_FALSE(diff2.at("visible").as_bool());
  EXPECT_FALSE(diff2.as_object().contains("items"));

  ASSERT_EQ(as(srv, w.supervisor).put(me, pictureBody("herken", false)).status, 200);
  auto three = lead.get(view);
  ASSERT_EQ(three.status, 200);
  auto v = three.json();
  EXPECT_TRUE(v.at("visible").as_bool());
  EXPECT_EQ(v.at("responders").as_int64(), 3);
  auto* werker = theme(v, "werker");
  ASSERT_TRUE(werker);
  auto* s = statement(*werker, "werker-menselijk");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->at("herken").as_int64(), 2);
  EXPECT_EQ(s->at("anders").as_int64(), 1);
  EXPECT_EQ(s->at("current").as_int64(), 2);
  EXPECT_EQ(s->at("answered").as_int64(), 3);
  EXPECT_EQ(werker->at("recognised").as_int64(), 2);
  EXPECT_TRUE(werker->at("lines").as_array().empty());  // the werker lines were private
  auto* team = theme(v, "team");
  ASSERT_EQ(team->at("lines").as_array().size(), 3u);
  EXPECT_NE(three.body.find(kShared), std::string::npos);
  EXPECT_TRUE(team->contains("words"));
  // No names, no user ids beside a line.
  EXPECT_EQ(three.body.find("userId"), std::string::npos);

  // Where do we differ: the split statement first.
  auto diff = lead.get(view + std::string("/differences")).json();
  ASSERT_TRUE(diff.at("visible").as_bool());
  auto& items = diff.at("items").as_array();
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items.at(0).at("statementKey").as_string(), "werker-menselijk");
  EXPECT_EQ(items.at(0).at("themeKey").as_string(), "werker");
  EXPECT_EQ(items.at(0).at("themeTitle").as_string(), "De werker");
  EXPECT_NEAR(items.at(0).at("spread").as_double(), 0.667, 0.001);  // 2 herken, 1 anders
  EXPECT_EQ(items.back().at("spread").to_number<double>(), 0.0);

  // The private marker reaches nobody but its writer.
  for (auto who : {w.admin, w.lead, w.supervisor, w.member, w.otherTeam, w.otherOrgAdmin, w.otherOrgMember}) {
    auto c = as(srv, who);
    for (auto& body : viewsOf(c, w)) EXPECT_EQ(body.find(kPrivate), std::string::npos) << body.substr(0, 200);
  }
  EXPECT_NE(as(srv, w.member).get(me).body.find(kPrivate), std::string::npos);
  EXPECT_EQ(as(srv, w.lead).get(me).body.find("Mijn eigen") != std::string::npos, true);  // the lead's own
}

TEST_P(Craft, CoreFromFiveRespondersTextsByChoice) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto me = "/api/v1/teams/" + str(w.teamA) + "/craft-core/me";
  auto view = "/api/v1/teams/" + str(w.teamA) + "/craft-core";
  auto member = as(srv, w.member);
  // Missing something needs words; an unknown part or share is named.
  auto noText = member.put(me, coreBody("mist", "team", " "));
  EXPECT_EQ(noText.status, 400);
  EXPECT_NE(noText.body.find("responses[0].text"), std::string::npos) << noText.body;
  EXPECT_EQ(member.put(me, coreBody("past", "openbaar", "")).status, 400);
  ASSERT_EQ(member.put(me, coreBody("mist", "prive", std::string("Ik mis ") + kPrivate)).status, 200);
  ASSERT_EQ(as(srv, w.lead).put(me, coreBody("anders", "team", std::string("Wij zeggen ") + kTeamOnly)).status, 200);
  ASSERT_EQ(as(srv, w.supervisor).put(me, coreBody("anders", "landelijk", std::string("Landelijk ") + kNational)).status, 200);
  ASSERT_EQ(as(srv, w.target).put(me, coreBody("past", "prive", "")).status, 200);
  auto four = as(srv, w.lead).get(view);
  ASSERT_EQ(four.status, 200) << four.body;
  EXPECT_EQ(four.json().at("responders").as_int64(), 4);
  EXPECT_EQ(four.json().at("minResponders").as_int64(), 5);
  EXPECT_FALSE(four.json().at("visible").as_bool());
  EXPECT_FALSE(four.json().as_object().contains("parts"));
  EXPECT_EQ(four.body.find(kTeamOnly), std::string::npos);
  auto extra = people(srv, w, w.teamA, "kern", 1);
  ASSERT_EQ(as(srv, extra[0]).put(me, coreBody("past", "team", "")).status, 200);
  auto five = as(srv, w.lead).get(view);
  auto v = five.json();
  ASSERT_TRUE(v.at("visible").as_bool()) << five.body;
  auto& context = v.at("parts").at(0);
  EXPECT_EQ(context.at("key").as_string(), "context");
  EXPECT_EQ(context.at("past").as_int64(), 2);
  EXPECT_EQ(context.at("mist").as_int64(), 1);
  EXPECT_EQ(context.at("anders").as_int64(), 2);
  EXPECT_NE(five.body.find(kTeamOnly), std::string::npos);
  EXPECT_NE(five.body.find(kNational), std::string::npos);
  EXPECT_EQ(five.body.find(kPrivate), std::string::npos);
  // Above the team: only the national ones.
  auto org = as(srv, w.otherTeam).get("/api/v1/organisation/craft-core");
  ASSERT_TRUE(org.json().at("visible").as_bool()) << org.body;
  EXPECT_EQ(org.json().at("teams").as_int64(), 1);
  EXPECT_NE(org.body.find(kNational), std::string::npos);
  EXPECT_EQ(org.body.find(kTeamOnly), std::string::npos);
  for (auto who : {w.admin, w.lead, w.supervisor, w.otherTeam, w.otherOrgAdmin, w.otherOrgMember}) {
    auto c = as(srv, who);
    for (auto& body : viewsOf(c, w)) EXPECT_EQ(body.find(kPrivate), std::string::npos) << body.substr(0, 200);
  }
  auto back = member.get(me).json();
  EXPECT_EQ(back.at("responses").at(0).at("share").as_string(), "prive");
}

TEST_P(Craft, OrganisationCountsOnlyTeamsWithFiveResponders) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto answer = [&](int64_t team, int64_t user, const std::string& r) {
    auto res = as(srv, user).put("/api/v1/teams/" + str(team) + "/craft-picture/me", pictureBody(r));
    ASSERT_EQ(res.status, 200) << res.body;
  };
  for (auto u : {w.member, w.lead, w.supervisor, w.target}) answer(w.teamA, u, "herken");
  answer(w.teamB, w.otherTeam, "anders");
  auto b = people(srv, w, w.teamB, "zuid", 1);
  answer(w.teamB, b[0], "anders");
  auto none = as(srv, w.member).get("/api/v1/organisation/craft-picture").json();
  EXPECT_FALSE(none.at("visible").as_bool());
  EXPECT_EQ(none.at("teams").as_int64(), 0);
  EXPECT_FALSE(none.as_object().contains("themes"));
  EXPECT_EQ(as(srv, w.admin).get("/api/v1/organisation/craft/export").status, 409);
  auto a = people(srv, w, w.teamA, "noord", 1);
  answer(w.teamA, a[0], "anders");
  auto org = as(srv, w.otherTeam).get("/api/v1/organisation/craft-picture");
  auto v = org.json();
  ASSERT_TRUE(v.at("visible").as_bool()) << org.body;
  EXPECT_EQ(v.at("teams").as_int64(), 1);
  auto* s = statement(*theme(v, "werker"), "werker-menselijk");
  EXPECT_EQ(s->at("herken").as_int64(), 4);  // team B's two "anders" stay out
  EXPECT_EQ(s->at("anders").as_int64(), 1);
  EXPECT_FALSE(theme(v, "team")->contains("lines"));
  EXPECT_EQ(org.body.find(kShared), std::string::npos);
  EXPECT_EQ(org.body.find("Noord"), std::string::npos);
  // Another organisation sees nothing of it.
  EXPECT_FALSE(as(srv, w.otherOrgMember).get("/api/v1/organisation/craft-picture").json().at("visible").as_bool());
}

TEST_P(Craft, AdminEditsATheme) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto admin = as(srv, w.admin);
  auto path = "/api/v1/organisation/craft-picture/themes/werker";
  json::object body{{"intro", "Wie je bent in het werk, bij ons."},
                    {"statements", json::array{json::object{{"key", "werker-menselijk"}, {"text", "Menselijkheid is ons vak."}},
                                               json::object{{"key", "werker-stem"}, {"text", "We geven huishoudens een stem."}},
                                               json::object{{"text", "We zijn nieuwsgierig naar het verhaal."}},
                                               json::object{{"text", "We houden vol als het taai wordt."}}}}};
  EXPECT_EQ(as(srv, w.lead).put(path, body).status, 403);
  auto res = admin.put(path, body);
  ASSERT_EQ(res.status, 200) << res.body;
  auto t = res.json();
  ASSERT_EQ(t.at("statements").as_array().size(), 4u);
  EXPECT_EQ(t.at("statements").at(2).at("key").as_string(), "werker-eigen-1");
  EXPECT_TRUE(t.at("statements").at(0).at("edited").as_bool());
  // The organisation's picture; the other organisation keeps the starter.
  auto mine = as(srv, w.member).get("/api/v1/craft-picture").json();
  auto* werker = theme(mine, "werker");
  EXPECT_EQ(werker->at("intro").as_string(), "Wie je bent in het werk, bij ons.");
  EXPECT_FALSE(statement(*werker, "werker-stevig"));  // dropped: retired
  EXPECT_TRUE(statement(*werker, "werker-eigen-2"));
  auto theirs = as(srv, w.otherOrgMember).get("/api/v1/craft-picture").json();
  EXPECT_TRUE(statement(*theme(theirs, "werker"), "werker-stevig"));
  // A retired statement can no longer be answered.
  auto me = "/api/v1/teams/" + str(w.teamA) + "/craft-picture/me";
  EXPECT_EQ(as(srv, w.member).put(me, json::object{{"answers", json::array{json::object{{"statementKey", "werker-stevig"},
                                                                                        {"recognition", "herken"}}}}})
                .status,
            400);
  // Too few statements, another theme's key, a BSN.
  json::object few{{"intro", "x"}, {"statements", json::array{json::object{{"text", "Eén"}}}}};
  EXPECT_EQ(admin.put(path, few).status, 400);
  json::object wrong = body;
  wrong["statements"].as_array()[0].as_object()["key"] = "team-duo";
  auto w2 = admin.put(path, wrong);
  EXPECT_EQ(w2.status, 400);
  EXPECT_NE(w2.body.find("statements[0].key"), std::string::npos);
  json::object bsn = body;
  bsn["statements"].as_array()[2].as_object()["text"] = "Zoals bij BSN 111222333.";
  EXPECT_EQ(admin.put(path, bsn).status, 422);
  EXPECT_EQ(admin.put("/api/v1/organisation/craft-picture/themes/elders", body).status, 404);
  auto log = admin.get("/api/v1/audit-log");
  EXPECT_NE(log.body.find("craft_picture.edit"), std::string::npos);
}

TEST_P(Craft, NationalFileFromThreeOrganisations) {
  json::value file;
  {
    TestServer srv(GetParam());
    World w = buildWorld(srv.store(), srv.now);
    auto team = people(srv, w, w.teamA, "n", 1);
    team.insert(team.end(), {w.member, w.lead, w.supervisor, w.target});
    for (auto u : team) {
      ASSERT_EQ(as(srv, u).put("/api/v1/teams/" + str(w.teamA) + "/craft-picture/me", pictureBody("herken")).status, 200);
      ASSERT_EQ(as(srv, u).put("/api/v1/teams/" + str(w.teamA) + "/craft-core/me",
                               coreBody("anders", u == w.lead ? "landelijk" : "team", std::string("Tekst ") +
                                                                                  (u == w.lead ? kNational : kTeamOnly)))
                    .status,
                200);
    }
    EXPECT_EQ(as(srv, w.member).get("/api/v1/organisation/craft/export").status, 403);
    auto res = as(srv, w.admin).get("/api/v1/organisation/craft/export");
    ASSERT_EQ(res.status, 200) << res.body;
    file = res.json();
    EXPECT_EQ(file.at("kind").as_string(), "vakkompas-craft");
    EXPECT_EQ(file.at("teams").as_int64(), 1);
    EXPECT_NE(res.body.find(kNational), std::string::npos);
    EXPECT_EQ(res.body.find(kTeamOnly), std::string::npos);
    EXPECT_EQ(res.body.find(kPrivate), std::string::npos);  // private lines never leave
    EXPECT_EQ(res.body.find(kShared), std::string::npos);   // nor the team's own lines
    auto& werker = file.at("picture").at("themes").at(0);
    EXPECT_EQ(werker.at("key").as_string(), "werker");
    EXPECT_EQ(werker.at("statements").at(0).at("herken").as_int64(), 5);
  }
  TestServer national(GetParam());
  World w = buildWorld(national.store(), national.now);
  auto analyst = as(national, w.member);
  auto fileOf = [&](const std::string& source) {
    json::value f = file;
    f.as_object()["source"] = source;
    return f;
  };
  EXPECT_EQ(analyst.post("/api/v1/national-craft", fileOf("Org 1")).status, 403);
  EXPECT_EQ(analyst.request("POST", "/api/v1/national-craft", "geen json").status, 403);  // who first
  auto admin = as(national, w.admin);
  ASSERT_EQ(admin.put("/api/v1/members/" + str(w.member) + "/association-analyst", json::object{{"analyst", true}}).status, 200);
  EXPECT_EQ(analyst.request("POST", "/api/v1/national-craft", "geen json").status, 400);
  json::value bad = fileOf("Org 1");
  bad.at("picture").at("themes").at(0).at("statements").at(0).as_object()["herken"] = 99;
  EXPECT_EQ(analyst.post("/api/v1/national-craft", bad).status, 400);
  for (auto* s : {"Org 1", "Org 2"}) ASSERT_EQ(analyst.post("/api/v1/national-craft", fileOf(s)).status, 201);
  auto two = analyst.get("/api/v1/national-craft").json();
  EXPECT_FALSE(two.at("visible").as_bool());
  EXPECT_EQ(two.at("organisations").as_int64(), 2);
  EXPECT_FALSE(two.as_object().contains("themes"));
  // A text with a finding stays out of the view: the guard runs again.
  json::value third = fileOf("Org 3");
  third.at("core").at("parts").at(0).at("texts").as_array().push_back(json::value("Bel 06-12345678 voor BSN 111222333"));
  auto r3 = analyst.post("/api/v1/national-craft", third);
  ASSERT_EQ(r3.status, 201) << r3.body;
  EXPECT_EQ(r3.json().at("textsLeftOut").as_int64(), 1);
  auto three = analyst.get("/api/v1/national-craft");
  auto v = three.json();
  ASSERT_TRUE(v.at("visible").as_bool()) << three.body;
  EXPECT_EQ(statement(*theme(v, "werker"), "werker-menselijk")->at("herken").as_int64(), 15);
  EXPECT_EQ(v.at("parts").at(0).at("anders").as_int64(), 15);
  EXPECT_NE(three.body.find(kNational), std::string::npos);
  EXPECT_EQ(three.body.find("111222333"), std::string::npos);
  EXPECT_EQ(as(national, w.lead).get("/api/v1/national-craft").status, 403);
}

TEST_P(Craft, PersonalDataExportAndErasure) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto target = as(srv, w.target);
  ASSERT_EQ(target.put("/api/v1/teams/" + str(w.teamA) + "/craft-picture/me", pictureBody("herken")).status, 200);
  ASSERT_EQ(target.put("/api/v1/teams/" + str(w.teamA) + "/craft-core/me", coreBody("mist", "prive", kPrivate)).status, 200);
  auto own = target.get("/api/v1/me/export");
  ASSERT_EQ(own.status, 200);
  auto craft = own.json().at("craft");
  EXPECT_EQ(craft.at("pictureAnswers").as_array().size(), 3u);
  EXPECT_EQ(craft.at("pictureLines").as_array().size(), 2u);
  EXPECT_NE(own.body.find(kPrivate), std::string::npos);
  auto admin = as(srv, w.admin);
  auto org = admin.get("/api/v1/members/" + str(w.target) + "/export");
  ASSERT_EQ(org.status, 200);
  EXPECT_EQ(org.body.find(kPrivate), std::string::npos);
  EXPECT_EQ(org.body.find(kShared), std::string::npos);
  for (auto u : {w.member, w.lead}) ASSERT_EQ(as(srv, u).put("/api/v1/teams/" + str(w.teamA) + "/craft-picture/me", pictureBody("anders")).status, 200);
  EXPECT_EQ(admin.get("/api/v1/teams/" + str(w.teamA) + "/craft-picture").json().at("responders").as_int64(), 3);
  ASSERT_EQ(admin.del("/api/v1/members/" + str(w.target)).status, 204);
  auto after = admin.get("/api/v1/teams/" + str(w.teamA) + "/craft-picture").json();
  EXPECT_EQ(after.at("responders").as_int64(), 2);
  EXPECT_FALSE(after.at("visible").as_bool());
}

INSTANTIATE_TEST_SUITE_P(Stores, Craft, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
