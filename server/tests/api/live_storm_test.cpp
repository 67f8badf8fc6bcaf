// A reconnect storm in a live session (issue 14): a few dozen phones, split over two
// instances on one PostgreSQL database (on SQLite: one instance). Half of them drop at once
// (some just after sending a sentence whose ack they never see) and resume at once with
// ?after=<the last number they saw>, on the other instance, while the other half keep
// sending. Then a reveal. Every phone must end with exactly the events meant for it (its own
// thoughts, every sentence, the reveal), each once, in order; the facilitator with every
// event; the store with each submission once. The speed of this is measured by
// `vk_bench_live … --storm` (scripts/bench-national), not here.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <latch>
#include <memory>
#include <set>
#include <thread>

#include "api/app.hpp"
#include "harness.hpp"
#include "http/server.hpp"
#include "live_socket.hpp"
#include "store/foundation/store.hpp"
#include "store/live/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

struct Phone {
  size_t index = 0;
  size_t instance = 0;
  std::string token;
  std::unique_ptr<Ws> ws;
  std::vector<int64_t> events;  // the number of every event frame, over all its connections
  std::set<int64_t> own;        // the numbers its acks gave (its own submissions)
  int64_t lastSeen = 0;         // its resume point
  bool drops = false;

  void take(const json::object& f) {
    auto type = f.at("type").as_string();
    if (type == "event") {
      events.push_back(f.at("seq").as_int64());
      lastSeen = std::max(lastSeen, f.at("seq").as_int64());
    } else if (type == "count") {
      lastSeen = std::max(lastSeen, f.at("seq").as_int64());
    } else if (type == "ack") {
      own.insert(f.at("seq").as_int64());
    } else if (type == "error") {
      ADD_FAILURE() << "phone " << index << ": " << json::serialize(f);
    }
  }
  // Reads (and keeps) frames until one matches.
  bool until(const std::function<bool(const json::object&)>& match) {
    for (int i = 0; i < 500; ++i) {
      auto f = ws->next(5000ms);
      if (!f) return false;
      take(*f);
      if (match(*f)) return true;
    }
    return false;
  }
  bool untilAck(const std::string& clientId) {
    return until([&](auto& f) { return f.at("type") == "ack" && f.at("clientId").as_string() == clientId; });
  }
  bool untilCount() {
    return until([](auto& f) { return f.at("type") == "count"; });
  }
};

class LiveStorm : public ::testing::TestWithParam<std::string> {};

TEST_P(LiveStorm, HalfThePhonesDropAndResumeAtOnceAndLoseAndRepeatNothing) {
  constexpr size_t kPhones = 32;
  const bool pg = GetParam() == "postgres";
  TestServer a(GetParam());
  World w = buildWorld(a.store(), a.now);
  Client lead(a.port());
  signIn(a, lead, w.lead);
  auto created = lead.post("/api/v1/teams/" + std::to_string(w.teamA) + "/live-sessions",
                           json::object{{"title", "Landelijke dag"}});
  ASSERT_EQ(created.status, 201) << created.body;
  int64_t session = created.json().at("id").as_int64();
  std::string code(created.json().at("joinCode").as_string());

  // On PostgreSQL a second instance: its own store (pool), App (hub) and server.
  std::unique_ptr<store::Store> storeB;
  std::unique_ptr<api::App> appB;
  std::unique_ptr<http::Server> serverB;
  std::vector<uint16_t> ports{a.port()};
  if (pg) {
    storeB = store::openStore(a.url);
    api::Config cfg;
    cfg.clock = [&] { return a.now.load(); };
    cfg.logRequests = false;
    appB = std::make_unique<api::App>(*storeB, cfg);
    http::ServerOptions so;
    so.port = 0;
    so.threads = 2;
    serverB = std::make_unique<http::Server>(so, appB->handler());
    ports.push_back(serverB->start());
  }
  auto socket = [&](const Phone& p, int64_t after) {
    return "/api/v1/live/sessions/" + std::to_string(session) + "/socket?guest=" + p.token +
           "&after=" + std::to_string(after);
  };

  Phone fac;  // on the first instance; it sees every event
  fac.ws = std::make_unique<Ws>(a.port(), "/api/v1/live/sessions/" + std::to_string(session) + "/socket", lead.cookie);
  ASSERT_TRUE(fac.ws->ok()) << fac.ws->status();
  ASSERT_TRUE(fac.until([](auto& f) { return f.at("type") == "welcome"; }));
  // Guests join through the instance they are on, and connect.
  std::vector<Phone> phones(kPhones);
  for (size_t i = 0; i < kPhones; ++i) {
    auto& p = phones[i];
    p.index = i;
    p.instance = i % ports.size();
    p.drops = i % 4 >= 2;  // half of each instance
    Client guest(ports[p.instance]);
    auto joined = guest.post("/api/v1/live/guests", json::object{{"code", code}, {"name", "Deelnemer " + std::to_string(i)}});
    ASSERT_EQ(joined.status, 201) << joined.body;
    p.token = std::string(joined.json().at("guestToken").as_string());
    p.ws = std::make_unique<Ws>(ports[p.instance], socket(p, 0));
    ASSERT_TRUE(p.ws->ok()) << p.ws->status();
    ASSERT_TRUE(p.untilCount()) << "phone " << i << " had no welcome and count";
  }
  // Round one: a hidden thought each.
  for (auto& p : phones) {
    std::string id = "t-" + std::to_string(p.index);
    p.ws->submit(id, "thought", {{"text", "Gedachte van deelnemer " + std::to_string(p.index)}});
    ASSERT_TRUE(p.untilAck(id)) << "phone " << p.index;
  }

  // The storm: the dropping half goes at once; one in two of them has just sent a sentence
  // (seen by everyone) and never reads its ack.
  auto sentence = [](size_t i, int n) {
    return json::object{{"text", "Zin " + std::to_string(n) + " van deelnemer " + std::to_string(i)}};
  };
  for (auto& p : phones) {
    if (!p.drops) continue;
    if (p.index % 8 >= 6) p.ws->submit("s-" + std::to_string(p.index) + "-1", "sentence", sentence(p.index, 1));
    p.ws->close();
  }
  // Then everyone at once: the dropped half resumes (on the other instance) and sends what it
  // owes; the other half goes on sending meanwhile.
  std::latch go(1);
  std::vector<std::thread> threads;
  for (auto& p : phones)
    threads.emplace_back([&, pp = &p] {
      auto& p = *pp;
      go.wait();
      if (p.drops) {
        p.instance = (p.instance + 1) % ports.size();
        p.ws = std::make_unique<Ws>(ports[p.instance], socket(p, p.lastSeen));
        if (!p.ws->ok()) {
          ADD_FAILURE() << "phone " << p.index << " could not resume: " << p.ws->status();
          return;
        }
        if (!p.untilCount()) ADD_FAILURE() << "phone " << p.index << " had no replay";
      }
      for (int n = 1; n <= 2; ++n) {
        // The same clientId as before the drop: stored once, whether it had arrived or not.
        std::string id = "s-" + std::to_string(p.index) + "-" + std::to_string(n);
        p.ws->submit(id, "sentence", sentence(p.index, n));
        if (!p.untilAck(id)) ADD_FAILURE() << "phone " << p.index << ": no ack of " << id;
      }
    });
  go.count_down();
  for (auto& t : threads) t.join();
  if (HasFailure()) return;

  fac.ws->submit("reveal", "reveal");
  ASSERT_TRUE(fac.untilAck("reveal"));
  ASSERT_EQ(fac.own.size(), 1u);
  int64_t reveal = *fac.own.begin();
  store::LiveStore live(a.store());
  auto stored = live.eventsAfter(session, 0);
  ASSERT_FALSE(stored.empty());
  EXPECT_EQ(stored.back().seq, reveal);
  std::vector<int64_t> all, sentences;
  std::set<std::string> clientIds;
  size_t thoughts = 0;
  for (auto& e : stored) {
    all.push_back(e.seq);
    clientIds.insert(e.clientId);
    if (e.kind == "sentence") sentences.push_back(e.seq);
    thoughts += e.kind == "thought";
  }
  EXPECT_EQ(thoughts, kPhones);
  EXPECT_EQ(sentences.size(), 2 * kPhones);  // nothing stored twice, nothing missing
  EXPECT_EQ(clientIds.size(), stored.size());

  // The facilitator: every event once, in order (its frames as they came; the reveal's own
  // event comes before its ack).
  EXPECT_EQ(fac.events, all);

  // Every phone: its own thought, every sentence (its own and the others'), the reveal;
  // each exactly once and in order, over both its connections.
  for (auto& p : phones)
    ASSERT_TRUE(p.until([&](auto& f) { return f.at("type") == "event" && f.at("seq").as_int64() == reveal; }))
        << "phone " << p.index << " got no reveal";
  std::this_thread::sleep_for(200ms);
  for (auto& p : phones) {
    while (auto f = p.ws->next(20ms)) p.take(*f);  // nothing may follow (a repeat would show here)
    std::set<int64_t> want(sentences.begin(), sentences.end());
    for (auto s : p.own) want.insert(s);  // its thought and its sentences (acked)
    want.insert(reveal);
    std::vector<int64_t> expected(want.begin(), want.end());
    EXPECT_EQ(p.events, expected) << "phone " << p.index << (p.drops ? " (dropped and resumed)" : "");
    EXPECT_EQ(p.own.size(), 3u) << "phone " << p.index;  // one thought, two sentences
    EXPECT_EQ(p.lastSeen, reveal);
  }
  // The reveal holds each thought once.
  auto& first = phones.front();
  first.ws->close();
  first.ws = std::make_unique<Ws>(ports[0], socket(first, reveal - 1));
  first.ws->until("welcome");
  auto again = first.ws->until("event");
  ASSERT_EQ(again.at("seq").as_int64(), reveal);
  std::set<std::string> texts;
  for (auto& t : again.at("data").at("thoughts").as_array()) texts.insert(std::string(t.at("data").at("text").as_string()));
  EXPECT_EQ(again.at("data").at("thoughts").as_array().size(), kPhones);
  EXPECT_EQ(texts.size(), kPhones);

  if (serverB) {
    serverB->stop();
    serverB->join();
  }
}

INSTANTIATE_TEST_SUITE_P(Stores, LiveStorm, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
