#include "harness.hpp"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <filesystem>
#include <thread>

#include "api/credentials.hpp"
#include "api/privacy/guard.hpp"

namespace vk::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

std::vector<std::string> backends() {
  std::vector<std::string> out{"sqlite"};
  if (std::getenv("VK_TEST_PG")) out.push_back("postgres");
  return out;
}

std::string freshStoreUrl(const std::string& backend) {
  static std::atomic<int> counter{0};
  int n = counter++;
  if (backend == "sqlite") {
    auto dir = std::filesystem::temp_directory_path() / ("vk-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    auto path = dir / ("store-" + std::to_string(n) + ".db");
    std::filesystem::remove(path);
    return "sqlite:" + path.string();
  }
  const char* base = std::getenv("VK_TEST_PG");
  if (!base) throw std::runtime_error("VK_TEST_PG is not set");
  std::string name = "vk_test_" + std::to_string(getpid()) + "_" + std::to_string(n);
  PGconn* c = PQconnectdb(base);
  if (PQstatus(c) != CONNECTION_OK) throw std::runtime_error(std::string("test PostgreSQL: ") + PQerrorMessage(c));
  PGresult* r = PQexec(c, ("CREATE DATABASE " + name).c_str());
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  PQfinish(c);
  if (!ok) throw std::runtime_error("cannot create test database " + name);
  std::string url = base;
  return url.substr(0, url.rfind('/') + 1) + name;
}

const std::string& passwordHash() {
  static const std::string h = api::hashPassword(kPassword);
  return h;
}

TestServer::TestServer(const std::string& backend, api::Config cfg, int ioThreads) {
  // A database URL is used as it is (a cluster of the test's own); otherwise a fresh store.
  url = backend.rfind("postgresql://", 0) == 0 ? backend : freshStoreUrl(backend);
  store_ = store::openStore(url);
  store_->migrate();
  cfg.clock = [this] { return now.load(); };
  cfg.logRequests = false;
  app_ = std::make_unique<api::App>(*store_, cfg);
  http::ServerOptions so;
  so.port = 0;
  so.threads = ioThreads;
  so.bodyLimit = 64 * 1024;
  so.shutdownGrace = std::chrono::seconds(5);
  server_ = std::make_unique<http::Server>(so, app_->handler());
  port_ = server_->start();
}

TestServer::~TestServer() {
  server_->stop();
  server_->join();
}

boost::json::value Res::json() const {
  boost::system::error_code ec;
  auto v = boost::json::parse(body, ec);
  if (ec) ADD_FAILURE() << "not JSON: " << body;
  return v;
}

std::string Res::header(const std::string& lowerName) const {
  auto it = headers.find(lowerName);
  return it == headers.end() ? std::string() : it->second;
}

Res Client::request(const std::string& method, const std::string& target, const std::string& body,
                    std::map<std::string, std::string> extra) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  if (!cookie.empty()) req.set(bhttp::field::cookie, "vk_session=" + cookie);
  bool changes = method != "GET" && method != "HEAD";
  if (changes && sendCsrf && !csrf.empty()) req.set("X-CSRF-Token", csrf);
  if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
  for (auto& [k, v] : extra) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  bhttp::write(stream, req);
  beast::flat_buffer buf;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  bhttp::read(stream, buf, parser);
  auto& r = parser.get();
  Res out;
  out.status = static_cast<int>(r.result_int());
  out.body = r.body();
  for (auto& f : r) {
    std::string name(f.name_string());
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (name == "set-cookie") {
      std::string v(f.value());
      if (v.rfind("vk_session=", 0) == 0) cookie = v.substr(11, v.find(';') - 11);
    }
    out.headers[name] = std::string(f.value());
  }
  boost::system::error_code ec;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  return out;
}

Res Client::login(const std::string& email, const std::string& password) {
  auto r = post("/api/v1/session", boost::json::object{{"email", email}, {"password", password}});
  if (r.status == 200) csrf = std::string(r.json().at("csrfToken").as_string());
  return r;
}

int64_t addUser(store::Store& s, const domain::Actor& admin, const std::string& email, std::optional<int64_t> team,
                domain::TeamRole role, int64_t now, bool orgAdmin) {
  domain::NewInvitation inv{email, email.substr(0, email.find('@')), team, role, api::guard("discipline", "maatschappelijk werker"),
                            domain::Experience::Gezel, orgAdmin};
  std::string token = api::randomToken();
  s.createInvitation(admin, inv, api::tokenHash(token), now, now + 3600);
  return s.acceptInvitation(api::tokenHash(token), inv.name, passwordHash(), now);
}

bool eventually(const std::function<bool()>& ok, std::chrono::seconds limit, std::chrono::milliseconds every) {
  auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    if (ok()) return true;
    std::this_thread::sleep_for(every);
  }
  return ok();
}

void signIn(TestServer& srv, Client& c, int64_t userId) {
  c.cookie = api::randomToken();
  c.csrf = api::randomToken();
  srv.store().createSession(api::tokenHash(c.cookie), userId, c.csrf, srv.now, srv.now + 3600);
}

World buildWorld(store::Store& s, int64_t now) {
  using domain::TeamRole;
  World w;
  auto o1 = s.createOrganisation({"Org Een", "Admin Een", "admin@org1.test", passwordHash()}, now, false);
  auto o2 = s.createOrganisation({"Org Twee", "Admin Twee", "admin@org2.test", passwordHash()}, now, false);
  w.org1 = o1.orgId;
  w.org2 = o2.orgId;
  w.admin = o1.adminId;
  w.otherOrgAdmin = o2.adminId;
  domain::Actor a1{o1.adminId, o1.orgId, true}, a2{o2.adminId, o2.orgId, true};
  w.teamA = s.createTeam(a1, "Team A org1", now).id;
  w.teamB = s.createTeam(a1, "Team B org1", now).id;
  w.teamC = s.createTeam(a2, "Team C", now).id;
  w.lead = addUser(s, a1, "lead@org1.test", w.teamA, TeamRole::TeamLead, now);
  w.supervisor = addUser(s, a1, "supervisor@org1.test", w.teamA, TeamRole::Supervisor, now);
  w.member = addUser(s, a1, "member@org1.test", w.teamA, TeamRole::Member, now);
  w.target = addUser(s, a1, "target@org1.test", w.teamA, TeamRole::Member, now);
  w.otherTeam = addUser(s, a1, "otherteam@org1.test", w.teamB, TeamRole::Member, now);
  w.otherOrgMember = addUser(s, a2, "member@org2.test", w.teamC, TeamRole::Member, now);
  w.invitationToken = api::randomToken();
  w.invitation = s.createInvitation(a1,
                                    {"invited@org1.test", "Invited Org1", w.teamA, TeamRole::Member, {}, domain::Experience::Leerling, false},
                                    api::tokenHash(w.invitationToken), now, now + 3600)
                     .id;
  return w;
}

}  // namespace vk::test
