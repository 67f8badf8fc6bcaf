// Load test of a live team session: N WebSocket participants (guests) and one facilitator
// on one in-process vakkompas instance (SQLite, 2 I/O threads); each participant sends one
// thought, paced evenly over a few seconds; then the facilitator reveals. Reports:
//  - broadcast latency: from a participant's send to its ack and to the facilitator's
//    receipt of the thought (the frames a hidden thought causes), p50/p99/max;
//  - count lag: from a thought's send to each other participant's first coalesced count
//    covering it (bounded by the hub's 250 ms interval by design), and count frames per phone;
//  - reveal: from the facilitator's reveal to each participant's receipt of the one batch;
//  - that every participant ends with a count of all N and a reveal of all N thoughts;
//  - memory per connection (RSS growth while the connections open; client and server side of
//    each connection live in this process, so this is an upper bound).
//   vk_bench_live [participants=500] [spreadMs=5000] [targetP99Ms=50]
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

namespace {

long rssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

struct Participant {
  websocket::stream<beast::tcp_stream> ws;
  std::string clientId;
  Clock::time_point sentAt{}, ackAt{}, revealAt{};
  int64_t ackSeq = 0;
  std::vector<std::pair<int64_t, Clock::time_point>> counts;  // (seq, receipt) of count frames
  int64_t lastHidden = 0;
  size_t revealBytes = 0;
  std::string revealFrame;  // kept for one participant, to check its content
  explicit Participant(asio::io_context& ioc) : ws(ioc) {}
};

double pctOf(std::vector<double>& v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 500;
  int spreadMs = argc > 2 ? std::atoi(argv[2]) : 5000;
  double targetMs = argc > 3 ? std::atof(argv[3]) : 50;
  auto dir = std::filesystem::temp_directory_path() / ("vk-bench-live-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto st = store::openStore("sqlite:" + (dir / "bench.db").string());
  st->migrate();
  int64_t now = std::time(nullptr);
  auto org = st->createOrganisation({"Bench", "Begeleider", "b@bench.test", "x"}, now, false);
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
  api::App app(*st, cfg);
  http::ServerOptions so;
  so.port = 0;
  so.threads = 2;
  http::Server server(so, app.handler());
  uint16_t port = server.start();

  asio::io_context ioc;
  std::vector<std::unique_ptr<Participant>> ps;
  std::unordered_map<std::string, size_t> byClientId;
  std::unordered_map<int64_t, Clock::time_point> facAt;  // seq → facilitator's receipt
  Clock::time_point revealSentAt{};
  int64_t revealSeq = 0;
  std::atomic<int> connected{0}, acks{0}, reveals{0};
  long rssBefore = rssKb();
  const std::string socketPath = "/api/v1/live/sessions/" + std::to_string(session.id) + "/socket";

  // Cheap field reads (a JSON parse of every frame would measure the client).
  auto field = [](const std::string& text, std::string_view key) -> std::string {
    auto k = text.find(key);
    if (k == std::string::npos) return {};
    auto from = k + key.size();
    auto to = text.find_first_of(",}", from);
    return text.substr(from, to - from);
  };
  auto reader = [&](Participant& p, bool facilitator) -> asio::awaitable<void> {
    beast::flat_buffer buf;
    for (;;) {
      auto [ec, bytes] = co_await p.ws.async_read(buf, asio::experimental::as_tuple(asio::use_awaitable));
      if (ec) co_return;
      auto t = Clock::now();
      std::string text = beast::buffers_to_string(buf.data());
      buf.consume(buf.size());
      if (text.rfind("{\"type\":\"count\"", 0) == 0) {
        p.counts.emplace_back(std::stoll(field(text, "\"seq\":")), t);
        p.lastHidden = std::stoll(field(text, "\"hidden\":"));
      } else if (text.rfind("{\"type\":\"event\"", 0) == 0) {
        if (text.find("\"kind\":\"reveal\"") != std::string::npos) {
          if (facilitator) continue;
          p.revealAt = t;
          p.revealBytes = text.size();
          if (&p == ps.front().get()) p.revealFrame = std::move(text);
          ++reveals;
        } else if (facilitator) {
          facAt[std::stoll(field(text, "\"seq\":"))] = t;
        }
      } else if (text.rfind("{\"type\":\"ack\"", 0) == 0) {
        if (facilitator) {
          revealSeq = std::stoll(field(text, "\"seq\":"));
          continue;
        }
        p.ackAt = t;
        p.ackSeq = std::stoll(field(text, "\"seq\":"));
        ++acks;
      }
    }
  };
  auto connect = [&](size_t i, std::string target, std::string cookie) -> asio::awaitable<void> {
    auto& pr = *ps[i];
    co_await pr.ws.next_layer().async_connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port),
                                              asio::use_awaitable);
    pr.ws.next_layer().expires_never();
    if (!cookie.empty())
      pr.ws.set_option(websocket::stream_base::decorator(
          [cookie](websocket::request_type& req) { req.set(beast::http::field::cookie, "vk_session=" + cookie); }));
    co_await pr.ws.async_handshake("127.0.0.1", target, asio::use_awaitable);
    ++connected;
    asio::co_spawn(ioc, reader(pr, !cookie.empty()), asio::detached);
  };
  for (int i = 0; i <= n; ++i) {
    ps.push_back(std::make_unique<Participant>(ioc));
    ps.back()->clientId = "bench-" + std::to_string(i);
    byClientId[ps.back()->clientId] = static_cast<size_t>(i);
  }
  // The facilitator is the last one (index n).
  for (int i = 0; i < n; ++i)
    asio::co_spawn(ioc, connect(static_cast<size_t>(i), socketPath + "?guest=" + tokens[static_cast<size_t>(i)], ""),
                   asio::detached);
  asio::co_spawn(ioc, connect(static_cast<size_t>(n), socketPath, facCookie), asio::detached);
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

  // Each participant sends one thought, spread evenly over spreadMs.
  asio::steady_timer timer(ioc);
  auto sender = [&]() -> asio::awaitable<void> {
    auto start = Clock::now();
    for (int i = 0; i < n; ++i) {
      timer.expires_at(start + std::chrono::microseconds(static_cast<int64_t>(spreadMs) * 1000 * i / n));
      co_await timer.async_wait(asio::use_awaitable);
      auto& p = *ps[static_cast<size_t>(i)];
      std::string msg = json::serialize(json::object{{"type", "submit"},
                                                     {"clientId", p.clientId},
                                                     {"kind", "thought"},
                                                     {"data", json::object{{"text", "Gedachte nummer " + std::to_string(i)}}}});
      p.sentAt = Clock::now();
      co_await p.ws.async_write(asio::buffer(msg), asio::use_awaitable);
    }
  };
  asio::co_spawn(ioc, sender(), asio::detached);
  auto t1 = Clock::now();
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
  while (!allCounted() && Clock::now() - t1 < std::chrono::milliseconds(spreadMs + 60000))
    ioc.run_for(std::chrono::milliseconds(10));

  // The reveal: one batch to every participant.
  auto revealer = [&]() -> asio::awaitable<void> {
    std::string msg = R"({"type":"submit","clientId":"bench-reveal","kind":"reveal","data":{}})";
    revealSentAt = Clock::now();
    co_await ps[static_cast<size_t>(n)]->ws.async_write(asio::buffer(msg), asio::use_awaitable);
  };
  asio::co_spawn(ioc, revealer(), asio::detached);
  auto t2 = Clock::now();
  while (reveals < n && Clock::now() - t2 < std::chrono::seconds(60)) ioc.run_for(std::chrono::milliseconds(10));
  ioc.run_for(std::chrono::milliseconds(200));

  // Broadcast: each thought's ack to its author and its receipt at the facilitator.
  std::vector<double> broadcast, countLag, reveal;
  std::unordered_map<int64_t, Clock::time_point> sentOfSeq;
  for (int i = 0; i < n; ++i) {
    auto& p = *ps[static_cast<size_t>(i)];
    if (!p.ackSeq) continue;
    sentOfSeq[p.ackSeq] = p.sentAt;
    broadcast.push_back(std::chrono::duration<double, std::milli>(p.ackAt - p.sentAt).count());
    auto f = facAt.find(p.ackSeq);
    if (f != facAt.end()) broadcast.push_back(std::chrono::duration<double, std::milli>(f->second - p.sentAt).count());
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
      if (it != p.counts.end()) countLag.push_back(std::chrono::duration<double, std::milli>(it->second - sent).count());
    }
    if (p.revealAt != Clock::time_point{}) reveal.push_back(std::chrono::duration<double, std::milli>(p.revealAt - revealSentAt).count());
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
            << ps.front()->revealBytes << " bytes): p50 " << pctOf(reveal, 0.50) << "  p99 " << pctOf(reveal, 0.99) << "  max "
            << (reveal.empty() ? 0 : reveal.back()) << "\n";
  std::cout << "participants with the full count (" << n << ") and the whole reveal: " << complete << " of " << n << "\n";
  for (auto& p : ps) {
    boost::system::error_code ec;
    p->ws.next_layer().socket().close(ec);
  }
  ioc.run_for(std::chrono::milliseconds(200));
  server.stop();
  server.join();
  std::filesystem::remove_all(dir);
  bool ok = p99 < targetMs && complete == n && static_cast<int>(revealed) == n && static_cast<long>(countLag.size()) == static_cast<long>(n) * (n - 1);
  return ok ? 0 : 1;
}
