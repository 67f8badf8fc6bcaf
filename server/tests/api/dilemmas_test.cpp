// Dilemmas through the API, on each store: the library each team sees (another team's
// accepted proposal stays out of sight, another organisation gets 404), the organisation's
// edits and retirements, proposals and their review, guarded texts, and the vote: one's own
// votes replaced until the round closes, results hidden below the threshold, never who voted
// what, the change since the previous round, and the ranking across teams.
#include <gtest/gtest.h>

#include <set>

#include "api/dilemmas/body.hpp"
#include "harness.hpp"
#include "domain/time_format.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Dilemmas : public ::testing::TestWithParam<std::string> {};

std::string str(int64_t v) { return std::to_string(v); }

json::object dilemmaBody(const std::string& title) {
  return json::object{{"title", title},
                      {"tension", "Pakken we het nu zelf op, of wachten we op de partner die erover gaat?"},
                      {"a", json::object{{"choice", "Zelf oppakken"}, {"cost", "De partner voelt zich gepasseerd."}}},
                      {"b", json::object{{"choice", "Wachten op de partner"}, {"cost", "Het gezin wacht langer."}}},
                      {"questions", json::array{"Wie gaat erover?"}}};
}

std::set<std::string> keysOf(const Res& res) {
  std::set<std::string> out;
  auto v = res.json();
  for (auto& d : v.at("items").as_array()) out.insert(std::string(d.at("key").as_string()));
  return out;
}

const json::object* findKey(const json::value& list, const std::string& key) {
  for (auto& d : list.at("items").as_array())
    if (d.at("key").as_string() == key) return &d.as_object();
  return nullptr;
}

Client as(TestServer& srv, int64_t user) {
  Client c(srv.port());
  signIn(srv, c, user);
  return c;
}

const std::string& starterKey() { return domain::starterDilemmas().at(0).key; }

// A member proposes, the lead accepts: the key of the team's new dilemma.
std::string acceptedTeamDilemma(TestServer& srv, const World& w, const std::string& title) {
  auto member = as(srv, w.member);
  auto p = member.post("/api/v1/teams/" + str(w.teamA) + "/dilemma-proposals", dilemmaBody(title));
  EXPECT_EQ(p.status, 201) << p.body;
  auto lead = as(srv, w.lead);
  auto d = lead.post("/api/v1/dilemma-proposals/" + str(p.json().at("id").as_int64()) + "/decision",
                     json::object{{"accept", true}});
  EXPECT_EQ(d.status, 200) << d.body;
  EXPECT_EQ(d.json().at("status").as_string(), "accepted");
  return std::string(d.json().at("key").as_string());
}

TEST_P(Dilemmas, EachTeamSeesItsOwnLibrary) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  std::string key = acceptedTeamDilemma(srv, w, "Wachten op de partner?");
  auto member = as(srv, w.member);
  auto mine = member.get("/api/v1/dilemmas?teamId=" + str(w.teamA));
  ASSERT_EQ(mine.status, 200) << mine.body;
  auto keys = keysOf(mine);
  EXPECT_TRUE(keys.count(key));
  EXPECT_TRUE(keys.count(starterKey()));
  auto mineJson = mine.json();
  auto* own = findKey(mineJson, key);
  ASSERT_TRUE(own);
  EXPECT_EQ(own->at("source").as_string(), "team");
  EXPECT_EQ(own->at("teamId").as_int64(), w.teamA);
  EXPECT_FALSE(own->contains("retired"));  // only in the admin's list
  EXPECT_EQ(member.get("/api/v1/dilemmas/" + key + "?teamId=" + str(w.teamA)).status, 200);

  // Team B and the organisation's library do not have team A's dilemma.
  auto other = as(srv, w.otherTeam);
  auto theirs = other.get("/api/v1/dilemmas?teamId=" + str(w.teamB));
  ASSERT_EQ(theirs.status, 200);
  EXPECT_FALSE(keysOf(theirs).count(key));
  EXPECT_TRUE(keysOf(theirs).count(starterKey()));
  EXPECT_EQ(theirs.body.find("Wachten op de partner?"), std::string::npos);
  EXPECT_EQ(other.get("/api/v1/dilemmas/" + key + "?teamId=" + str(w.teamB)).status, 404);
  EXPECT_EQ(other.get("/api/v1/dilemmas/" + key).status, 404);
  EXPECT_FALSE(keysOf(other.get("/api/v1/dilemmas")).count(key));
  EXPECT_EQ(other.get("/api/v1/dilemmas?teamId=" + str(w.teamA)).status, 403);
  EXPECT_EQ(other.get("/api/v1/dilemmas/cards.pdf?teamId=" + str(w.teamA)).status, 403);
  // Another organisation: the team does not exist for it.
  auto stranger = as(srv, w.otherOrgMember);
  EXPECT_EQ(stranger.get("/api/v1/dilemmas?teamId=" + str(w.teamA)).status, 404);
  EXPECT_FALSE(keysOf(stranger.get("/api/v1/dilemmas")).count(key));
  EXPECT_EQ(stranger.get("/api/v1/dilemmas/" + key).status, 404);
  EXPECT_EQ(member.get("/api/v1/dilemmas?teamId=abc").status, 400);

  auto pdf = member.get("/api/v1/dilemmas/cards.pdf?teamId=" + str(w.teamA));
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
}

TEST_P(Dilemmas, OrganisationEditsRetiresAndAdds) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto admin = as(srv, w.admin);
  auto member = as(srv, w.member);
  std::string teamLib = "/api/v1/dilemmas?teamId=" + str(w.teamA);
  auto edited = admin.put("/api/v1/organisation/dilemmas/" + starterKey(), dilemmaBody("Onze eigen versie"));
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_TRUE(edited.json().at("edited").as_bool());
  auto lib = member.get(teamLib).json();
  auto* d = findKey(lib, starterKey());
  ASSERT_TRUE(d);
  EXPECT_EQ(d->at("title").as_string(), "Onze eigen versie");
  EXPECT_EQ(d->at("source").as_string(), "starter");
  EXPECT_TRUE(d->at("edited").as_bool());
  // Another organisation keeps the starter as it came.
  auto other = as(srv, w.otherOrgAdmin);
  EXPECT_EQ(other.get("/api/v1/dilemmas").body.find("Onze eigen versie"), std::string::npos);

  auto retired = admin.put("/api/v1/organisation/dilemmas/" + starterKey() + "/retired", json::object{{"retired", true}});
  ASSERT_EQ(retired.status, 200) << retired.body;
  EXPECT_FALSE(keysOf(member.get(teamLib)).count(starterKey()));
  EXPECT_EQ(member.get("/api/v1/dilemmas/" + starterKey()).status, 404);
  auto allRes = admin.get("/api/v1/organisation/dilemmas");
  ASSERT_EQ(allRes.status, 200);
  auto all = allRes.json();
  auto* r = findKey(all, starterKey());
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->at("retired").as_bool());
  ASSERT_EQ(admin.put("/api/v1/organisation/dilemmas/" + starterKey() + "/retired", json::object{{"retired", false}}).status,
            200);
  EXPECT_TRUE(keysOf(member.get(teamLib)).count(starterKey()));

  auto own = admin.post("/api/v1/organisation/dilemmas", dilemmaBody("Een dilemma van ons allemaal"));
  ASSERT_EQ(own.status, 201) << own.body;
  std::string ownKey(own.json().at("key").as_string());
  EXPECT_EQ(ownKey.rfind("eigen-", 0), 0u);
  EXPECT_EQ(own.json().at("source").as_string(), "organisation");
  EXPECT_TRUE(keysOf(member.get(teamLib)).count(ownKey));
  EXPECT_TRUE(keysOf(as(srv, w.otherTeam).get("/api/v1/dilemmas?teamId=" + str(w.teamB))).count(ownKey));
  // Another organisation's admin cannot touch it.
  EXPECT_EQ(other.put("/api/v1/organisation/dilemmas/" + ownKey, dilemmaBody("Overgenomen")).status, 404);
  EXPECT_EQ(admin.put("/api/v1/organisation/dilemmas/bestaat-niet", dilemmaBody("X")).status, 404);
  // The shape is checked: unknown fields and a missing side name the field.
  auto bad = dilemmaBody("Zonder kant");
  bad.erase("b");
  bad["kleur"] = "rood";
  auto refused = admin.post("/api/v1/organisation/dilemmas", bad);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("kleur"), std::string::npos);
  EXPECT_EQ(member.post("/api/v1/organisation/dilemmas", dilemmaBody("Lid")).status, 403);

  auto log = admin.get("/api/v1/audit-log").body;
  for (auto action : {"dilemma.edit", "dilemma.retire", "dilemma.restore", "dilemma.create"})
    EXPECT_NE(log.find(action), std::string::npos) << action;
}

TEST_P(Dilemmas, ProposalIsReviewedBeforeItJoinsTheLibrary) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  auto lead = as(srv, w.lead);
  auto target = as(srv, w.target);
  std::string proposals = "/api/v1/teams/" + str(w.teamA) + "/dilemma-proposals";
  auto body = dilemmaBody("Voorstel uit het casusoverleg");
  body["note"] = "Kwam twee keer langs deze maand.";
  auto p = member.post(proposals, body);
  ASSERT_EQ(p.status, 201) << p.body;
  int64_t id = p.json().at("id").as_int64();
  EXPECT_EQ(p.json().at("status").as_string(), "open");
  EXPECT_EQ(p.json().at("proposedBy").at("id").as_int64(), w.member);
  // Not yet in the library.
  EXPECT_EQ(member.get("/api/v1/dilemmas?teamId=" + str(w.teamA)).body.find("Voorstel uit het casusoverleg"),
            std::string::npos);
  // The proposer and the reviewers see it; another plain member of the team does not.
  EXPECT_EQ(member.get(proposals).json().at("items").as_array().size(), 1u);
  EXPECT_EQ(target.get(proposals).json().at("items").as_array().size(), 0u);
  auto seen = lead.get(proposals);
  ASSERT_EQ(seen.json().at("items").as_array().size(), 1u);
  EXPECT_EQ(seen.json().at("items").at(0).at("proposedBy").at("id").as_int64(), w.member);
  EXPECT_EQ(as(srv, w.otherTeam).get(proposals).status, 403);
  EXPECT_EQ(as(srv, w.otherTeam).post(proposals, dilemmaBody("Niet van mijn team")).status, 403);

  std::string decision = "/api/v1/dilemma-proposals/" + str(id) + "/decision";
  EXPECT_EQ(member.post(decision, json::object{{"accept", true}}).status, 403);
  EXPECT_EQ(target.post(decision, json::object{{"accept", true}}).status, 403);
  EXPECT_EQ(as(srv, w.otherTeam).post(decision, json::object{{"accept", true}}).status, 403);
  EXPECT_EQ(as(srv, w.otherOrgAdmin).post(decision, json::object{{"accept", true}}).status, 404);
  auto ok = as(srv, w.supervisor).post(decision, json::object{{"accept", true}, {"reason", "Heel herkenbaar."}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  std::string key(ok.json().at("key").as_string());
  EXPECT_EQ(lead.post(decision, json::object{{"accept", false}}).status, 409);
  auto lib = member.get("/api/v1/dilemmas?teamId=" + str(w.teamA)).json();
  auto* d = findKey(lib, key);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->at("title").as_string(), "Voorstel uit het casusoverleg");

  // A rejected one stays out, with its reason for the proposer.
  auto p2 = member.post(proposals, dilemmaBody("Tweede voorstel"));
  ASSERT_EQ(p2.status, 201);
  auto no = lead.post("/api/v1/dilemma-proposals/" + str(p2.json().at("id").as_int64()) + "/decision",
                      json::object{{"accept", false}, {"reason", "Lijkt op een dilemma dat er al is."}});
  ASSERT_EQ(no.status, 200) << no.body;
  EXPECT_TRUE(no.json().at("key").is_null());
  EXPECT_EQ(member.get("/api/v1/dilemmas?teamId=" + str(w.teamA)).body.find("Tweede voorstel"), std::string::npos);
  auto mine = member.get(proposals).json().at("items").as_array();
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine.at(0).at("reason").as_string(), "Lijkt op een dilemma dat er al is.");
  auto log = as(srv, w.admin).get("/api/v1/audit-log").body;
  for (auto action : {"dilemma.propose", "dilemma.accept", "dilemma.reject"})
    EXPECT_NE(log.find(action), std::string::npos) << action;
}

TEST_P(Dilemmas, EveryTextOfAProposalIsGuarded) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto member = as(srv, w.member);
  std::string proposals = "/api/v1/teams/" + str(w.teamA) + "/dilemma-proposals";
  auto withBsn = dilemmaBody("Een BSN in de kosten");
  withBsn["b"].as_object()["cost"] = "Mevrouw gaf haar BSN 111222333 door.";
  withBsn["privacyConfirmed"] = true;
  auto refused = member.post(proposals, withBsn);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_NE(refused.header("content-type").find("application/problem+json"), std::string::npos);
  EXPECT_EQ(refused.json().at("findings").at(0).at("field").as_string(), "b.cost");
  EXPECT_TRUE(refused.json().at("findings").at(0).at("refused").as_bool());
  auto named = dilemmaBody("Een naam in een vraag");
  named["questions"] = json::array{"Wat wil mevrouw Jansen zelf?"};
  auto unconfirmed = member.post(proposals, named);
  ASSERT_EQ(unconfirmed.status, 422) << unconfirmed.body;
  EXPECT_EQ(unconfirmed.json().at("findings").at(0).at("field").as_string(), "questions[0]");
  named["privacyConfirmed"] = true;
  EXPECT_EQ(member.post(proposals, named).status, 201);
  auto note = dilemmaBody("Een BSN in de toelichting");
  note["note"] = "BSN 111222333";
  EXPECT_EQ(member.post(proposals, note).status, 422);
  EXPECT_EQ(member.get(proposals).body.find("111222333"), std::string::npos);
  auto admin = as(srv, w.admin);
  auto perspective = dilemmaBody("Een IBAN bij een perspectief");
  perspective["perspectives"] =
      json::array{json::object{{"who", "bewoner"}, {"stake", "Stort het op NL91 ABNA 0417 1643 00 graag."}}};
  auto iban = admin.post("/api/v1/organisation/dilemmas", perspective);
  ASSERT_EQ(iban.status, 422) << iban.body;
  EXPECT_EQ(iban.json().at("findings").at(0).at("field").as_string(), "perspectives[0].stake");
  EXPECT_EQ(admin.get("/api/v1/organisation/dilemmas").body.find("0417"), std::string::npos);
}

struct Voters {
  std::vector<int64_t> ids;
};

Res vote(TestServer& srv, int64_t user, int64_t round, const std::vector<std::tuple<std::string, int, std::string>>& votes) {
  json::array a;
  for (auto& [k, r, c] : votes) a.push_back(json::object{{"dilemmaKey", k}, {"recognisable", r}, {"current", c}});
  return as(srv, user).put("/api/v1/dilemma-rounds/" + str(round) + "/votes", json::object{{"votes", a}});
}

TEST_P(Dilemmas, VoteRoundKeepsResultsHiddenUntilClosedWithEnoughVoters) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  domain::Actor admin{w.admin, w.org1, true};
  // A planted name: it must never reach a result, a round or a ranking.
  int64_t marker = addUser(srv.store(), admin, "zzmarkerstemmer@org1.test", w.teamA, domain::TeamRole::Member, srv.now);
  std::string own = acceptedTeamDilemma(srv, w, "Eigen dilemma van team A");
  const std::string& s = starterKey();
  auto lead = as(srv, w.lead);
  auto member = as(srv, w.member);
  std::string rounds = "/api/v1/teams/" + str(w.teamA) + "/dilemma-rounds";
  EXPECT_EQ(lead.post(rounds, json::object{{"minVoters", 2}}).status, 400);
  EXPECT_EQ(lead.post(rounds, json::object{{"closesAt", "morgen"}}).status, 400);
  EXPECT_EQ(member.post(rounds, json::object{}).status, 403);
  auto opened = lead.post(rounds, json::object{});
  ASSERT_EQ(opened.status, 201) << opened.body;
  int64_t r1 = opened.json().at("id").as_int64();
  EXPECT_EQ(opened.json().at("status").as_string(), "open");
  EXPECT_EQ(opened.json().at("minVoters").as_int64(), 3);
  EXPECT_EQ(lead.post(rounds, json::object{}).status, 409);  // one open round per team

  auto detail = member.get("/api/v1/dilemma-rounds/" + str(r1));
  ASSERT_EQ(detail.status, 200) << detail.body;
  std::set<std::string> offered;
  auto detailJson = detail.json();
  for (auto& d : detailJson.at("dilemmas").as_array()) offered.insert(std::string(d.at("key").as_string()));
  EXPECT_TRUE(offered.count(s));
  EXPECT_TRUE(offered.count(own));

  ASSERT_EQ(vote(srv, w.member, r1, {{s, 2, "nee"}, {own, 5, "ja"}}).status, 200);
  // Replacing one's own vote: the last answer counts, still one voter.
  auto replaced = vote(srv, w.member, r1, {{s, 5, "ja"}});
  ASSERT_EQ(replaced.status, 200) << replaced.body;
  EXPECT_EQ(replaced.json().at("voterCount").as_int64(), 1);
  auto myVotes = replaced.json().at("myVotes").as_array();
  ASSERT_EQ(myVotes.size(), 2u);
  for (auto& v : myVotes)
    if (v.at("dilemmaKey").as_string() == s) { EXPECT_EQ(v.at("recognisable").as_int64(), 5); }
  EXPECT_EQ(vote(srv, w.member, r1, {{"bestaat-niet", 3, "ja"}}).status, 400);
  EXPECT_EQ(vote(srv, w.member, r1, {{s, 6, "ja"}}).status, 400);
  EXPECT_EQ(vote(srv, w.member, r1, {{s, 3, "misschien"}}).status, 400);
  EXPECT_EQ(vote(srv, w.otherTeam, r1, {{s, 3, "ja"}}).status, 403);
  EXPECT_EQ(vote(srv, w.admin, r1, {{s, 3, "ja"}}).status, 403);  // not a member of the team
  ASSERT_EQ(vote(srv, marker, r1, {{s, 4, "soms"}}).status, 200);
  // Two voters: hidden while open, and hidden after closing.
  auto hidden = member.get("/api/v1/dilemma-rounds/" + str(r1) + "/results");
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  EXPECT_FALSE(hidden.json().at("visible").as_bool());
  EXPECT_EQ(hidden.json().at("voterCount").as_int64(), 2);
  EXPECT_TRUE(hidden.json().at("ranking").as_array().empty());
  EXPECT_EQ(member.post("/api/v1/dilemma-rounds/" + str(r1) + "/close", json::object{}).status, 403);
  auto closed = lead.post("/api/v1/dilemma-rounds/" + str(r1) + "/close", json::object{});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json().at("status").as_string(), "closed");
  EXPECT_EQ(lead.post("/api/v1/dilemma-rounds/" + str(r1) + "/close", json::object{}).status, 409);
  auto late = vote(srv, w.target, r1, {{s, 3, "ja"}});
  EXPECT_EQ(late.status, 409);
  EXPECT_NE(late.body.find("De stemronde is gesloten"), std::string::npos);
  EXPECT_EQ(vote(srv, w.member, r1, {{s, 1, "nee"}}).status, 409);  // no change after close either
  auto still = member.get("/api/v1/dilemma-rounds/" + str(r1) + "/results");
  EXPECT_FALSE(still.json().at("visible").as_bool());
  EXPECT_TRUE(still.json().at("ranking").as_array().empty());

  // Round 2: three voters, visible; no previous visible round, so no change yet.
  int64_t r2 = lead.post(rounds, json::object{}).json().at("id").as_int64();
  ASSERT_EQ(vote(srv, w.member, r2, {{s, 5, "ja"}, {own, 2, "nee"}}).status, 200);
  ASSERT_EQ(vote(srv, w.target, r2, {{s, 4, "ja"}, {own, 3, "soms"}}).status, 200);
  ASSERT_EQ(vote(srv, marker, r2, {{s, 5, "soms"}, {own, 1, "nee"}}).status, 200);
  ASSERT_EQ(lead.post("/api/v1/dilemma-rounds/" + str(r2) + "/close", json::object{}).status, 200);
  auto shown = member.get("/api/v1/dilemma-rounds/" + str(r2) + "/results");
  ASSERT_EQ(shown.status, 200);
  ASSERT_TRUE(shown.json().at("visible").as_bool()) << shown.body;
  auto ranking = shown.json().at("ranking").as_array();
  ASSERT_EQ(ranking.size(), 2u);
  EXPECT_EQ(ranking.at(0).at("dilemmaKey").as_string(), s);
  EXPECT_EQ(ranking.at(0).at("rank").as_int64(), 1);
  EXPECT_EQ(ranking.at(0).at("votes").as_int64(), 3);
  EXPECT_EQ(ranking.at(0).at("recognisable").at(4).as_int64(), 2);
  EXPECT_EQ(ranking.at(0).at("current").at("ja").as_int64(), 2);
  EXPECT_TRUE(ranking.at(0).at("previousRank").is_null());
  EXPECT_TRUE(ranking.at(0).at("change").is_null());
  EXPECT_EQ(ranking.at(1).at("title").as_string(), "Eigen dilemma van team A");

  // Round 3: the team's own dilemma rises above the starter.
  int64_t r3 = lead.post(rounds, json::object{{"minVoters", 3}}).json().at("id").as_int64();
  ASSERT_EQ(vote(srv, w.member, r3, {{s, 1, "nee"}, {own, 5, "ja"}}).status, 200);
  ASSERT_EQ(vote(srv, w.target, r3, {{s, 2, "nee"}, {own, 5, "ja"}}).status, 200);
  ASSERT_EQ(vote(srv, w.lead, r3, {{s, 2, "soms"}, {own, 4, "ja"}}).status, 200);
  ASSERT_EQ(lead.post("/api/v1/dilemma-rounds/" + str(r3) + "/close", json::object{}).status, 200);
  auto moved = member.get("/api/v1/dilemma-rounds/" + str(r3) + "/results").json();
  auto third = moved.at("ranking").as_array();
  ASSERT_EQ(third.size(), 2u);
  EXPECT_EQ(third.at(0).at("dilemmaKey").as_string(), own);
  EXPECT_EQ(third.at(0).at("previousRank").as_int64(), 2);
  EXPECT_EQ(third.at(0).at("change").as_int64(), 1);
  EXPECT_EQ(third.at(1).at("previousRank").as_int64(), 1);
  EXPECT_EQ(third.at(1).at("change").as_int64(), -1);
  auto list = member.get(rounds);
  ASSERT_EQ(list.json().at("items").as_array().size(), 3u);
  EXPECT_EQ(list.json().at("items").at(0).at("id").as_int64(), r3);  // newest first
  EXPECT_EQ(as(srv, w.otherTeam).get("/api/v1/dilemma-rounds/" + str(r3) + "/results").status, 403);
  EXPECT_EQ(as(srv, w.otherOrgMember).get("/api/v1/dilemma-rounds/" + str(r3) + "/results").status, 404);

  // Nothing anyone can fetch about the rounds names or numbers a voter.
  for (int64_t who : {w.admin, w.lead, w.supervisor, w.member, w.target, marker}) {
    auto c = as(srv, who);
    std::vector<std::string> paths = {rounds, "/api/v1/organisation/dilemma-ranking"};
    for (int64_t r : {r1, r2, r3}) {
      paths.push_back("/api/v1/dilemma-rounds/" + str(r) + "/results");
      if (who != marker) paths.push_back("/api/v1/dilemma-rounds/" + str(r));
    }
    for (auto& p : paths) {
      auto res = c.get(p);
      ASSERT_EQ(res.status, 200) << p << " " << res.body;
      EXPECT_EQ(res.body.find("zzmarkerstemmer"), std::string::npos) << p;
      EXPECT_EQ(res.body.find("userId"), std::string::npos) << p;
      EXPECT_EQ(res.body.find("\"user"), std::string::npos) << p;
      EXPECT_EQ(res.body.find("openedBy"), std::string::npos) << p;
      EXPECT_EQ(res.body.find("\"id\":" + str(marker) + ","), std::string::npos) << p;
    }
  }
}

TEST_P(Dilemmas, RoundPastItsClosingTimeIsClosed) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  std::string rounds = "/api/v1/teams/" + str(w.teamA) + "/dilemma-rounds";
  auto in = lead.post(rounds, json::object{{"closesAt", domain::isoUtc(srv.now + 600)}});
  ASSERT_EQ(in.status, 201) << in.body;
  int64_t id = in.json().at("id").as_int64();
  ASSERT_EQ(vote(srv, w.member, id, {{starterKey(), 3, "ja"}}).status, 200);
  srv.now += 1200;  // within the test session's hour
  EXPECT_EQ(vote(srv, w.member, id, {{starterKey(), 4, "ja"}}).status, 409);
  EXPECT_EQ(as(srv, w.member).get("/api/v1/dilemma-rounds/" + str(id)).json().at("status").as_string(), "closed");
  EXPECT_EQ(lead.post(rounds, json::object{}).status, 201);  // the next round may open
  EXPECT_EQ(lead.post(rounds, json::object{{"closesAt", domain::isoUtc(srv.now - 10)}}).status, 400);
}

TEST_P(Dilemmas, RoundTimesAndLiveSessionsAreChecked) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  std::string rounds = "/api/v1/teams/" + str(w.teamA) + "/dilemma-rounds";
  // Not a live session of this team.
  auto live = lead.post(rounds, json::object{{"liveSessionId", 999999}});
  EXPECT_EQ(live.status, 400) << live.body;
  EXPECT_NE(live.body.find("liveSessionId"), std::string::npos);
  // An offset is read as such: 2027-03-01T10:00:00+01:00 is 09:00 UTC.
  auto in = lead.post(rounds, json::object{{"closesAt", "2027-03-01T10:00:00+01:00"}, {"minVoters", 4}});
  ASSERT_EQ(in.status, 201) << in.body;
  EXPECT_EQ(in.json().at("closesAt").as_string(), "2027-03-01T09:00:00Z");
  EXPECT_EQ(in.json().at("minVoters").as_int64(), 4);
  EXPECT_TRUE(in.json().at("liveSessionId").is_null());
  EXPECT_EQ(lead.post(rounds, json::object{{"closesAt", "2027-02-30T10:00"}}).status, 400);
}

TEST_P(Dilemmas, OrganisationRankingNeedsThreeTeamsWithFiveVoters) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  domain::Actor admin{w.admin, w.org1, true};
  store::DilemmaStore st(srv.store().db());
  const std::string& s = starterKey();
  auto teamWithRound = [&](const std::string& name, int voters) {
    int64_t team = srv.store().createTeam(admin, name, srv.now).id;
    std::vector<int64_t> people;
    for (int i = 0; i < voters; ++i)
      people.push_back(addUser(srv.store(), admin, name + "-" + std::to_string(i) + "@org1.test", team,
                               domain::TeamRole::Member, srv.now));
    auto r = st.openRound(admin, team, {}, srv.now);
    for (auto p : people) st.vote({p, w.org1, false}, r.id, {{s, 4, "ja"}}, srv.now);
    st.closeRound(admin, r.id, srv.now);
  };
  teamWithRound("noord", 5);
  teamWithRound("zuid", 6);
  teamWithRound("klein", 4);  // too few voters to count
  auto member = as(srv, w.member);
  auto two = member.get("/api/v1/organisation/dilemma-ranking");
  ASSERT_EQ(two.status, 200) << two.body;
  EXPECT_FALSE(two.json().at("visible").as_bool());
  EXPECT_EQ(two.json().at("teams").as_int64(), 2);
  EXPECT_FALSE(two.json().as_object().contains("ranking"));
  teamWithRound("west", 5);
  auto three = member.get("/api/v1/organisation/dilemma-ranking");
  ASSERT_TRUE(three.json().at("visible").as_bool()) << three.body;
  EXPECT_EQ(three.json().at("teams").as_int64(), 3);
  auto ranking = three.json().at("ranking").as_array();
  ASSERT_EQ(ranking.size(), 1u);
  EXPECT_EQ(ranking.at(0).at("votes").as_int64(), 16);
  EXPECT_EQ(three.body.find("noord"), std::string::npos);  // no team names
  // Another organisation sees only its own (none).
  auto other = as(srv, w.otherOrgMember).get("/api/v1/organisation/dilemma-ranking");
  EXPECT_FALSE(other.json().at("visible").as_bool());
  EXPECT_EQ(other.json().at("teams").as_int64(), 0);
}

TEST_P(Dilemmas, ErasureKeepsClosedCountsAndProposalsWithoutTheirPerson) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto admin = as(srv, w.admin);
  std::string rounds = "/api/v1/teams/" + str(w.teamA) + "/dilemma-rounds";
  const std::string& s = starterKey();
  int64_t closed = lead.post(rounds, json::object{}).json().at("id").as_int64();
  for (int64_t who : {w.member, w.target, w.lead}) ASSERT_EQ(vote(srv, who, closed, {{s, 4, "ja"}}).status, 200);
  ASSERT_EQ(lead.post("/api/v1/dilemma-rounds/" + str(closed) + "/close", json::object{}).status, 200);
  int64_t open = lead.post(rounds, json::object{}).json().at("id").as_int64();
  ASSERT_EQ(vote(srv, w.member, open, {{s, 2, "nee"}}).status, 200);
  auto p = as(srv, w.member).post("/api/v1/teams/" + str(w.teamA) + "/dilemma-proposals", dilemmaBody("Blijft bij het team"));
  ASSERT_EQ(p.status, 201);
  auto own = as(srv, w.member).get("/api/v1/me/export");
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.json().at("dilemmas").at("votes").as_array().size(), 2u);
  EXPECT_EQ(own.json().at("dilemmas").at("proposals").at(0).at("title").as_string(), "Blijft bij het team");
  auto forOrg = admin.get("/api/v1/members/" + str(w.member) + "/export");
  ASSERT_EQ(forOrg.status, 200);
  EXPECT_FALSE(forOrg.json().at("dilemmas").as_object().contains("votes"));

  ASSERT_EQ(admin.del("/api/v1/members/" + str(w.member)).status, 204);
  auto results = lead.get("/api/v1/dilemma-rounds/" + str(closed) + "/results").json();
  EXPECT_EQ(results.at("voterCount").as_int64(), 3);
  EXPECT_TRUE(results.at("visible").as_bool());
  EXPECT_EQ(lead.get("/api/v1/dilemma-rounds/" + str(open)).json().at("voterCount").as_int64(), 0);
  auto list = lead.get("/api/v1/teams/" + str(w.teamA) + "/dilemma-proposals").json().at("items").as_array();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list.at(0).at("dilemma").at("title").as_string(), "Blijft bij het team");
  EXPECT_FALSE(list.at(0).as_object().contains("proposedBy"));
}

INSTANTIATE_TEST_SUITE_P(Stores, Dilemmas, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
