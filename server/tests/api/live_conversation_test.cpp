// The what-works conversation (wat-werkt-gesprek) on a live session, over SQLite and
// PostgreSQL: the record's scope (another team 403, another organisation 404, only the
// facilitators set it), the guarded case text, the agreements' scope and roles, the report
// and its PDF carrying the conversation, and the thoughts of step 5 hidden until revealed
// from everyone but their author and the facilitators (a marker looked for in every answer).
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>

#include "api/app.hpp"
#include "domain/dilemmas/dilemma.hpp"
#include "domain/live/conversation.hpp"
#include "harness.hpp"
#include "live_socket.hpp"
#include "store/db.hpp"
#include "store/foundation/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;



std::string path(int64_t session, const std::string& rest = "") {
  return "/api/v1/live/sessions/" + std::to_string(session) + rest;
}

// Team A's lead starts a session from the what-works programme (its facilitator).
struct Talk {
  explicit Talk(const std::string& backend)
      : srv(backend), w(buildWorld(srv.store(), srv.now)), lead(srv.port()), member(srv.port()), target(srv.port()),
        admin(srv.port()), supervisor(srv.port()), otherTeam(srv.port()), otherOrg(srv.port()) {
    signIn(srv, lead, w.lead);
    signIn(srv, member, w.member);
    signIn(srv, target, w.target);
    signIn(srv, admin, w.admin);
    signIn(srv, supervisor, w.supervisor);
    signIn(srv, otherTeam, w.otherTeam);
    signIn(srv, otherOrg, w.otherOrgMember);
    auto programme = lead.get("/api/v1/live/programme");
    EXPECT_EQ(programme.status, 200);
    auto talk = programme.json().at("programmes").at(0);
    EXPECT_EQ(talk.at("key").as_string(), "wat-werkt-gesprek");
    EXPECT_EQ(talk.at("blocks").as_array().size(), 7u);
    auto res = lead.post("/api/v1/teams/" + std::to_string(w.teamA) + "/live-sessions",
                         json::object{{"title", "Wat-werkt-gesprek"}, {"blocks", talk.at("blocks")}});
    EXPECT_EQ(res.status, 201) << res.body;
    session = res.json().at("id").as_int64();
  }
  std::string socket(int64_t after = 0) const { return path(session, "/socket?after=" + std::to_string(after)); }
  TestServer srv;
  World w;
  Client lead, member, target, admin, supervisor, otherTeam, otherOrg;
  int64_t session = 0;
};

class LiveConversation : public ::testing::TestWithParam<std::string> {};

const json::object kDilemma{{"startKind", "case"},
                            {"caseText", "Een gezin met schulden en zorgen om de kinderen."},
                            {"tension", "Moet ik eerst de kinderen beschermen of eerst de schulden oplossen?"},
                            {"choiceA", "Eerst de kinderen"},
                            {"costA", "De schulden lopen op."},
                            {"choiceB", "Eerst de schulden"},
                            {"costB", "De kinderen wachten langer."},
                            {"libraryKey", "kinderen-of-schulden-eerst"}};

TEST_P(LiveConversation, OnlyFacilitatorsSetTheRecordAndOnlyTheTeamReadsIt) {
  Talk t(GetParam());
  auto empty = t.member.get(path(t.session, "/conversation"));
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(empty.json().at("updatedAt").is_null());
  // A plain member who did not start the session does not set it; nor another team or organisation.
  EXPECT_EQ(t.member.put(path(t.session, "/conversation"), kDilemma).status, 403);
  EXPECT_EQ(t.otherTeam.put(path(t.session, "/conversation"), kDilemma).status, 403);
  EXPECT_EQ(t.otherOrg.put(path(t.session, "/conversation"), kDilemma).status, 404);
  auto set = t.lead.put(path(t.session, "/conversation"), kDilemma);
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json().at("tension"), kDilemma.at("tension"));
  // The linked library dilemma names its life domains (for who in the team knows about them).
  json::array expected;
  try {
    if (auto* d = domain::starterDilemma("kinderen-of-schulden-eerst"))
      for (auto& k : d->domains) expected.emplace_back(k);
  } catch (const std::exception&) {  // a starter library that does not load: no domains
  }
  EXPECT_EQ(set.json().at("domains").as_array(), expected);
  EXPECT_EQ(t.supervisor.put(path(t.session, "/conversation"), kDilemma).status, 200);
  EXPECT_EQ(t.admin.put(path(t.session, "/conversation"), kDilemma).status, 200);
  auto read = t.member.get(path(t.session, "/conversation"));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.json().at("caseText"), kDilemma.at("caseText"));
  auto other = t.otherTeam.get(path(t.session, "/conversation"));
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(other.body.find("schulden"), std::string::npos);
  auto otherOrg = t.otherOrg.get(path(t.session, "/conversation"));
  EXPECT_EQ(otherOrg.status, 404);
  EXPECT_EQ(otherOrg.body.find("schulden"), std::string::npos);
  // Wrong values are refused with the field named.
  auto bad = t.lead.put(path(t.session, "/conversation"), json::object{{"startKind", "dilemma"}});
  EXPECT_GE(bad.status, 400);
  EXPECT_NE(bad.body.find("startKey"), std::string::npos) << bad.body;
  EXPECT_EQ(t.lead.put(path(t.session, "/conversation"), json::object{{"startKind", "iets"}}).status / 100, 4);
  // The audit log has the command.
  auto audit = t.admin.get("/api/v1/audit-log");
  EXPECT_NE(audit.body.find("live.conversation.set"), std::string::npos) << audit.body.substr(0, 400);
}

TEST_P(LiveConversation, EveryScreenGetsTheRecordAsAnEventAndAfterAReconnect) {
  Talk t(GetParam());
  Ws phone(t.srv.port(), t.socket(), t.member.cookie);
  ASSERT_TRUE(phone.ok());
  int64_t seen = phone.until("welcome").at("lastSeq").as_int64();
  ASSERT_EQ(t.lead.put(path(t.session, "/conversation"), kDilemma).status, 200);
  auto ev = phone.until("event", [](const json::object& f) { return f.at("kind") == "conversation"; });
  EXPECT_EQ(ev.at("data").at("tension"), kDilemma.at("tension"));
  auto agreed = t.lead.post(path(t.session, "/agreements"),
                            json::object{{"what", "Eén gezamenlijk gesprek plannen."}, {"who", "Het team"}, {"lookBackOn", "2027-03-01"}});
  ASSERT_EQ(agreed.status, 201) << agreed.body;
  auto ag = phone.until("event", [](const json::object& f) { return f.at("kind") == "agreement"; });
  EXPECT_EQ(ag.at("data").at("what"), "Eén gezamenlijk gesprek plannen.");
  phone.close();
  // Resumed after what it had seen: both come again, in order.
  Ws again(t.srv.port(), t.socket(seen), t.member.cookie);
  again.until("welcome");
  auto first = again.until("event");
  EXPECT_EQ(first.at("kind"), "conversation");
  EXPECT_EQ(again.until("event").at("kind"), "agreement");
  // A participant cannot send these kinds over the socket.
  again.submit("x-1", "conversation", {{"tension", "Zelf gezet?"}});
  EXPECT_EQ(again.until("error").at("status").as_int64(), 403);
}

TEST_P(LiveConversation, TheCaseTextIsGuarded) {
  Talk t(GetParam());
  json::object body = kDilemma;
  body["caseText"] = "Mevrouw met BSN 111222333 heeft schulden.";
  body["privacyConfirmed"] = true;
  auto refused = t.lead.put(path(t.session, "/conversation"), body);
  EXPECT_EQ(refused.status, 422) << refused.body;
  auto read = t.lead.get(path(t.session, "/conversation"));
  EXPECT_EQ(read.body.find("111222333"), std::string::npos);
  EXPECT_TRUE(read.json().at("updatedAt").is_null());  // nothing was stored
  json::object named = kDilemma;
  named["tension"] = "Moet ik mevrouw Jansen eerst helpen of eerst haar zoon?";
  EXPECT_EQ(t.lead.put(path(t.session, "/conversation"), named).status, 422);
  named["privacyConfirmed"] = true;
  EXPECT_EQ(t.lead.put(path(t.session, "/conversation"), named).status, 200);
  auto agreement = t.lead.post(path(t.session, "/agreements"),
                               json::object{{"what", "Bel BSN 111222333 na."}, {"lookBackOn", "2027-03-01"}, {"privacyConfirmed", true}});
  EXPECT_EQ(agreement.status, 422);
}

TEST_P(LiveConversation, AgreementsBelongToTheTeam) {
  Talk t(GetParam());
  std::string soon = domain::utcDate(t.srv.now + 3 * 24 * 3600);
  std::string later = domain::utcDate(t.srv.now + 30 * 24 * 3600);
  json::object a{{"what", "Eén gezamenlijk gesprek plannen."}, {"who", "Het team"}, {"lookBackOn", soon}};
  EXPECT_EQ(t.member.post(path(t.session, "/agreements"), a).status, 403);  // not a facilitator
  EXPECT_EQ(t.otherTeam.post(path(t.session, "/agreements"), a).status, 403);
  EXPECT_EQ(t.otherOrg.post(path(t.session, "/agreements"), a).status, 404);
  auto bad = t.lead.post(path(t.session, "/agreements"), json::object{{"what", "Iets"}, {"lookBackOn", "2027-02-30"}});
  EXPECT_GE(bad.status, 400);
  EXPECT_NE(bad.body.find("lookBackOn"), std::string::npos);
  auto first = t.lead.post(path(t.session, "/agreements"), a);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_TRUE(first.json().at("due").as_bool());
  auto second = t.lead.post(path(t.session, "/agreements"),
                            json::object{{"what", "De gemeente om één budget vragen."}, {"lookBackOn", later}});
  ASSERT_EQ(second.status, 201);
  EXPECT_FALSE(second.json().at("due").as_bool());
  std::string team = "/api/v1/teams/" + std::to_string(t.w.teamA) + "/agreements";
  auto list = t.member.get(team);
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.json().at("items").as_array().size(), 2u);
  EXPECT_EQ(list.json().at("due").as_int64(), 1);
  EXPECT_EQ(t.otherTeam.get(team).status, 403);
  EXPECT_EQ(t.otherOrg.get(team).status, 404);
  EXPECT_EQ(t.otherTeam.get("/api/v1/teams/" + std::to_string(t.w.teamB) + "/agreements").json().at("items").as_array().size(), 0u);
  std::string one = "/api/v1/agreements/" + std::to_string(first.json().at("id").as_int64());
  EXPECT_EQ(t.otherTeam.put(one, json::object{{"done", true}}).status, 403);
  EXPECT_EQ(t.otherOrg.put(one, json::object{{"done", true}}).status, 404);
  auto done = t.member.put(one, json::object{{"done", true}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_TRUE(done.json().at("done").as_bool());
  EXPECT_FALSE(done.json().at("due").as_bool());
  EXPECT_EQ(t.member.get(team).json().at("due").as_int64(), 0);
  // The facilitator's export has what they recorded; erased, the agreements stay the team's.
  auto exported = t.lead.get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200);
  EXPECT_EQ(exported.json().at("live").at("agreementsRecorded").as_array().size(), 2u);
  // Once the session ended, it takes no new agreements.
  ASSERT_EQ(t.lead.post(path(t.session, "/end"), json::object{}).status, 200);
  EXPECT_EQ(t.lead.post(path(t.session, "/agreements"), a).status, 409);
  // The lead's account erased: the agreements stay the team's, without who recorded them.
  ASSERT_EQ(t.admin.del("/api/v1/members/" + std::to_string(t.w.lead)).status, 204);
  EXPECT_EQ(t.member.get(team).json().at("items").as_array().size(), 2u);
  int64_t authored = -1;
  t.srv.store().db().read([&](store::Conn& c) {
    authored = c.query("SELECT COUNT(*) FROM live_agreements WHERE created_by = $1", {t.w.lead})[0].i64(0);
  });
  EXPECT_EQ(authored, 0);
}

TEST_P(LiveConversation, TheReportCarriesTheConversation) {
  Talk t(GetParam());
  ASSERT_EQ(t.lead.put(path(t.session, "/conversation"), kDilemma).status, 200);
  Ws fac(t.srv.port(), t.socket(), t.lead.cookie);
  Ws phone(t.srv.port(), t.socket(), t.member.cookie);
  fac.until("welcome");
  phone.until("welcome");
  phone.submit("q-1", "thought", {{"text", "Wat wil het gezin zelf eerst?"}, {"block", 1}});
  phone.until("ack");
  phone.submit("p-1", "thought", {{"text", "Rust in huis telt het meest."}, {"block", 3}, {"perspective", "bewoner"}});
  phone.until("ack");
  phone.submit("p-2", "thought", {{"text", "Iets"}, {"block", 3}, {"perspective", "wethouder"}});
  EXPECT_EQ(phone.until("error").at("status").as_int64(), 422);
  phone.submit("w-1", "thought", {{"text", "Samen aan tafel werkte vorig jaar."}, {"block", 4}});
  phone.until("ack");
  fac.submit("r-1", "reveal");
  fac.until("ack");
  ASSERT_EQ(t.lead.post(path(t.session, "/agreements"),
                        json::object{{"what", "Eén gezamenlijk gesprek plannen."}, {"who", "Het team"}, {"lookBackOn", "2027-03-01"}})
                .status, 201);
  auto report = t.target.get(path(t.session, "/report"));
  ASSERT_EQ(report.status, 200) << report.body;
  auto c = report.json().at("conversation");
  ASSERT_TRUE(c.is_object()) << report.body;
  EXPECT_EQ(c.at("tension"), kDilemma.at("tension"));
  EXPECT_EQ(c.at("questions").at(0), "Wat wil het gezin zelf eerst?");
  EXPECT_EQ(c.at("perspectives").at(0).at("who"), "bewoner");
  EXPECT_EQ(c.at("whatWorks").at(0), "Samen aan tafel werkte vorig jaar.");
  EXPECT_EQ(c.at("agreements").at(0).at("what"), "Eén gezamenlijk gesprek plannen.");
  EXPECT_TRUE(report.json().at("unplaced").as_array().empty());  // all in the conversation
  auto pdf = t.target.get(path(t.session, "/report.pdf"));
  ASSERT_EQ(pdf.status, 200);
  auto text = pdfText(pdf.body, GetParam() + "_talk");
  for (std::string s : {"Wat-werkt-gesprek", "kinderen beschermen", "Eerst de schulden — kost", "Rust in huis", "Samen aan tafel",
                        "gezamenlijk gesprek plannen", "Bewoner", "Afspraken"})
    EXPECT_NE(text.find(s), std::string::npos) << s << " in " << text;
  EXPECT_EQ(t.otherTeam.get(path(t.session, "/report")).status, 403);
}

TEST_P(LiveConversation, WhatWorksStaysHiddenUntilRevealed) {
  Talk t(GetParam());
  const std::string marker = "Wat-werkt-marker-Z9Q";
  Ws fac(t.srv.port(), t.socket(), t.lead.cookie);
  Ws author(t.srv.port(), t.socket(), t.member.cookie);
  Ws other(t.srv.port(), t.socket(), t.target.cookie);
  fac.until("welcome");
  author.until("welcome");
  other.until("welcome");
  fac.submit("b-5", "block", {{"index", 4}});
  fac.until("ack");
  author.submit("w-1", "thought", {{"text", marker}, {"block", 4}});
  author.until("ack");
  ASSERT_EQ(t.lead.put(path(t.session, "/conversation"), kDilemma).status, 200);
  ASSERT_EQ(t.lead.post(path(t.session, "/agreements"),
                        json::object{{"what", "Terugkijken."}, {"lookBackOn", "2027-03-01"}}).status, 201);
  auto toOther = drain(other);
  EXPECT_FALSE(has(toOther, marker)) << toOther;
  Ws replay(t.srv.port(), t.socket(0), t.target.cookie);
  EXPECT_FALSE(has(drain(replay), marker));
  Ws facReplay(t.srv.port(), t.socket(0), t.lead.cookie);
  EXPECT_TRUE(has(drain(facReplay), marker));
  std::string team = std::to_string(t.w.teamA);
  struct Role {
    std::string name;
    Client* client;
    bool sees;
  };
  std::vector<Role> roles{{"facilitator", &t.lead, true}, {"author", &t.member, true}, {"admin", &t.admin, true},
                          {"supervisor", &t.supervisor, true}, {"participant", &t.target, false}};
  for (auto& role : roles) {
    auto report = role.client->get(path(t.session, "/report"));
    ASSERT_EQ(report.status, 200) << role.name;
    EXPECT_EQ(has(report.body, marker), role.sees) << role.name << ": " << report.body;
    auto pdf = role.client->get(path(t.session, "/report.pdf"));
    EXPECT_EQ(has(pdfText(pdf.body, GetParam() + "_ww_" + role.name), marker), role.sees) << role.name;
    if (role.client != &t.member) {
      for (std::string rest : {"", "/conversation", "/contributions"}) {
        auto r = role.client->get(path(t.session, rest));
        EXPECT_EQ(r.status, 200) << role.name << rest;
        EXPECT_FALSE(has(r.body, marker)) << role.name << rest;
      }
      for (std::string p : {"/api/v1/teams/" + team + "/agreements", "/api/v1/teams/" + team + "/live-sessions"})
        EXPECT_FALSE(has(role.client->get(p).body, marker)) << role.name << p;
    }
  }
  fac.submit("r-1", "reveal");
  fac.until("ack");
  EXPECT_TRUE(has(t.target.get(path(t.session, "/report")).body, marker));
}

INSTANTIATE_TEST_SUITE_P(Stores, LiveConversation, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
