// Interviews about the craft through the API, on each store: who reads an interview
// (only its two participants, never a lead, supervisor or admin), consent and its
// withdrawal, the team's threads, the 5-person threshold above team level, the printable
// deck, export/import of threads between organisations, and erasure.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "harness.hpp"
#include "store/interviews_store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Interviews : public ::testing::TestWithParam<std::string> {};

std::string path(const std::string& p, int64_t id) { return p + std::to_string(id); }

int64_t firstDeck(Client& c) { return c.get("/api/v1/card-decks").json().at("items").at(0).at("id").as_int64(); }

struct Started {
  int64_t id = 0, cardId = 0;
};
// `interviewer` interviews `interviewee` in team A.
Started start(TestServer& srv, const World& w, int64_t interviewer, int64_t interviewee) {
  Client c(srv.port());
  signIn(srv, c, interviewer);
  auto res = c.post("/api/v1/interviews", json::object{{"teamId", w.teamA}, {"intervieweeId", interviewee},
                                                       {"purpose", "collegial"}});
  EXPECT_EQ(res.status, 201) << res.body;
  auto o = res.json().as_object();
  return {o.at("id").as_int64(), o.at("cards").at(1).at("id").as_int64()};
}

TEST_P(Interviews, OnlyTheTwoParticipantsEverReadAnInterview) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto iv = start(srv, w, w.member, w.target);
  Client interviewer(srv.port());
  signIn(srv, interviewer, w.member);
  auto note = interviewer.put(path("/api/v1/interviews/", iv.id) + "/notes/" + std::to_string(iv.cardId),
                              json::object{{"text", "Geheime aantekening over het vak"}});
  ASSERT_EQ(note.status, 200) << note.body;
  for (int64_t who : {w.member, w.target}) {
    Client c(srv.port());
    signIn(srv, c, who);
    auto r = c.get(path("/api/v1/interviews/", iv.id));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.body.find("Geheime aantekening"), std::string::npos);
  }
  // Every other role: the lead, the supervisor, the organisation admin, another team,
  // another organisation. Not the interview, not its notes, not in any list or view.
  for (int64_t who : {w.admin, w.lead, w.supervisor, w.otherTeam, w.otherOrgAdmin, w.otherOrgMember}) {
    Client c(srv.port());
    signIn(srv, c, who);
    EXPECT_EQ(c.get(path("/api/v1/interviews/", iv.id)).status, 404) << who;
    EXPECT_EQ(c.put(path("/api/v1/interviews/", iv.id) + "/notes/" + std::to_string(iv.cardId),
                    json::object{{"text", "x"}})
                  .status,
              404);
    EXPECT_EQ(c.post(path("/api/v1/interviews/", iv.id) + "/fragments", json::object{{"text", "x"}}).status, 404);
    auto list = c.get("/api/v1/interviews");
    EXPECT_EQ(list.body.find("Geheime"), std::string::npos);
    for (auto& url : {path("/api/v1/teams/", w.teamA) + "/threads", path("/api/v1/teams/", w.teamA) + "/interview-chain",
                      std::string("/api/v1/threads"), std::string("/api/v1/threads/export")}) {
      auto r = c.get(url);
      EXPECT_EQ(r.body.find("Geheime"), std::string::npos) << url;
    }
    auto exported = c.get("/api/v1/me/export");
    EXPECT_EQ(exported.body.find("Geheime"), std::string::npos);
  }
  // Even the admin's export of a member shows the interviewee's interview only to... the interviewee's own export.
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  EXPECT_EQ(admin.get(path("/api/v1/members/", w.member) + "/export").body.find("Geheime"), std::string::npos);
}

TEST_P(Interviews, NotesSaveIdempotentlyAndAreGuarded) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto iv = start(srv, w, w.member, w.target);
  Client c(srv.port());
  signIn(srv, c, w.member);
  std::string url = path("/api/v1/interviews/", iv.id) + "/notes/" + std::to_string(iv.cardId);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(c.put(url, json::object{{"text", "Contact eerst."}}).status, 200);
  auto got = c.get(path("/api/v1/interviews/", iv.id)).json();
  ASSERT_EQ(got.at("notes").as_array().size(), 1u);
  EXPECT_EQ(got.at("notes").at(0).at("text").as_string(), "Contact eerst.");
  EXPECT_EQ(c.put(url, json::object{{"text", "Haar BSN is 111222333."}, {"privacyConfirmed", true}}).status, 422);
  EXPECT_EQ(c.put(url, json::object{{"text", "Gesprek met mevrouw Jansen."}}).status, 422);
  EXPECT_EQ(c.put(url, json::object{{"text", "Gesprek met mevrouw Jansen."}, {"privacyConfirmed", true}}).status, 200);
  EXPECT_EQ(c.put(path("/api/v1/interviews/", iv.id) + "/notes/999999", json::object{{"text", "x"}}).status, 404);
}

TEST_P(Interviews, IntervieweeSharesAndWithdrawsAFragment) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto iv = start(srv, w, w.member, w.target);
  Client interviewer(srv.port()), interviewee(srv.port()), lead(srv.port());
  signIn(srv, interviewer, w.member);
  signIn(srv, interviewee, w.target);
  signIn(srv, lead, w.lead);
  std::string share = path("/api/v1/interviews/", iv.id) + "/fragments";
  // The interview belongs to the interviewee: the interviewer cannot share from it.
  EXPECT_EQ(interviewer.post(share, json::object{{"text", "Het team is mijn thuisbasis."}}).status, 403);
  auto named = interviewee.post(share, json::object{{"text", "Het team is mijn thuisbasis, met humor en steun."}});
  ASSERT_EQ(named.status, 201) << named.body;
  auto themes = named.json().at("themes").as_array();
  EXPECT_FALSE(themes.empty());
  EXPECT_EQ(themes.at(0).as_string(), "team");  // suggested by the text engine
  EXPECT_FALSE(named.json().at("themesConfirmed").as_bool());
  auto anon = interviewee.post(share, json::object{{"text", "Contact eerst, tempo volgen."}, {"anonymous", true}});
  ASSERT_EQ(anon.status, 201);
  int64_t anonId = anon.json().at("id").as_int64();
  // A person confirms the themes.
  auto confirmed = lead.put(path("/api/v1/fragments/", anonId) + "/themes", json::object{{"themes", json::array{"werk"}}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_TRUE(confirmed.json().at("themesConfirmed").as_bool());
  EXPECT_EQ(lead.put(path("/api/v1/fragments/", anonId) + "/themes", json::object{{"themes", json::array{"onzin"}}}).status,
            400);
  auto threads = lead.get(path("/api/v1/teams/", w.teamA) + "/threads");
  ASSERT_EQ(threads.status, 200);
  auto frags = threads.json().at("fragments").as_array();
  ASSERT_EQ(frags.size(), 2u);
  for (auto& f : frags) {
    bool isAnon = f.at("anonymous").as_bool();
    EXPECT_EQ(f.as_object().contains("authorName"), !isAnon);  // never a name on an anonymous fragment
  }
  // Withdrawn consent takes it out of every view.
  EXPECT_EQ(lead.del(path("/api/v1/fragments/", anonId)).status, 404);  // only the author withdraws
  ASSERT_EQ(interviewee.del(path("/api/v1/fragments/", anonId)).status, 204);
  threads = lead.get(path("/api/v1/teams/", w.teamA) + "/threads");
  EXPECT_EQ(threads.json().at("fragments").as_array().size(), 1u);
  EXPECT_EQ(threads.body.find("tempo volgen"), std::string::npos);
  // The chain: after completion the interviewee is invited to interview a next colleague.
  ASSERT_EQ(interviewer.post(path("/api/v1/interviews/", iv.id) + "/completion", json::object{}).status, 200);
  auto mine = interviewee.get("/api/v1/interviews").json();
  ASSERT_EQ(mine.at("chainInvitations").as_array().size(), 1u);
  auto next = interviewee.post("/api/v1/interviews", json::object{{"teamId", w.teamA}, {"intervieweeId", w.supervisor},
                                                                  {"purpose", "collegial"}, {"parentId", iv.id}});
  ASSERT_EQ(next.status, 201) << next.body;
  EXPECT_TRUE(interviewee.get("/api/v1/interviews").json().at("chainInvitations").as_array().empty());
  auto chain = lead.get(path("/api/v1/teams/", w.teamA) + "/interview-chain").json();
  EXPECT_EQ(chain.at("links").as_array().size(), 2u);
  EXPECT_EQ(chain.at("people").as_array().size(), 3u);
}

// Worked example of the 5-person threshold: four people share, the organisation view
// shows nothing; a fifth shares, the team and theme appear, without names.
TEST_P(Interviews, OrganisationViewNeedsFivePeople) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  int64_t fifth = addUser(srv.store(), {w.admin, w.org1, true}, "vijfde@org1.test", w.teamA, domain::TeamRole::Member, srv.now);
  std::vector<int64_t> people = {w.member, w.target, w.lead, w.supervisor, fifth};
  auto shareBy = [&](size_t i) {
    int64_t interviewer = people[(i + 1) % people.size()];
    auto iv = start(srv, w, interviewer, people[i]);
    Client c(srv.port());
    signIn(srv, c, people[i]);
    auto r = c.post(path("/api/v1/interviews/", iv.id) + "/fragments",
                    json::object{{"text", "In het team leren we van elkaar in intervisie."}, {"anonymous", i % 2 == 0}});
    ASSERT_EQ(r.status, 201);
  };
  for (size_t i = 0; i < 4; ++i) shareBy(i);
  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto org = admin.get("/api/v1/threads").json();
  EXPECT_EQ(org.at("teamCount").as_int64(), 0);
  EXPECT_TRUE(org.at("themes").as_array().empty());
  EXPECT_TRUE(admin.get("/api/v1/threads/export").json().at("threads").as_array().empty());
  shareBy(4);
  auto res = admin.get("/api/v1/threads");
  org = res.json();
  EXPECT_EQ(org.at("teamCount").as_int64(), 1);
  ASSERT_EQ(org.at("themes").as_array().size(), 1u);
  EXPECT_EQ(org.at("themes").at(0).at("theme").as_string(), "team");
  EXPECT_EQ(org.at("themes").at(0).at("peopleCount").as_int64(), 5);
  EXPECT_EQ(res.body.find("member@"), std::string::npos);
  EXPECT_EQ(res.body.find("Member"), std::string::npos);
  auto exported = admin.get("/api/v1/threads/export").json();
  EXPECT_EQ(exported.at("threads").as_array().size(), 3u);  // only the anonymous ones
}

// An organisation exports its anonymous threads; a national installation (another store)
// imports files from two organisations and shows the threads they share.
TEST_P(Interviews, NationalStoryPointImportsThreadsFromOrganisations) {
  std::vector<json::value> files;
  for (int org = 0; org < 2; ++org) {
    TestServer srv(GetParam());
    World w = buildWorld(srv.store(), srv.now);
    std::vector<int64_t> people = {w.member, w.target, w.lead, w.supervisor};
    for (int i = 0; i < 2; ++i)
      people.push_back(addUser(srv.store(), {w.admin, w.org1, true}, "extra" + std::to_string(i) + "@org1.test", w.teamA,
                               domain::TeamRole::Member, srv.now));
    for (size_t i = 0; i < people.size(); ++i) {
      auto iv = start(srv, w, people[(i + 1) % people.size()], people[i]);
      Client c(srv.port());
      signIn(srv, c, people[i]);
      std::string text = org == 0 ? "Samenwerken in de wijk met school en huisarts." : "De wijk en de gemeente werken samen.";
      ASSERT_EQ(c.post(path("/api/v1/interviews/", iv.id) + "/fragments", json::object{{"text", text}, {"anonymous", true}})
                    .status,
                201);
    }
    Client admin(srv.port());
    signIn(srv, admin, w.admin);
    auto file = admin.get("/api/v1/threads/export");
    ASSERT_EQ(file.status, 200);
    auto v = file.json();
    v.as_object()["source"] = "Organisatie " + std::to_string(org + 1);
    EXPECT_EQ(file.body.find("@org1"), std::string::npos);
    files.push_back(v);
  }
  TestServer national(GetParam());
  World w = buildWorld(national.store(), national.now);
  Client admin(national.port()), analyst(national.port());
  signIn(national, admin, w.admin);
  signIn(national, analyst, w.member);
  EXPECT_EQ(analyst.post("/api/v1/national-threads", files[0]).status, 403);  // not yet an analyst
  ASSERT_EQ(admin.put(path("/api/v1/members/", w.member) + "/association-analyst", json::object{{"analyst", true}}).status,
            200);
  for (auto& f : files) {
    auto r = analyst.post("/api/v1/national-threads", f);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json().at("imported").as_int64(), int64_t(f.at("threads").as_array().size()));  // one per theme
  }
  ASSERT_EQ(analyst.post("/api/v1/national-threads", files[0]).status, 201);  // re-import replaces
  auto view = analyst.get("/api/v1/national-threads").json();
  EXPECT_EQ(view.at("sources").as_array().size(), 2u);
  bool found = false;
  for (auto& t : view.at("themes").as_array())
    if (t.at("theme").as_string() == "werk") {
      found = true;
      EXPECT_EQ(t.at("organisationCount").as_int64(), 2);
      EXPECT_EQ(t.at("fragmentCount").as_int64(), 12);
      EXPECT_FALSE(t.at("words").as_array().empty());
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(analyst.post("/api/v1/national-threads", json::object{{"source", "x"}, {"threads", json::array{json::object{{"theme", "nee"}}}}}).status, 400);
}

TEST_P(Interviews, PrintableDeckHasEveryCardWithDiacritics) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto res = c.get(path("/api/v1/card-decks/", firstDeck(c)) + "/pdf");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.header("content-type"), "application/pdf");
  ASSERT_EQ(res.body.substr(0, 5), "%PDF-");
  std::string file = ::testing::TempDir() + "vk_cards_" + GetParam() + ".pdf";
  std::ofstream(file, std::ios::binary) << res.body;
  auto run = [](const std::string& cmd) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
    return out;
  };
  std::string text = run("pdftotext -layout " + file + " -");
  EXPECT_NE(text.find("In je element"), std::string::npos);
  EXPECT_NE(text.find("Je kompas"), std::string::npos);
  EXPECT_NE(text.find("Zodatjes"), std::string::npos);
  EXPECT_NE(text.find("Doorvragen"), std::string::npos);
  EXPECT_NE(text.find("één"), std::string::npos);
  EXPECT_NE(text.find("geïnspireerd"), std::string::npos);
  EXPECT_NE(run("pdfinfo " + file).find("Pages:           4"), std::string::npos);  // 11 cards: 2 sheets, front and back
  EXPECT_NE(run("pdffonts " + file).find("DejaVuSans"), std::string::npos);
}

TEST_P(Interviews, ErasureKeepsOnlySharedAnonymousFragments) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto iv = start(srv, w, w.member, w.target);
  Client target(srv.port()), admin(srv.port()), lead(srv.port());
  signIn(srv, target, w.target);
  signIn(srv, admin, w.admin);
  signIn(srv, lead, w.lead);
  std::string share = path("/api/v1/interviews/", iv.id) + "/fragments";
  ASSERT_EQ(target.post(share, json::object{{"text", "Met naam gedeeld over het team."}}).status, 201);
  ASSERT_EQ(target.post(share, json::object{{"text", "Anoniem gedeeld over contact."}, {"anonymous", true}}).status, 201);
  ASSERT_EQ(target.post("/api/v1/zodatjes", json::object{{"text", "Ik wacht even, zodat zij kan nadenken."}}).status, 201);
  auto mine = target.get("/api/v1/me/export").json();
  EXPECT_EQ(mine.at("interviews").at("interviewsAboutMe").as_array().size(), 1u);
  EXPECT_EQ(mine.at("interviews").at("zodatjes").as_array().size(), 1u);
  ASSERT_EQ(admin.del(path("/api/v1/members/", w.target)).status, 204);
  auto threads = lead.get(path("/api/v1/teams/", w.teamA) + "/threads");
  EXPECT_EQ(threads.body.find("Met naam gedeeld"), std::string::npos);
  EXPECT_NE(threads.body.find("Anoniem gedeeld"), std::string::npos);
  Client interviewer(srv.port());
  signIn(srv, interviewer, w.member);
  EXPECT_EQ(interviewer.get(path("/api/v1/interviews/", iv.id)).status, 404);  // the interview was the interviewee's
}

TEST_P(Interviews, ZodatjesArePrivateUntilShared) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client member(srv.port()), lead(srv.port());
  signIn(srv, member, w.member);
  signIn(srv, lead, w.lead);
  auto z = member.post("/api/v1/zodatjes", json::object{{"text", "Ik ga naast hem zitten, zodat hij zich gezien voelt."}});
  ASSERT_EQ(z.status, 201) << z.body;
  int64_t id = z.json().at("id").as_int64();
  EXPECT_EQ(lead.get("/api/v1/zodatjes").body.find("naast hem"), std::string::npos);
  EXPECT_EQ(lead.get(path("/api/v1/teams/", w.teamA) + "/threads").body.find("naast hem"), std::string::npos);
  ASSERT_EQ(member.put(path("/api/v1/zodatjes/", id) + "/sharing", json::object{{"teamId", w.teamA}}).status, 200);
  EXPECT_NE(lead.get(path("/api/v1/teams/", w.teamA) + "/threads").body.find("naast hem"), std::string::npos);
  ASSERT_EQ(member.put(path("/api/v1/zodatjes/", id) + "/sharing", json::object{}).status, 200);
  EXPECT_EQ(lead.get(path("/api/v1/teams/", w.teamA) + "/threads").body.find("naast hem"), std::string::npos);
  // Het is mijn vak om…
  ASSERT_EQ(member.put(path("/api/v1/teams/", w.teamA) + "/craft-statements/me", json::object{{"text", "verbinden."}}).status,
            200);
  auto wall = lead.get(path("/api/v1/teams/", w.teamA) + "/craft-statements").json();
  ASSERT_EQ(wall.at("items").as_array().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Stores, Interviews, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
