// Partner rounds through the API, on each store: the threshold (4 answers give the count
// alone, 5 the aggregate, decided in the store's query), the link's life (save and come
// back, used, closed by its end date, revoked, made up; never a Set-Cookie), a database
// check that an anonymous answer carries nothing of its link, scope and roles, the privacy
// guard on partners' texts, the open link's proof of work and its limit per address.
#include <gtest/gtest.h>

#include <set>

#include "api/partners/tokens.hpp"
#include "app/demo.hpp"
#include "domain/partners/partners.hpp"
#include "harness.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class Partners : public ::testing::TestWithParam<std::string> {};

std::string str(int64_t v) { return std::to_string(v); }
constexpr const char* kMarker = "MARKERPARTNERTEKST";

Client as(TestServer& srv, int64_t user) {
  Client c(srv.port());
  signIn(srv, c, user);
  return c;
}

json::object roundBody(int invitations, bool anonymous = true, std::optional<int64_t> minAnswers = std::nullopt,
                       bool openLink = false) {
  json::array inv;
  const char* kinds[] = {"school", "huisarts", "woningcorporatie", "schuldhulp", "politie", "gemeente", "welzijn", "anders"};
  for (int i = 0; i < invitations; ++i)
    inv.push_back(json::object{{"kind", kinds[i % 8]}, {"label", "Partner " + std::to_string(i + 1)}});
  json::object b{{"title", "Partners over ons werk"}, {"anonymous", anonymous}, {"closesAt", "2027-02-15"},
                 {"invitations", std::move(inv)}, {"openLink", openLink}};
  if (minAnswers) b["minAnswers"] = *minAnswers;
  return b;
}

json::object answer(const std::string& recognition, const std::string& extra = "") {
  return json::object{{"rules", json::array{json::object{{"ruleKey", "verbinding"}, {"recognition", recognition},
                                                         {"example", "Ze komen langs bij de buurtkamer." + extra}},
                                            json::object{{"ruleKey", "vraag"}, {"recognition", "soms"}}}},
                      {"distinctive", std::string("Ze kennen de straat. ") + kMarker},
                      {"missing", "Vaker terugkoppeling."}};
}

std::vector<std::string> tokensOf(const Res& created) {
  std::vector<std::string> out;
  auto v = created.json();
  for (auto& i : v.at("invitations").as_array()) out.emplace_back(i.at("token").as_string());
  return out;
}

void noCookie(const Res& r, const std::string& what) {
  EXPECT_EQ(r.header("set-cookie"), "") << what << " set a cookie";
}

TEST_P(Partners, ResultsOnlyFromTheMinimumDecidedInTheQuery) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto created = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(6));
  ASSERT_EQ(created.status, 201) << created.body;
  auto tokens = tokensOf(created);
  ASSERT_EQ(tokens.size(), 6u);
  for (auto& t : tokens) {
    EXPECT_EQ(t.size(), 26u);
    EXPECT_TRUE(domain::validPartnerToken(t)) << t;
  }
  EXPECT_NE(created.json().at("invitations").at(0).at("qrSvg").as_string().find("<svg"), std::string::npos);
  EXPECT_NE(created.json().at("invitations").at(0).at("url").as_string().find("/partner/" + tokens[0]), std::string::npos);
  std::string round = str(created.json().at("id").as_int64());
  EXPECT_EQ(created.json().at("minAnswers").as_int64(), 5);
  // The tokens appear only in the answer that made them: the database keeps hashes.
  srv.store().db().read([&](store::Conn& c) {
    auto r = c.query("SELECT token_hash FROM partner_invitations ORDER BY id");
    ASSERT_EQ(r.size(), 6u);
    EXPECT_EQ(r[0].str(0), api::partners::partnerTokenHash(tokens[0]));
    EXPECT_NE(r[0].str(0), tokens[0]);
  });
  auto list = lead.get("/api/v1/teams/" + str(w.teamA) + "/partner-rounds");
  EXPECT_EQ(list.body.find(tokens[0]), std::string::npos);

  Client partner(srv.port());
  for (int i = 0; i < 4; ++i) {
    auto s = partner.post("/api/v1/partner-answers/" + tokens[i] + "/submission", answer(i % 2 ? "soms" : "herken"));
    ASSERT_EQ(s.status, 201) << s.body;
  }
  auto member = as(srv, w.member);
  for (auto* who : {&lead, &member}) {
    auto four = who->get("/api/v1/partner-rounds/" + round + "/results");
    ASSERT_EQ(four.status, 200) << four.body;
    EXPECT_FALSE(four.json().at("visible").as_bool());
    EXPECT_EQ(four.json().at("answerCount").as_int64(), 4);
    EXPECT_FALSE(four.json().as_object().contains("rules"));
    EXPECT_EQ(four.body.find(kMarker), std::string::npos);
    auto view = who->get("/api/v1/teams/" + str(w.teamA) + "/partner-view");
    EXPECT_FALSE(view.json().at("visible").as_bool());
    EXPECT_EQ(view.json().at("rules").as_array().size(), 0u);
  }
  // The store's query itself holds the threshold: with a minimum of 5 it gives no rows.
  srv.store().db().read([&](store::Conn& c) {
    auto r = c.query(
        "SELECT a.answers FROM partner_answers a JOIN partner_rounds r ON r.id = a.round_id WHERE a.round_id = $1 AND "
        "r.min_answers >= 3 AND (SELECT COUNT(*) FROM partner_answers x WHERE x.round_id = a.round_id) >= r.min_answers",
        {std::stoll(round)});
    EXPECT_EQ(r.size(), 0u);
  });
  ASSERT_EQ(partner.post("/api/v1/partner-answers/" + tokens[4] + "/submission", answer("niet")).status, 201);
  auto five = member.get("/api/v1/partner-rounds/" + round + "/results");
  ASSERT_TRUE(five.json().at("visible").as_bool()) << five.body;
  auto fiveJson = five.json();
  auto& rules = fiveJson.at("rules").as_array();
  ASSERT_EQ(rules.size(), 5u);  // the organisation's five rules
  EXPECT_EQ(rules[0].at("ruleKey").as_string(), "verbinding");
  EXPECT_EQ(rules[0].at("herken").as_int64(), 2);
  EXPECT_EQ(rules[0].at("soms").as_int64(), 2);
  EXPECT_EQ(rules[0].at("niet").as_int64(), 1);
  EXPECT_EQ(rules[1].at("soms").as_int64(), 5);
  EXPECT_EQ(five.json().at("distinctive").as_array().size(), 5u);
  EXPECT_FALSE(five.json().as_object().contains("kinds"));  // anonymous: no kinds
  auto view = member.get("/api/v1/teams/" + str(w.teamA) + "/partner-view");
  ASSERT_TRUE(view.json().at("visible").as_bool()) << view.body;
  EXPECT_EQ(view.json().at("roundId").as_int64(), std::stoll(round));
  EXPECT_EQ(view.json().at("rules").at(0).at("herken").as_int64(), 2);
  EXPECT_EQ(view.body.find(kMarker), std::string::npos);  // counts only
  // Team B and another organisation see nothing of it.
  EXPECT_EQ(as(srv, w.otherTeam).get("/api/v1/partner-rounds/" + round + "/results").status, 403);
  EXPECT_EQ(as(srv, w.otherOrgAdmin).get("/api/v1/partner-rounds/" + round + "/results").status, 404);
}

TEST_P(Partners, MinimumNeverBelowThreeAndOnlyLeadsCreate) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  std::string path = "/api/v1/teams/" + str(w.teamA) + "/partner-rounds";
  auto two = lead.post(path, roundBody(3, true, 2));
  EXPECT_EQ(two.status, 400) << two.body;
  EXPECT_NE(two.body.find("minAnswers"), std::string::npos);
  auto three = lead.post(path, roundBody(3, true, 3));
  ASSERT_EQ(three.status, 201) << three.body;
  EXPECT_EQ(three.json().at("minAnswers").as_int64(), 3);
  auto t = tokensOf(three);
  Client p(srv.port());
  for (int i = 0; i < 3; ++i) ASSERT_EQ(p.post("/api/v1/partner-answers/" + t[i] + "/submission", answer("herken")).status, 201);
  EXPECT_TRUE(lead.get("/api/v1/partner-rounds/" + str(three.json().at("id").as_int64()) + "/results").json().at("visible").as_bool());
  EXPECT_EQ(as(srv, w.member).post(path, roundBody(3)).status, 403);
  EXPECT_EQ(as(srv, w.otherTeam).post(path, roundBody(3)).status, 403);
  EXPECT_EQ(as(srv, w.supervisor).post(path, roundBody(3)).status, 201);
  auto bad = lead.post(path, json::object{{"title", "X"}, {"closesAt", "2027-02-30"}, {"invitations", json::array{json::object{{"kind", "inwoner"}}}}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("invitations[0].kind"), std::string::npos) << bad.body;
  EXPECT_EQ(lead.post(path, roundBody(1)).status, 201);
  auto past = roundBody(1);
  past["closesAt"] = "2027-01-01";
  EXPECT_EQ(lead.post(path, past).status, 400);
}

TEST_P(Partners, LinkLifeSaveComeBackUsedClosedRevokedUnknownWithoutCookies) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto created = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(4, false));
  ASSERT_EQ(created.status, 201) << created.body;
  auto t = tokensOf(created);
  std::string round = str(created.json().at("id").as_int64());
  Client p(srv.port());  // no session, no cookie jar in use
  auto opened = p.get("/api/v1/partner-answers/" + t[0]);
  ASSERT_EQ(opened.status, 200) << opened.body;
  noCookie(opened, "opening");
  EXPECT_EQ(opened.json().at("team").as_string(), "Team A org1");
  EXPECT_TRUE(opened.json().at("draft").is_null());
  EXPECT_EQ(opened.json().at("questions").at("rules").as_array().size(), 5u);
  // Save and come back.
  auto saved = p.put("/api/v1/partner-answers/" + t[0], answer("herken"));
  ASSERT_EQ(saved.status, 200) << saved.body;
  noCookie(saved, "saving");
  auto back = p.get("/api/v1/partner-answers/" + t[0]);
  EXPECT_EQ(back.json().at("draft").at("rules").at(0).at("recognition").as_string(), "herken");
  auto status = lead.get("/api/v1/partner-rounds/" + round);
  EXPECT_EQ(status.json().at("invitations").at(0).at("status").as_string(), "bewaard");  // a named round
  EXPECT_EQ(status.body.find(kMarker), std::string::npos);  // a draft is the partner's
  auto sent = p.post("/api/v1/partner-answers/" + t[0] + "/submission", answer("herken"));
  ASSERT_EQ(sent.status, 201) << sent.body;
  noCookie(sent, "submitting");
  // Used.
  for (auto r : {p.get("/api/v1/partner-answers/" + t[0]), p.put("/api/v1/partner-answers/" + t[0], answer("soms")),
                 p.post("/api/v1/partner-answers/" + t[0] + "/submission", answer("soms"))}) {
    EXPECT_EQ(r.status, 410) << r.body;
    EXPECT_EQ(r.json().at("title").as_string(), "Deze link is al gebruikt");
    EXPECT_NE(r.json().at("type").as_string().find("partner-link-used"), std::string::npos);
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    noCookie(r, "a used link");
  }
  // Revoked.
  std::string inv1 = str(created.json().at("invitations").at(1).at("id").as_int64());
  ASSERT_EQ(lead.post("/api/v1/partner-rounds/" + round + "/invitations/" + inv1 + "/revocation", json::object{}).status, 200);
  auto revoked = p.get("/api/v1/partner-answers/" + t[1]);
  EXPECT_EQ(revoked.status, 410);
  EXPECT_EQ(revoked.json().at("title").as_string(), "Deze link is ingetrokken");
  std::string inv0 = str(created.json().at("invitations").at(0).at("id").as_int64());
  EXPECT_EQ(lead.post("/api/v1/partner-rounds/" + round + "/invitations/" + inv0 + "/revocation", json::object{}).status, 409);
  // Made up: the right shape, or not even that.
  for (std::string token : {std::string(26, 'a'), std::string("bestaat-niet")}) {
    auto r = p.get("/api/v1/partner-answers/" + token);
    EXPECT_EQ(r.status, 404) << token;
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    noCookie(r, "a made-up link");
  }
  // After the end date the round is closed, for every link still open.
  srv.now = *domain::parseUtcDay("2027-02-16") + 3600;
  auto closed = p.get("/api/v1/partner-answers/" + t[2]);
  EXPECT_EQ(closed.status, 410);
  EXPECT_EQ(closed.json().at("title").as_string(), "De ronde is gesloten");
  EXPECT_EQ(p.post("/api/v1/partner-answers/" + t[2] + "/submission", answer("soms")).status, 410);
  signIn(srv, lead, w.lead);  // the clock moved on
  EXPECT_EQ(lead.get("/api/v1/partner-rounds/" + round).json().at("status").as_string(), "closed");
}

TEST_P(Partners, ClosingEndsTheLinksAndTheirDrafts) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto created = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(2));
  auto t = tokensOf(created);
  std::string round = str(created.json().at("id").as_int64());
  Client p(srv.port());
  ASSERT_EQ(p.put("/api/v1/partner-answers/" + t[0], answer("soms")).status, 200);
  EXPECT_EQ(as(srv, w.member).post("/api/v1/partner-rounds/" + round + "/close", json::object{}).status, 403);
  ASSERT_EQ(lead.post("/api/v1/partner-rounds/" + round + "/close", json::object{}).status, 200);
  EXPECT_EQ(p.get("/api/v1/partner-answers/" + t[0]).status, 410);
  srv.store().db().read([&](store::Conn& c) {
    EXPECT_EQ(c.query("SELECT 1 FROM partner_invitations WHERE draft IS NOT NULL").size(), 0u);
  });
  EXPECT_EQ(lead.post("/api/v1/partner-rounds/" + round + "/close", json::object{}).status, 409);
}

TEST_P(Partners, AnAnonymousAnswerCarriesNothingOfItsLink) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto created = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(3));
  auto t = tokensOf(created);
  Client p(srv.port());
  srv.now += 5 * 3600 + 17;
  ASSERT_EQ(p.put("/api/v1/partner-answers/" + t[0], answer("herken")).status, 200);
  ASSERT_EQ(p.post("/api/v1/partner-answers/" + t[0] + "/submission", answer("herken")).status, 201);
  // The answers table has no column that could point to a link or an invitation.
  std::set<std::string> columns;
  srv.store().db().read([&](store::Conn& c) {
    auto cols = GetParam() == "sqlite"
                    ? c.query("SELECT name FROM pragma_table_info('partner_answers')")
                    : c.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'partner_answers' "
                              "AND table_schema = current_schema()");
    for (size_t i = 0; i < cols.size(); ++i) columns.insert(cols[i].str(0));
  });
  EXPECT_EQ(columns, (std::set<std::string>{"id", "round_id", "kind", "label", "answers", "submitted_on"}));
  auto invitationIds = created.json().at("invitations").as_array();
  srv.store().db().read([&](store::Conn& c) {
    auto r = c.query("SELECT kind, label, answers, submitted_on FROM partner_answers");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_TRUE(r[0].isNull(0));
    EXPECT_TRUE(r[0].isNull(1));
    EXPECT_EQ(r[0].str(3), "2027-01-15");  // a day, not a moment
    for (auto& tok : t) {
      EXPECT_EQ(r[0].str(2).find(tok), std::string::npos);
      EXPECT_EQ(r[0].str(2).find(api::partners::partnerTokenHash(tok)), std::string::npos);
    }
    EXPECT_EQ(r[0].str(2).find("Partner 1"), std::string::npos);  // no label inside the answers either
    // The draft moved: nothing left on the invitation.
    EXPECT_EQ(c.query("SELECT 1 FROM partner_invitations WHERE draft IS NOT NULL").size(), 0u);
  });
  // The lead sees counts, not which link answered.
  signIn(srv, lead, w.lead);  // the clock moved on
  auto status = lead.get("/api/v1/partner-rounds/" + str(created.json().at("id").as_int64()));
  EXPECT_FALSE(status.json().at("invitations").at(0).as_object().contains("status"));
  EXPECT_EQ(status.json().at("invitationCounts").at("ingestuurd").as_int64(), 1);
}

TEST_P(Partners, PartnersTextsPassThePrivacyGuard) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto created = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(1));
  auto t = tokensOf(created);
  Client p(srv.port());
  auto bsn = answer("herken");
  bsn["missing"] = "Mevrouw gaf haar BSN 111222333 door.";
  auto refused = p.post("/api/v1/partner-answers/" + t[0] + "/submission", bsn);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json().at("findings").at(0).at("field").as_string(), "missing");
  auto name = answer("herken");
  name["rules"].as_array()[0].as_object()["example"] = "Gesprek met mevrouw Jansen over de huur.";
  auto nameRefused = p.put("/api/v1/partner-answers/" + t[0], name);
  EXPECT_EQ(nameRefused.status, 422);
  EXPECT_EQ(nameRefused.json().at("findings").at(0).at("field").as_string(), "rules[0].example");
  name["privacyConfirmed"] = true;
  EXPECT_EQ(p.put("/api/v1/partner-answers/" + t[0], name).status, 200);
  srv.store().db().read([&](store::Conn& c) {
    EXPECT_EQ(c.query("SELECT 1 FROM partner_invitations WHERE draft LIKE '%111222333%'").size(), 0u);
    EXPECT_EQ(c.query("SELECT 1 FROM audit_log WHERE action = 'privacy.override' AND object LIKE 'partner-round/%'").size(), 1u);
  });
  // A label names an organisation, never a resident.
  auto body = roundBody(1);
  body["invitations"].as_array()[0].as_object()["label"] = "BSN 111222333";
  EXPECT_EQ(lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", body).status, 422);
}

TEST_P(Partners, OpenLinkNeedsAProofOfWorkOncePerChallengeAndLimitsAnAddress) {
  api::Config cfg;
  cfg.trustedProxies = "127.0.0.1";  // the test client is the proxy; X-Forwarded-For counts
  TestServer srv(GetParam(), cfg);
  World w = buildWorld(srv.store(), srv.now);
  auto lead = as(srv, w.lead);
  auto created = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(0, true, std::nullopt, true));
  ASSERT_EQ(created.status, 201) << created.body;
  std::string open(created.json().at("openLink").at("token").as_string());
  EXPECT_NE(created.json().at("openLink").at("url").as_string().find("/partner/open/"), std::string::npos);
  Client p(srv.port());
  auto fresh = [&](const std::string& address) {
    auto r = p.request("GET", "/api/v1/open-partner-links/" + open, "", {{"X-Forwarded-For", address}});
    EXPECT_EQ(r.status, 200) << r.body;
    noCookie(r, "the open link");
    return std::string(r.json().at("challenge").as_string());
  };
  auto send = [&](const std::string& address, const std::string& challenge, const std::string& nonce) {
    auto b = answer("herken");
    b["proofOfWork"] = json::object{{"challenge", challenge}, {"nonce", nonce}};
    return p.request("POST", "/api/v1/open-partner-links/" + open + "/answers", json::serialize(b),
                     {{"X-Forwarded-For", address}});
  };
  const int d = domain::kPartnerPowDifficulty;
  std::string c1 = fresh("203.0.113.7");
  std::string good = api::partners::solveChallenge(c1, d);
  // A wrong nonce: (nearly always) too few zero bits.
  std::string wrong = "x";
  for (int i = 0; api::partners::proofProblem(api::partners::partnerTokenHash(open), c1, wrong, d, srv.now) == std::nullopt; ++i)
    wrong = "x" + std::to_string(i);
  EXPECT_EQ(send("203.0.113.7", c1, wrong).status, 400);
  // A forged challenge (the signature does not fit).
  std::string forged = c1;
  forged[0] = forged[0] == '1' ? '2' : '1';
  EXPECT_EQ(send("203.0.113.7", forged, api::partners::solveChallenge(forged, d)).status, 400);
  auto first = send("203.0.113.7", c1, good);
  ASSERT_EQ(first.status, 201) << first.body;
  noCookie(first, "an open answer");
  auto replay = send("203.0.113.7", c1, good);
  EXPECT_EQ(replay.status, 409) << replay.body;
  // Expired.
  std::string c2 = fresh("203.0.113.7");
  std::string n2 = api::partners::solveChallenge(c2, d);
  srv.now += api::partners::kChallengeSeconds + 1;
  EXPECT_EQ(send("203.0.113.7", c2, n2).status, 400);
  // Four more from the same address fit; the sixth answer is refused; another address goes on.
  for (int i = 0; i < 4; ++i) {
    std::string c = fresh("203.0.113.7");
    ASSERT_EQ(send("203.0.113.7", c, api::partners::solveChallenge(c, d)).status, 201) << i;
  }
  std::string c3 = fresh("203.0.113.7");
  auto limited = send("203.0.113.7", c3, api::partners::solveChallenge(c3, d));
  EXPECT_EQ(limited.status, 429) << limited.body;
  std::string c4 = fresh("198.51.100.4");
  EXPECT_EQ(send("198.51.100.4", c4, api::partners::solveChallenge(c4, d)).status, 201);
  // A challenge of this link does not open another round's link.
  auto other = lead.post("/api/v1/teams/" + str(w.teamA) + "/partner-rounds", roundBody(0, true, std::nullopt, true));
  std::string open2(other.json().at("openLink").at("token").as_string());
  std::string c5 = fresh("192.0.2.1");
  auto b = answer("herken");
  b["proofOfWork"] = json::object{{"challenge", c5}, {"nonce", api::partners::solveChallenge(c5, d)}};
  EXPECT_EQ(p.request("POST", "/api/v1/open-partner-links/" + open2 + "/answers", json::serialize(b)).status, 400);
  auto results = lead.get("/api/v1/partner-rounds/" + str(created.json().at("id").as_int64()) + "/results");
  EXPECT_EQ(results.json().at("answerCount").as_int64(), 6);
  EXPECT_TRUE(results.json().at("visible").as_bool());
}

// The demo: Noord's closed anonymous round shows six answers; Zuid's open round two, hidden.
TEST_P(Partners, DemoNoordSeesSixAnswersZuidOnlyACount) {
  TestServer srv(GetParam());
  ASSERT_TRUE(app::seedDemo(srv.store(), srv.now));
  int64_t admin = 0;
  std::vector<int64_t> teams;
  srv.store().db().read([&](store::Conn& c) {
    admin = c.query("SELECT id FROM users WHERE email = $1", {std::string(app::kDemoAdminEmail)})[0].i64(0);
    auto t = c.query("SELECT id FROM teams ORDER BY id");
    for (size_t i = 0; i < t.size(); ++i) teams.push_back(t[i].i64(0));
  });
  auto a = as(srv, admin);
  auto noord = a.get("/api/v1/teams/" + str(teams.at(0)) + "/partner-rounds").json().at("items").at(0);
  EXPECT_EQ(noord.at("status").as_string(), "closed");
  EXPECT_TRUE(noord.at("anonymous").as_bool());
  EXPECT_EQ(noord.at("answerCount").as_int64(), 6);
  auto res = a.get("/api/v1/partner-rounds/" + str(noord.at("id").as_int64()) + "/results").json();
  EXPECT_TRUE(res.at("visible").as_bool());
  EXPECT_EQ(res.at("distinctive").as_array().size(), 6u);
  auto zuid = a.get("/api/v1/teams/" + str(teams.at(1)) + "/partner-rounds").json().at("items").at(0);
  EXPECT_EQ(zuid.at("status").as_string(), "open");
  EXPECT_EQ(zuid.at("answerCount").as_int64(), 2);
  auto hidden = a.get("/api/v1/partner-rounds/" + str(zuid.at("id").as_int64()) + "/results").json();
  EXPECT_FALSE(hidden.at("visible").as_bool());
  EXPECT_TRUE(a.get("/api/v1/teams/" + str(teams.at(0)) + "/partner-view").json().at("visible").as_bool());
}

INSTANTIATE_TEST_SUITE_P(Stores, Partners, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
