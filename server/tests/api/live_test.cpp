// Live team sessions over a real WebSocket (Beast client): order, acknowledgement after
// storing, hidden thoughts until revealed, duplicate suppression, resume after a
// reconnect, guests limited to their session, and two instances on one PostgreSQL.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <functional>

#include "api/app.hpp"
#include "harness.hpp"
#include "http/server.hpp"
#include "store/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;

class Ws {
 public:
  Ws(uint16_t port, const std::string& target, const std::string& cookie = "") {
    asio::ip::tcp::endpoint ep(asio::ip::make_address("127.0.0.1"), port);
    ws_.next_layer().connect(ep);
    ws_.set_option(websocket::stream_base::decorator([cookie](websocket::request_type& req) {
      if (!cookie.empty()) req.set(beast::http::field::cookie, "vk_session=" + cookie);
    }));
    websocket::response_type res;
    ws_.handshake(res, "127.0.0.1", target, ec_);
    status_ = res.result_int();
  }
  bool ok() const { return !ec_; }
  int status() const { return status_; }

  void send(const json::value& v) { ws_.write(asio::buffer(json::serialize(v))); }
  void submit(const std::string& clientId, const std::string& kind, json::object data = {}) {
    send(json::object{{"type", "submit"}, {"clientId", clientId}, {"kind", kind}, {"data", std::move(data)}});
  }
  // The next frame, or nullopt after the timeout (the connection is then unusable).
  std::optional<json::object> next(std::chrono::milliseconds timeout = 3000ms) {
    beast::flat_buffer buf;
    bool done = false;
    boost::system::error_code ec;
    ws_.async_read(buf, [&](boost::system::error_code e, size_t) {
      ec = e;
      done = true;
    });
    ioc_.restart();
    ioc_.run_for(timeout);
    if (!done) {
      ws_.next_layer().socket().cancel();
      ioc_.restart();
      ioc_.run_for(1s);
      return std::nullopt;
    }
    if (ec) return std::nullopt;
    return json::parse(beast::buffers_to_string(buf.data())).as_object();
  }
  // Reads until a frame of the given type (and matching pred) arrives.
  json::object until(const std::string& type, const std::function<bool(const json::object&)>& pred = {}) {
    for (int i = 0; i < 200; ++i) {
      auto f = next();
      if (!f) break;
      if (f->at("type").as_string() == type && (!pred || pred(*f))) return *f;
    }
    ADD_FAILURE() << "no frame of type " << type;
    return {};
  }
  void close() {
    boost::system::error_code ec;
    ws_.next_layer().socket().close(ec);
  }

 private:
  asio::io_context ioc_;
  websocket::stream<beast::tcp_stream> ws_{ioc_};
  boost::system::error_code ec_;
  int status_ = 0;
};

struct Fixture {
  explicit Fixture(const std::string& backend) : srv(backend), w(buildWorld(srv.store(), srv.now)), lead(srv.port()),
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
    if (fr->at("type") == "event") EXPECT_TRUE(fr->at("mine").as_bool());  // own thoughts: full text
  }
  for (size_t i = 1; i < acked.size(); ++i) EXPECT_EQ(acked[i], acked[i - 1] + 1);

  // The facilitator sees every thought, in order; the other participant sees them hidden.
  for (int i = 1; i <= 5; ++i) {
    auto e = facilitator.until("event");
    EXPECT_EQ(e.at("seq").as_int64(), acked[i - 1]);
    EXPECT_EQ(e.at("data").at("text").as_string(), "Gedachte " + std::to_string(i));
    auto h = b.until("event");
    EXPECT_EQ(h.at("seq").as_int64(), acked[i - 1]);
    EXPECT_TRUE(h.at("hidden").as_bool());
    EXPECT_TRUE(h.at("data").as_object().empty());
  }
  // Participants may not steer the session.
  b.submit("b-reveal", "reveal");
  EXPECT_EQ(b.until("error").at("status").as_int64(), 403);
  // Reveal: the others now get the texts.
  facilitator.submit("f-reveal", "reveal");
  auto reveal = b.until("event", [](auto& fr) { return fr.at("kind") == "reveal"; });
  EXPECT_EQ(reveal.at("data").at("thoughts").as_array().size(), 5u);
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
    b.submit("r-" + std::to_string(i), "thought", {{"text", "Nummer " + std::to_string(i)}});
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
  EXPECT_FALSE(again.next(300ms));  // nothing twice
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
