// The HTTP benchmark's server: in one process, the same http::Server code twice —
// once with a bare handler (the floor: no routing, no store) and once with the
// full API over a SQLite demo store — so wrk can compare them in one run.
//   vk_bench_server BARE_PORT API_PORT SQLITE_PATH
#include <spdlog/spdlog.h>

#include <iostream>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "app/demo.hpp"
#include "http/server.hpp"
#include "store/store.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: vk_bench_server BARE_PORT API_PORT SQLITE_PATH\n";
    return 2;
  }
  auto store = vk::store::openStore(std::string("sqlite:") + argv[3]);
  store->migrate();
  vk::app::seedDemo(*store, 1'800'000'000);
  vk::api::Config cfg;
  cfg.logRequests = false;
  vk::api::App app(*store, cfg);

  vk::http::Handler bare;
  bare.handle = [](vk::http::Request&) { return vk::http::Response::json(200, R"({"status":"ok"})"); };
  vk::http::ServerOptions o1;
  o1.port = static_cast<uint16_t>(std::stoi(argv[1]));
  vk::http::Server bareServer(o1, bare);
  vk::http::ServerOptions o2;
  o2.port = static_cast<uint16_t>(std::stoi(argv[2]));
  vk::http::Server apiServer(o2, app.handler());
  bareServer.start();
  apiServer.start();
  std::cout << "ready" << std::endl;
  apiServer.waitForSignal();
  bareServer.stop();
  return 0;
}
