// Load test of a live team session: N WebSocket participants on one in-process
// vakkompas instance (SQLite, 2 I/O threads); each sends one thought, paced evenly over a
// few seconds; every participant receives every event. Reports broadcast latency (from a
// participant's send to each other participant's receipt of the event) p50/p99/max and
// memory per connection (growth of the process's RSS while the connections open; client
// and server side of each connection live in this process, so this is an upper bound).
//   vk_bench_live [participants=500] [spreadMs=5000]
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
#include "api/privacy/guarded_text.hpp"
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
  explicit Participant(asio::io_context& ioc) : ws(ioc) {}
};

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 500;
  int spreadMs = argc > 2 ? std::atoi(argv[2]) : 5000;
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
  // Participants join as guests (one token each).
  std::vector<std::string> tokens;
  for (int i = 0; i < n; ++i) {
    tokens.push_back(api::randomToken());
    live.joinAsGuest(session.joinCode, "Deelnemer " + std::to_string(i), api::tokenHash(tokens.back()), now, now + 3600);
  }
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
  std::mutex mu;
  std::unordered_map<std::string, Clock::time_point> sentAt;  // clientId → send time
  std::unordered_map<int64_t, std::string> seqOf;            // seq → clientId (from acks)
  std::vector<std::pair<int64_t, Clock::time_point>> received;
  received.reserve(static_cast<size_t>(n) * n);
  std::atomic<int> connected{0};
  std::atomic<long> eventsReceived{0};
  long rssBefore = rssKb();

  auto reader = [&](Participant& p) -> asio::awaitable<void> {
    beast::flat_buffer buf;
    for (;;) {
      auto [ec, bytes] = co_await p.ws.async_read(buf, asio::experimental::as_tuple(asio::use_awaitable));
      if (ec) co_return;
      auto t = Clock::now();
      // Cheap field reads (a JSON parse of every one of N² frames would measure the client).
      std::string text = beast::buffers_to_string(buf.data());
      buf.consume(buf.size());
      auto field = [&](std::string_view key) -> std::string {
        auto k = text.find(key);
        if (k == std::string::npos) return {};
        auto from = k + key.size();
        auto to = text.find_first_of(",}", from);
        return text.substr(from, to - from);
      };
      if (text.rfind("{\"type\":\"event\"", 0) == 0) {
        received.emplace_back(std::stoll(field("\"seq\":")), t);
        ++eventsReceived;
      } else if (text.rfind("{\"type\":\"ack\"", 0) == 0) {
        std::string id = field("\"clientId\":");
        seqOf[std::stoll(field("\"seq\":"))] = id.size() >= 2 ? id.substr(1, id.size() - 2) : id;
      }
    }
  };
  auto connect = [&](int i) -> asio::awaitable<void> {
    auto p = std::make_unique<Participant>(ioc);
    auto& pr = *p;
    ps.push_back(std::move(p));
    co_await pr.ws.next_layer().async_connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port),
                                              asio::use_awaitable);
    pr.ws.next_layer().expires_never();
    co_await pr.ws.async_handshake(
        "127.0.0.1", "/api/v1/live/sessions/" + std::to_string(session.id) + "/socket?guest=" + tokens[i],
        asio::use_awaitable);
    pr.clientId = "bench-" + std::to_string(i);
    ++connected;
    asio::co_spawn(ioc, reader(pr), asio::detached);
  };
  for (int i = 0; i < n; ++i) asio::co_spawn(ioc, connect(i), asio::detached);
  auto t0 = Clock::now();
  while (connected < n && Clock::now() - t0 < std::chrono::seconds(60)) ioc.run_for(std::chrono::milliseconds(10));
  // Let welcome frames settle, then measure memory.
  ioc.run_for(std::chrono::milliseconds(500));
  long rssAfter = rssKb();
  std::cout << "participants connected: " << connected << " in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count() << " ms\n";
  std::cout << "memory per connection (client + server side, RSS growth): " << (rssAfter - rssBefore) * 1024 / std::max(1, n)
            << " bytes\n";

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
      sentAt[p.clientId] = Clock::now();
      co_await p.ws.async_write(asio::buffer(msg), asio::use_awaitable);
    }
  };
  asio::co_spawn(ioc, sender(), asio::detached);
  long expected = static_cast<long>(n) * n;
  auto t1 = Clock::now();
  while (eventsReceived < expected && Clock::now() - t1 < std::chrono::milliseconds(spreadMs + 60000))
    ioc.run_for(std::chrono::milliseconds(10));
  ioc.run_for(std::chrono::milliseconds(200));  // remaining acks

  std::vector<double> lat;
  lat.reserve(received.size());
  for (auto& [seq, t] : received) {
    auto it = seqOf.find(seq);
    if (it == seqOf.end()) continue;
    lat.push_back(std::chrono::duration<double, std::milli>(t - sentAt[it->second]).count());
  }
  std::sort(lat.begin(), lat.end());
  auto pct = [&](double q) { return lat.empty() ? 0.0 : lat[std::min(lat.size() - 1, static_cast<size_t>(q * lat.size()))]; };
  std::cout << "thoughts sent: " << n << " over " << spreadMs << " ms; events received: " << eventsReceived << " of "
            << expected << "\n";
  std::cout << "broadcast latency ms: p50 " << pct(0.50) << "  p99 " << pct(0.99) << "  max " << (lat.empty() ? 0 : lat.back())
            << "\n";
  for (auto& p : ps) {
    boost::system::error_code ec;
    p->ws.next_layer().socket().close(ec);
  }
  ioc.run_for(std::chrono::milliseconds(200));
  server.stop();
  server.join();
  std::filesystem::remove_all(dir);
  return pct(0.99) < 50 ? 0 : 1;
}
