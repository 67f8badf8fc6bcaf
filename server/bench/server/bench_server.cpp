// The HTTP benchmark's server: in one process, the same http::Server code three times —
// with a bare handler (the floor: no routing, no store), with the full API over a SQLite
// demo store as `vakkompas serve` runs it, and with the same API and store but without the
// read cache (every read from the store) — so wrk can compare them in one run.
//   vk_bench_server BARE_PORT API_PORT UNCACHED_API_PORT STORE
// STORE: a SQLite file path, or a database URL (sqlite:PATH, postgresql://…): scripts/bench runs
// it once on SQLite and once on a throwaway PostgreSQL, so the two stores compare in one run.
// VK_BENCH_LOG=0 leaves out the request log line (to stdout, which the script sends to a file).
#include <cstdlib>
#include <iostream>
#include <string>

#include "api/app.hpp"
#include "app/demo.hpp"
#include "app/request_log.hpp"
#include "http/server.hpp"
#include "store/foundation/store.hpp"

namespace {

vk::http::ServerOptions onPort(const char* port) {
  vk::http::ServerOptions o;
  o.port = static_cast<uint16_t>(std::stoi(port));
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: vk_bench_server BARE_PORT API_PORT UNCACHED_API_PORT STORE\n";
    return 2;
  }
  vk::app::useBufferedStdoutLog();
  std::string url = argv[4];
  if (url.find(':') == std::string::npos) url = "sqlite:" + url;
  auto store = vk::store::openStore(url);
  store->migrate();
  vk::app::seedDemo(*store, 1'800'000'000);
  vk::api::Config cfg;
  const char* log = std::getenv("VK_BENCH_LOG");
  cfg.logRequests = !(log && std::string(log) == "0");
  vk::api::App app(*store, cfg);
  cfg.readCache = false;
  vk::api::App uncached(*store, cfg);

  vk::http::Handler bare;
  bare.route = [](vk::http::Request&) {
    return vk::http::Routed{vk::http::Runs::Inline, [] { return vk::http::Response::json(200, R"({"status":"ok"})"); }};
  };
  vk::http::Server bareServer(onPort(argv[1]), bare);
  vk::http::Server apiServer(onPort(argv[2]), app.handler());
  vk::http::Server uncachedServer(onPort(argv[3]), uncached.handler());
  bareServer.start();
  apiServer.start();
  uncachedServer.start();
  std::cout << "ready" << std::endl;
  apiServer.waitForSignal();
  uncachedServer.stop();
  bareServer.stop();
  return 0;
}
