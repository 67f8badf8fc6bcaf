// The five rules as they live in the team, on each store. The promises: a private example's
// text (and a private loading's) never reaches another member, the team, the organisation's
// admin, the organisation view or the national file, while every count includes it; another
// team is refused (403), another organisation does not exist (404); only its author edits or
// deletes an example; above the team only teams with five contributors count; the AVG export
// and erasure keep private things private.
#include <gtest/gtest.h>

#include "api/live/programme.hpp"
#include "api/privacy/guard.hpp"
#include "harness.hpp"
#include "store/live/store.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Guideline : public ::testing::TestWithParam<std::string> {};

constexpr const char* kPrivate = "Zzprivevoorbeeld";
constexpr const char* kShared = "Zzgedeeldvoorbeeld";
constexpr const char* kPrivateLoading = "Zzprivelading";
constexpr const char* kSharedLoading = "Zzgedeeldelading";

Client as(TestServer& srv, int64_t user) {
  Client c(srv.port());
  signIn(srv, c, user);
  return c;
}

std::string teamPath(int64_t team, const std::string& rest = "") {
  return "/api/v1/teams/" + std::to_string(team) + "/guideline" + rest;
}

Res addExample(Client& c, int64_t team, const std::string& rule, const std::string& part, const std::string& text,
               bool shared) {
  return c.post(teamPath(team, "/examples"),
                json::object{{"ruleKey", rule}, {"partKey", part}, {"text", text}, {"shared", shared}});
}

json::object cellOf(const json::value& m, const std::string& rule, const std::string& part) {
  for (auto& c : m.at("cells").as_array())
    if (c.at("ruleKey").as_string() == rule && c.at("partKey").as_string() == part) return c.as_object();
  throw std::runtime_error("no cell " + rule + "/" + part);
}

// Five contributors in a fresh team of org 1, each with an example in verbinding x buurt.
int64_t teamWithContributors(TestServer& srv, const World& w, const std::string& name, int n) {
  domain::Actor admin{w.admin, w.org1, true};
  int64_t team = srv.store().createTeam(admin, name, srv.now).id;
  for (int i = 0; i < n; ++i) {
    int64_t p = addUser(srv.store(), admin, "zzpersoon" + name + std::to_string(i) + "@org1.test", team,
                        domain::TeamRole::Member, srv.now);
    auto c = as(srv, p);
    auto r = addExample(c, team, "verbinding", "buurt", std::string(kPrivate).append(" van ").append(name), false);
    EXPECT_EQ(r.status, 201) << r.body;
  }
  return team;
}

TEST_P(Guideline, PrivateTextsNeverLeaveTheirAuthorButCount) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  ASSERT_EQ(addExample(member, w.teamA, "tegenspraak", "buurt", kPrivate, false).status, 201);
  auto shared = addExample(member, w.teamA, "tegenspraak", "buurt", kShared, true);
  ASSERT_EQ(shared.status, 201) << shared.body;
  EXPECT_EQ(shared.json().at("source").as_string(), "lid");
  ASSERT_EQ(member.put(teamPath(w.teamA, "/loadings/koers"), json::object{{"text", kPrivateLoading}}).status, 200);
  ASSERT_EQ(member.put(teamPath(w.teamA, "/loadings/stem"), json::object{{"text", kSharedLoading}, {"shared", true}}).status,
            200);

  // The author's own page has everything.
  auto mine = member.get(teamPath(w.teamA, "/mine"));
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_NE(mine.body.find(kPrivate), std::string::npos);
  EXPECT_NE(mine.body.find(kPrivateLoading), std::string::npos);
  EXPECT_EQ(mine.json().at("examples").as_array().size(), 2u);

  // The team's matrix: counts include the private one, texts only the shared one.
  auto m = member.get(teamPath(w.teamA));
  ASSERT_EQ(m.status, 200) << m.body;
  EXPECT_EQ(m.body.find(kPrivate), std::string::npos) << m.body;
  EXPECT_EQ(m.body.find(kPrivateLoading), std::string::npos) << m.body;
  auto cell = cellOf(m.json(), "tegenspraak", "buurt");
  EXPECT_EQ(cell.at("count").as_int64(), 2);
  ASSERT_EQ(cell.at("examples").as_array().size(), 1u);
  EXPECT_EQ(cell.at("examples").at(0).at("text").as_string(), kShared);
  EXPECT_TRUE(cell.at("examples").at(0).at("mine").as_bool());
  EXPECT_TRUE(cell.at("question").is_null());
  EXPECT_EQ(m.json().at("contributors").as_int64(), 1);
  EXPECT_EQ(m.json().at("cells").as_array().size(), 20u);
  EXPECT_EQ(m.json().at("rules").as_array().size(), 5u);
  // An empty cell asks the team.
  auto empty = cellOf(m.json(), "tegenspraak", "laagdrempelig");
  EXPECT_EQ(empty.at("count").as_int64(), 0);
  EXPECT_EQ(empty.at("question").as_string(), "Waar zien jullie 'Zoek tegenspraak' bij 'Laagdrempelig er zijn'?");
  auto mj = m.json();
  for (auto& l : mj.at("loadings").as_array()) {
    if (l.at("ruleKey").as_string() == "koers") {
      EXPECT_EQ(l.at("count").as_int64(), 1);
      EXPECT_TRUE(l.at("lines").as_array().empty());
    }
    if (l.at("ruleKey").as_string() == "stem") {
      EXPECT_EQ(l.at("count").as_int64(), 1);
      EXPECT_EQ(l.at("lines").at(0).as_string(), kSharedLoading);
    }
  }

  // Every other caller who can read anything of the part: no private text, and no "mine".
  for (int64_t who : {w.lead, w.supervisor, w.target, w.admin, w.otherTeam, w.otherOrgAdmin, w.otherOrgMember}) {
    auto c = as(srv, who);
    for (auto path : {teamPath(w.teamA), teamPath(w.teamA, "/mine"), std::string("/api/v1/organisation/guideline"),
                      std::string("/api/v1/organisation/guideline/export"), std::string("/api/v1/national-guideline")}) {
      auto r = c.get(path);
      EXPECT_EQ(r.body.find(kPrivate), std::string::npos) << path << " as " << who << ": " << r.body;
      EXPECT_EQ(r.body.find(kPrivateLoading), std::string::npos) << path << " as " << who;
      if (r.status == 200 && path == teamPath(w.teamA)) {
        EXPECT_FALSE(cellOf(r.json(), "tegenspraak", "buurt").at("examples").at(0).at("mine").as_bool());
      }
    }
  }
  auto lead = as(srv, w.lead).get(teamPath(w.teamA, "/mine"));
  EXPECT_TRUE(lead.json().at("examples").as_array().empty());
}

TEST_P(Guideline, ScopeAndAuthorOnly) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  auto ex = addExample(member, w.teamA, "vraag", "samenwerken", "We vroegen de school mee te denken.", false);
  ASSERT_EQ(ex.status, 201);
  std::string path = "/api/v1/guideline-examples/" + std::to_string(ex.json().at("id").as_int64());

  auto otherTeam = as(srv, w.otherTeam), otherOrg = as(srv, w.otherOrgMember), lead = as(srv, w.lead);
  EXPECT_EQ(otherTeam.get(teamPath(w.teamA)).status, 403);
  EXPECT_EQ(otherOrg.get(teamPath(w.teamA)).status, 404);
  EXPECT_EQ(addExample(otherTeam, w.teamA, "vraag", "buurt", "Niet van dit team.", true).status, 403);
  EXPECT_EQ(addExample(otherOrg, w.teamA, "vraag", "buurt", "Niet van deze organisatie.", true).status, 404);
  EXPECT_EQ(otherTeam.put(teamPath(w.teamA, "/loadings/vraag"), json::object{{"text", "x"}}).status, 403);
  // The team's admin sees the matrix but adds nothing: no member of the team.
  EXPECT_EQ(as(srv, w.admin).get(teamPath(w.teamA)).status, 200);
  auto adminClient = as(srv, w.admin);
  EXPECT_EQ(addExample(adminClient, w.teamA, "vraag", "buurt", "Beheerder.", true).status, 403);

  // Only the author edits or deletes.
  EXPECT_EQ(lead.put(path, json::object{{"shared", true}}).status, 403);
  EXPECT_EQ(lead.del(path).status, 403);
  EXPECT_EQ(otherOrg.put(path, json::object{{"shared", true}}).status, 404);
  EXPECT_EQ(otherOrg.del(path).status, 404);
  auto changed = member.put(path, json::object{{"shared", true}, {"text", "We vroegen de school en de huisarts."}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_TRUE(changed.json().at("shared").as_bool());
  EXPECT_NE(lead.get(teamPath(w.teamA)).body.find("de school en de huisarts"), std::string::npos);
  EXPECT_EQ(member.del(path).status, 204);
  EXPECT_EQ(member.del(path).status, 404);
  EXPECT_EQ(cellOf(lead.get(teamPath(w.teamA)).json(), "vraag", "samenwerken").at("count").as_int64(), 0);

  // Wrong keys and empty texts are named.
  auto bad = addExample(member, w.teamA, "onzin", "buurt", "Iets.", false);
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("ruleKey"), std::string::npos);
  EXPECT_EQ(addExample(member, w.teamA, "vraag", "nergens", "Iets.", false).status, 400);
  EXPECT_EQ(addExample(member, w.teamA, "vraag", "buurt", "  ", false).status, 400);
  EXPECT_EQ(member.put(teamPath(w.teamA, "/loadings/onzin"), json::object{{"text", "x"}}).status, 404);
  // The guard: a BSN never, a name after confirmation.
  EXPECT_EQ(addExample(member, w.teamA, "vraag", "buurt", "BSN 111222333 van mevrouw.", false).status, 422);
}

TEST_P(Guideline, LoadingsOnePerRuleAndEmptyDeletes) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  auto path = teamPath(w.teamA, "/loadings/verbinding");
  ASSERT_EQ(member.put(path, json::object{{"text", "Eerst koffie, dan de vraag."}, {"shared", true}}).status, 200);
  ASSERT_EQ(member.put(path, json::object{{"text", "Eerst luisteren."}, {"shared", true}}).status, 200);
  auto m = member.get(teamPath(w.teamA)).json();
  EXPECT_EQ(m.at("loadings").at(0).at("count").as_int64(), 1);
  EXPECT_EQ(m.at("loadings").at(0).at("lines").at(0).as_string(), "Eerst luisteren.");
  auto cleared = member.put(path, json::object{{"text", ""}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(member.get(teamPath(w.teamA, "/mine")).json().at("loadings").as_array().size(), 0u);
  EXPECT_EQ(member.get(teamPath(w.teamA)).json().at("contributors").as_int64(), 0);
}

TEST_P(Guideline, OrganisationCountsOnlyTeamsWithFiveContributors) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member), admin = as(srv, w.admin);
  teamWithContributors(srv, w, "zzteamvier", 4);
  auto none = member.get("/api/v1/organisation/guideline");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_FALSE(none.json().at("visible").as_bool());
  EXPECT_EQ(none.json().at("teams").as_int64(), 0);
  EXPECT_FALSE(none.json().as_object().contains("cells"));
  EXPECT_EQ(admin.get("/api/v1/organisation/guideline/export").status, 409);

  teamWithContributors(srv, w, "zzteamvijf", 5);
  auto five = member.get("/api/v1/organisation/guideline");
  ASSERT_EQ(five.status, 200);
  EXPECT_TRUE(five.json().at("visible").as_bool());
  EXPECT_EQ(five.json().at("teams").as_int64(), 1);
  EXPECT_EQ(five.json().at("cells").as_array().size(), 20u);
  EXPECT_EQ(five.json().at("cells").at(0).at("count").as_int64(), 5);  // verbinding x buurt: only the team of five
  EXPECT_EQ(five.body.find("zzteam"), std::string::npos);
  // Another organisation sees its own (nothing).
  EXPECT_FALSE(as(srv, w.otherOrgMember).get("/api/v1/organisation/guideline").json().at("visible").as_bool());

  EXPECT_EQ(member.get("/api/v1/organisation/guideline/export").status, 403);
  auto file = admin.get("/api/v1/organisation/guideline/export");
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.body.find(kPrivate), std::string::npos);
  EXPECT_EQ(file.body.find("zzteam"), std::string::npos);
  EXPECT_EQ(file.body.find("zzpersoon"), std::string::npos);
  EXPECT_EQ(file.json().at("kind").as_string(), "vakkompas-guideline");
  EXPECT_EQ(file.json().at("teams").as_int64(), 1);

  // The association's installation: an analyst imports, the view shows from 3 organisations.
  TestServer national(GetParam());
  World n = buildWorld(national.store(), national.now);
  auto analyst = as(national, n.member);
  auto fileOf = [&](const std::string& source) {
    json::value f = file.json();
    f.as_object()["source"] = source;
    return f;
  };
  EXPECT_EQ(analyst.post("/api/v1/national-guidelines", fileOf("Organisatie 1")).status, 403);
  EXPECT_EQ(analyst.request("POST", "/api/v1/national-guidelines", "geen json").status, 403);
  EXPECT_EQ(analyst.get("/api/v1/national-guideline").status, 403);
  ASSERT_EQ(as(national, n.admin)
                .put("/api/v1/members/" + std::to_string(n.member) + "/association-analyst", json::object{{"analyst", true}})
                .status,
            200);
  EXPECT_EQ(analyst.request("POST", "/api/v1/national-guidelines", "geen json").status, 400);
  json::value wrong = fileOf("X");
  wrong.as_object()["cells"].as_array().at(0).as_object()["count"] = -1;
  auto w400 = analyst.post("/api/v1/national-guidelines", wrong);
  EXPECT_EQ(w400.status, 400);
  EXPECT_NE(w400.body.find("cells[0].count"), std::string::npos) << w400.body;
  for (auto* s : {"Organisatie 1", "Organisatie 2"}) ASSERT_EQ(analyst.post("/api/v1/national-guidelines", fileOf(s)).status, 201);
  ASSERT_EQ(analyst.post("/api/v1/national-guidelines", fileOf("Organisatie 2")).status, 201);  // replaces
  auto two = analyst.get("/api/v1/national-guideline").json();
  EXPECT_FALSE(two.at("visible").as_bool());
  EXPECT_EQ(two.at("organisations").as_int64(), 2);
  json::value third = fileOf("Organisatie 3");
  third.as_object()["cells"].as_array().push_back(json::object{{"ruleKey", "onbekend"}, {"partKey", "buurt"}, {"count", 9}});
  auto r3 = analyst.post("/api/v1/national-guidelines", third);
  ASSERT_EQ(r3.status, 201) << r3.body;
  EXPECT_EQ(r3.json().at("imported").as_int64(), 20);
  auto three = analyst.get("/api/v1/national-guideline").json();
  EXPECT_TRUE(three.at("visible").as_bool());
  EXPECT_EQ(three.at("cells").at(0).at("count").as_int64(), 15);
  EXPECT_EQ(three.at("sources").as_array().size(), 3u);
}

TEST_P(Guideline, PersonalDataExportAndErasure) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member), admin = as(srv, w.admin);
  ASSERT_EQ(addExample(member, w.teamA, "stem", "partner", kPrivate, false).status, 201);
  ASSERT_EQ(addExample(member, w.teamA, "stem", "partner", kShared, true).status, 201);
  ASSERT_EQ(member.put(teamPath(w.teamA, "/loadings/koers"), json::object{{"text", kPrivateLoading}}).status, 200);
  ASSERT_EQ(member.put(teamPath(w.teamA, "/loadings/stem"), json::object{{"text", kSharedLoading}, {"shared", true}}).status,
            200);
  auto own = member.get("/api/v1/me/export");
  ASSERT_EQ(own.status, 200);
  EXPECT_NE(own.body.find(kPrivate), std::string::npos);
  EXPECT_NE(own.body.find(kShared), std::string::npos);
  EXPECT_NE(own.body.find(kPrivateLoading), std::string::npos);
  auto org = admin.get("/api/v1/members/" + std::to_string(w.member) + "/export");
  ASSERT_EQ(org.status, 200);
  EXPECT_EQ(org.body.find(kPrivate), std::string::npos);
  EXPECT_EQ(org.body.find(kPrivateLoading), std::string::npos);
  EXPECT_NE(org.body.find(kShared), std::string::npos);

  ASSERT_EQ(admin.del("/api/v1/members/" + std::to_string(w.member)).status, 204);
  auto m = as(srv, w.lead).get(teamPath(w.teamA));
  auto cell = cellOf(m.json(), "stem", "partner");
  EXPECT_EQ(cell.at("count").as_int64(), 1);  // the private one went, the shared one stays
  EXPECT_EQ(cell.at("examples").at(0).at("text").as_string(), kShared);
  EXPECT_NE(m.body.find(kSharedLoading), std::string::npos);
  int64_t privateRows = -1;
  srv.store().db().read([&](store::Conn& c) {
    privateRows = c.query("SELECT COUNT(*) FROM guideline_examples WHERE text = $1", {std::string(kPrivate)})[0].i64(0) +
                  c.query("SELECT COUNT(*) FROM guideline_loadings WHERE text = $1", {std::string(kPrivateLoading)})[0].i64(0) +
                  c.query("SELECT COUNT(*) FROM guideline_examples WHERE user_id = $1", {w.member})[0].i64(0);
  });
  EXPECT_EQ(privateRows, 0);
}

// A thought placed in a rule x part cell in a live session joins the team's matrix only with
// its author's consent (source "sessie"), and leaves it when they withdraw; an unplaced
// thought cannot join; someone else cannot consent for the author.
TEST_P(Guideline, LiveThoughtJoinsWithConsent) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  store::LiveStore live(srv.store());
  domain::Actor lead{w.lead, w.org1, false};
  json::array blocks{json::object{{"kind", "free"}, {"title", "Spiegel"}, {"prompt", "Waar zie je de regels?"}, {"minutes", 20}}};
  json::value doc = blocks;
  auto s = live.create(lead, w.teamA, api::guard("title", "Sessie"),
                       api::PrivacyGuard::check(api::blockTexts(blocks), false, &doc).document, srv.now);
  auto ev = [&](const store::LiveViewer& who, const std::string& kind, json::object data, int n) {
    json::value d = data;
    return live.append(s.id, "t-" + std::to_string(n), who, kind, api::PrivacyGuard::check(api::payloadTexts(data), false, &d).document,
                       srv.now + n).event.seq;
  };
  store::LiveViewer me{s.id, w.member, std::nullopt, "Lid", false};
  int64_t placed = ev(me, "thought", {{"text", "Zzsessiegedachte samen met de wijkagent"}}, 1);
  int64_t loose = ev(me, "thought", {{"text", "Een losse gedachte."}}, 2);
  ev(me, "place", {{"thought", placed}, {"rule", "verbinding"}, {"part", "buurt"}}, 3);
  ev(me, "place", {{"thought", placed}, {"rule", "stem"}, {"part", "partner"}}, 4);  // the latest placement counts

  auto member = as(srv, w.member);
  std::string base = "/api/v1/live/sessions/" + std::to_string(s.id) + "/contributions/";
  auto list = member.get("/api/v1/live/sessions/" + std::to_string(s.id) + "/contributions");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_NE(list.body.find(R"("placed":{"ruleKey":"stem","partKey":"partner"})"), std::string::npos) << list.body;
  // Without consent nothing reaches the matrix.
  EXPECT_EQ(member.get(teamPath(w.teamA)).body.find("Zzsessiegedachte"), std::string::npos);
  EXPECT_EQ(as(srv, w.lead).put(base + std::to_string(placed), json::object{{"toThreads", false}, {"toGuideline", true}}).status, 404);
  auto bad = member.put(base + std::to_string(loose), json::object{{"toThreads", false}, {"toGuideline", true}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  auto yes = member.put(base + std::to_string(placed), json::object{{"toThreads", false}, {"toGuideline", true}});
  ASSERT_EQ(yes.status, 200) << yes.body;
  EXPECT_TRUE(yes.json().at("toGuideline").as_bool());
  EXPECT_FALSE(yes.json().at("toThreads").as_bool());
  auto m = as(srv, w.lead).get(teamPath(w.teamA));
  auto cell = cellOf(m.json(), "stem", "partner");
  EXPECT_EQ(cell.at("count").as_int64(), 1);
  ASSERT_EQ(cell.at("examples").as_array().size(), 1u);
  EXPECT_EQ(cell.at("examples").at(0).at("source").as_string(), "sessie");
  EXPECT_EQ(cellOf(m.json(), "verbinding", "buurt").at("count").as_int64(), 0);
  EXPECT_EQ(member.get(teamPath(w.teamA, "/mine")).json().at("examples").at(0).at("source").as_string(), "sessie");
  // Consent twice keeps one example; withdrawing takes it out; the threads choice is untouched.
  ASSERT_EQ(member.put(base + std::to_string(placed), json::object{{"toThreads", true}, {"toGuideline", true}}).status, 200);
  EXPECT_EQ(cellOf(member.get(teamPath(w.teamA)).json(), "stem", "partner").at("count").as_int64(), 1);
  auto no = member.put(base + std::to_string(placed), json::object{{"toThreads", true}, {"toGuideline", false}});
  ASSERT_EQ(no.status, 200);
  EXPECT_FALSE(no.json().at("toGuideline").as_bool());
  EXPECT_TRUE(no.json().at("toThreads").as_bool());
  EXPECT_EQ(member.get(teamPath(w.teamA)).body.find("Zzsessiegedachte"), std::string::npos);
  // Leaving toGuideline out leaves the matrix as it is.
  ASSERT_EQ(member.put(base + std::to_string(placed), json::object{{"toThreads", false}, {"toGuideline", true}}).status, 200);
  ASSERT_EQ(member.put(base + std::to_string(placed), json::object{{"toThreads", false}}).status, 200);
  EXPECT_NE(member.get(teamPath(w.teamA)).body.find("Zzsessiegedachte"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Stores, Guideline, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
