// Interviews about the craft through the API, on each store: who reads an interview
// (only its two participants, never a lead, supervisor or admin), consent and its
// withdrawal, the team's threads, the 5-person threshold above team level, the printable
// deck, export/import of threads between organisations, and erasure.
#include <gtest/gtest.h>

#include <cstdio>
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "harness.hpp"
#include "store/interviews/store.hpp"

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

// The author confirms the themes the text engine suggested for a fragment just shared
// (only confirmed themes count in team and organisation views and in the export).
void confirmSuggested(Client& author, const Res& shared) {
  ASSERT_EQ(shared.status, 201) << shared.body;
  auto f = shared.json();
  auto r = author.put("/api/v1/fragments/" + std::to_string(f.at("id").as_int64()) + "/themes",
                      json::object{{"themes", f.at("themes")}});
  ASSERT_EQ(r.status, 200) << r.body;
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

// In an interview's notes the two people in it and their team's members are colleagues, not
// residents: their names are no finding (in the save and in the check while typing). A
// resident's name in the same note is still one, and outside the interview the names count.
TEST_P(Interviews, NotesMayNameThePeopleOfTheInterviewNotAResident) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  srv.store().db().write([&](store::Conn& c) {
    c.query("UPDATE users SET name = $1 WHERE id = $2", {std::string("Sanne Bakker"), w.member});
    c.query("UPDATE users SET name = $1 WHERE id = $2", {std::string("Ingrid Smit"), w.target});
    c.query("UPDATE users SET name = $1 WHERE id = $2", {std::string("Fatima el Amrani"), w.lead});
  });
  auto iv = start(srv, w, w.member, w.target);
  Client c(srv.port());
  signIn(srv, c, w.member);
  std::string url = path("/api/v1/interviews/", iv.id) + "/notes/" + std::to_string(iv.cardId);
  const std::string colleagues = "Ingrid vertelde dat Sanne en Fatima haar inwerkten; mevrouw Smit wil groeien.";
  auto ok = c.put(url, json::object{{"text", colleagues}});
  EXPECT_EQ(ok.status, 200) << ok.body;
  auto checked = c.post("/api/v1/privacy-checks", json::object{{"text", colleagues}, {"interviewId", iv.id}});
  ASSERT_EQ(checked.status, 200) << checked.body;
  EXPECT_TRUE(checked.json().at("findings").as_array().empty()) << checked.body;
  // the same words without the interview: first names are names
  auto plain = c.post("/api/v1/privacy-checks", json::object{{"text", colleagues}});
  EXPECT_FALSE(plain.json().at("findings").as_array().empty()) << plain.body;

  // a resident's name is still flagged, and only that one
  const std::string resident = "Ingrid sprak met Jan de Boer over zijn schulden.";
  auto refused = c.put(url, json::object{{"text", resident}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  auto findings = refused.json().at("findings").as_array();
  ASSERT_EQ(findings.size(), 1u) << refused.body;
  EXPECT_EQ(findings[0].at("text").as_string(), "Jan de Boer");
  // a first name of one colleague with the surname of another is no colleague
  EXPECT_EQ(c.put(url, json::object{{"text", "Gesprek met Ingrid Bakker."}}).status, 422);
  // a shared fragment goes to the team: there the guard counts names as before
  Client target(srv.port());
  signIn(srv, target, w.target);
  EXPECT_EQ(target.post(path("/api/v1/interviews/", iv.id) + "/fragments", json::object{{"text", "Sanne vertelde over haar werk."}}).status,
            422);
  // someone outside the interview cannot use it to learn its people's names
  Client other(srv.port());
  signIn(srv, other, w.otherTeam);
  EXPECT_EQ(other.post("/api/v1/privacy-checks", json::object{{"text", colleagues}, {"interviewId", iv.id}}).status, 404);
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
  // A person confirms the themes: the lead, with the author's consent.
  ASSERT_EQ(interviewee.put(path("/api/v1/fragments/", anonId) + "/theme-consent", json::object{{"leadMayChangeThemes", true}})
                .status,
            200);
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
    confirmSuggested(c, r);
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
      confirmSuggested(c, c.post(path("/api/v1/interviews/", iv.id) + "/fragments",
                                 json::object{{"text", text}, {"anonymous", true}}));
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

// The field errors of a problem+json answer, field → message.
std::map<std::string, std::string> fieldErrors(const Res& r) {
  std::map<std::string, std::string> out;
  auto v = r.json();
  if (auto* e = v.as_object().if_contains("errors"))
    for (auto& x : e->as_array()) out[std::string(x.at("field").as_string())] = std::string(x.at("message").as_string());
  return out;
}

std::vector<std::string> cardTitles(const json::value& deck) {
  std::vector<std::string> out;
  for (auto& c : deck.at("cards").as_array()) out.emplace_back(c.at("title").as_string());
  return out;
}

// An organisation keeps its own decks: a copy of the starter deck, renamed, with a card
// of its own, edited, reordered and printed; the starter deck stays as it came, and a bad
// save changes nothing.
TEST_P(Interviews, OrganisationKeepsItsOwnDeck) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port()), member(srv.port());
  signIn(srv, admin, w.admin);
  signIn(srv, member, w.member);
  int64_t starter = firstDeck(admin);
  auto copy = admin.post("/api/v1/card-decks", json::object{{"name", "Onze kaarten"}, {"fromDeckId", starter}});
  ASSERT_EQ(copy.status, 201) << copy.body;
  int64_t own = copy.json().at("id").as_int64();
  EXPECT_FALSE(copy.json().at("starter").as_bool());
  EXPECT_EQ(copy.json().at("cards").as_array().size(), 11u);
  EXPECT_EQ(admin.post("/api/v1/card-decks", json::object{{"name", ""}, {"fromDeckId", starter}}).status, 400);

  // The starter deck stays as it came.
  auto card = json::object{{"group", "small"}, {"title", "Samen met school"},
                           {"questions", json::array{"Wanneer maakte de school het verschil?", "  "}},
                           {"prompts", json::array{"Wie zette de eerste stap?"}}};
  auto onStarter = admin.post(path("/api/v1/card-decks/", starter) + "/cards", card);
  EXPECT_EQ(onStarter.status, 409);
  EXPECT_NE(onStarter.json().at("title").as_string().find("eigen kopie"), std::string::npos);
  EXPECT_EQ(admin.put(path("/api/v1/card-decks/", starter), json::object{{"name", "Anders"}}).status, 409);

  // Add a card; a member may not.
  EXPECT_EQ(member.post(path("/api/v1/card-decks/", own) + "/cards", card).status, 403);
  auto added = admin.post(path("/api/v1/card-decks/", own) + "/cards", card);
  ASSERT_EQ(added.status, 201) << added.body;
  int64_t cardId = added.json().at("id").as_int64();
  EXPECT_EQ(added.json().at("groupTitle").as_string(), "Wat werkt in het klein");
  EXPECT_EQ(added.json().at("questions").as_array().size(), 1u);  // the empty line is no question

  // A bad save: Dutch field errors, and the card is as it was.
  auto bad = admin.put(path("/api/v1/card-decks/", own) + "/cards/" + std::to_string(cardId),
                       json::object{{"group", "small"}, {"title", " "}, {"questions", json::array{}}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.header("content-type"), "application/problem+json");
  auto errors = fieldErrors(bad);
  EXPECT_EQ(errors["title"], "Geef de kaart een titel.");
  EXPECT_EQ(errors["questions"], "Een kaart heeft minstens één vraag.");
  auto newGroup = admin.post(path("/api/v1/card-decks/", own) + "/cards",
                             json::object{{"group", "buurt"}, {"title", "De buurt"}, {"questions", json::array{"Wie ken je?"}}});
  EXPECT_EQ(newGroup.status, 400);
  EXPECT_EQ(fieldErrors(newGroup)["groupTitle"], "Een nieuwe groep heeft een titel nodig.");
  auto deck = admin.get(path("/api/v1/card-decks/", own)).json();
  EXPECT_EQ(cardTitles(deck).back(), "Samen met school");

  auto edited = admin.put(path("/api/v1/card-decks/", own) + "/cards/" + std::to_string(cardId),
                          json::object{{"group", "buurt"}, {"groupTitle", "De buurt in"}, {"title", "Samen met de school"},
                                       {"questions", json::array{"Wanneer maakte de school het verschil?"}},
                                       {"prompts", json::array{"En daarna?"}}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json().at("groupTitle").as_string(), "De buurt in");

  // Reorder: every card exactly once, the new card first after the opening.
  std::vector<int64_t> ids;
  for (auto& c : deck.at("cards").as_array()) ids.push_back(c.at("id").as_int64());
  EXPECT_EQ(admin.put(path("/api/v1/card-decks/", own) + "/order", json::object{{"cardIds", json::array{ids[0], ids[1]}}})
                .status,
            400);
  json::array order{ids[0], cardId};
  for (size_t i = 1; i + 1 < ids.size(); ++i) order.push_back(ids[i]);
  auto reordered = admin.put(path("/api/v1/card-decks/", own) + "/order", json::object{{"cardIds", order}});
  ASSERT_EQ(reordered.status, 200) << reordered.body;
  EXPECT_EQ(cardTitles(reordered.json()).at(1), "Samen met de school");

  auto renamed = admin.put(path("/api/v1/card-decks/", own), json::object{{"name", "Kaarten van Noord"}});
  ASSERT_EQ(renamed.status, 200);
  EXPECT_EQ(renamed.json().at("name").as_string(), "Kaarten van Noord");
  EXPECT_EQ(fieldErrors(admin.put(path("/api/v1/card-decks/", own), json::object{{"name", ""}})).count("name"), 1u);

  // Printed with the new card.
  auto pdf = member.get(path("/api/v1/card-decks/", own) + "/pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");

  // An interview with the own deck; a card with notes and a deck with interviews stay.
  Client interviewer(srv.port());
  signIn(srv, interviewer, w.member);
  auto iv = interviewer.post("/api/v1/interviews", json::object{{"teamId", w.teamA}, {"intervieweeId", w.target},
                                                                {"purpose", "collegial"}, {"deckId", own}});
  ASSERT_EQ(iv.status, 201) << iv.body;
  int64_t ivId = iv.json().at("id").as_int64();
  ASSERT_EQ(interviewer.put(path("/api/v1/interviews/", ivId) + "/notes/" + std::to_string(cardId),
                            json::object{{"text", "De juf belde zelf."}})
                .status,
            200);
  EXPECT_EQ(admin.del(path("/api/v1/card-decks/", own) + "/cards/" + std::to_string(cardId)).status, 409);
  EXPECT_EQ(admin.del(path("/api/v1/card-decks/", own) + "/cards/" + std::to_string(ids[2])).status, 204);
  EXPECT_EQ(admin.del(path("/api/v1/card-decks/", own)).status, 409);
  auto spare = admin.post("/api/v1/card-decks", json::object{{"name", "Reserve"}, {"fromDeckId", own}}).json();
  int64_t spareId = spare.at("id").as_int64();
  EXPECT_EQ(admin.del(path("/api/v1/card-decks/", spareId)).status, 204);
  EXPECT_EQ(admin.get(path("/api/v1/card-decks/", spareId)).status, 404);
  EXPECT_EQ(admin.get("/api/v1/card-decks").json().at("items").as_array().size(), 2u);
}

std::vector<std::string> suggested(Client& c, const std::string& text) {
  std::vector<std::string> out;
  auto res = c.post("/api/v1/theme-suggestions", json::object{{"text", text}}).json();
  for (auto& t : res.at("themes").as_array())
    out.emplace_back(t.as_string());
  return out;
}

// The codebook is the organisation's own: an admin edits a theme's words, adds a
// sub-theme and retires it; shared fragments and zodatjes get themes from these words;
// another organisation keeps the starter codebook.
TEST_P(Interviews, CodebookIsTheOrganisationsOwn) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client admin(srv.port()), member(srv.port()), other(srv.port()), lead(srv.port());
  signIn(srv, admin, w.admin);
  signIn(srv, member, w.member);
  signIn(srv, other, w.otherOrgMember);
  signIn(srv, lead, w.lead);
  auto book = member.get("/api/v1/craft-themes").json().at("items").as_array();
  ASSERT_EQ(book.size(), 7u);
  EXPECT_EQ(book.at(2).at("key").as_string(), "team");
  EXPECT_GE(book.at(2).at("subthemes").as_array().size(), 4u);
  EXPECT_GT(book.at(2).at("subthemes").at(0).at("id").as_int64(), 0);

  auto before = suggested(member, "De koffietafel op maandag.");
  EXPECT_TRUE(std::find(before.begin(), before.end(), "team") == before.end());

  auto put = [&](Client& c, json::object body) { return c.put("/api/v1/craft-themes/team", body); };
  json::array words;
  for (auto& k : book.at(2).at("keywords").as_array()) words.push_back(k);
  words.push_back(json::value("koffietafel"));
  words.push_back(json::value("Koffietafels"));  // the same word once
  json::object edit{{"title", "Het team"}, {"description", "Onze thuisbasis, met de koffietafel als hart."}, {"keywords", words}};
  EXPECT_EQ(put(member, edit).status, 403);
  auto bad = put(admin, json::object{{"title", ""}, {"keywords", json::array{"de", "team"}}});
  ASSERT_EQ(bad.status, 400);
  EXPECT_EQ(fieldErrors(bad)["title"], "Geef een titel.");
  EXPECT_NE(fieldErrors(bad)["keywords"].find("stopwoorden"), std::string::npos);
  EXPECT_EQ(admin.put("/api/v1/craft-themes/onbekend", edit).status, 404);
  auto saved = put(admin, edit);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json().at("keywords").as_array().size(), words.size() - 1);
  EXPECT_EQ(saved.json().at("description").as_string(), "Onze thuisbasis, met de koffietafel als hart.");

  auto after = suggested(member, "De koffietafel op maandag.");
  ASSERT_FALSE(after.empty());
  EXPECT_EQ(after.at(0), "team");
  EXPECT_TRUE(suggested(other, "De koffietafel op maandag.").empty());  // another organisation: starter words

  // A sub-theme of its own, with words; a shared fragment gets it suggested.
  auto sub = admin.post("/api/v1/craft-themes/team/subthemes",
                        json::object{{"title", "De maandagochtend"}, {"keywords", json::array{"maandagochtend"}}});
  ASSERT_EQ(sub.status, 201) << sub.body;
  int64_t subId = sub.json().at("id").as_int64();
  auto iv = start(srv, w, w.member, w.target);
  Client interviewee(srv.port());
  signIn(srv, interviewee, w.target);
  auto frag = interviewee.post(path("/api/v1/interviews/", iv.id) + "/fragments",
                               json::object{{"text", "Op de maandagochtend bij de koffietafel hoor ik wat er speelt."}});
  ASSERT_EQ(frag.status, 201) << frag.body;
  EXPECT_EQ(frag.json().at("themes").at(0).as_string(), "team");
  ASSERT_EQ(frag.json().at("subthemes").as_array().size(), 1u);
  EXPECT_EQ(frag.json().at("subthemes").at(0).as_int64(), subId);
  int64_t fragId = frag.json().at("id").as_int64();
  auto consent = [&](int64_t id) {  // the author lets the lead change the themes
    ASSERT_EQ(interviewee.put(path("/api/v1/fragments/", id) + "/theme-consent", json::object{{"leadMayChangeThemes", true}})
                  .status,
              200);
  };
  consent(fragId);

  // A sub-theme needs its theme; confirmed, it is retired instead of deleted.
  auto wrong = lead.put(path("/api/v1/fragments/", fragId) + "/themes",
                        json::object{{"themes", json::array{"werk"}}, {"subthemes", json::array{subId}}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(fieldErrors(wrong)["subthemes"].find("De maandagochtend"), std::string::npos);
  // Without a choice of sub-themes, the suggested one stays as long as its theme does.
  auto kept = lead.put(path("/api/v1/fragments/", fragId) + "/themes", json::object{{"themes", json::array{"team", "werk"}}});
  ASSERT_EQ(kept.status, 200) << kept.body;
  EXPECT_EQ(kept.json().at("subthemes").at(0).as_int64(), subId);
  auto dropped = lead.put(path("/api/v1/fragments/", fragId) + "/themes", json::object{{"themes", json::array{"werk"}}});
  EXPECT_TRUE(dropped.json().at("subthemes").as_array().empty());
  ASSERT_EQ(lead.put(path("/api/v1/fragments/", fragId) + "/themes",
                     json::object{{"themes", json::array{"team"}}, {"subthemes", json::array{subId}}})
                .status,
            200);
  std::string subUrl = "/api/v1/craft-themes/team/subthemes/" + std::to_string(subId);
  auto del = admin.del(subUrl);
  EXPECT_EQ(del.status, 409);
  EXPECT_NE(del.json().at("title").as_string().find("niet meer gebruiken"), std::string::npos);
  auto retired = admin.put(subUrl, json::object{{"title", "De maandagochtend"}, {"keywords", json::array{"maandagochtend"}},
                                                {"retired", true}});
  ASSERT_EQ(retired.status, 200) << retired.body;
  EXPECT_TRUE(retired.json().at("retired").as_bool());
  EXPECT_EQ(retired.json().at("confirmedCount").as_int64(), 1);
  auto threads = lead.get(path("/api/v1/teams/", w.teamA) + "/threads").json();
  EXPECT_EQ(threads.at("fragments").at(0).at("subthemes").at(0).as_int64(), subId);  // kept where confirmed
  // Retired: no longer suggested, no longer chosen for another fragment.
  auto frag2 = interviewee.post(path("/api/v1/interviews/", iv.id) + "/fragments",
                                json::object{{"text", "De maandagochtend is van het team."}});
  ASSERT_EQ(frag2.status, 201);
  EXPECT_TRUE(frag2.json().at("subthemes").as_array().empty());
  consent(frag2.json().at("id").as_int64());
  EXPECT_EQ(lead.put(path("/api/v1/fragments/", frag2.json().at("id").as_int64()) + "/themes",
                     json::object{{"themes", json::array{"team"}}, {"subthemes", json::array{subId}}})
                .status,
            400);
  // An unused sub-theme can go.
  auto spare = admin.post("/api/v1/craft-themes/team/subthemes", json::object{{"title", "Reserve"}}).json();
  EXPECT_EQ(admin.del("/api/v1/craft-themes/team/subthemes/" + std::to_string(spare.at("id").as_int64())).status, 204);
  EXPECT_EQ(admin.del("/api/v1/craft-themes/werk/subthemes/" + std::to_string(subId)).status, 404);  // wrong theme

  // A zodatje shared with the team gets the organisation's words too.
  auto z = member.post("/api/v1/zodatjes", json::object{{"text", "Ik schuif aan de koffietafel aan, zodat ik hoor wat speelt."},
                                                       {"teamId", w.teamA}});
  ASSERT_EQ(z.status, 201) << z.body;
  auto zt = z.json().at("themes").as_array();
  EXPECT_NE(std::find(zt.begin(), zt.end(), json::value("team")), zt.end());
  // The team's threads carry the organisation's title.
  auto teamThreads = lead.get(path("/api/v1/teams/", w.teamA) + "/threads").json();
  for (auto& t : teamThreads.at("themes").as_array())
    if (t.at("theme").as_string() == "team") { EXPECT_EQ(t.at("title").as_string(), "Het team"); }
}

// Consent withdrawn after an export: the next export leaves the fragment out, and the
// national story point replaces the organisation's previous file on re-import.
TEST_P(Interviews, WithdrawnFragmentLeavesTheNationalStoryPointOnReimport) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  int64_t fifth = addUser(srv.store(), {w.admin, w.org1, true}, "vijfde@org1.test", w.teamA, domain::TeamRole::Member, srv.now);
  std::vector<int64_t> people = {w.member, w.target, w.lead, w.supervisor, fifth};
  int64_t withdrawId = 0;
  for (size_t i = 0; i < people.size(); ++i) {
    auto iv = start(srv, w, people[(i + 1) % people.size()], people[i]);
    Client c(srv.port());
    signIn(srv, c, people[i]);
    std::string text = i == 0 ? "Samen in de wijk, maar dit trek ik terug." : "Samenwerken in de wijk met de huisarts.";
    auto r = c.post(path("/api/v1/interviews/", iv.id) + "/fragments", json::object{{"text", text}, {"anonymous", true}});
    ASSERT_EQ(r.status, 201);
    confirmSuggested(c, r);
    if (i == 0) withdrawId = r.json().at("id").as_int64();
  }
  Client admin(srv.port()), author(srv.port());
  signIn(srv, admin, w.admin);
  signIn(srv, author, w.member);
  // The analyst works in the second organisation of the same installation.
  Client otherAdmin(srv.port()), analyst(srv.port());
  signIn(srv, otherAdmin, w.otherOrgAdmin);
  signIn(srv, analyst, w.otherOrgMember);
  ASSERT_EQ(otherAdmin.put(path("/api/v1/members/", w.otherOrgMember) + "/association-analyst",
                           json::object{{"analyst", true}})
                .status,
            200);
  auto first = admin.get("/api/v1/threads/export");
  ASSERT_EQ(first.status, 200);
  EXPECT_NE(first.body.find("trek ik terug"), std::string::npos);
  ASSERT_EQ(analyst.post("/api/v1/national-threads", first.json()).status, 201);
  EXPECT_NE(analyst.get("/api/v1/national-threads").body.find("trek ik terug"), std::string::npos);
  ASSERT_EQ(author.del(path("/api/v1/fragments/", withdrawId)).status, 204);
  auto second = admin.get("/api/v1/threads/export");
  EXPECT_EQ(second.body.find("trek ik terug"), std::string::npos);
  ASSERT_EQ(analyst.post("/api/v1/national-threads", second.json()).status, 201);
  EXPECT_EQ(analyst.get("/api/v1/national-threads").body.find("trek ik terug"), std::string::npos);
}

// A fragment's themes are changed by its author, or by the team lead once the author
// agreed; a colleague, the supervisor, the admin (and the lead without consent) get 403
// and the themes stay as they were.
TEST_P(Interviews, ThemesAreChangedByTheAuthorOrTheLeadWithConsent) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto iv = start(srv, w, w.target, w.member);
  Client author(srv.port()), colleague(srv.port()), lead(srv.port()), supervisor(srv.port()), admin(srv.port());
  signIn(srv, author, w.member);
  signIn(srv, colleague, w.target);
  signIn(srv, lead, w.lead);
  signIn(srv, supervisor, w.supervisor);
  signIn(srv, admin, w.admin);
  auto shared = author.post(path("/api/v1/interviews/", iv.id) + "/fragments",
                            json::object{{"text", "Het team is mijn thuisbasis, met humor en steun."}, {"anonymous", true}});
  ASSERT_EQ(shared.status, 201) << shared.body;
  EXPECT_TRUE(shared.json().at("canChangeThemes").as_bool());
  EXPECT_FALSE(shared.json().at("leadMayChangeThemes").as_bool());
  int64_t id = shared.json().at("id").as_int64();
  std::string themes = path("/api/v1/fragments/", id) + "/themes", consent = path("/api/v1/fragments/", id) + "/theme-consent";
  auto themesOf = [&]() {
    auto threads = lead.get(path("/api/v1/teams/", w.teamA) + "/threads").json();
    for (auto& f : threads.at("fragments").as_array())
      if (f.at("id").as_int64() == id) return json::serialize(f.at("themes")) + (f.at("themesConfirmed").as_bool() ? "!" : "?");
    return std::string("missing");
  };
  auto canChange = [&](Client& c) {
    auto threads = c.get(path("/api/v1/teams/", w.teamA) + "/threads").json();
    for (auto& f : threads.at("fragments").as_array())
      if (f.at("id").as_int64() == id) return f.at("canChangeThemes").as_bool();
    return false;
  };
  std::string initial = themesOf();
  for (Client* c : {&colleague, &lead, &supervisor, &admin})
    EXPECT_EQ(c->put(themes, json::object{{"themes", json::array{"werk"}}}).status, 403);
  EXPECT_EQ(themesOf(), initial);
  EXPECT_FALSE(canChange(lead));
  EXPECT_FALSE(canChange(colleague));
  EXPECT_TRUE(canChange(author));
  // Only the author gives consent; for anyone else the fragment is not theirs (404).
  for (Client* c : {&colleague, &lead, &supervisor, &admin})
    EXPECT_EQ(c->put(consent, json::object{{"leadMayChangeThemes", true}}).status, 404);
  EXPECT_EQ(author.put(consent, json::object{}).status, 400);
  // The author confirms.
  auto own = author.put(themes, json::object{{"themes", json::array{"team"}}});
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(themesOf(), "[\"team\"]!");
  // With consent the lead changes them; a colleague and the supervisor still cannot.
  auto given = author.put(consent, json::object{{"leadMayChangeThemes", true}});
  ASSERT_EQ(given.status, 200) << given.body;
  EXPECT_TRUE(given.json().at("leadMayChangeThemes").as_bool());
  EXPECT_TRUE(canChange(lead));
  EXPECT_FALSE(canChange(supervisor));
  EXPECT_EQ(colleague.put(themes, json::object{{"themes", json::array{"werk"}}}).status, 403);
  EXPECT_EQ(supervisor.put(themes, json::object{{"themes", json::array{"werk"}}}).status, 403);
  auto byLead = lead.put(themes, json::object{{"themes", json::array{"team", "werk"}}});
  ASSERT_EQ(byLead.status, 200) << byLead.body;
  EXPECT_EQ(themesOf(), "[\"team\",\"werk\"]!");
  // Consent taken back: the lead no longer may.
  ASSERT_EQ(author.put(consent, json::object{{"leadMayChangeThemes", false}}).status, 200);
  EXPECT_EQ(lead.put(themes, json::object{{"themes", json::array{"werk"}}}).status, 403);
  EXPECT_EQ(themesOf(), "[\"team\",\"werk\"]!");
}

// Only confirmed themes count: fragments with only the machine's suggestion stand under no
// theme in the team's and the organisation's clouds and counts, nor in the export; once the
// authors confirm, they do.
TEST_P(Interviews, OnlyConfirmedThemesCount) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  int64_t fifth = addUser(srv.store(), {w.admin, w.org1, true}, "vijfde@org1.test", w.teamA, domain::TeamRole::Member, srv.now);
  std::vector<int64_t> people = {w.member, w.target, w.lead, w.supervisor, fifth};
  std::vector<std::pair<int64_t, json::value>> shared;  // author, fragment
  for (size_t i = 0; i < people.size(); ++i) {
    auto iv = start(srv, w, people[(i + 1) % people.size()], people[i]);
    Client c(srv.port());
    signIn(srv, c, people[i]);
    auto r = c.post(path("/api/v1/interviews/", iv.id) + "/fragments",
                    json::object{{"text", "In het team leren we van elkaar in intervisie."}, {"anonymous", true}});
    ASSERT_EQ(r.status, 201) << r.body;
    ASSERT_EQ(r.json().at("themes").at(0).as_string(), "team");  // suggested
    shared.push_back({people[i], r.json()});
  }
  Client admin(srv.port()), lead(srv.port());
  signIn(srv, admin, w.admin);
  signIn(srv, lead, w.lead);
  auto teamCount = [&](const std::string& theme) {
    auto t = lead.get(path("/api/v1/teams/", w.teamA) + "/threads").json();
    int64_t n = 0;
    for (auto& x : t.at("themes").as_array())
      if (x.at("theme").as_string() == theme) n = x.at("fragmentCount").as_int64() + (x.at("words").as_array().empty() ? 0 : 1000);
    for (auto& p : t.at("timeline").as_array())
      if (p.at("counts").as_object().contains(theme)) n += 1'000'000;
    return n;
  };
  EXPECT_EQ(teamCount("team"), 0);  // no fragments, no words, no timeline
  EXPECT_EQ(lead.get(path("/api/v1/teams/", w.teamA) + "/threads").json().at("fragments").as_array().size(), 5u);  // listed
  EXPECT_TRUE(admin.get("/api/v1/threads").json().at("themes").as_array().empty());
  EXPECT_TRUE(admin.get("/api/v1/threads/export").json().at("threads").as_array().empty());
  for (auto& [who, f] : shared) {
    Client c(srv.port());
    signIn(srv, c, who);
    ASSERT_EQ(c.put(path("/api/v1/fragments/", f.at("id").as_int64()) + "/themes", json::object{{"themes", json::array{"team"}}})
                  .status,
              200);
  }
  EXPECT_EQ(teamCount("team"), 1'000'000 + 1000 + 5);
  auto org = admin.get("/api/v1/threads").json();
  ASSERT_EQ(org.at("themes").as_array().size(), 1u);
  EXPECT_EQ(org.at("themes").at(0).at("fragmentCount").as_int64(), 5);
  EXPECT_EQ(admin.get("/api/v1/threads/export").json().at("threads").as_array().size(), 5u);
}

// Above the team a word shows only when at least 5 distinct people wrote it, and no name
// or address reaches a cloud or the export: a surname and a street written by one person,
// by four and by five never appear in an organisation-level answer; an ordinary word
// written by four does not, by five it does.
TEST_P(Interviews, OrganisationCloudsNeedFivePeoplePerWordAndHoldNoNames) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  std::vector<int64_t> people = {w.member, w.target, w.lead, w.supervisor};
  for (int i = 0; i < 2; ++i)
    people.push_back(addUser(srv.store(), {w.admin, w.org1, true}, "extra" + std::to_string(i) + "@org1.test", w.teamA,
                             domain::TeamRole::Member, srv.now));
  std::vector<int64_t> interviews;
  for (size_t i = 0; i < people.size(); ++i) interviews.push_back(start(srv, w, people[(i + 1) % people.size()], people[i]).id);
  // Person i shares an anonymous fragment under the confirmed theme "team".
  auto share = [&](size_t i, const std::string& text) {
    Client c(srv.port());
    signIn(srv, c, people[i]);
    auto r = c.post(path("/api/v1/interviews/", interviews[i]) + "/fragments",
                    json::object{{"text", text}, {"anonymous", true}, {"privacyConfirmed", true}});
    ASSERT_EQ(r.status, 201) << r.body;
    ASSERT_EQ(c.put(path("/api/v1/fragments/", r.json().at("id").as_int64()) + "/themes",
                    json::object{{"themes", json::array{"team"}}})
                  .status,
              200);
  };
  const std::string named = "In het team besproken: mevrouw Pietersma aan de Lindelaan 12 wacht op ons.";
  share(0, named);  // one person writes the surname and the street
  for (size_t i = 0; i < people.size(); ++i) share(i, "In het team leren we in intervisie van elkaar.");
  for (size_t i = 0; i < 4; ++i) share(i, "In het team helpt het keukentafelgesprek.");  // four people
  Client admin(srv.port()), analyst(srv.port()), otherAdmin(srv.port()), lead(srv.port());
  signIn(srv, admin, w.admin);
  signIn(srv, lead, w.lead);
  signIn(srv, otherAdmin, w.otherOrgAdmin);
  signIn(srv, analyst, w.otherOrgMember);
  ASSERT_EQ(otherAdmin.put(path("/api/v1/members/", w.otherOrgMember) + "/association-analyst", json::object{{"analyst", true}})
                .status,
            200);
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
    return s;
  };
  // Every answer above the team: the organisation's threads (for a member and the admin),
  // the export, and the national story point after importing it.
  auto orgLevel = [&]() {
    std::vector<std::pair<std::string, std::string>> out;
    Client member(srv.port());
    signIn(srv, member, w.member);
    out.push_back({"threads (member)", lower(member.get("/api/v1/threads").body)});
    auto threads = admin.get("/api/v1/threads");
    EXPECT_EQ(threads.status, 200);
    out.push_back({"threads (admin)", lower(threads.body)});
    auto file = admin.get("/api/v1/threads/export");
    EXPECT_EQ(file.status, 200);
    out.push_back({"export", lower(file.body)});
    auto v = file.json();
    v.as_object()["source"] = "Org Een";
    EXPECT_EQ(analyst.post("/api/v1/national-threads", v).status, 201);
    out.push_back({"national", lower(analyst.get("/api/v1/national-threads").body)});
    return out;
  };
  auto cloudWords = [&](Client& c, const std::string& url) {
    std::set<std::string> words;
    auto got = c.get(url).json();
    for (auto& t : got.at("themes").as_array())
      for (auto& x : t.at("words").as_array()) words.insert(lower(std::string(x.at("word").as_string())));
    return words;
  };
  // The team itself sees its fragments (the threshold is for views above the team).
  EXPECT_NE(lead.get(path("/api/v1/teams/", w.teamA) + "/threads").body.find("Pietersma"), std::string::npos);
  for (auto& [what, body] : orgLevel()) {
    EXPECT_EQ(body.find("pietersma"), std::string::npos) << what;
    EXPECT_EQ(body.find("lindelaan"), std::string::npos) << what;
  }
  auto words = cloudWords(admin, "/api/v1/threads");
  EXPECT_TRUE(words.count("intervisie")) << "the words six people wrote show";
  EXPECT_FALSE(words.count("keukentafelgesprek"));  // four people
  EXPECT_FALSE(words.count("besproken"));           // one person
  // Four more people write the surname and the street, a fifth the ordinary word.
  for (size_t i = 1; i < 5; ++i) share(i, named);
  share(4, "In het team helpt het keukentafelgesprek.");
  for (auto& [what, body] : orgLevel()) {
    EXPECT_EQ(body.find("pietersma"), std::string::npos) << what;
    EXPECT_EQ(body.find("lindelaan"), std::string::npos) << what;
  }
  words = cloudWords(admin, "/api/v1/threads");
  EXPECT_TRUE(words.count("keukentafelgesprek"));  // five people
  EXPECT_TRUE(words.count("besproken"));           // five people, an ordinary word
  EXPECT_TRUE(cloudWords(analyst, "/api/v1/national-threads").count("keukentafelgesprek"));
}

INSTANTIATE_TEST_SUITE_P(Stores, Interviews, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
