// Load test of a live team session: N WebSocket participants (guests) and one facilitator
// on one or more in-process vakkompas instances (2 I/O threads each); each participant sends
// one thought, paced evenly over a few seconds; then the facilitator reveals. Reports:
//  - broadcast latency: from a participant's send to its ack and to the facilitator's
//    receipt of the thought (the frames a hidden thought causes), p50/p99/max;
//  - count lag: from a thought's send to each other participant's first coalesced count
//    covering it (bounded by the hub's 250 ms interval by design), and count frames per phone;
//  - reveal: from the facilitator's reveal to each participant's receipt of the one batch;
//  - that every participant ends with a count of all N and a reveal of all N thoughts;
//  - memory per connection (RSS growth while the connections open; client and server side of
//    each connection live in this process, so this is an upper bound).
//
// A national day (issue 14): --database postgresql://… --instances 2 runs two instances (each
// its own Store, connection pool, App, hub and http::Server) on one PostgreSQL database; the
// participants are split evenly over them, the facilitator is on the first, and events reach
// the other instance through LISTEN/NOTIFY. --storm then adds a second round of thoughts during
// which half the phones (half of each instance) drop at once and resume at once with
// ?after=<the last number they saw>, on the other instance (as a proxy without sticky sessions
// may send them), while the other half keep sending. Some of the dropping phones have just
// sent a thought and never see its ack: they send it again with the same clientId after the
// resume. Then a second reveal. Checked for every phone over both its connections: the event
// frames it got are exactly its own thoughts and the two reveals, each once, in order; the
// second reveal holds every second-round thought once; the store holds 2N thoughts. Reports
// the resume latency (connect to the end of the replay, i.e. the count after the welcome).
//   vk_bench_live [participants=500] [spreadMs=5000] [targetP99Ms=50]
//                 [--database URL] [--instances K] [--storm] [--threads T (I/O threads per instance, 2)]
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>
#include <unordered_map>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/privacy/guard.hpp"
#include "http/server.hpp"
#include "store/live/store.hpp"
#include "store/foundation/store.hpp"

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;
using namespace vk;
using asio::experimental::as_tuple;

namespace {

long rssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

using WsStream = websocket::stream<beast::tcp_stream>;

struct Participant {
  std::shared_ptr<WsStream> ws;
  int index = 0;
  std::string clientId;  // of this round's thought
  size_t instance = 0;   // where its current connection goes
  int generation = 0;    // frames of an earlier (dropped) connection no longer count
  bool ready = false;    // connected, and after a resume also replayed
  // This round:
  Clock::time_point sentAt{}, ackAt{}, revealAt{};
  int64_t ackSeq = 0;
  std::vector<std::pair<int64_t, Clock::time_point>> counts;  // (seq, receipt) of count frames
  int64_t lastHidden = 0;
  size_t revealBytes = 0;
  std::string revealFrame;  // kept for one participant, to check its content
  // Over all rounds and connections:
  std::vector<int64_t> events;  // the number of every event frame it got, in order
  std::vector<int64_t> own;     // the numbers of its own thoughts (from acks)
  int64_t lastSeen = 0;         // its resume point: the highest number of an event or count
  // The storm:
  bool dropped = false, pending = false, inFlight = false;
  Clock::time_point resumeStart{}, tcpAt{}, upgradeAt{}, resumeAt{};
  int connectAttempts = 0;
  explicit Participant(asio::io_context& ioc) : ws(std::make_shared<WsStream>(ioc)) {}
};

double pctOf(std::vector<double>& v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Instance {
  std::unique_ptr<store::Store> st;
  std::unique_ptr<api::App> app;
  std::unique_ptr<http::Server> server;
  uint16_t port = 0;
};

struct Options {
  int n = 500;
  int spreadMs = 5000;
  double targetMs = 50;
  std::string database;  // empty: a SQLite file of its own
  int instances = 1;
  bool storm = false;
  int threads = 2;  // I/O threads per instance
};

Options parse(int argc, char** argv) {
  Options o;
  int positional = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--database" && i + 1 < argc) o.database = argv[++i];
    else if (a == "--instances" && i + 1 < argc) o.instances = std::max(1, std::atoi(argv[++i]));
    else if (a == "--storm") o.storm = true;
    else if (a == "--threads" && i + 1 < argc) o.threads = std::max(1, std::atoi(argv[++i]));
    else if (positional == 0 && ++positional) o.n = std::atoi(a.c_str());
    else if (positional == 1 && ++positional) o.spreadMs = std::atoi(a.c_str());
    else if (positional == 2 && ++positional) o.targetMs = std::atof(a.c_str());
    else {
      std::cerr << "usage: vk_bench_live [participants] [spreadMs] [targetP99Ms] [--database URL] [--instances K] [--storm] [--threads T]\n";
      std::exit(2);
    }
  }
  return o;
}

// Cheap field reads (a JSON parse of every frame would measure the client).
std::string field(const std::string& text, std::string_view key) {
  auto k = text.find(key);
  if (k == std::string::npos) return {};
  auto from = k + key.size();
  auto to = text.find_first_of(",}", from);
  return text.substr(from, to - from);
}

}  // namespace

int main(int argc, char** argv) {
  Options opt = parse(argc, argv);
  const int n = opt.n;
  const int spreadMs = opt.spreadMs;
  auto dir = std::filesystem::temp_directory_path() / ("vk-bench-live-" + std::to_string(::getpid()));
  std::string url = opt.database;
  if (url.empty()) {
    if (opt.instances > 1) {
      std::cerr << "vk_bench_live: more than one instance needs --database postgresql://…\n";
      return 2;
    }
    std::filesystem::create_directories(dir);
    url = "sqlite:" + (dir / "bench.db").string();
  }
  std::vector<Instance> inst(static_cast<size_t>(opt.instances));
  inst[0].st = store::openStore(url);
  inst[0].st->migrate();
  for (size_t k = 1; k < inst.size(); ++k) inst[k].st = store::openStore(url);
  auto& st = inst[0].st;
  int64_t now = std::time(nullptr);
  auto org = st->createOrganisation({"Bench " + std::to_string(now) + "-" + std::to_string(::getpid()), "Begeleider",
                                     "b" + std::to_string(::getpid()) + "-" + std::to_string(now) + "@bench.test", "x"},
                                    now, false);
  domain::Actor admin{org.adminId, org.orgId, true};
  auto team = st->createTeam(admin, "Team", now);
  store::LiveStore live(*st);
  boost::json::value noBlocks = boost::json::array();
  auto session = live.create(admin, team.id, api::guard("title", "Bench"), api::PrivacyGuard::check({}, false, &noBlocks).document, now);
  // Participants join as guests (one token each); the facilitator (the admin) with a session cookie.
  std::vector<std::string> tokens;
  for (int i = 0; i < n; ++i) {
    tokens.push_back(api::randomToken());
    live.joinAsGuest(session.joinCode, "Deelnemer " + std::to_string(i), api::tokenHash(tokens.back()), now, now + 3600);
  }
  std::string facCookie = api::randomToken();
  st->createSession(api::tokenHash(facCookie), org.adminId, api::randomToken(), now, now + 3600);
  api::Config cfg;
  cfg.logRequests = false;
  for (auto& in : inst) {
    in.app = std::make_unique<api::App>(*in.st, cfg);
    http::ServerOptions so;
    so.port = 0;
    so.threads = opt.threads;
    in.server = std::make_unique<http::Server>(so, in.app->handler());
    in.port = in.server->start();
  }
  const size_t K = inst.size();
  if (K > 1)
    std::cout << "instances: " << K << " on one PostgreSQL database, participants split evenly, the facilitator on the first\n";

  asio::io_context ioc;
  std::vector<std::unique_ptr<Participant>> ps;
  std::unordered_map<int64_t, Clock::time_point> facAt;  // seq → facilitator's receipt
  Clock::time_point revealSentAt{};
  int64_t revealSeq = 0;
  std::atomic<int> connected{0}, acks{0}, reveals{0}, resumed{0}, duplicateAcks{0};
  long rssBefore = rssKb();
  const std::string socketPath = "/api/v1/live/sessions/" + std::to_string(session.id) + "/socket";

  std::function<void(Participant&)> onResumed;  // the storm's: a resumed phone sends what it owes
  auto reader = [&](Participant& p, std::shared_ptr<WsStream> ws, int gen, bool facilitator) -> asio::awaitable<void> {
    beast::flat_buffer buf;
    for (;;) {
      auto [ec, bytes] = co_await ws->async_read(buf, as_tuple(asio::use_awaitable));
      if (ec || p.generation != gen) co_return;
      auto t = Clock::now();
      std::string text = beast::buffers_to_string(buf.data());
      buf.consume(buf.size());
      if (text.rfind("{\"type\":\"count\"", 0) == 0) {
        int64_t seq = std::stoll(field(text, "\"seq\":"));
        p.counts.emplace_back(seq, t);
        p.lastSeen = std::max(p.lastSeen, seq);
        p.lastHidden = std::stoll(field(text, "\"hidden\":"));
        if (!p.ready) {  // the count after the welcome ends a resume's replay
          p.ready = true;
          p.resumeAt = t;
          ++resumed;
          if (onResumed) onResumed(p);
        }
      } else if (text.rfind("{\"type\":\"event\"", 0) == 0) {
        int64_t seq = std::stoll(field(text, "\"seq\":"));
        p.events.push_back(seq);
        p.lastSeen = std::max(p.lastSeen, seq);
        if (text.find("\"kind\":\"reveal\"") != std::string::npos) {
          if (facilitator) continue;
          p.revealAt = t;
          p.revealBytes = text.size();
          if (&p == ps.front().get()) p.revealFrame = std::move(text);
          ++reveals;
        } else if (facilitator) {
          facAt[seq] = t;
        }
      } else if (text.rfind("{\"type\":\"ack\"", 0) == 0) {
        int64_t seq = std::stoll(field(text, "\"seq\":"));
        if (facilitator) {
          revealSeq = seq;
          continue;
        }
        if (text.find("\"duplicate\":true") != std::string::npos) ++duplicateAcks;
        if (p.ackSeq) continue;  // the ack of a resent thought whose first ack did arrive
        p.ackAt = t;
        p.ackSeq = seq;
        p.own.push_back(seq);
        ++acks;
      }
    }
  };
  // Connects participant i (or the facilitator) to instance k; retries as a phone would.
  auto connect = [&](size_t i, size_t k, std::string target, std::string cookie) -> asio::awaitable<void> {
    auto& pr = *ps[i];
    for (;;) {
      ++pr.connectAttempts;
      auto ws = std::make_shared<WsStream>(ioc);
      auto [ec] = co_await ws->next_layer().async_connect(
          asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), inst[k].port), as_tuple(asio::use_awaitable));
      if (!ec) {
        pr.tcpAt = Clock::now();
        ws->next_layer().expires_never();
        if (!cookie.empty())
          ws->set_option(websocket::stream_base::decorator(
              [cookie](websocket::request_type& req) { req.set(beast::http::field::cookie, "vk_session=" + cookie); }));
        std::tie(ec) = co_await ws->async_handshake("127.0.0.1", target, as_tuple(asio::use_awaitable));
      }
      if (!ec) {
        pr.upgradeAt = Clock::now();
        pr.ws = ws;
        pr.instance = k;
        asio::co_spawn(ioc, reader(pr, ws, pr.generation, !cookie.empty()), asio::detached);
        ++connected;
        co_return;
      }
      asio::steady_timer wait(ioc, std::chrono::milliseconds(100));
      co_await wait.async_wait(asio::use_awaitable);
    }
  };
  for (int i = 0; i <= n; ++i) {
    ps.push_back(std::make_unique<Participant>(ioc));
    ps.back()->ready = true;  // a first connection has nothing to replay
    ps.back()->index = i;
  }
  // The facilitator is the last one (index n), on the first instance; participant i on i % K.
  for (int i = 0; i < n; ++i)
    asio::co_spawn(ioc,
                   connect(static_cast<size_t>(i), static_cast<size_t>(i) % K,
                           socketPath + "?guest=" + tokens[static_cast<size_t>(i)], ""),
                   asio::detached);
  asio::co_spawn(ioc, connect(static_cast<size_t>(n), 0, socketPath, facCookie), asio::detached);
  auto t0 = Clock::now();
  while (connected < n + 1 && Clock::now() - t0 < std::chrono::seconds(60)) ioc.run_for(std::chrono::milliseconds(10));
  // Let welcome frames settle, then measure memory.
  ioc.run_for(std::chrono::milliseconds(500));
  long rssAfter = rssKb();
  std::cout << "participants connected: " << connected - 1 << " (+ 1 facilitator) in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count() << " ms\n";
  std::cout << "memory per connection (client + server side, RSS growth): " << (rssAfter - rssBefore) * 1024 / std::max(1, n + 1)
            << " bytes\n";
  for (auto& p : ps) p->counts.clear();  // the welcome counts are not about the thoughts

  auto thoughtMsg = [&](int i, int round) {
    auto& p = *ps[static_cast<size_t>(i)];
    return json::serialize(json::object{
        {"type", "submit"},
        {"clientId", p.clientId},
        {"kind", "thought"},
        {"data", json::object{{"text", (round == 1 ? "Gedachte nummer " : "Tweede gedachte ") + std::to_string(i)}}}});
  };
  // Each participant sends one thought, spread evenly over spreadMs (one still resuming sends
  // it when its replay is done: pending).
  asio::steady_timer timer(ioc);
  int round = 1;
  auto sender = [&]() -> asio::awaitable<void> {
    auto start = Clock::now();
    for (int i = 0; i < n; ++i) {
      timer.expires_at(start + std::chrono::microseconds(static_cast<int64_t>(spreadMs) * 1000 * i / n));
      co_await timer.async_wait(asio::use_awaitable);
      auto& p = *ps[static_cast<size_t>(i)];
      if (p.sentAt != Clock::time_point{}) continue;  // sent just before its drop
      if (!p.ready) {
        p.pending = true;
        continue;
      }
      auto msg = std::make_shared<std::string>(thoughtMsg(i, round));
      p.sentAt = Clock::now();
      auto ws = p.ws;
      co_await ws->async_write(asio::buffer(*msg), as_tuple(asio::use_awaitable));
    }
  };
  auto startRound = [&](int r) {
    round = r;
    acks = 0;
    reveals = 0;
    facAt.clear();
    for (int i = 0; i <= n; ++i) {
      auto& p = *ps[static_cast<size_t>(i)];
      p.clientId = "bench-" + std::to_string(i) + (r == 1 ? "" : "-" + std::to_string(r));
      p.sentAt = p.ackAt = p.revealAt = Clock::time_point{};
      p.ackSeq = 0;
      p.counts.clear();
      p.revealBytes = 0;
      p.revealFrame.clear();
    }
    asio::co_spawn(ioc, sender(), asio::detached);
  };
  auto allCounted = [&] {
    if (acks < n) return false;
    int64_t lastThought = 0;
    for (int i = 0; i < n; ++i) lastThought = std::max(lastThought, ps[static_cast<size_t>(i)]->ackSeq);
    for (int i = 0; i < n; ++i) {
      auto& c = ps[static_cast<size_t>(i)]->counts;
      if (c.empty() || c.back().first < lastThought) return false;
    }
    return static_cast<int>(facAt.size()) >= n;
  };
  auto reveal = [&](const std::string& clientId) {
    auto t2 = Clock::now();
    auto revealer = [&, clientId]() -> asio::awaitable<void> {
      auto msg = std::make_shared<std::string>(R"({"type":"submit","clientId":")" + clientId + R"(","kind":"reveal","data":{}})");
      revealSentAt = Clock::now();
      auto ws = ps[static_cast<size_t>(n)]->ws;
      co_await ws->async_write(asio::buffer(*msg), asio::use_awaitable);
    };
    asio::co_spawn(ioc, revealer(), asio::detached);
    while (reveals < n && Clock::now() - t2 < std::chrono::seconds(60)) ioc.run_for(std::chrono::milliseconds(10));
    ioc.run_for(std::chrono::milliseconds(200));
  };

  startRound(1);
  auto t1 = Clock::now();
  while (!allCounted() && Clock::now() - t1 < std::chrono::milliseconds(spreadMs + 60000))
    ioc.run_for(std::chrono::milliseconds(10));
  // The reveal: one batch to every participant.
  reveal("bench-reveal");
  int64_t reveal1 = revealSeq;

  // Broadcast: each thought's ack to its author and its receipt at the facilitator.
  std::vector<double> broadcast, countLag, revealMs;
  std::unordered_map<int64_t, Clock::time_point> sentOfSeq;
  for (int i = 0; i < n; ++i) {
    auto& p = *ps[static_cast<size_t>(i)];
    if (!p.ackSeq) continue;
    sentOfSeq[p.ackSeq] = p.sentAt;
    broadcast.push_back(ms(p.ackAt - p.sentAt));
    auto f = facAt.find(p.ackSeq);
    if (f != facAt.end()) broadcast.push_back(ms(f->second - p.sentAt));
  }
  // Count lag: per participant, for each other's thought, the first count covering it.
  size_t countFrames = 0;
  int complete = 0;
  for (int i = 0; i < n; ++i) {
    auto& p = *ps[static_cast<size_t>(i)];
    countFrames += p.counts.size();
    for (auto& [seq, sent] : sentOfSeq) {
      if (seq == p.ackSeq) continue;
      auto it = std::lower_bound(p.counts.begin(), p.counts.end(), seq, [](auto& c, int64_t s) { return c.first < s; });
      if (it != p.counts.end()) countLag.push_back(ms(it->second - sent));
    }
    if (p.revealAt != Clock::time_point{}) revealMs.push_back(ms(p.revealAt - revealSentAt));
    if (p.lastHidden == n && p.revealBytes == ps.front()->revealBytes) ++complete;
  }
  size_t revealed = 0;
  if (!ps.front()->revealFrame.empty())
    revealed = json::parse(ps.front()->revealFrame).at("data").at("thoughts").as_array().size();
  std::cout << "thoughts sent: " << n << " over " << spreadMs << " ms; acked " << acks << ", at the facilitator "
            << facAt.size() << "\n";
  double p99 = pctOf(broadcast, 0.99);
  std::cout << "broadcast latency ms (ack to author + delivery to facilitator): p50 " << pctOf(broadcast, 0.50) << "  p99 "
            << p99 << "  max " << (broadcast.empty() ? 0 : broadcast.back()) << "\n";
  std::cout << "count lag ms (send to the first count covering it, each other participant; 250 ms interval): p50 "
            << pctOf(countLag, 0.50) << "  p99 " << pctOf(countLag, 0.99) << "  max " << (countLag.empty() ? 0 : countLag.back())
            << "; count frames per participant " << static_cast<double>(countFrames) / std::max(1, n) << " ("
            << countLag.size() << " of " << static_cast<long>(n) * (n - 1) << " covered)\n";
  std::cout << "reveal batch ms (facilitator's send to each participant's receipt; " << revealed << " thoughts, "
            << ps.front()->revealBytes << " bytes): p50 " << pctOf(revealMs, 0.50) << "  p99 " << pctOf(revealMs, 0.99) << "  max "
            << (revealMs.empty() ? 0 : revealMs.back()) << "\n";
  std::cout << "participants with the full count (" << n << ") and the whole reveal: " << complete << " of " << n << "\n";
  bool ok = p99 < opt.targetMs && complete == n && static_cast<int>(revealed) == n &&
            static_cast<long>(countLag.size()) == static_cast<long>(n) * (n - 1);

  if (opt.storm) {
    // Round two with the storm: half of each instance's phones (i % 4 >= 2) drop a third of
    // the way in and resume at once, on the other instance; one in four of them has just
    // sent its thought (never sees the ack: sends it again after the resume).
    std::vector<size_t> drop;
    for (int i = 0; i < n; ++i)
      if (i % 4 >= 2) drop.push_back(static_cast<size_t>(i));
    resumed = 0;
    onResumed = [&](Participant& p) {
      // Owed: its turn came while it was away (pending), or its thought went out just before
      // the drop and no ack came (inFlight: sent again with the same clientId).
      if (p.inFlight && p.ackSeq) p.inFlight = false;
      if (!p.pending && !p.inFlight) return;
      if (p.pending) p.sentAt = Clock::now();
      p.pending = p.inFlight = false;
      auto msg = std::make_shared<std::string>(thoughtMsg(p.index, 2));
      asio::co_spawn(
          ioc,
          [](std::shared_ptr<WsStream> ws, std::shared_ptr<std::string> m) -> asio::awaitable<void> {
            co_await ws->async_write(asio::buffer(*m), as_tuple(asio::use_awaitable));
          }(p.ws, msg),
          asio::detached);
    };
    // First one phone resumes alone, 20 times in a row (the cost of one resume, no storm).
    std::vector<double> quiet, quietUpgrade;
    if (n > 1) {
      auto& p = *ps[1];
      for (int j = 0; j < 20; ++j) {
        boost::system::error_code ec;
        p.ws->next_layer().socket().close(ec);
        ++p.generation;
        p.ready = false;
        p.resumeStart = Clock::now();
        asio::co_spawn(ioc,
                       connect(1, (p.instance + 1) % K, socketPath + "?guest=" + tokens[1] + "&after=" + std::to_string(p.lastSeen), ""),
                       asio::detached);
        auto t = Clock::now();
        while (!p.ready && Clock::now() - t < std::chrono::seconds(10)) ioc.run_for(std::chrono::milliseconds(1));
        quiet.push_back(ms(p.resumeAt - p.resumeStart));
        quietUpgrade.push_back(ms(p.upgradeAt - p.tcpAt));
      }
      resumed = 0;
      std::cout << "one phone resuming alone (20 times, quiet room): p50 " << pctOf(quiet, 0.50) << " ms, of which upgrade "
                << pctOf(quietUpgrade, 0.50) << " ms\n";
    }
    startRound(2);
    auto t3 = Clock::now();
    asio::steady_timer stormTimer(ioc, std::chrono::milliseconds(spreadMs / 3));
    int inFlightCount = 0;
    Clock::time_point stormAt{};
    stormTimer.async_wait([&](boost::system::error_code) {
      stormAt = Clock::now();
      for (size_t i : drop) {
        auto& p = *ps[i];
        if (p.sentAt == Clock::time_point{} && i % 16 >= 12) {
          // Sends and drops at once: the thought may or may not have reached the server.
          auto msg = thoughtMsg(static_cast<int>(i), 2);
          boost::system::error_code ec;
          p.ws->write(asio::buffer(msg), ec);
          p.sentAt = Clock::now();
          p.inFlight = true;
          ++inFlightCount;
        } else if (p.sentAt != Clock::time_point{} && !p.ackSeq) {
          p.inFlight = true;  // sent a moment ago, its ack not yet here
          ++inFlightCount;
        }
        boost::system::error_code ec;
        p.ws->next_layer().socket().close(ec);
        ++p.generation;
        p.ready = false;
        p.dropped = true;
      }
      // And all resume at once, each on the other instance, after the last number it saw.
      for (size_t i : drop) {
        auto& p = *ps[i];
        p.resumeStart = Clock::now();
        asio::co_spawn(ioc,
                       connect(i, (p.instance + 1) % K,
                               socketPath + "?guest=" + tokens[i] + "&after=" + std::to_string(p.lastSeen), ""),
                       asio::detached);
      }
    });
    while ((resumed < static_cast<int>(drop.size()) || !allCounted()) &&
           Clock::now() - t3 < std::chrono::milliseconds(spreadMs + 60000))
      ioc.run_for(std::chrono::milliseconds(10));
    std::vector<double> broadcast2, resume, tcp, upgrade;
    for (int i = 0; i < n; ++i) {
      auto& p = *ps[static_cast<size_t>(i)];
      if (p.dropped) {
        if (p.resumeAt != Clock::time_point{}) {
          resume.push_back(ms(p.resumeAt - p.resumeStart));
          tcp.push_back(ms(p.tcpAt - p.resumeStart));
          upgrade.push_back(ms(p.upgradeAt - p.tcpAt));
        }
        continue;
      }
      if (!p.ackSeq) continue;
      broadcast2.push_back(ms(p.ackAt - p.sentAt));
      auto f = facAt.find(p.ackSeq);
      if (f != facAt.end()) broadcast2.push_back(ms(f->second - p.sentAt));
    }
    int attempts = 0;
    for (size_t i : drop) attempts += ps[i]->connectAttempts - 1;
    std::cout << "storm: " << drop.size() << " of " << n << " phones dropped at once " << ms(stormAt - t3)
              << " ms into round two and resumed at once" << (K > 1 ? " on the other instance" : "") << " (" << attempts << " connects, "
              << inFlightCount << " with a thought in flight, " << duplicateAcks << " resent thoughts acked as duplicates); "
              << resumed << " resumed\n";
    std::cout << "resume latency ms (connect to the end of the replay): p50 " << pctOf(resume, 0.50) << "  p99 "
              << pctOf(resume, 0.99) << "  max " << (resume.empty() ? 0 : resume.back()) << "; of which TCP connect p50 "
              << pctOf(tcp, 0.50) << " p99 " << pctOf(tcp, 0.99) << ", upgrade (the server's log-in check, room, welcome) p50 "
              << pctOf(upgrade, 0.50) << " p99 " << pctOf(upgrade, 0.99) << "\n";
    std::cout << "round two: acked " << acks << " of " << n << ", at the facilitator " << facAt.size()
              << "; broadcast latency ms of the phones that stayed: p50 " << pctOf(broadcast2, 0.50) << "  p99 "
              << pctOf(broadcast2, 0.99) << "  max " << (broadcast2.empty() ? 0 : broadcast2.back()) << "\n";
    reveal("bench-reveal-2");
    int64_t reveal2 = revealSeq;
    // Every phone: exactly its own thoughts and the two reveals, each once, in order.
    int whole = 0, lost = 0, twice = 0, disorder = 0;
    for (int i = 0; i < n; ++i) {
      auto& p = *ps[static_cast<size_t>(i)];
      std::vector<int64_t> want = p.own;
      want.push_back(reveal1);
      want.push_back(reveal2);
      std::sort(want.begin(), want.end());
      std::set<int64_t> got(p.events.begin(), p.events.end());
      if (p.events == want) ++whole;
      if (got.size() < p.events.size()) ++twice;
      if (!std::is_sorted(p.events.begin(), p.events.end())) ++disorder;
      for (auto s : want)
        if (!got.count(s)) {
          ++lost;
          break;
        }
    }
    // The facilitator sees every event, each once, in order.
    auto stored = live.eventsAfter(session.id, 0);
    std::vector<int64_t> all;
    std::set<std::string> thoughtIds;
    size_t thoughts = 0;
    for (auto& e : stored) {
      all.push_back(e.seq);
      if (e.kind == "thought") {
        ++thoughts;
        thoughtIds.insert(e.clientId);
      }
    }
    bool facWhole = ps[static_cast<size_t>(n)]->events == all;
    std::set<std::string> texts;
    size_t revealed2 = 0;
    json::value frame2 = ps.front()->revealFrame.empty() ? json::value() : json::parse(ps.front()->revealFrame);
    if (frame2.is_object())
      for (auto& t : frame2.at("data").at("thoughts").as_array()) {
        ++revealed2;
        texts.insert(std::string(t.at("data").at("text").as_string()));
      }
    int sameReveal = 0;
    for (int i = 0; i < n; ++i) sameReveal += ps[static_cast<size_t>(i)]->revealBytes == ps.front()->revealBytes;
    std::cout << "after the storm and the second reveal (" << revealed2 << " thoughts, " << texts.size()
              << " different): phones with every event exactly once in order " << whole << " of " << n << " (lost " << lost
              << ", twice " << twice << ", out of order " << disorder << "); the same reveal " << sameReveal << " of " << n
              << "; facilitator " << (facWhole ? "whole" : "NOT whole") << "; stored thoughts " << thoughts << " ("
              << thoughtIds.size() << " client ids) of " << 2 * n << "\n";
    ok = ok && whole == n && facWhole && thoughts == static_cast<size_t>(2 * n) && thoughtIds.size() == thoughts &&
         revealed2 == static_cast<size_t>(n) && texts.size() == static_cast<size_t>(n) && sameReveal == n &&
         resumed == static_cast<int>(drop.size());
  }

  for (auto& p : ps) {
    boost::system::error_code ec;
    p->ws->next_layer().socket().close(ec);
  }
  ioc.run_for(std::chrono::milliseconds(200));
  for (auto& in : inst) {
    in.server->stop();
    in.server->join();
  }
  std::filesystem::remove_all(dir);
  return ok ? 0 : 1;
}
