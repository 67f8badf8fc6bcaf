// The server as a whole: security headers, static files for the web app,
// keep-alive, graceful shutdown, and the binary's subcommands.
#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "harness.hpp"

namespace vk::test {
namespace {

namespace fs = std::filesystem;

TEST(Server, SecurityHeadersOnEveryAnswer) {
  TestServer srv("sqlite");
  Client c(srv.port());
  for (auto path : {"/api/v1/health", "/api/v1/me", "/", "/teams/3"}) {
    auto r = c.get(path);
    EXPECT_NE(r.header("content-security-policy").find("script-src 'self'"), std::string::npos) << path;
    EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << path;
  }
  auto api = c.get("/api/v1/health");
  EXPECT_EQ(api.header("cache-control"), "no-store");
  EXPECT_EQ(api.header("api-version"), "1.0.0");
  EXPECT_EQ(c.get("/api/v1/me").header("api-version"), "1.0.0");
}

TEST(Server, ServesTheWebAppWithClientSideRoutes) {
  auto root = fs::temp_directory_path() / ("vk-web-" + std::to_string(::getpid()));
  fs::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html><title>Vakkompas</title>";
  std::ofstream(root / "assets" / "app-1234.js") << "console.log(1)";
  api::Config cfg;
  cfg.webRoot = root.string();
  TestServer srv("sqlite", cfg);
  Client c(srv.port());
  auto index = c.get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(c.get("/teams/12").body, index.body);  // a client-side route
  auto js = c.get("/assets/app-1234.js");
  EXPECT_EQ(js.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js.header("cache-control").find("immutable"), std::string::npos);
  EXPECT_EQ(c.get("/assets/missing.js").status, 404);
  auto outside = c.get("/../etc/passwd");  // the client-side route's index.html, or nothing
  EXPECT_TRUE(outside.status == 404 || outside.body == index.body) << outside.status;
  EXPECT_EQ(outside.body.find("root:"), std::string::npos);
  fs::remove_all(root);
}

TEST(Server, SendsPrecompressedAssetsTheBrowserAccepts) {
  auto root = fs::temp_directory_path() / ("vk-web-br-" + std::to_string(::getpid()));
  fs::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html><title>Vakkompas</title>";
  std::ofstream(root / "assets" / "app-1.js") << "console.log('plain')";
  std::ofstream(root / "assets" / "app-1.js.br") << "BROTLI-BYTES";
  std::ofstream(root / "assets" / "app-1.js.gz") << "GZIP-BYTES";
  std::ofstream(root / "assets" / "only-gz.css") << "body{}";
  std::ofstream(root / "assets" / "only-gz.css.gz") << "GZ-CSS";
  api::Config cfg;
  cfg.webRoot = root.string();
  TestServer srv("sqlite", cfg);
  Client c(srv.port());
  auto with = [&](const std::string& path, const std::string& accept) {
    return c.request("GET", path, "", accept.empty() ? std::map<std::string, std::string>{}
                                                     : std::map<std::string, std::string>{{"Accept-Encoding", accept}});
  };
  auto br = with("/assets/app-1.js", "gzip, deflate, br, zstd");  // what Chromium sends
  EXPECT_EQ(br.body, "BROTLI-BYTES");
  EXPECT_EQ(br.header("content-encoding"), "br");
  EXPECT_EQ(br.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(br.header("vary"), "Accept-Encoding");
  EXPECT_NE(br.header("cache-control").find("immutable"), std::string::npos);

  auto gz = with("/assets/app-1.js", "gzip");
  EXPECT_EQ(gz.body, "GZIP-BYTES");
  EXPECT_EQ(gz.header("content-encoding"), "gzip");
  EXPECT_EQ(with("/assets/app-1.js", "br;q=0, gzip;q=0.8").body, "GZIP-BYTES");  // brotli refused
  EXPECT_EQ(with("/assets/app-1.js", "BR").body, "BROTLI-BYTES");               // names are case-insensitive
  EXPECT_EQ(with("/assets/app-1.js", "*").body, "BROTLI-BYTES");

  for (std::string accept : {"", "identity", "br;q=0.000, gzip;q=0", "deflate", "*;q=0"}) {
    auto plain = with("/assets/app-1.js", accept);
    EXPECT_EQ(plain.body, "console.log('plain')") << accept;
    EXPECT_EQ(plain.header("content-encoding"), "") << accept;
    EXPECT_EQ(plain.header("vary"), "Accept-Encoding") << accept;  // a cache must not mix them up
  }
  EXPECT_EQ(with("/assets/only-gz.css", "gzip, br").body, "GZ-CSS");  // no brotli sibling: gzip
  EXPECT_EQ(with("/assets/app-1.js.br", "br").status, 404);          // siblings have no own address
  auto index = with("/", "gzip, br");                                 // no siblings: as it is, no Vary
  EXPECT_EQ(index.body, "<!doctype html><title>Vakkompas</title>");
  EXPECT_EQ(index.header("vary"), "");
  fs::remove_all(root);
}

TEST(Server, InFlightRequestsFinishOnShutdown) {
  auto srv = std::make_unique<TestServer>("sqlite");
  buildWorld(srv->store(), srv->now);
  uint16_t port = srv->port();
  // A log-in hashes a password (tens of milliseconds) on the worker pool.
  auto login = std::async(std::launch::async, [port] {
    Client c(port);
    return c.login("member@org1.test").status;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(15));
  srv.reset();  // stop(): no new connections, in-flight requests finish
  EXPECT_EQ(login.get(), 200);
  Client late(port);
  EXPECT_ANY_THROW(late.get("/api/v1/health"));
}

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  char buf[512];
  while (p && fgets(buf, sizeof buf, p)) out += buf;
  int rc = p ? ::pclose(p) : -1;
  return std::to_string(WEXITSTATUS(rc)) + ":" + out;
}

TEST(Binary, InitMigrateBackupAndVersion) {
  auto dir = fs::temp_directory_path() / ("vk-cli-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::string db = "sqlite:" + (dir / "nested" / "vk.db").string();
  std::string bin = VK_BINARY;
  EXPECT_EQ(run(bin + " version").substr(0, 11), "0:vakkompas");
  auto init = run("echo 'een-sterk-wachtwoord' | " + bin + " init --database " + db +
                  " --organisation 'Wijkteams Proef' --name 'Bea Heer' --email bea@proef.nl --password-stdin");
  EXPECT_EQ(init.substr(0, 2), "0:") << init;
  auto weak = run("echo 'kort' | " + bin + " init --database " + db +
                  " --organisation 'Tweede' --name 'X' --email x@proef.nl --password-stdin");
  EXPECT_EQ(weak.substr(0, 2), "2:") << weak;
  EXPECT_NE(weak.find("minstens 10 tekens"), std::string::npos);
  EXPECT_EQ(run(bin + " migrate --database " + db).substr(0, 2), "0:");
  auto copy = dir / "kopie.db";
  auto backup = run(bin + " backup --database " + db + " " + copy.string());
  EXPECT_EQ(backup.substr(0, 2), "0:") << backup;
  EXPECT_EQ(run(bin + " backup --database " + db + " " + copy.string()).substr(0, 2), "1:");  // never overwrites
  auto restored = store::openStore("sqlite:" + copy.string());
  EXPECT_TRUE(restored->hasOrganisations());
  auto creds = restored->credentialsByEmail("bea@proef.nl");
  ASSERT_TRUE(creds.has_value());
  fs::remove_all(dir);
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The request log of the real binary: many threads' requests at once, every line one whole
// JSON object (the log formats per thread and writes each line in one piece).
TEST(Binary, TheRequestLogKeepsEveryLineWholeUnderConcurrentRequests) {
  auto dir = fs::temp_directory_path() / ("vk-log-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto log = dir / "serve.log";
  std::string cmd = std::string(VK_BINARY) + " serve --listen 127.0.0.1:0 --threads 2 --database sqlite:" +
                    (dir / "vk.db").string() + " >" + log.string() + " 2>&1 & echo $! >" + (dir / "pid").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  uint16_t port = 0;
  ASSERT_TRUE(eventually([&] {
    auto text = readFile(log);
    auto at = text.find("http://127.0.0.1:");
    if (at == std::string::npos) return false;
    port = static_cast<uint16_t>(std::stoi(text.substr(at + 17)));
    return true;
  })) << readFile(log);
  int pid = std::stoi(readFile(dir / "pid"));
  constexpr int kThreads = 6, kEach = 150;
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int t = 0; t < kThreads; ++t)
    clients.emplace_back([&, t] {
      Client c(port);
      for (int i = 0; i < kEach; ++i)
        if (c.get(t % 2 ? "/api/v1/health" : "/api/v1/me").status > 0) ++ok;
    });
  for (auto& t : clients) t.join();
  ::kill(pid, SIGTERM);
  ASSERT_TRUE(eventually([&] { return readFile(log).find("Vakkompas is gestopt.") != std::string::npos; }));
  std::istringstream lines(readFile(log));
  int requestLines = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"route\"") == std::string::npos) continue;
    auto json = line.substr(line.find('{'));
    boost::system::error_code ec;
    auto v = boost::json::parse(json, ec);
    ASSERT_FALSE(ec) << "a broken log line: " << line;
    EXPECT_TRUE(v.as_object().contains("status")) << line;
    ++requestLines;
  }
  EXPECT_EQ(ok.load(), kThreads * kEach);
  EXPECT_EQ(requestLines, kThreads * kEach);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vk::test
