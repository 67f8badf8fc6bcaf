// Live sessions under backpressure (issue 14): a resume longer than a connection's write
// queue completes (the replay goes in chunks as the phone reads), and a phone that stops
// reading is closed while the room goes on, then resumes without loss. The server under
// test has a small write queue (16 frames) and a small socket send buffer, and the slow
// phone a small receive buffer, so a few hundred kilobytes fill everything the kernel holds:
// the outcome depends on frames and counts, not on timing.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "api/app.hpp"
#include "harness.hpp"
#include "http/server.hpp"
#include "live_socket.hpp"
#include "store/foundation/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;

constexpr size_t kQueueLimit = 16;

// A phone with a small receive buffer (it reads only when the test calls next()).
constexpr int kPhoneReceiveBuffer = 4096;
Ws phone(uint16_t port, const std::string& target, const std::string& cookie) {
  return Ws(port, target, cookie, "", kPhoneReceiveBuffer);
}

// The fixture's own instance on the test's store, with the small queue and send buffer.
struct Room {
  explicit Room(const std::string& backend) : srv(backend), w(buildWorld(srv.store(), srv.now)), lead(srv.port()),
                                              member(srv.port()), target(srv.port()) {
    signIn(srv, lead, w.lead);
    signIn(srv, member, w.member);
    signIn(srv, target, w.target);
    auto res = lead.post("/api/v1/teams/" + std::to_string(w.teamA) + "/live-sessions",
                         json::object{{"title", "Dagdeel onder druk"}});
    EXPECT_EQ(res.status, 201) << res.body;
    session = res.json().at("id").as_int64();
    store = store::openStore(srv.url);
    api::Config cfg;
    cfg.clock = [this] { return srv.now.load(); };
    cfg.logRequests = false;
    app = std::make_unique<api::App>(*store, cfg);
    http::ServerOptions so;
    so.port = 0;
    so.threads = 2;
    so.wsQueueLimit = kQueueLimit;
    so.wsSendBuffer = 32 * 1024;
    server = std::make_unique<http::Server>(so, app->handler());
    port = server->start();
  }
  ~Room() {
    server->stop();
    server->join();
  }
  std::string socket(int64_t after = 0) const {
    return "/api/v1/live/sessions/" + std::to_string(session) + "/socket?after=" + std::to_string(after);
  }
  TestServer srv;
  World w;
  Client lead, member, target;
  int64_t session = 0;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<api::App> app;
  std::unique_ptr<http::Server> server;
  uint16_t port = 0;
};

// A programme of 30 blocks with long prompts: one event of about 17 KB for everyone.
json::object bigProgramme(int n) {
  json::array blocks;
  std::string prompt;
  while (prompt.size() < 480) prompt += "we kijken samen naar wat werkt in de wijk en wat niet ";
  for (int i = 0; i < 30; ++i)
    blocks.push_back(json::object{{"kind", "free"}, {"title", "Ronde " + std::to_string(n) + "." + std::to_string(i)},
                                  {"prompt", prompt.substr(0, 480)}, {"minutes", 10}});
  return json::object{{"blocks", std::move(blocks)}};
}

// Submits and returns the acknowledged number (the sender reads past its own event frames).
int64_t submitAndAck(Ws& ws, const std::string& clientId, const std::string& kind, json::object data = {}) {
  ws.submit(clientId, kind, std::move(data));
  auto ack = ws.until("ack", [&](const json::object& f) { return f.at("clientId").as_string() == clientId; });
  EXPECT_FALSE(ack.empty()) << clientId;
  return ack.empty() ? -1 : ack.at("seq").as_int64();
}

// Reads a reading participant's frames up to event `seq`; every event must be the next of
// `expected` (in order, nothing twice, nothing skipped).
void readUpTo(Ws& ws, const std::vector<int64_t>& expected, size_t& got, int64_t seq) {
  while (got < expected.size() && expected[got] <= seq) {
    auto f = ws.next();
    ASSERT_TRUE(f) << "no event " << expected[got];
    if (f->at("type") != "event") continue;
    ASSERT_EQ(f->at("seq").as_int64(), expected[got]) << json::serialize(*f);
    ++got;
  }
}

class LiveBackpressure : public ::testing::TestWithParam<std::string> {};

// More events than the write queue holds: a resume of them all completes, in order, once,
// for a participant (others' hidden thoughts only as the reveal and the count) and for a
// facilitator (every event).
TEST_P(LiveBackpressure, AResumeLongerThanTheWriteQueueCompletes) {
  Room r(GetParam());
  Ws fac(r.port, r.socket(), r.lead.cookie);
  Ws author(r.port, r.socket(), r.target.cookie);
  ASSERT_TRUE(fac.ok() && author.ok()) << fac.status() << " " << author.status();
  fac.until("welcome");
  author.until("welcome");
  std::vector<int64_t> all, forMember;
  for (int i = 0; i < 5 * static_cast<int>(kQueueLimit); ++i) {
    int64_t s = submitAndAck(fac, "s-" + std::to_string(i), "sentence",
                             {{"text", "Het is mijn vak om samen verder te kijken, keer " + std::to_string(i) + "."}});
    all.push_back(s);
    forMember.push_back(s);
    if (i % 4 == 0) all.push_back(submitAndAck(author, "t-" + std::to_string(i), "thought",
                                               {{"text", "Verborgen gedachte " + std::to_string(i)}}));
  }
  int64_t reveal = submitAndAck(fac, "reveal", "reveal");
  all.push_back(reveal);
  forMember.push_back(reveal);
  for (int i = 0; i < 3; ++i)
    all.push_back(submitAndAck(author, "late-" + std::to_string(i), "thought", {{"text", "Na de onthulling"}}));
  ASSERT_GT(forMember.size(), 4 * kQueueLimit);

  Ws member(r.port, r.socket(0), r.member.cookie);
  ASSERT_TRUE(member.ok());
  EXPECT_EQ(member.until("welcome").at("lastSeq").as_int64(), all.back());
  for (size_t i = 0; i < forMember.size(); ++i) {
    auto f = member.next();
    ASSERT_TRUE(f) << "the replay stopped after " << i << " of " << forMember.size();
    ASSERT_EQ(f->at("type"), "event") << json::serialize(*f);
    ASSERT_EQ(f->at("seq").as_int64(), forMember[i]);
    if (f->at("seq").as_int64() == reveal) {
      EXPECT_EQ(f->at("data").at("thoughts").as_array().size(), 20u);
    }
  }
  auto count = member.next();  // the resume ends with the count: current, three thoughts wait
  ASSERT_TRUE(count);
  ASSERT_EQ(count->at("type"), "count") << json::serialize(*count);
  EXPECT_EQ(count->at("seq").as_int64(), all.back());
  EXPECT_EQ(count->at("hidden").as_int64(), 3);
  EXPECT_FALSE(member.next(300ms));  // nothing twice

  Ws fac2(r.port, r.socket(0), r.lead.cookie);
  fac2.until("welcome");
  for (size_t i = 0; i < all.size(); ++i) {
    auto f = fac2.next();
    ASSERT_TRUE(f) << "the facilitator's replay stopped after " << i << " of " << all.size();
    ASSERT_EQ(f->at("seq").as_int64(), all[i]) << json::serialize(*f);
  }
  EXPECT_FALSE(fac2.next(300ms));
}

// One phone stops reading while the room goes on: the facilitator and the other phone get
// every event; the slow one is closed when its queue overflows; a fresh connection that does
// not read its replay is closed too once the room has gone on past the limit; and a resume
// after the last event the slow phone saw, with the room going on during its replay, brings
// exactly the rest, in order, and ends with the count.
TEST_P(LiveBackpressure, ASlowPhoneIsClosedWhileTheRoomGoesOnAndResumesWithoutLoss) {
  Room r(GetParam());
  Ws fac(r.port, r.socket(), r.lead.cookie);
  Ws reader(r.port, r.socket(), r.member.cookie);
  Ws slow = phone(r.port, r.socket(), r.target.cookie);
  ASSERT_TRUE(fac.ok() && reader.ok() && slow.ok());
  fac.until("welcome");
  reader.until("welcome");
  ASSERT_TRUE(slow.next());  // the welcome; from now on the slow phone reads nothing

  std::vector<int64_t> all;
  size_t readerGot = 0;
  auto goOn = [&](int n, const std::string& tag) {
    int64_t s = submitAndAck(fac, tag + std::to_string(n), "programme", bigProgramme(n));
    all.push_back(s);
    readUpTo(reader, all, readerGot, s);
  };
  // 1. The room goes on until the server has closed the slow phone (its pings fail).
  int n = 0;
  bool closed = false;
  for (; n < 400 && !closed && !::testing::Test::HasFatalFailure(); ++n) {
    goOn(n, "p-");
    closed = !slow.ping();
  }
  ASSERT_TRUE(closed) << "the slow phone was not closed after " << n << " events of 17 KB";
  ASSERT_GE(2 * n, static_cast<int>(kQueueLimit));  // an event and a pong a round: it took a full queue
  // 2. The room goes on without it: the others get everything.
  for (int i = 0; i < 20; ++i) goOn(i, "after-");
  ASSERT_EQ(readerGot, all.size());
  // What reached the slow phone before the end is a prefix of the events, in order.
  int64_t lastSeen = 0;
  size_t prefix = 0;
  while (auto f = slow.next()) {
    if (f->at("type") != "event") continue;
    ASSERT_LT(prefix, all.size());
    ASSERT_EQ(f->at("seq").as_int64(), all[prefix]) << "not the next event";
    lastSeen = all[prefix++];
  }
  ASSERT_LT(prefix, all.size()) << "the slow phone got everything: it was not closed";

  // 3. A phone that does not read its replay is closed too, once the room has gone on by
  // more than the queue limit (its replay, about 40 events of 17 KB, is several times what
  // the kernel buffers and a replay chunk hold, so it stalls). Its queue stays below the
  // limit (a chunk is half of it): only the lag closes it. Three pings at most (their pongs
  // must not fill the queue) tell whether the server has closed it.
  {
    Ws stalled = phone(r.port, r.socket(0), r.target.cookie);
    ASSERT_TRUE(stalled.ok());
    for (int i = 0; i < static_cast<int>(kQueueLimit) + 4; ++i) {
      all.push_back(submitAndAck(fac, "room-" + std::to_string(i), "sentence", {{"text", "De ruimte gaat door."}}));
      readUpTo(reader, all, readerGot, all.back());
      ASSERT_FALSE(::testing::Test::HasFatalFailure());
    }
    bool gone = false;
    for (int i = 0; i < 3 && !gone; ++i) {
      gone = !stalled.ping();
      if (!gone) std::this_thread::sleep_for(100ms);  // the reset of a closed socket arrives
    }
    ASSERT_TRUE(gone) << "a phone that did not read its replay stayed open";
  }

  // 4. The slow phone resumes after the last event it saw. It reads only after the room has
  // gone on: those events come during its replay and must arrive once, in order, after it.
  Ws again = phone(r.port, r.socket(lastSeen), r.target.cookie);
  ASSERT_TRUE(again.ok());
  for (int i = 0; i < 3; ++i) goOn(i, "during-");
  auto welcome = again.next();
  ASSERT_TRUE(welcome);
  ASSERT_EQ(welcome->at("type"), "welcome");
  EXPECT_EQ(welcome->at("resumedAfter").as_int64(), lastSeen);
  size_t expectedAfter = prefix;
  ASSERT_GT(all.size() - expectedAfter, 2 * kQueueLimit);  // more than the queue holds
  for (; expectedAfter < all.size(); ++expectedAfter) {
    auto f = again.next();
    ASSERT_TRUE(f) << "the resume stopped at " << expectedAfter << " of " << all.size();
    ASSERT_EQ(f->at("type"), "event") << json::serialize(*f);
    ASSERT_EQ(f->at("seq").as_int64(), all[expectedAfter]);
  }
  auto count = again.next();
  ASSERT_TRUE(count);
  ASSERT_EQ(count->at("type"), "count") << json::serialize(*count);
  EXPECT_EQ(count->at("seq").as_int64(), all.back());
  EXPECT_FALSE(again.next(300ms));  // nothing twice
}

INSTANTIATE_TEST_SUITE_P(Stores, LiveBackpressure, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
