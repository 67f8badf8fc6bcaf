// "Ons vak" (issue 12): the team's one page for the municipality, on each store. It carries
// only what already shows above one person: a "Het is mijn vak om…" sentence only with its
// author's consent and never with a name, the dilemmas only from a visible vote round; the
// team's scope holds (another team 403, another organisation 404).
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "app/demo.hpp"
#include "domain/dilemmas/dilemma.hpp"
#include "store/db.hpp"
#include "harness.hpp"
#include "live_socket.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class OnsVak : public ::testing::TestWithParam<std::string> {};

std::string str(int64_t v) { return std::to_string(v); }

Client as(TestServer& srv, int64_t user) {
  Client c(srv.port());
  signIn(srv, c, user);
  return c;
}

std::string page(TestServer& srv, int64_t user, int64_t team, int* status = nullptr) {
  auto c = as(srv, user);
  auto res = c.get("/api/v1/teams/" + str(team) + "/ons-vak.pdf");
  if (status) *status = res.status;
  if (res.status != 200) return res.body;
  EXPECT_EQ(res.headers["content-type"], "application/pdf");
  return pdfText(res.body, "ons_vak_" + str(user));
}

Res sentence(TestServer& srv, int64_t user, int64_t team, json::object body) {
  auto c = as(srv, user);
  return c.put("/api/v1/teams/" + str(team) + "/craft-statements/me", body);
}

TEST_P(OnsVak, ASentenceGoesOnThePageOnlyWithConsentAndWithoutAName) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  domain::Actor admin{w.admin, w.org1, true};
  int64_t author = addUser(srv.store(), admin, "zzmarkerauteur@org1.test", w.teamA, domain::TeamRole::Member, srv.now);
  auto put = sentence(srv, author, w.teamA, {{"text", "zorgen dat de stem van de buurt zzbuitenzin gehoord wordt"}, {"outside", true}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(put.json().at("outside").as_bool());
  ASSERT_EQ(sentence(srv, w.member, w.teamA, {{"text", "aansluiten bij zzbinnenzin wat er al is"}}).status, 200);

  std::string text = page(srv, w.lead, w.teamA);
  EXPECT_NE(text.find("zzbuitenzin"), std::string::npos) << text;
  EXPECT_EQ(text.find("zzbinnenzin"), std::string::npos) << "without consent it stays inside the team";
  EXPECT_EQ(text.find("zzmarkerauteur"), std::string::npos) << "never a name";
  EXPECT_NE(text.find("Team A org1"), std::string::npos);
  EXPECT_NE(text.find("Org Een"), std::string::npos);

  // Changing the sentence without saying keeps the consent; saying no takes it off the page.
  auto changed = sentence(srv, author, w.teamA, {{"text", "tijd nemen voor contact zzbuitenzin"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_TRUE(changed.json().at("outside").as_bool());
  EXPECT_NE(page(srv, w.member, w.teamA).find("tijd nemen voor contact"), std::string::npos);
  ASSERT_EQ(sentence(srv, author, w.teamA, {{"text", "tijd nemen voor contact zzbuitenzin"}, {"outside", false}}).status, 200);
  text = page(srv, w.lead, w.teamA);
  EXPECT_EQ(text.find("zzbuitenzin"), std::string::npos);
  EXPECT_NE(text.find("Nog niemand heeft een zin gedeeld"), std::string::npos);
  EXPECT_EQ(sentence(srv, author, w.teamA, {{"text", "x"}, {"outside", "ja"}}).status, 400);
}

TEST_P(OnsVak, TopDilemmasOnlyFromAVisibleRoundAndTheTeamScopeHolds) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  const auto& top = domain::starterDilemmas().at(3);
  auto lead = as(srv, w.lead);
  std::string rounds = "/api/v1/teams/" + str(w.teamA) + "/dilemma-rounds";
  auto opened = lead.post(rounds, json::object{});
  ASSERT_EQ(opened.status, 201) << opened.body;
  std::string round = "/api/v1/dilemma-rounds/" + str(opened.json().at("id").as_int64());
  auto voteFor = [&](int64_t user) {
    auto c = as(srv, user);
    json::array votes{json::object{{"dilemmaKey", top.key}, {"recognisable", 5}, {"current", "ja"}}};
    return c.put(round + "/votes", json::object{{"votes", votes}}).status;
  };
  ASSERT_EQ(voteFor(w.member), 200);
  ASSERT_EQ(voteFor(w.target), 200);
  EXPECT_NE(page(srv, w.lead, w.teamA).find("Er is nog geen gesloten stemronde"), std::string::npos);
  ASSERT_EQ(voteFor(w.lead), 200);
  EXPECT_EQ(page(srv, w.lead, w.teamA).find(top.title), std::string::npos) << "an open round does not show";
  ASSERT_EQ(lead.post(round + "/close", json::object{}).status, 200);
  std::string text = page(srv, w.supervisor, w.teamA);
  EXPECT_NE(text.find("1. " + top.title), std::string::npos) << text;

  int status = 0;
  page(srv, w.otherTeam, w.teamA, &status);
  EXPECT_EQ(status, 403);
  page(srv, w.otherOrgAdmin, w.teamA, &status);
  EXPECT_EQ(status, 404);
  page(srv, w.admin, w.teamA, &status);
  EXPECT_EQ(status, 200);
}

TEST_P(OnsVak, ThePictureShowsFromThreeRespondersAndNeverAPrivateLine) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  auto picture = member.get("/api/v1/craft-picture");
  ASSERT_EQ(picture.status, 200) << picture.body;
  auto themes = picture.json().at("themes").as_array();
  std::string werker = std::string(themes.at(0).at("title").as_string());
  std::string first = std::string(themes.at(0).at("statements").at(0).at("key").as_string());
  auto answer = [&](int64_t user, const char* recognition, bool current, const char* line, bool shared) {
    auto c = as(srv, user);
    json::object body{{"answers", json::array{json::object{{"statementKey", first}, {"recognition", recognition},
                                                            {"current", current}}}},
                      {"lines", json::array{json::object{{"themeKey", themes.at(0).at("key")}, {"text", line},
                                                          {"shared", shared}}}}};
    auto res = c.put("/api/v1/teams/" + str(w.teamA) + "/craft-picture/me", body);
    EXPECT_EQ(res.status, 200) << res.body;
  };
  answer(w.member, "herken", true, "we gaan langs voordat we iets regelen zzprivelijn", false);
  answer(w.target, "anders", false, "bij ons is er weinig tijd voor", true);
  std::string text = page(srv, w.lead, w.teamA);
  EXPECT_NE(text.find("Het beeld verschijnt zodra 3"), std::string::npos) << text;
  answer(w.lead, "herken", true, "contact gaat voor alles", true);
  text = page(srv, w.lead, w.teamA);
  EXPECT_NE(text.find(werker), std::string::npos) << text;
  EXPECT_NE(text.find("2 van 3"), std::string::npos) << text;
  EXPECT_NE(text.find("speelt nu"), std::string::npos) << text;
  EXPECT_EQ(text.find("zzprivelijn"), std::string::npos) << "a private line never leaves its author";
  EXPECT_EQ(text.find("Het beeld verschijnt"), std::string::npos);
}

// The demo's team Noord: every part has something to say, and the page stays one page.
TEST_P(OnsVak, TheDemoTeamsPageCarriesEveryPartOnOnePage) {
  TestServer srv(GetParam());
  ASSERT_TRUE(app::seedDemo(srv.store(), srv.now));
  int64_t lead = 0, noord = 0;
  srv.store().db().read([&](store::Conn& c) {
    lead = c.query("SELECT id FROM users WHERE email = 'ingrid.smit@demostad.nl'")[0].i64(0);
    noord = c.query("SELECT id FROM teams WHERE name = 'Wijkteam Noord'")[0].i64(0);
  });
  auto c = as(srv, lead);
  auto res = c.get("/api/v1/teams/" + str(noord) + "/ons-vak.pdf");
  ASSERT_EQ(res.status, 200) << res.body;
  std::string text = pdfText(res.body, "ons_vak_demo");
  for (const char* part : {"Het beeld van ons vak", "herkennen we", "De vuistregels zoals partners ze zien",
                           "partners (school", "in het team", "Maak verbinding", "Onze dilemma's", "1. ", "Het is mijn vak om naast"})
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  EXPECT_EQ(text.find("achter de vraag zit"), std::string::npos) << "Kees kept his sentence inside the team";
  EXPECT_EQ(text.find("Sanne"), std::string::npos) << "no names";
  EXPECT_EQ(text.find("nog geen"), std::string::npos) << text;
  std::string file = ::testing::TempDir() + "vk_ons_vak_demo.pdf";
  std::ofstream(file, std::ios::binary) << res.body;
  FILE* p = popen(("pdfinfo " + file).c_str(), "r");
  std::string info;
  char buf[512];
  while (p && fgets(buf, sizeof buf, p)) info += buf;
  if (p) pclose(p);
  EXPECT_TRUE(std::regex_search(info, std::regex("Pages:\\s+1\\s"))) << info;
}

// The organisation's page: what passes each part's threshold over the teams, no names, and
// only for the organisation's admins.
TEST_P(OnsVak, TheOrganisationsPageGathersTheTeamsWithoutNames) {
  TestServer srv(GetParam());
  ASSERT_TRUE(app::seedDemo(srv.store(), srv.now));
  int64_t admin = 0, lead = 0;
  srv.store().db().read([&](store::Conn& c) {
    admin = c.query("SELECT id FROM users WHERE email = 'beheer@demostad.nl'")[0].i64(0);
    lead = c.query("SELECT id FROM users WHERE email = 'ingrid.smit@demostad.nl'")[0].i64(0);
  });
  auto c = as(srv, admin);
  auto res = c.get("/api/v1/organisation/ons-vak.pdf");
  ASSERT_EQ(res.status, 200) << res.body;
  std::string text = pdfText(res.body, "ons_vak_org");
  for (const char* part : {"Wijkteams Demostad", "Over 1 team met ten minste 5 invullers", "herkennen we",
                           "partners (school", "in de teams", "Onze dilemma's",
                           "Het is mijn vak om orde te brengen",     // Noord
                           "Het is mijn vak om gezinnen en partners"})  // Zuid
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  for (const char* name : {"Wijkteam Noord", "Wijkteam Zuid", "Sanne", "Esra"})
    EXPECT_EQ(text.find(name), std::string::npos) << name;
  EXPECT_EQ(as(srv, lead).get("/api/v1/organisation/ons-vak.pdf").status, 403);
}

INSTANTIATE_TEST_SUITE_P(Stores, OnsVak, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
