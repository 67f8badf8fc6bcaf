#pragma once
// Test support: a real vakkompas server on a loopback port over a real store
// (a fresh SQLite file, or a fresh database on the test PostgreSQL server), and a
// small HTTP client with a cookie jar and the CSRF header.
#include <atomic>
#include <boost/json.hpp>
#include <functional>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "api/app.hpp"
#include "http/server.hpp"
#include "store/foundation/store.hpp"

namespace vk::test {

// "sqlite" always; "postgres" when VK_TEST_PG names a server (VK_REQUIRE_PG=1 makes its absence fail).
std::vector<std::string> backends();
std::string freshStoreUrl(const std::string& backend);
// One argon2id hash of kPassword, computed once per test process.
const std::string& passwordHash();
constexpr const char* kPassword = "goed-wachtwoord-1";

class TestServer {
 public:
  // backend: "sqlite", "postgres" (a fresh database on VK_TEST_PG) or a postgresql:// URL.
  // cfg.requireSecondFactorForAdmins is off unless a test turns it on (second_factor_test.cpp),
  // so the admins of the other tests reach their routes with a password alone.
  // ioThreads: the server's I/O threads (2 unless a test needs to see what one of them waits for).
  explicit TestServer(const std::string& backend, api::Config cfg = {}, int ioThreads = 2);
  ~TestServer();
  uint16_t port() const { return port_; }
  store::Store& store() { return *store_; }
  api::App& app() { return *app_; }
  std::atomic<int64_t> now{1'800'000'000};  // the server's clock, movable by tests
  std::string url;

 private:
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<api::App> app_;
  std::unique_ptr<http::Server> server_;
  uint16_t port_ = 0;
};

struct Res {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  boost::json::value json() const;
  std::string header(const std::string& lowerName) const;
};

class Client {
 public:
  explicit Client(uint16_t port) : port_(port) {}
  Res request(const std::string& method, const std::string& target, const std::string& body = "",
              std::map<std::string, std::string> extra = {});
  Res get(const std::string& t) { return request("GET", t); }
  Res post(const std::string& t, const boost::json::value& b) { return request("POST", t, boost::json::serialize(b)); }
  Res put(const std::string& t, const boost::json::value& b) { return request("PUT", t, boost::json::serialize(b)); }
  Res patch(const std::string& t, const boost::json::value& b) {
    return request("PATCH", t, boost::json::serialize(b));
  }
  Res del(const std::string& t) { return request("DELETE", t); }
  Res login(const std::string& email, const std::string& password = kPassword);

  std::string cookie;  // vk_session value
  std::string csrf;
  bool sendCsrf = true;

 private:
  uint16_t port_;
};

// Two organisations; org 1 with team A (lead, supervisor, member, target) and team B.
// Polls until ok() holds, at most `limit` (what the machine needs, not a speed requirement).
bool eventually(const std::function<bool()>& ok, std::chrono::seconds limit = std::chrono::seconds(60),
                std::chrono::milliseconds every = std::chrono::milliseconds(20));

struct World {
  int64_t org1 = 0, org2 = 0, teamA = 0, teamB = 0, teamC = 0;
  int64_t admin = 0, lead = 0, supervisor = 0, member = 0, target = 0, otherTeam = 0;
  int64_t otherOrgAdmin = 0, otherOrgMember = 0;
  int64_t invitation = 0;
  std::string invitationToken;
  std::map<std::string, std::string> ids;  // placeholders added by parts, e.g. {"{questionId}", "7"}
};
World buildWorld(store::Store& s, int64_t now);
// Gives the client a session for userId without a password round (no argon2 cost).
void signIn(TestServer& srv, Client& c, int64_t userId);
// Creates a user through an invitation that is accepted at once; returns the user id.
int64_t addUser(store::Store& s, const domain::Actor& admin, const std::string& email, std::optional<int64_t> team,
                domain::TeamRole role, int64_t now, bool orgAdmin = false);

}  // namespace vk::test
