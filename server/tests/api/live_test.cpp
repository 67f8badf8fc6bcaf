// Live team sessions over a real WebSocket (Beast client): order, acknowledgement after
// storing, hidden thoughts until revealed, duplicate suppression, resume after a
// reconnect, guests limited to their session, and two instances on one PostgreSQL.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>

#include "api/app.hpp"
#include "export/qr_svg.hpp"
#include "domain/time_format.hpp"
#include "harness.hpp"
#include "live_socket.hpp"
#include "http/server.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"
#include "store/foundation/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;

struct Fixture {
  explicit Fixture(const std::string& backend, api::Config cfg = {}) : srv(backend, cfg), w(buildWorld(srv.store(), srv.now)), lead(srv.port()),
                                                 member(srv.port()), target(srv.port()) {
    signIn(srv, lead, w.lead);
    signIn(srv, member, w.member);
    signIn(srv, target, w.target);
    auto res = lead.post("/api/v1/teams/" + std::to_string(w.teamA) + "/live-sessions",
                         json::object{{"title", "Dagdeel over ons vak"}});
    EXPECT_EQ(res.status, 201) << res.body;
    session = res.json().at("id").as_int64();
    joinCode = std::string(res.json().at("joinCode").as_string());
  }
  std::string socket(int64_t after = 0, const std::string& guest = "") const {
    std::string t = "/api/v1/live/sessions/" + std::to_string(session) + "/socket?after=" + std::to_string(after);
    if (!guest.empty()) t += "&guest=" + guest;
    return t;
  }
  TestServer srv;
  World w;
  Client lead, member, target;
  int64_t session = 0;
  std::string joinCode;
};

class Live : public ::testing::TestWithParam<std::string> {};

bool isEvent(const json::object& f, int64_t seq) { return f.at("type") == "event" && f.at("seq").as_int64() == seq; }

TEST_P(Live, SubmissionsAreStoredAcknowledgedAndBroadcastInOrder) {
  Fixture f(GetParam());
  Ws facilitator(f.srv.port(), f.socket(), f.lead.cookie);
  ASSERT_TRUE(facilitator.ok()) << facilitator.status();
  auto welcome = facilitator.until("welcome");
  EXPECT_TRUE(welcome.at("you").at("facilitator").as_bool());
  EXPECT_EQ(welcome.at("session").at("joinCode").as_string(), f.joinCode);
  EXPECT_EQ(welcome.at("session").at("programme").as_array().size(), 5u);

  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  Ws b(f.srv.port(), f.socket(), f.target.cookie);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_FALSE(a.until("welcome").at("you").at("facilitator").as_bool());
  b.until("welcome");

  for (int i = 1; i <= 5; ++i) a.submit("a-" + std::to_string(i), "thought", {{"text", "Gedachte " + std::to_string(i)}});
  std::vector<int64_t> acked;
  while (acked.size() < 5) {
    auto fr = a.next();
    ASSERT_TRUE(fr);
    if (fr->at("type") == "ack") acked.push_back(fr->at("seq").as_int64());
    if (fr->at("type") == "event") { EXPECT_TRUE(fr->at("mine").as_bool()); }  // own thoughts: full text
  }
  for (size_t i = 1; i < acked.size(); ++i) EXPECT_EQ(acked[i], acked[i - 1] + 1);

  // The facilitator sees every thought, in order; the other participant gets no thought
  // frame, only coalesced counts (a few a second) that end at all five, current to the last.
  for (int i = 1; i <= 5; ++i) {
    auto e = facilitator.until("event");
    EXPECT_EQ(e.at("seq").as_int64(), acked[i - 1]);
    EXPECT_EQ(e.at("data").at("text").as_string(), "Gedachte " + std::to_string(i));
  }
  int64_t counted = 0, countedSeq = 0;
  while (counted < 5) {
    auto fr = b.next();
    ASSERT_TRUE(fr) << "no count of all five";
    ASSERT_EQ(fr->at("type"), "count") << json::serialize(*fr);  // no event about a hidden thought
    EXPECT_GE(fr->at("hidden").as_int64(), counted);               // counts only grow until the reveal
    EXPECT_GE(fr->at("seq").as_int64(), countedSeq);
    counted = fr->at("hidden").as_int64();
    countedSeq = fr->at("seq").as_int64();
  }
  EXPECT_EQ(countedSeq, acked[4]);
  // Participants may not steer the session.
  b.submit("b-reveal", "reveal");
  EXPECT_EQ(b.until("error").at("status").as_int64(), 403);
  // Reveal: the others now get the texts.
  facilitator.submit("f-reveal", "reveal");
  auto reveal = b.until("event", [](auto& fr) { return fr.at("kind") == "reveal"; });
  ASSERT_EQ(reveal.at("data").at("thoughts").as_array().size(), 5u);  // one batch, in order
  for (size_t i = 0; i < 5; ++i) {
    auto& t = reveal.at("data").at("thoughts").at(i);
    EXPECT_EQ(t.at("seq").as_int64(), acked[i]);
    EXPECT_EQ(t.at("data").at("text").as_string(), "Gedachte " + std::to_string(i + 1));
  }
  // A later reveal carries only what it reveals.
  a.submit("a-6", "thought", {{"text", "Gedachte 6"}});
  int64_t sixth = a.until("ack").at("seq").as_int64();
  facilitator.submit("f-reveal-2", "reveal");
  auto second = b.until("event", [](auto& fr) { return fr.at("kind") == "reveal"; });
  ASSERT_EQ(second.at("data").at("thoughts").as_array().size(), 1u);
  EXPECT_EQ(second.at("data").at("thoughts").at(0).at("seq").as_int64(), sixth);
  // Placement on the matrix, by a participant.
  b.submit("b-place", "place", {{"thought", acked[0]}, {"rule", "tegenspraak"}, {"part", "buurt"}});
  b.until("ack");
  b.submit("b-place-bad", "place", {{"thought", acked[0]}, {"rule", "nonsense"}, {"part", "buurt"}});
  EXPECT_EQ(b.until("error").at("status").as_int64(), 422);
  auto report = f.member.get("/api/v1/live/sessions/" + std::to_string(f.session) + "/report");
  ASSERT_EQ(report.status, 200) << report.body;
  bool placed = false;
  auto reportJson = report.json();
  for (auto& c : reportJson.at("cells").as_array())
    if (c.at("rule") == "tegenspraak" && c.at("part") == "buurt") placed = c.at("thoughts").as_array().size() == 1;
  EXPECT_TRUE(placed);
}

TEST_P(Live, DuplicateSubmissionIsStoredOnce) {
  Fixture f(GetParam());
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
  a.until("welcome");
  fac.until("welcome");
  a.submit("same-id", "sentence", {{"text", "Het is mijn vak om mensen weer op weg te helpen."}});
  auto first = a.until("ack");
  EXPECT_FALSE(first.at("duplicate").as_bool());
  a.submit("same-id", "sentence", {{"text", "Het is mijn vak om mensen weer op weg te helpen."}});
  auto second = a.until("ack");
  EXPECT_TRUE(second.at("duplicate").as_bool());
  EXPECT_EQ(second.at("seq"), first.at("seq"));
  auto e = fac.until("event");
  EXPECT_EQ(e.at("seq"), first.at("seq"));
  a.submit("other-id", "verse", {{"text", "We dansen op wat er al is"}});
  auto next = fac.until("event");
  EXPECT_EQ(next.at("seq").as_int64(), first.at("seq").as_int64() + 1);  // no second copy in between
  auto report = f.member.get("/api/v1/live/sessions/" + std::to_string(f.session) + "/report").json();
  EXPECT_EQ(report.at("sentences").as_array().size(), 1u);
  auto verses = f.member.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/verses").json();
  EXPECT_EQ(verses.at("items").as_array().size(), 1u);
}

TEST_P(Live, ReconnectingClientResumesAfterTheLastEventItSaw) {
  Fixture f(GetParam());
  int64_t lastSeen = 0;
  {
    Ws a(f.srv.port(), f.socket(), f.member.cookie);
    a.until("welcome");
    a.submit("r-1", "thought", {{"text", "Eerste"}});
    lastSeen = a.until("event").at("seq").as_int64();
    a.until("ack");
    a.close();
  }
  Ws b(f.srv.port(), f.socket(), f.target.cookie);
  b.until("welcome");
  for (int i = 2; i <= 4; ++i) {
    b.submit("r-" + std::to_string(i), "sentence", {{"text", "Nummer " + std::to_string(i)}});
    b.until("ack");
  }
  Ws again(f.srv.port(), f.socket(lastSeen), f.member.cookie);
  auto welcome = again.until("welcome");
  EXPECT_EQ(welcome.at("resumedAfter").as_int64(), lastSeen);
  for (int i = 1; i <= 3; ++i) {
    auto e = again.next();
    ASSERT_TRUE(e);
    EXPECT_TRUE(isEvent(*e, lastSeen + i)) << json::serialize(*e);
  }
  // After the replay, the count: its own thought still waits; current up to the last event.
  auto count = again.until("count");
  EXPECT_EQ(count.at("seq").as_int64(), lastSeen + 3);
  EXPECT_EQ(count.at("hidden").as_int64(), 1);
  EXPECT_FALSE(again.next(300ms));  // nothing twice
}

// Hidden thoughts of others are not replayed as frames: a resuming participant gets the
// count (and its resume point moves past them); the reveal brings their texts once.
TEST_P(Live, ResumingParticipantGetsTheCountAndTheRevealOnce) {
  Fixture f(GetParam());
  Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
  fac.until("welcome");
  int64_t lastSeen = 0;
  {
    Ws a(f.srv.port(), f.socket(), f.member.cookie);
    lastSeen = a.until("welcome").at("lastSeq").as_int64();
    a.close();
  }
  Ws b(f.srv.port(), f.socket(), f.target.cookie);
  b.until("welcome");
  std::vector<int64_t> seqs;
  for (int i = 1; i <= 3; ++i) {
    b.submit("h-" + std::to_string(i), "thought", {{"text", "Verborgen " + std::to_string(i)}});
    seqs.push_back(b.until("ack").at("seq").as_int64());
  }
  int64_t resumeAt = 0;
  {
    Ws again(f.srv.port(), f.socket(lastSeen), f.member.cookie);
    again.until("welcome");
    auto count = again.next();
    ASSERT_TRUE(count);
    ASSERT_EQ(count->at("type"), "count") << json::serialize(*count);  // no thought frames first
    EXPECT_EQ(count->at("hidden").as_int64(), 3);
    EXPECT_EQ(count->at("seq").as_int64(), seqs.back());
    resumeAt = count->at("seq").as_int64();
    EXPECT_FALSE(again.next(300ms));
  }
  fac.submit("f-reveal", "reveal");
  int64_t revealSeq = fac.until("ack").at("seq").as_int64();
  Ws last(f.srv.port(), f.socket(resumeAt), f.member.cookie);
  last.until("welcome");
  auto reveal = last.until("event");
  EXPECT_EQ(reveal.at("kind"), "reveal");
  EXPECT_EQ(reveal.at("seq").as_int64(), revealSeq);
  ASSERT_EQ(reveal.at("data").at("thoughts").as_array().size(), 3u);
  EXPECT_EQ(reveal.at("data").at("thoughts").at(2).at("data").at("text").as_string(), "Verborgen 3");
  EXPECT_FALSE(last.next(300ms));  // nothing twice (the reveal says nothing waits: no count)
}

TEST_P(Live, GuestsJoinWithTheCodeAndReachOnlyTheirSession) {
  Fixture f(GetParam());
  Client guest(f.srv.port());
  auto wrong = guest.post("/api/v1/live/guests", json::object{{"code", "ZZZZZZ"}, {"name", "Partner"}});
  EXPECT_EQ(wrong.status, 404);
  auto join = guest.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Wijkagent"}});
  ASSERT_EQ(join.status, 201) << join.body;
  std::string token(join.json().at("guestToken").as_string());
  Ws g(f.srv.port(), f.socket(0, token));
  ASSERT_TRUE(g.ok()) << g.status();
  auto welcome = g.until("welcome");
  EXPECT_TRUE(welcome.at("you").at("guest").as_bool());
  EXPECT_FALSE(welcome.at("session").as_object().contains("joinCode"));
  g.submit("g-1", "thought", {{"text", "Ik zie jullie vaak op het schoolplein."}});
  g.until("ack");
  g.submit("g-2", "block", {{"index", 2}});
  EXPECT_EQ(g.until("error").at("status").as_int64(), 403);

  // Another session of the same team: the guest token does not open it.
  auto other = f.lead.post("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions",
                           json::object{{"title", "Andere sessie"}});
  std::string otherSocket = "/api/v1/live/sessions/" + std::to_string(other.json().at("id").as_int64()) +
                            "/socket?guest=" + token;
  Ws denied(f.srv.port(), otherSocket);
  EXPECT_FALSE(denied.ok());
  EXPECT_EQ(denied.status(), 401);
  // Nothing of the REST API: a guest has no session cookie.
  for (std::string path : std::vector<std::string>{"/api/v1/me", "/api/v1/teams", "/api/v1/live/sessions/" + std::to_string(f.session),
                           "/api/v1/live/sessions/" + std::to_string(f.session) + "/report",
                           "/api/v1/teams/" + std::to_string(f.w.teamA) + "/verses"})
    EXPECT_EQ(guest.request("GET", path, "", {{"authorization", "Bearer " + token}}).status, 401) << path;
  // Without anything: no socket either.
  Ws nobody(f.srv.port(), f.socket());
  EXPECT_EQ(nobody.status(), 401);
  // A member of another team cannot connect.
  Client other2(f.srv.port());
  signIn(f.srv, other2, f.w.otherTeam);
  Ws outsider(f.srv.port(), f.socket(), other2.cookie);
  EXPECT_EQ(outsider.status(), 403);
}

TEST_P(Live, ThoughtsPassThePrivacyGuard) {
  Fixture f(GetParam());
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  a.until("welcome");
  a.submit("p-1", "thought", {{"text", "Mevrouw met BSN 111222333 heeft schulden."}});
  auto err = a.until("error");
  EXPECT_EQ(err.at("status").as_int64(), 422);
  EXPECT_FALSE(err.at("findings").as_array().empty());
  auto s = f.member.get("/api/v1/live/sessions/" + std::to_string(f.session)).json();
  EXPECT_EQ(s.at("lastSeq").as_int64(), 0);  // nothing stored
}

TEST_P(Live, ConfirmedThoughtIsAnOverrideInTheAuditLogWithoutTheText) {
  Fixture f(GetParam());
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  a.until("welcome");
  a.send(json::object{{"type", "submit"}, {"clientId", "p-1"}, {"kind", "thought"},
                      {"data", json::object{{"text", "Gesprek met mevrouw Jansen over de huur."}}}, {"privacyConfirmed", true}});
  auto ack = a.until("ack");
  EXPECT_EQ(ack.at("clientId").as_string(), "p-1");
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  auto log = admin.get("/api/v1/audit-log");
  ASSERT_EQ(log.status, 200);
  EXPECT_EQ(log.body.find("Jansen"), std::string::npos);
  auto entries = log.json();
  int overrides = 0;
  for (auto& e : entries.at("items").as_array())
    if (e.at("action").as_string() == "privacy.override") {
      ++overrides;
      EXPECT_EQ(e.at("object").as_string(), "live-session/" + std::to_string(f.session) + "#text");
      EXPECT_EQ(e.at("userId").as_int64(), f.w.member);
    }
  EXPECT_EQ(overrides, 1);
}

TEST_P(Live, ReportAsPdfAndQrCode) {
  Fixture f(GetParam());
  auto pdf = f.member.get("/api/v1/live/sessions/" + std::to_string(f.session) + "/report.pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  auto qr = f.lead.get("/api/v1/live/sessions/" + std::to_string(f.session) + "/qr.svg");
  ASSERT_EQ(qr.status, 200);
  EXPECT_NE(qr.body.find("<svg"), std::string::npos);
  EXPECT_EQ(f.member.get("/api/v1/live/sessions/" + std::to_string(f.session) + "/qr.svg").status, 403);
}

std::string sessionPath(int64_t id, const std::string& rest = "") {
  return "/api/v1/live/sessions/" + std::to_string(id) + rest;
}

// The projector's groups reach the report (JSON, page and PDF) in the order they came in, and
// the team's session list says per session whether the reader facilitates it (the live home
// page shows "begeleiden" only then).
TEST_P(Live, GroupsAreInTheReportAndTheListSaysWhoFacilitates) {
  Fixture f(GetParam());
  Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
  fac.until("welcome");
  std::vector<int64_t> seqs;
  for (const char* text : {"Eerst de buurt bellen", "Samen met school optrekken", "Doorvragen tot het verhaal komt"}) {
    fac.submit(std::string("t-") + text, "thought", {{"text", text}});
    seqs.push_back(fac.until("ack").at("seq").as_int64());
  }
  fac.submit("r-1", "reveal");
  fac.until("ack");
  fac.submit("g-1", "group", {{"thought", seqs[1]}, {"group", "Samenwerken"}});
  fac.until("ack");
  fac.submit("g-2", "group", {{"thought", seqs[0]}, {"group", "Contact"}});
  fac.until("ack");
  fac.submit("g-3", "group", {{"thought", seqs[2]}, {"group", "Contact"}});
  fac.until("ack");
  fac.submit("g-4", "group", {{"thought", seqs[1]}, {"group", "Contact"}});  // moved on
  fac.until("ack");
  fac.submit("g-5", "group", {{"thought", seqs[1]}, {"group", ""}});  // and back out of every group
  fac.until("ack");
  auto report = f.member.get(sessionPath(f.session, "/report"));
  ASSERT_EQ(report.status, 200) << report.body;
  auto groups = report.json().at("groups").as_array();
  ASSERT_EQ(groups.size(), 1u) << report.body;
  EXPECT_EQ(groups[0].at("name").as_string(), "Contact");
  ASSERT_EQ(groups[0].at("thoughts").as_array().size(), 2u);
  EXPECT_EQ(groups[0].at("thoughts").at(0).as_string(), "Eerst de buurt bellen");
  EXPECT_EQ(groups[0].at("thoughts").at(1).as_string(), "Doorvragen tot het verhaal komt");
  auto text = pdfText(f.member.get(sessionPath(f.session, "/report.pdf")).body, GetParam() + "_groups");
  EXPECT_NE(text.find("Gedachten per groep"), std::string::npos) << text;
  EXPECT_NE(text.find("Contact"), std::string::npos) << text;

  auto listed = [&](Client& c) {
    auto res = c.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions");
    EXPECT_EQ(res.status, 200) << res.body;
    auto body = res.json();
    for (auto& s : body.at("items").as_array())
      if (s.at("id").as_int64() == f.session) return s.at("facilitator").as_bool();
    ADD_FAILURE() << "session not listed";
    return false;
  };
  EXPECT_TRUE(listed(f.lead));     // the team lead who started it
  EXPECT_FALSE(listed(f.member));  // a plain member of the team
}

TEST_P(Live, OwnTemplatesAreSavedListedAndDeletedByTheirCreatorOrAnAdmin) {
  Fixture f(GetParam());
  json::array blocks{json::object{{"kind", "song"}, {"title", "Opening met het lied"}, {"minutes", 10}},
                     json::object{{"kind", "vote"}, {"title", "Stemronde"}, {"prompt", "Wat pakken we op?"}, {"minutes", 15}}};
  auto saved = f.member.post("/api/v1/live/templates", json::object{{"name", "Korte teamsessie"}, {"blocks", blocks}});
  ASSERT_EQ(saved.status, 201) << saved.body;
  int64_t id = saved.json().at("id").as_int64();
  EXPECT_EQ(saved.json().at("blocks").as_array().size(), 2u);
  EXPECT_TRUE(saved.json().at("canDelete").as_bool());
  // Listed for everyone of the organisation; the default half-day stays apart.
  auto list = f.target.get("/api/v1/live/templates").json();
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  EXPECT_EQ(list.at("items").at(0).at("name").as_string(), "Korte teamsessie");
  EXPECT_FALSE(list.at("items").at(0).at("canDelete").as_bool());
  EXPECT_EQ(f.target.get("/api/v1/live/programme").json().at("blocks").as_array().size(), 5u);
  // A session started from the template's blocks.
  auto started = f.lead.post("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions",
                             json::object{{"title", "Korte sessie"}, {"blocks", list.at("items").at(0).at("blocks")}});
  ASSERT_EQ(started.status, 201) << started.body;
  EXPECT_EQ(started.json().at("programme").at(1).at("kind").as_string(), "vote");
  // Unhappy paths, in Dutch: no blocks, an unknown kind, an empty title.
  auto none = f.member.post("/api/v1/live/templates", json::object{{"name", "Leeg"}, {"blocks", json::array{}}});
  EXPECT_EQ(none.status, 422) << none.body;
  EXPECT_EQ(none.json().at("title").as_string(), "Een programma heeft 1 tot 30 blokken.");
  auto bad = f.member.post("/api/v1/live/templates",
                           json::object{{"name", "Raar"}, {"blocks", json::array{json::object{{"kind", "dans"}, {"title", ""}}}}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json().at("errors").as_array().size(), 2u);
  // Another member may not delete it; another organisation does not find it; the creator may.
  EXPECT_EQ(f.target.del("/api/v1/live/templates/" + std::to_string(id)).status, 403);
  Client other(f.srv.port());
  signIn(f.srv, other, f.w.otherOrgAdmin);
  EXPECT_EQ(other.del("/api/v1/live/templates/" + std::to_string(id)).status, 404);
  EXPECT_EQ(f.member.del("/api/v1/live/templates/" + std::to_string(id)).status, 204);
  EXPECT_EQ(f.member.get("/api/v1/live/templates").json().at("items").as_array().size(), 0u);
  // An organisation admin deletes anyone's template.
  auto again = f.member.post("/api/v1/live/templates", json::object{{"name", "Nog een"}, {"blocks", blocks}});
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  EXPECT_EQ(admin.del("/api/v1/live/templates/" + std::to_string(again.json().at("id").as_int64())).status, 204);
}

TEST_P(Live, TemplateAndProgrammeTextsPassThePrivacyGuard) {
  Fixture f(GetParam());
  json::array blocks{json::object{{"title", "Casus"}, {"prompt", "Bespreek mevrouw met BSN 111222333."}}};
  auto refused = f.member.post("/api/v1/live/templates", json::object{{"name", "Casusbespreking"}, {"blocks", blocks}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json().at("findings").at(0).at("field").as_string(), "blocks[0].prompt");
  Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
  fac.until("welcome");
  fac.submit("g-1", "thought", {{"text", "Contact"}});
  int64_t seq = fac.until("ack").at("seq").as_int64();
  fac.submit("g-2", "group", {{"thought", seq}, {"group", "BSN 111222333"}});
  EXPECT_EQ(fac.until("error").at("status").as_int64(), 422);
  fac.submit("g-3", "programme", {{"blocks", blocks}});
  EXPECT_EQ(fac.until("error").at("status").as_int64(), 422);
}

TEST_P(Live, AdminWordsTheGuidelineAndSessionsUseIt) {
  Fixture f(GetParam());
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  auto guide = admin.get("/api/v1/live/guideline").json().as_object();
  EXPECT_FALSE(guide.at("custom").as_bool());
  ASSERT_EQ(guide.at("rules").as_array().size(), 5u);
  ASSERT_EQ(guide.at("parts").as_array().size(), 4u);
  json::object edit{{"rules", guide.at("rules")}, {"parts", guide.at("parts")}};
  edit["rules"].as_array()[3].as_object()["name"] = "Zoek het gesprek op";
  edit["rules"].as_array()[3].as_object()["description"] = "Juist met wie er anders over denkt.";
  auto saved = admin.put("/api/v1/live/guideline", edit);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_TRUE(saved.json().at("custom").as_bool());
  EXPECT_EQ(saved.json().at("rules").at(3).at("key").as_string(), "tegenspraak");  // the key stays
  EXPECT_EQ(f.member.get("/api/v1/live/guideline").json().at("rules").at(3).at("name").as_string(), "Zoek het gesprek op");
  // Not the number or the keys: one rule less, or a new key, is refused.
  json::object fewer = edit;
  fewer["rules"].as_array().pop_back();
  auto r1 = admin.put("/api/v1/live/guideline", fewer);
  EXPECT_EQ(r1.status, 422);
  EXPECT_EQ(r1.json().at("title").as_string(), "De richtlijn klopt nog niet.");
  json::object renamed = edit;
  renamed["parts"].as_array()[0].as_object()["key"] = "wijk";
  EXPECT_EQ(admin.put("/api/v1/live/guideline", renamed).status, 422);
  EXPECT_EQ(f.lead.put("/api/v1/live/guideline", edit).status, 403);
  // Another organisation keeps the default.
  Client other(f.srv.port());
  signIn(f.srv, other, f.w.otherOrgMember);
  EXPECT_EQ(other.get("/api/v1/live/guideline").json().at("rules").at(3).at("name").as_string(), "Zoek tegenspraak");
  // The session (welcome) and its report use the organisation's words.
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  auto welcome = a.until("welcome");
  EXPECT_EQ(welcome.at("session").at("guideline").at("rules").at(3).at("name").as_string(), "Zoek het gesprek op");
  a.submit("t-1", "thought", {{"text", "Even bij de buren langs"}});
  int64_t seq = a.until("ack").at("seq").as_int64();
  a.submit("t-2", "place", {{"thought", seq}, {"rule", "tegenspraak"}, {"part", "buurt"}});
  a.until("ack");
  auto report = f.member.get(sessionPath(f.session, "/report")).json();
  EXPECT_EQ(report.at("rules").at(3).at("name").as_string(), "Zoek het gesprek op");
  // Back to the default.
  auto reset = admin.del("/api/v1/live/guideline");
  ASSERT_EQ(reset.status, 200);
  EXPECT_FALSE(reset.json().at("custom").as_bool());
  EXPECT_EQ(f.member.get("/api/v1/live/guideline").json().at("rules").at(3).at("name").as_string(), "Zoek tegenspraak");
}

TEST_P(Live, SongLinkIsValidatedAndVersesGrowFromSessionToSession) {
  Fixture f(GetParam());
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  for (std::string bad : {"javascript:alert(1)", "ftp://example.org/lied.mp3", "https://", "https://exa mple.org/lied",
                          "www.example.org/lied"}) {
    auto res = admin.put("/api/v1/live/settings", json::object{{"songUrl", bad}});
    ASSERT_EQ(res.status, 422) << bad << " " << res.body;
    EXPECT_EQ(res.json().at("errors").at(0).at("field").as_string(), "songUrl");
  }
  EXPECT_EQ(admin.put("/api/v1/live/settings", json::object{{"songUrl", "http://intranet.example/lied.mp3"}}).status, 200);
  ASSERT_EQ(admin.put("/api/v1/live/settings", json::object{{"songUrl", "https://example.org/ons-lied.mp3"}}).status, 200);
  EXPECT_EQ(f.member.put("/api/v1/live/settings", json::object{{"songUrl", "https://example.org/x"}}).status, 403);

  // Session 1 adds two lines; session 2 (later) shows them inside the session, and adds one.
  {
    Ws a(f.srv.port(), f.socket(), f.member.cookie);
    auto welcome = a.until("welcome");
    EXPECT_EQ(welcome.at("session").at("songUrl").as_string(), "https://example.org/ons-lied.mp3");
    EXPECT_TRUE(welcome.at("session").at("teamVerses").as_array().empty());
    a.submit("v-1", "verse", {{"text", "We lopen mee waar de stoep ophoudt"}});
    a.until("ack");
    a.submit("v-2", "verse", {{"text", "en vragen door tot het verhaal klopt"}});
    a.until("ack");
  }
  f.srv.now += 60;  // a later session (sessions of the same second are ordered by id)
  auto second = f.lead.post("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions",
                            json::object{{"title", "Tweede dagdeel"}});
  ASSERT_EQ(second.status, 201) << second.body;
  int64_t secondId = second.json().at("id").as_int64();
  Client guest(f.srv.port());
  auto join = guest.post("/api/v1/live/guests", json::object{{"code", second.json().at("joinCode")}, {"name", "Wijkagent"}});
  ASSERT_EQ(join.status, 201) << join.body;
  Ws g(f.srv.port(), sessionPath(secondId, "/socket?guest=" + std::string(join.json().at("guestToken").as_string())));
  auto welcome = g.until("welcome");
  ASSERT_TRUE(welcome.contains("session")) << g.status();
  ASSERT_EQ(welcome.at("session").at("teamVerses").as_array().size(), 2u);  // visible inside the session
  EXPECT_EQ(welcome.at("session").at("teamVerses").at(0).as_string(), "We lopen mee waar de stoep ophoudt");
  g.submit("v-3", "verse", {{"text", "en dansen op wat er al is"}});
  g.until("ack");
  // The team's song: per session, for the team's members only.
  auto song = f.target.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/verses");
  ASSERT_EQ(song.status, 200) << song.body;
  EXPECT_EQ(song.json().at("items").as_array().size(), 3u);
  ASSERT_EQ(song.json().at("sessions").as_array().size(), 2u);
  EXPECT_EQ(song.json().at("sessions").at(1).at("title").as_string(), "Tweede dagdeel");
  EXPECT_EQ(song.json().at("songUrl").as_string(), "https://example.org/ons-lied.mp3");
  Client teamB(f.srv.port());
  signIn(f.srv, teamB, f.w.otherTeam);
  EXPECT_EQ(teamB.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/verses").status, 403);
  EXPECT_EQ(admin.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/verses").status, 403);
  Client otherOrg(f.srv.port());
  signIn(f.srv, otherOrg, f.w.otherOrgMember);
  EXPECT_EQ(otherOrg.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/verses").status, 404);
}

// The room keeps the welcome data that is the same for every phone (issue 14: a resume reads
// only its own log-in check); a change of the song link or the guideline reaches the next
// connection, and so does the end of the session (from the room's own end event).
TEST_P(Live, WelcomeKeptByTheRoomFollowsSongLinkGuidelineAndEnd) {
  Fixture f(GetParam());
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  ASSERT_EQ(admin.put("/api/v1/live/settings", json::object{{"songUrl", "https://example.org/eerste.mp3"}}).status, 200);
  Ws facilitator(f.srv.port(), f.socket(), f.lead.cookie);
  auto first = facilitator.until("welcome");
  EXPECT_EQ(first.at("session").at("songUrl").as_string(), "https://example.org/eerste.mp3");
  EXPECT_TRUE(first.at("session").at("endedAt").is_null());
  ASSERT_TRUE(first.at("session").as_object().contains("joinCode"));
  {
    Ws member(f.srv.port(), f.socket(), f.member.cookie);
    auto w = member.until("welcome");
    EXPECT_EQ(w.at("session").at("songUrl").as_string(), "https://example.org/eerste.mp3");
    EXPECT_FALSE(w.at("session").as_object().contains("joinCode"));  // the code only for who facilitates
  }
  ASSERT_EQ(admin.put("/api/v1/live/settings", json::object{{"songUrl", "https://example.org/tweede.mp3"}}).status, 200);
  auto guide = admin.get("/api/v1/live/guideline").json().as_object();
  json::object edit{{"rules", guide.at("rules")}, {"parts", guide.at("parts")}};
  edit["rules"].as_array()[0].as_object()["name"] = "Eigen woorden";
  ASSERT_EQ(admin.put("/api/v1/live/guideline", edit).status, 200);
  {
    Ws member(f.srv.port(), f.socket(), f.member.cookie);
    auto w = member.until("welcome");
    EXPECT_EQ(w.at("session").at("songUrl").as_string(), "https://example.org/tweede.mp3");
    EXPECT_EQ(w.at("session").at("guideline").at("rules").at(0).at("name").as_string(), "Eigen woorden");
  }
  f.srv.now += 60;
  int64_t endedAt = f.srv.now;
  auto end = f.lead.post(sessionPath(f.session, "/end"), json::object{});
  ASSERT_EQ(end.status, 200) << end.body;
  facilitator.until("event", [](auto& fr) { return fr.at("kind") == "end"; });
  Ws again(f.srv.port(), f.socket(), f.lead.cookie);
  auto last = again.until("welcome");
  ASSERT_TRUE(last.at("session").at("endedAt").is_int64()) << json::serialize(last);
  EXPECT_EQ(last.at("session").at("endedAt").as_int64(), endedAt);
  EXPECT_FALSE(last.at("session").as_object().contains("joinCode"));  // an ended session's code works no more
}

bool threadsHave(Client& c, int64_t teamId, const std::string& text) {
  auto t = c.get("/api/v1/teams/" + std::to_string(teamId) + "/threads").json();
  for (auto& fr : t.at("fragments").as_array())
    if (fr.at("text").as_string() == text && fr.at("source").as_string() == "live") return true;
  return false;
}

TEST_P(Live, OnlyAgreedContributionsReachTheTeamThreads) {
  Fixture f(GetParam());
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  a.until("welcome");
  const std::string agreed = "Eerst naast iemand gaan zitten voordat je iets vraagt.";
  const std::string kept = "Dit houd ik liever binnen de sessie.";
  a.submit("c-1", "thought", {{"text", agreed}});
  int64_t agreedSeq = a.until("ack").at("seq").as_int64();
  a.submit("c-2", "sentence", {{"text", kept}});
  a.until("ack");
  a.submit("c-3", "verse", {{"text", "Een regel voor het lied"}});
  a.until("ack");
  auto mine = f.member.get(sessionPath(f.session, "/contributions")).json();
  ASSERT_EQ(mine.at("items").as_array().size(), 2u);  // thoughts and sentences, not verses
  EXPECT_FALSE(mine.at("items").at(0).at("toThreads").as_bool());
  EXPECT_TRUE(f.target.get(sessionPath(f.session, "/contributions")).json().at("items").as_array().empty());
  EXPECT_FALSE(threadsHave(f.lead, f.w.teamA, agreed));  // nothing leaves the session by itself

  auto share = f.member.put(sessionPath(f.session, "/contributions/" + std::to_string(agreedSeq)),
                            json::object{{"toThreads", true}});
  ASSERT_EQ(share.status, 200) << share.body;
  EXPECT_TRUE(share.json().at("toThreads").as_bool());
  EXPECT_TRUE(threadsHave(f.lead, f.w.teamA, agreed));
  EXPECT_FALSE(threadsHave(f.lead, f.w.teamA, kept));
  auto threads = f.lead.get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/threads").json();
  for (auto& fr : threads.at("fragments").as_array())
    EXPECT_FALSE(fr.as_object().contains("authorName"));  // anonymous unless the author chose otherwise
  // Someone else's contribution, or without a choice: refused.
  EXPECT_EQ(f.target.put(sessionPath(f.session, "/contributions/" + std::to_string(agreedSeq)),
                         json::object{{"toThreads", true}}).status, 404);
  EXPECT_EQ(f.member.put(sessionPath(f.session, "/contributions/" + std::to_string(agreedSeq)), json::object{}).status, 400);
  Client otherOrg(f.srv.port());
  signIn(f.srv, otherOrg, f.w.otherOrgMember);
  EXPECT_EQ(otherOrg.put(sessionPath(f.session, "/contributions/" + std::to_string(agreedSeq)),
                         json::object{{"toThreads", true}}).status, 404);
  // Withdrawing consent takes it out of the threads again.
  auto withdraw = f.member.put(sessionPath(f.session, "/contributions/" + std::to_string(agreedSeq)),
                               json::object{{"toThreads", false}});
  ASSERT_EQ(withdraw.status, 200);
  EXPECT_FALSE(threadsHave(f.lead, f.w.teamA, agreed));
}

TEST_P(Live, ContributionsAreInTheExportStayAnonymousAfterErasureAndGuestNamesExpire) {
  Fixture f(GetParam());
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  a.until("welcome");
  a.submit("e-1", "thought", {{"text", "Samen met school optrekken."}});
  int64_t seq = a.until("ack").at("seq").as_int64();
  a.submit("e-2", "verse", {{"text", "We dansen op wat de straat ons geeft"}});
  a.until("ack");
  f.member.put(sessionPath(f.session, "/contributions/" + std::to_string(seq)), json::object{{"toThreads", true}});
  auto exported = f.member.get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200);
  auto live = exported.json().at("live").as_object();
  ASSERT_EQ(live.at("contributions").as_array().size(), 2u);
  EXPECT_EQ(live.at("contributions").at(0).at("text").as_string(), "Samen met school optrekken.");
  EXPECT_TRUE(live.at("contributions").at(0).at("toTeamThreads").as_bool());
  EXPECT_EQ(f.lead.get("/api/v1/me/export").json().at("live").at("sessionsStarted").as_array().size(), 1u);
  a.close();

  // A guest joins; the session ends; after the retention period the guest's name goes.
  Client guest(f.srv.port());
  ASSERT_EQ(guest.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Wijkagent Ruud"}}).status, 201);
  {
    Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
    fac.until("welcome");
    fac.submit("end", "end");
    fac.until("ack");
  }
  const int64_t days30 = 30 * 24 * 3600;
  EXPECT_EQ(store::runRetention(f.srv.store().db(), f.srv.now, days30), 0);  // not yet
  int64_t deleted = store::runRetention(f.srv.store().db(), f.srv.now + days30 + 1, days30);
  EXPECT_GE(deleted, 1);
  int64_t guests = -1;
  f.srv.store().db().read([&](store::Conn& c) {
    guests = c.query("SELECT COUNT(*) FROM live_guests WHERE session_id = $1", {f.session})[0].i64(0);
  });
  EXPECT_EQ(guests, 0);

  // Erasure: the texts stay in the session and the song without author; the shared
  // anonymous fragment stays in the threads without author.
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  ASSERT_EQ(admin.del("/api/v1/members/" + std::to_string(f.w.member)).status, 204);
  auto report = f.lead.get(sessionPath(f.session, "/report")).json();
  EXPECT_EQ(report.at("verses").at(0).as_string(), "We dansen op wat de straat ons geeft");
  EXPECT_TRUE(threadsHave(f.lead, f.w.teamA, "Samen met school optrekken."));
  int64_t authored = -1;
  f.srv.store().db().read([&](store::Conn& c) {
    authored = c.query("SELECT COUNT(*) FROM live_events WHERE author_user = $1", {f.w.member})[0].i64(0);
  });
  EXPECT_EQ(authored, 0);
}

// ---- Issue 10: live sessions keep their promises on the server ----


TEST_P(Live, UnrevealedThoughtsReachOnlyTheirAuthorAndTheFacilitators) {
  Fixture f(GetParam());  // the lead started the session: its facilitator
  const std::string marker = "Niet-onthulde-gedachte-Q7X";
  const std::string shown = "Onthulde-gedachte-K2P";
  Client admin(f.srv.port()), supervisor(f.srv.port()), colleague(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  signIn(f.srv, supervisor, f.w.supervisor);
  int64_t colleagueId = addUser(f.srv.store(), domain::Actor{f.w.admin, f.w.org1, true}, "collega@example.org",
                                f.w.teamA, domain::TeamRole::Member, f.srv.now);
  signIn(f.srv, colleague, colleagueId);
  Client guestHttp(f.srv.port());
  auto join = guestHttp.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Wijkagent"}});
  ASSERT_EQ(join.status, 201) << join.body;
  std::string guestToken(join.json().at("guestToken").as_string());

  Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
  Ws author(f.srv.port(), f.socket(), f.member.cookie);
  Ws participant(f.srv.port(), f.socket(), f.target.cookie);
  Ws guest(f.srv.port(), f.socket(0, guestToken));
  ASSERT_TRUE(fac.ok() && author.ok() && participant.ok() && guest.ok());
  fac.until("welcome");
  author.until("welcome");
  participant.until("welcome");
  guest.until("welcome");
  // One thought revealed, then one that is not (and the facilitator places it on the matrix).
  author.submit("t-1", "thought", {{"text", shown}});
  int64_t shownSeq = author.until("ack").at("seq").as_int64();
  fac.submit("f-reveal", "reveal");
  fac.until("ack");
  author.submit("t-2", "thought", {{"text", marker}});
  int64_t hiddenSeq = author.until("ack").at("seq").as_int64();
  fac.submit("f-place", "place", {{"thought", hiddenSeq}, {"rule", "tegenspraak"}, {"part", "buurt"}});
  fac.until("ack");
  fac.submit("f-group", "group", {{"thought", hiddenSeq}, {"group", "Groep A"}});
  fac.until("ack");
  EXPECT_GT(hiddenSeq, shownSeq);

  // Over the socket: the facilitator and the author see it; the others, live or replayed, do not.
  // (A replay from the start holds every frame; the live ones were read up to the acks.)
  Ws facReplay(f.srv.port(), f.socket(0), f.lead.cookie);
  Ws authorReplay(f.srv.port(), f.socket(0), f.member.cookie);
  EXPECT_TRUE(has(drain(facReplay), marker));
  EXPECT_TRUE(has(drain(authorReplay), marker));
  auto toParticipant = drain(participant);
  EXPECT_TRUE(has(toParticipant, shown));  // the reveal reached them
  EXPECT_FALSE(has(toParticipant, marker)) << toParticipant;
  auto toGuest = drain(guest);
  EXPECT_TRUE(has(toGuest, shown));
  EXPECT_FALSE(has(toGuest, marker)) << toGuest;
  Ws lateGuest(f.srv.port(), f.socket(0, guestToken));
  Ws lateColleague(f.srv.port(), f.socket(0), colleague.cookie);
  auto replayedGuest = drain(lateGuest), replayedColleague = drain(lateColleague);
  EXPECT_TRUE(has(replayedGuest, shown) && has(replayedColleague, shown));
  EXPECT_FALSE(has(replayedGuest, marker)) << replayedGuest;
  EXPECT_FALSE(has(replayedColleague, marker)) << replayedColleague;

  // Over REST, per role: every live response about the session.
  struct Role {
    std::string name;
    Client* client;
    bool sees;
  };
  std::vector<Role> roles{{"facilitator", &f.lead, true},   {"author", &f.member, true},
                          {"admin", &admin, true},          {"supervisor", &supervisor, true},
                          {"participant", &f.target, false}, {"colleague", &colleague, false}};
  for (auto& role : roles) {
    auto report = role.client->get(sessionPath(f.session, "/report"));
    ASSERT_EQ(report.status, 200) << role.name << " " << report.body;
    EXPECT_TRUE(has(report.body, shown)) << role.name;
    EXPECT_EQ(has(report.body, marker), role.sees) << role.name << ": " << report.body;
    auto pdf = role.client->get(sessionPath(f.session, "/report.pdf"));
    ASSERT_EQ(pdf.status, 200) << role.name;
    auto text = pdfText(pdf.body, GetParam() + "_" + role.name);
    EXPECT_TRUE(has(text, shown)) << role.name << ": " << text;
    EXPECT_EQ(has(text, marker), role.sees) << role.name << ": " << text;
    // The matrix cell holds the placed thought only for those who may see it.
    size_t inCell = 0;
    auto reportJson = report.json();
    for (auto& c : reportJson.at("cells").as_array())
      if (c.at("rule") == "tegenspraak" && c.at("part") == "buurt") inCell = c.at("thoughts").as_array().size();
    EXPECT_EQ(inCell, role.sees ? 1u : 0u) << role.name;
    for (std::string rest : {"", "/contributions"}) {
      auto r = role.client->get(sessionPath(f.session, rest));
      EXPECT_EQ(r.status, 200) << role.name << rest;
      if (role.client != &f.member) {
        EXPECT_FALSE(has(r.body, marker)) << role.name << rest << ": " << r.body;
      }
    }
    auto sessions = role.client->get("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions");
    EXPECT_FALSE(has(sessions.body, marker)) << role.name;
  }
  // A guest reaches no REST route; its answers do not carry the text either.
  for (std::string rest : {"", "/report", "/report.pdf", "/contributions"}) {
    auto r = guestHttp.request("GET", sessionPath(f.session, rest), "", {{"authorization", "Bearer " + guestToken}});
    EXPECT_EQ(r.status, 401) << rest;
    EXPECT_FALSE(has(r.body, marker)) << rest;
  }
  // Revealed later: then everyone sees it (a drained socket is not used again: new ones).
  Ws fac2(f.srv.port(), f.socket(), f.lead.cookie);
  fac2.until("welcome");
  fac2.submit("f-reveal-2", "reveal");
  fac2.until("ack");
  EXPECT_TRUE(has(f.target.get(sessionPath(f.session, "/report")).body, marker));
  Ws participantAgain(f.srv.port(), f.socket(0), f.target.cookie);
  EXPECT_TRUE(has(drain(participantAgain), marker));
}

int64_t epochOf(const std::string& iso);

TEST_P(Live, EndingASessionClosesItOnTheServer) {
  Fixture f(GetParam());
  Client admin(f.srv.port());
  signIn(f.srv, admin, f.w.admin);
  Client guestHttp(f.srv.port());
  auto join = guestHttp.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Wijkagent"}});
  ASSERT_EQ(join.status, 201) << join.body;
  std::string guestToken(join.json().at("guestToken").as_string());
  Ws fac(f.srv.port(), f.socket(), f.lead.cookie);
  Ws a(f.srv.port(), f.socket(), f.member.cookie);
  Ws g(f.srv.port(), f.socket(0, guestToken));
  ASSERT_TRUE(fac.ok() && a.ok() && g.ok());
  fac.until("welcome");
  a.until("welcome");
  g.until("welcome");
  a.submit("a-1", "thought", {{"text", "Voor het einde"}});
  a.until("ack");
  g.submit("g-1", "sentence", {{"text", "Het is mijn vak om te luisteren."}});
  g.until("ack");
  auto open = f.lead.get(sessionPath(f.session)).json();
  EXPECT_TRUE(open.at("endedAt").is_null());
  EXPECT_TRUE(f.lead.get(sessionPath(f.session, "/report")).json().at("session").at("endedAt").is_null());
  EXPECT_TRUE(has(pdfText(f.lead.get(sessionPath(f.session, "/report.pdf")).body, GetParam() + "_open"),
                  "Nog niet afgesloten"));

  // Only a facilitator ends it.
  auto notAllowed = f.target.post(sessionPath(f.session, "/end"), json::object{});
  EXPECT_EQ(notAllowed.status, 403) << notAllowed.body;
  f.srv.now += 120;
  int64_t endedAt = f.srv.now;
  auto ended = f.lead.post(sessionPath(f.session, "/end"), json::object{});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(epochOf(std::string(ended.json().at("endedAt").as_string())), endedAt);
  EXPECT_FALSE(ended.json().as_object().contains("joinCode"));
  int64_t lastSeq = ended.json().at("lastSeq").as_int64();
  // Connected clients hear it.
  a.until("event", [](auto& fr) { return fr.at("kind") == "end"; });
  g.until("event", [](auto& fr) { return fr.at("kind") == "end"; });

  // Further submissions: a clear error, nothing stored.
  a.submit("a-2", "thought", {{"text", "Na het einde"}});
  auto refused = a.until("error");
  EXPECT_EQ(refused.at("status").as_int64(), 409);
  EXPECT_TRUE(has(std::string(refused.at("title").as_string()), "afgesloten")) << json::serialize(refused);
  g.submit("g-2", "verse", {{"text", "Nog een regel"}});
  EXPECT_EQ(g.until("error").at("status").as_int64(), 409);
  fac.submit("f-block", "block", {{"index", 1}});
  EXPECT_EQ(fac.until("error").at("status").as_int64(), 409);
  fac.submit("f-end", "end");
  EXPECT_EQ(fac.until("error").at("status").as_int64(), 409);
  // A resend of what was stored before the end is still acknowledged as the duplicate it is.
  a.submit("a-1", "thought", {{"text", "Voor het einde"}});
  EXPECT_TRUE(a.until("ack").at("duplicate").as_bool());
  EXPECT_EQ(f.lead.get(sessionPath(f.session)).json().at("lastSeq").as_int64(), lastSeq);

  // The join code stops working; the guest's token expired at once.
  auto late = Client(f.srv.port()).post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Te laat"}});
  EXPECT_EQ(late.status, 409) << late.body;
  EXPECT_EQ(late.header("content-type"), "application/problem+json");
  EXPECT_TRUE(has(late.json().at("title").as_string().c_str(), "afgesloten")) << late.body;
  Ws again(f.srv.port(), f.socket(0, guestToken));
  EXPECT_FALSE(again.ok());
  EXPECT_EQ(again.status(), 401);
  EXPECT_EQ(f.lead.get(sessionPath(f.session, "/qr.svg")).status, 409);
  // Members still read it (the closed session, no code).
  Ws reader(f.srv.port(), f.socket(), f.lead.cookie);
  auto welcome = reader.until("welcome");
  EXPECT_EQ(welcome.at("session").at("endedAt").as_int64(), endedAt);
  EXPECT_FALSE(welcome.at("session").as_object().contains("joinCode"));

  // The report is final and says when it ended.
  auto report = f.member.get(sessionPath(f.session, "/report")).json();
  EXPECT_EQ(epochOf(std::string(report.at("session").at("endedAt").as_string())), endedAt);
  EXPECT_TRUE(report.at("final").as_bool());
  EXPECT_EQ(report.at("thoughts").as_array().size(), 1u);
  EXPECT_EQ(report.at("sentences").as_array().size(), 1u);
  EXPECT_TRUE(report.at("verses").as_array().empty());
  std::string iso(report.at("session").at("endedAt").as_string());
  auto text = pdfText(f.member.get(sessionPath(f.session, "/report.pdf")).body, GetParam() + "_ended");
  EXPECT_TRUE(has(text, "Afgesloten op " + domain::dutchDay(iso.substr(0, 10)) + ", " + iso.substr(11, 5))) << text;
  EXPECT_FALSE(has(text, "Nog niet afgesloten"));

  // Ending again changes nothing; the end is in the audit log once, with who ended it.
  f.srv.now += 60;
  auto twice = f.lead.post(sessionPath(f.session, "/end"), json::object{});
  EXPECT_EQ(twice.status, 200);
  EXPECT_EQ(twice.json().at("endedAt"), ended.json().at("endedAt"));
  auto log = admin.get("/api/v1/audit-log").json();
  int ends = 0;
  for (auto& e : log.at("items").as_array())
    if (e.at("action") == "live.session.end") {
      ++ends;
      EXPECT_EQ(e.at("object").as_string(), "live-session/" + std::to_string(f.session));
      EXPECT_EQ(e.at("userId").as_int64(), f.w.lead);
    }
  EXPECT_EQ(ends, 1);

  // Ending over the socket ("end" from the facilitator) closes it on the server just the same.
  auto second = f.member.post("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions",
                              json::object{{"title", "Tweede sessie"}});
  ASSERT_EQ(second.status, 201);
  int64_t secondId = second.json().at("id").as_int64();
  std::string secondCode(second.json().at("joinCode").as_string());
  auto secondGuest = guestHttp.post("/api/v1/live/guests", json::object{{"code", secondCode}, {"name", "Gast"}});
  ASSERT_EQ(secondGuest.status, 201);
  std::string secondToken(secondGuest.json().at("guestToken").as_string());
  std::string secondSocket = sessionPath(secondId, "/socket");
  Ws creator(f.srv.port(), secondSocket, f.member.cookie);  // its creator facilitates it
  creator.until("welcome");
  creator.submit("c-end", "end");
  creator.until("ack");
  auto s2 = f.member.get(sessionPath(secondId)).json();
  EXPECT_FALSE(s2.at("endedAt").is_null());
  EXPECT_EQ(guestHttp.post("/api/v1/live/guests", json::object{{"code", secondCode}, {"name", "Gast 2"}}).status, 409);
  Ws expired(f.srv.port(), secondSocket + "?guest=" + secondToken);
  EXPECT_EQ(expired.status(), 401);
}

int64_t epochOf(const std::string& iso) {
  std::tm tm{};
  std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<int64_t>(timegm(&tm));
}

// A POST from another loopback address (127.0.0.x), as a second client address would.
Res postFrom(const std::string& from, uint16_t port, const std::string& target, const json::value& body) {
  asio::io_context ioc;
  asio::ip::tcp::socket sock(ioc);
  sock.open(asio::ip::tcp::v4());
  sock.bind(asio::ip::tcp::endpoint(asio::ip::make_address(from), 0));
  sock.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  beast::http::request<beast::http::string_body> req{beast::http::verb::post, target, 11};
  req.set(beast::http::field::host, "127.0.0.1");
  req.set(beast::http::field::content_type, "application/json");
  req.body() = json::serialize(body);
  req.prepare_payload();
  beast::http::write(sock, req);
  beast::flat_buffer buf;
  beast::http::response<beast::http::string_body> res;
  beast::http::read(sock, buf, res);
  return Res{static_cast<int>(res.result_int()), res.body(), {}};
}

TEST_P(Live, AThousandGuestsJoinFromOneAddressDespiteTypos) {
  Fixture f(GetParam());  // the default limits
  Client room(f.srv.port());
  auto started = std::chrono::steady_clock::now();
  int joined = 0, typos = 0;
  for (int i = 0; i < 1000; ++i) {
    if (i % 10 == 5) {  // one in ten mistypes first (100 wrong codes from the same Wi-Fi)
      auto wrong = room.post("/api/v1/live/guests", json::object{{"code", "ZZZZZZ"}, {"name", "Deelnemer"}});
      EXPECT_EQ(wrong.status, 404) << i << " " << wrong.body;
      typos += wrong.status == 404;
    }
    auto res = room.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Deelnemer " + std::to_string(i)}});
    if (res.status == 201) ++joined;
    else ADD_FAILURE() << "join " << i << ": " << res.status << " " << res.body;
    if ((i % 100) == 99) f.srv.now += 20;  // a thousand within a few minutes
  }
  EXPECT_EQ(joined, 1000);
  EXPECT_EQ(typos, 100);
  std::cout << "[ live ] 1000 joins (and 100 typos) from one address on " << GetParam() << ": "
            << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()
            << " ms\n";
}

TEST_P(Live, GuestJoinsAreLimitedPerSessionAndWrongCodesPerAddress) {
  api::Config cfg;
  cfg.liveJoinsPerSession = 30;
  cfg.liveWrongCodesPerAddress = 10;
  cfg.liveJoinWindowSeconds = 600;
  Fixture f(GetParam(), cfg);
  Client room(f.srv.port());
  for (int i = 0; i < 30; ++i)
    ASSERT_EQ(room.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Gast"}}).status, 201) << i;
  auto full = room.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Gast 31"}});
  EXPECT_EQ(full.status, 429) << full.body;
  // Another session's guests are not held up by this one.
  auto other = f.lead.post("/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions",
                           json::object{{"title", "Andere sessie"}});
  std::string otherCode(other.json().at("joinCode").as_string());
  EXPECT_EQ(room.post("/api/v1/live/guests", json::object{{"code", otherCode}, {"name", "Gast"}}).status, 201);
  // After the window the session takes guests again.
  f.srv.now += 601;
  EXPECT_EQ(room.post("/api/v1/live/guests", json::object{{"code", f.joinCode}, {"name", "Gast 31"}}).status, 201);

  // Guessing from 127.0.0.3: ten wrong codes, then that address waits (right code or not).
  auto guess = [&](const std::string& code) {
    return postFrom("127.0.0.3", f.srv.port(), "/api/v1/live/guests", json::object{{"code", code}, {"name", "Raden"}});
  };
  for (int i = 0; i < 10; ++i) EXPECT_EQ(guess("AAAAA" + std::string(1, char('A' + i))).status, 404) << i;
  auto limited = guess("BBBBBB");
  EXPECT_EQ(limited.status, 429) << limited.body;
  EXPECT_TRUE(has(limited.body, "verkeerde codes")) << limited.body;
  EXPECT_EQ(guess(otherCode).status, 429);
  // Right codes from other addresses are not blocked by that guessing.
  EXPECT_EQ(postFrom("127.0.0.4", f.srv.port(), "/api/v1/live/guests", json::object{{"code", otherCode}, {"name", "Buur"}}).status,
            201);
  EXPECT_EQ(room.post("/api/v1/live/guests", json::object{{"code", otherCode}, {"name", "Gast"}}).status, 201);
  // A typo or two from another address does not limit it.
  EXPECT_EQ(postFrom("127.0.0.4", f.srv.port(), "/api/v1/live/guests", json::object{{"code", "CCCCCC"}, {"name", "Buur"}}).status,
            404);
  EXPECT_EQ(postFrom("127.0.0.4", f.srv.port(), "/api/v1/live/guests", json::object{{"code", otherCode}, {"name", "Buur"}}).status,
            201);
  // The guesser's window passes.
  f.srv.now += 601;
  EXPECT_EQ(guess(otherCode).status, 201);
}

TEST_P(Live, SocketOriginAndJoinLinksFollowTheConfiguredPublicUrl) {
  api::Config cfg;
  cfg.publicUrl = "https://Vakkompas.example/";
  Fixture f(GetParam(), cfg);
  // A foreign Origin is refused before anything else; the configured one is accepted.
  for (std::string origin : {"https://evil.example", "http://127.0.0.1", "https://vakkompas.example.evil.example",
                             "http://vakkompas.example"}) {
    Ws foreign(f.srv.port(), f.socket(), f.lead.cookie, origin);
    EXPECT_FALSE(foreign.ok()) << origin;
    EXPECT_EQ(foreign.status(), 403) << origin;
  }
  Ws ours(f.srv.port(), f.socket(), f.lead.cookie, "https://vakkompas.example");
  ASSERT_TRUE(ours.ok()) << ours.status();
  ours.until("welcome");

  // The QR code and the join link point to the public URL, whatever the Host header says.
  std::string expected = "https://vakkompas.example/live/join?code=" + f.joinCode;
  std::string title = "QR-code om mee te doen: " + f.joinCode;
  auto qr = f.lead.request("GET", sessionPath(f.session, "/qr.svg"), "", {{"host", "evil.example"}});
  ASSERT_EQ(qr.status, 200) << qr.body;
  EXPECT_EQ(qr.body, exporter::qrSvg(expected, title));
  EXPECT_NE(qr.body, exporter::qrSvg("http://evil.example/live/join?code=" + f.joinCode, title));
  auto s = f.lead.request("GET", sessionPath(f.session), "", {{"host", "evil.example"}});
  ASSERT_EQ(s.status, 200);
  EXPECT_EQ(s.json().at("joinUrl").as_string(), expected);
  EXPECT_FALSE(has(s.body, "evil.example")) << s.body;
  auto created = f.lead.request("POST", "/api/v1/teams/" + std::to_string(f.w.teamA) + "/live-sessions",
                                json::serialize(json::object{{"title", "Nog een"}}), {{"host", "evil.example"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_FALSE(has(created.body, "evil.example")) << created.body;
}

TEST_P(Live, WithoutAPublicUrlTheSocketAcceptsOnlyItsOwnOrigin) {
  Fixture f(GetParam());
  for (std::string origin : {"https://evil.example", "http://127.0.0.1.evil.example", "http://127.0.0.1:1"}) {
    Ws foreign(f.srv.port(), f.socket(), f.lead.cookie, origin);
    EXPECT_EQ(foreign.status(), 403) << origin;
  }
  Ws own(f.srv.port(), f.socket(), f.lead.cookie, "http://127.0.0.1");  // the handshake's Host is 127.0.0.1
  ASSERT_TRUE(own.ok()) << own.status();
  own.until("welcome");
  Ws noBrowser(f.srv.port(), f.socket(), f.lead.cookie);  // no Origin: not a browser, no cross-site risk
  EXPECT_TRUE(noBrowser.ok());
  // The fallback link uses the request's own host (as before).
  auto s = f.lead.get(sessionPath(f.session)).json();
  EXPECT_EQ(s.at("joinUrl").as_string(), "http://127.0.0.1/live/join?code=" + f.joinCode);
}

INSTANTIATE_TEST_SUITE_P(Stores, Live, ::testing::ValuesIn(backends()));

// Two vakkompas instances on one PostgreSQL database: a participant connected to A sees
// what is submitted on B (LISTEN/NOTIFY).
TEST(LiveTwoInstances, ParticipantOnASeesSubmissionOnB) {
  bool hasPg = false;
  for (auto& b : backends()) hasPg = hasPg || b == "postgres";
  if (!hasPg) GTEST_SKIP() << "needs PostgreSQL (VK_TEST_PG)";
  Fixture f("postgres");
  auto storeB = store::openStore(f.srv.url);
  api::Config cfg;
  cfg.clock = [&] { return f.srv.now.load(); };
  cfg.logRequests = false;
  api::App appB(*storeB, cfg);
  http::ServerOptions so;
  so.port = 0;
  so.threads = 1;
  http::Server serverB(so, appB.handler());
  uint16_t portB = serverB.start();

  Ws onA(f.srv.port(), f.socket(), f.lead.cookie);
  ASSERT_TRUE(onA.ok());
  onA.until("welcome");
  Ws onB(portB, f.socket(), f.member.cookie);
  ASSERT_TRUE(onB.ok());
  onB.until("welcome");
  auto started = std::chrono::steady_clock::now();
  onB.submit("b-1", "thought", {{"text", "Gezegd op instantie B"}});
  auto ack = onB.until("ack");
  auto e = onA.until("event");
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(e.at("seq"), ack.at("seq"));
  EXPECT_EQ(e.at("data").at("text").as_string(), "Gezegd op instantie B");
  EXPECT_LT(ms, 1000);  // a notification, not the periodic catch-up
  // And back: the facilitator on A reveals, the participant on B sees it.
  onA.submit("a-reveal", "reveal");
  auto r = onB.until("event", [](auto& fr) { return fr.at("kind") == "reveal"; });
  EXPECT_EQ(r.at("seq").as_int64(), ack.at("seq").as_int64() + 1);
  serverB.stop();
  serverB.join();
}

}  // namespace
}  // namespace vk::test
