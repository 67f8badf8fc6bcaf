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

// Beside the JSON: the same data as a PDF in Dutch to read (its text: the unit test of
// export/personal_data_pdf), for the member and, for an admin, of a member; logged like the JSON.
TEST_P(Avg, TheExportAsASummaryToRead) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto res = c.get("/api/v1/me/export.pdf");
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.header("content-type"), "application/pdf");
  EXPECT_NE(res.header("content-disposition").find("vakkompas-mijn-gegevens.pdf"), std::string::npos);
  EXPECT_EQ(res.body.substr(0, 5), "%PDF-");
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto of = admin.get("/api/v1/members/" + std::to_string(w.member) + "/export.pdf");
  ASSERT_EQ(of.status, 200) << of.body;
  EXPECT_EQ(of.body.substr(0, 5), "%PDF-");
  int exports = 0;
  auto log = admin.get("/api/v1/audit-log").json();
  for (auto& e : log.at("items").as_array())
    if (e.at("action") == "personal-data.export" && e.at("object").as_string() == "user/" + std::to_string(w.member)) ++exports;
  EXPECT_EQ(exports, 2);
  Client other(srv.port());
  signIn(srv, other, w.otherOrgAdmin);
  EXPECT_EQ(other.get("/api/v1/members/" + std::to_string(w.member) + "/export.pdf").status, 404);
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
  // Who did it, by name as well as number; the erased member keeps the number only.
  EXPECT_EQ(csv.body.rfind("tijdstip,naam,gebruiker,actie,object\r\n", 0), 0u);
  EXPECT_NE(csv.body.find(",\"Admin Een\"," + std::to_string(w.admin) + ",\"member.erase\""), std::string::npos);
  EXPECT_EQ(csv.body.find("target@org1.test"), std::string::npos);
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

// The personal-data export through every door, for every role: a member's own download
// holds everything of theirs (the notes of the interviews about them, by either participant,
// their zodatjes, help questions and anonymous fragments); no other download — an admin's
// for a member included — holds another person's interview note, private zodatje,
// help-question text or the authorship of an anonymous fragment.
TEST_P(Avg, NoExportHoldsAnotherPersonsPrivateTexts) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  const int64_t x = w.member, colleague = w.target;
  auto as = [&](int64_t who) {
    auto c = std::make_unique<Client>(srv.port());
    signIn(srv, *c, who);
    return c;
  };
  auto cx = as(x), cc = as(colleague), admin = as(w.admin);
  // The colleague interviews X: both write a note; X shares one fragment with name, one anonymously.
  auto about = cc->post("/api/v1/interviews", json::object{{"teamId", w.teamA}, {"intervieweeId", x}, {"purpose", "collegial"}});
  ASSERT_EQ(about.status, 201) << about.body;
  std::string aboutX = "/api/v1/interviews/" + std::to_string(about.json().at("id").as_int64());
  auto cards = about.json().at("cards").as_array();
  std::string card1 = std::to_string(cards.at(1).at("id").as_int64()), card2 = std::to_string(cards.at(2).at("id").as_int64());
  ASSERT_EQ(cc->put(aboutX + "/notes/" + card1, json::object{{"text", "Notitie zwqinterviewer over het vak."}}).status, 200);
  ASSERT_EQ(cx->put(aboutX + "/notes/" + card2, json::object{{"text", "Notitie zwqgeinterviewde over het vak."}}).status, 200);
  ASSERT_EQ(cx->post(aboutX + "/fragments", json::object{{"text", "Samen zwqanoniem optrekken."}, {"anonymous", true}}).status,
            201);
  ASSERT_EQ(cx->post(aboutX + "/fragments", json::object{{"text", "Het team zwqgenoemd als thuisbasis."}}).status, 201);
  // X interviews the colleague: that note is the colleague's, not X's.
  auto byX = cx->post("/api/v1/interviews", json::object{{"teamId", w.teamA}, {"intervieweeId", colleague}, {"purpose", "collegial"}});
  ASSERT_EQ(byX.status, 201) << byX.body;
  std::string byXUrl = "/api/v1/interviews/" + std::to_string(byX.json().at("id").as_int64());
  ASSERT_EQ(cx->put(byXUrl + "/notes/" + card1, json::object{{"text", "Notitie zwqvancollega over het vak."}}).status, 200);
  // Private zodatjes of both, and X's help question.
  ASSERT_EQ(cx->post("/api/v1/zodatjes", json::object{{"text", "Ik wacht zwqzodatje even, zodat zij kan nadenken."}}).status, 201);
  ASSERT_EQ(cc->post("/api/v1/zodatjes", json::object{{"text", "Ik bel zwqcollegazodatje eerst, zodat ze weet dat ik kom."}}).status,
            201);
  auto hq = cx->post("/api/v1/teams/" + std::to_string(w.teamA) + "/help-questions",
                     json::object{{"text", "Zorgen over de huur en schulden, zwqhulpvraag."}});
  ASSERT_EQ(hq.status, 201) << hq.body;
  ASSERT_EQ(admin->put("/api/v1/members/" + std::to_string(w.otherTeam) + "/association-analyst", json::object{{"analyst", true}})
                .status,
            200);

  // Marker → whose private text it is.
  const std::map<std::string, int64_t> owner = {
      {"zwqinterviewer", x}, {"zwqgeinterviewde", x}, {"zwqanoniem", x},          {"zwqzodatje", x},
      {"zwqhulpvraag", x},   {"zwqvancollega", colleague}, {"zwqcollegazodatje", colleague}};
  const std::vector<std::pair<const char*, int64_t>> roles = {
      {"member X", x},           {"colleague", colleague}, {"team lead", w.lead},         {"supervisor", w.supervisor},
      {"admin", w.admin},        {"analyst", w.otherTeam}, {"other org admin", w.otherOrgAdmin}};
  std::vector<int64_t> subjects = {x, colleague, w.lead, w.supervisor, w.admin, w.otherTeam, w.otherOrgAdmin, w.otherOrgMember};
  int fetched = 0;
  for (auto& [role, who] : roles) {
    auto c = as(who);
    std::vector<std::pair<std::string, int64_t>> urls = {{"/api/v1/me/export", who}};
    for (auto s : subjects) urls.push_back({"/api/v1/members/" + std::to_string(s) + "/export", s});
    for (auto& [url, subject] : urls) {
      auto res = c->get(url);
      if (res.status != 200) {
        EXPECT_TRUE(res.status == 403 || res.status == 404) << role << " " << url << " " << res.status;
        continue;
      }
      ++fetched;
      bool ownDownload = subject == who;
      for (auto& [marker, of] : owner) {
        bool mayHold = ownDownload && of == subject;
        EXPECT_EQ(res.body.find(marker) != std::string::npos, mayHold) << role << " " << url << " " << marker;
      }
      // Shared with name, the team sees it: the organisation keeps it about X as a colleague.
      if (subject == x) { EXPECT_NE(res.body.find("zwqgenoemd"), std::string::npos) << role << " " << url; }
      if (!ownDownload) { EXPECT_EQ(res.json().at("requestedBy").as_string(), "organisation"); }
    }
  }
  // Everyone's own (7); the admin for the six accounts of org 1 (their own again among them);
  // the other organisation's admin for the two accounts of org 2.
  EXPECT_EQ(fetched, 7 + 6 + 2);

  // The organisation's download for X: account, teams, roles, profile, invitations, audit.
  auto forX = admin->get("/api/v1/members/" + std::to_string(x) + "/export").json();
  EXPECT_EQ(forX.at("foundation").at("account").at("email").as_string(), "member@org1.test");
  EXPECT_EQ(forX.at("foundation").at("teams").at(0).at("role").as_string(), "member");
  EXPECT_FALSE(forX.at("foundation").at("invitations").as_array().empty());
  EXPECT_TRUE(forX.at("knowledge").as_object().contains("profile"));
  EXPECT_FALSE(forX.at("knowledge").as_object().contains("helpQuestions"));
  EXPECT_FALSE(forX.at("interviews").as_object().contains("interviewsAboutMe"));
  EXPECT_FALSE(forX.at("interviews").as_object().contains("zodatjes"));
  bool aboutXLogged = false;
  for (auto& e : forX.at("foundation").at("auditLog").as_array())
    aboutXLogged = aboutXLogged || (e.at("action").as_string() == "personal-data.export" && !e.at("byThisPerson").as_bool());
  EXPECT_TRUE(aboutXLogged);  // the admin's earlier download for X is an entry about X
  auto own = cx->get("/api/v1/me/export").json();
  EXPECT_EQ(own.at("requestedBy").as_string(), "self");
  EXPECT_EQ(own.at("interviews").at("interviewsAboutMe").at(0).at("notes").as_array().size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Stores, Avg, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
