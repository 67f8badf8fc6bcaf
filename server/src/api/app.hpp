#pragma once
// The API application: the route table, the middleware that every request passes
// (session, CSRF, access, security headers, problem+json errors, one log line),
// and static files for the web app.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/client_address.hpp"
#include "api/json_body.hpp"
#include "api/rate_limiter.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "store/foundation/secret_box.hpp"
#include "store/foundation/store.hpp"

namespace vk::http {
class StaticFiles;
}

namespace vk::api {
class ReadCache;
}

namespace vk::api {

struct Config {
  std::string webRoot;                 // built web app; empty: no static files
  bool secureCookies = false;          // behind TLS
  int64_t sessionSeconds = 12 * 3600;  // one working day
  int64_t invitationSeconds = 7 * 24 * 3600;
  int loginAttemptsPerWindow = 20;     // failed log-ins per client address (live guest joins: all)
  int64_t loginWindowSeconds = 300;
  int maxFailedLogins = 5;             // on an account from one address; then each next one waits longer
  int maxFailedLoginsAllAddresses = 50;  // on an account from all addresses together; then the same
  int64_t loginDelayMaxSeconds = 300;  // the growing delay stops here: never a lock-out
  std::string trustedProxies;          // VAKKOMPAS_TRUSTED_PROXIES: addresses/CIDR whose X-Forwarded-For counts
  std::function<int64_t()> clock;      // epoch seconds; tests may move time
  bool logRequests = true;
  bool readCache = true;               // sessions and cacheable reads from memory (SQLite)
  // Where people reach Vakkompas, e.g. "https://vakkompas.example" (VAKKOMPAS_PUBLIC_URL):
  // QR codes and join links point there, and a live socket's Origin must be it. Empty: the
  // request's own host.
  std::string publicUrl;
  int liveJoinsPerSession = 3000;      // guests joining one session within the window
  int64_t liveJoinWindowSeconds = 900;
  int liveWrongCodesPerAddress = 200;  // wrong join codes per client address within the window
  // Organisation admins and association analysts need a confirmed second log-in step (TOTP)
  // before any admin or national route answers (docs/adr/0009-second-factor.md). `serve` turns
  // it on unless --demo (VAKKOMPAS_REQUIRE_SECOND_FACTOR); off here, so tests and tools that
  // build a Config choose it themselves.
  bool requireSecondFactorForAdmins = false;
  // 32 bytes that seal second-factor secrets at rest (`serve` reads the key file or
  // VAKKOMPAS_SECRET_KEY). Empty: a random key for this process only (tests).
  std::string secretKey;
};

// Unknown partner links per client address per window (api/partners/routes_public.cpp).
constexpr int kPartnerLinkGuessesPerAddress = 60;
constexpr int64_t kPartnerLinkGuessWindow = 15 * 60;

class App;

struct Ctx {
  App& app;
  http::Request& req;
  http::Params params;
  store::Store& store;
  int64_t now = 0;
  std::optional<store::SessionInfo> session;
  std::string tokenHash;  // of the caller's session cookie

  const domain::Actor& actor() const;
  std::string clientAddress() const;  // App::clientAddress of this request
  JsonBody body(std::vector<std::string_view> allowed) const { return JsonBody(req.body, std::move(allowed)); }
  int64_t id(std::string_view name) const { return params.id(name); }
};

using RouteTable = http::Router<Ctx>;

class App {
 public:
  App(store::Store& store, Config config);
  ~App();

  http::Handler handler();
  // Matches the request's route once and says where it runs (http::Runs) and what answers it.
  http::Routed route(http::Request& req);

  const RouteTable& routes() const { return routes_; }
  store::Store& store() { return store_; }
  const Config& config() const { return config_; }
  // Wrong live join codes per client address (guests have no account to slow down).
  AttemptWindow& joinGuesses() { return joinGuesses_; }
  // Unknown partner links per client address (api/partners/routes_public.cpp).
  AttemptWindow& partnerLinkGuesses() { return partnerLinkGuesses_; }
  LoginThrottle& loginThrottle() { return loginThrottle_; }
  // Wrong second-step codes, per account (its user id) and client address, as for passwords.
  LoginThrottle& secondFactorThrottle() { return secondFactorThrottle_; }
  const store::SecretBox& secretBox() const { return secretBox_; }
  // Whether this session must first set up a second factor before this route answers.
  bool needsSecondFactor(const http::Route<Ctx>& route, const store::SessionInfo& s) const;
  // The client's address: the TCP peer, or behind a trusted proxy the right-most
  // X-Forwarded-For address that is not a trusted proxy (api/client_address.hpp).
  std::string clientAddress(const http::Request& req) const { return api::clientAddress(req, trustedProxies_); }
  int64_t now() const { return config_.clock(); }

  struct NewSession {
    std::string token;
    std::string csrf;
  };
  // Starts a session for userId and sets its cookie on res.
  NewSession startSession(int64_t userId, http::Response& res);
  std::string clearSessionCookie() const;

 private:
  // sessionHash: the hash of the request's session cookie, empty without one.
  http::Response dispatch(http::Request& req, const RouteTable::Match& m, std::optional<uint64_t> generation,
                          const std::string& sessionHash);
  // A state-changing request with an Idempotency-Key: the first answer, or the handler's.
  http::Response idempotent(Ctx& ctx, const http::Route<Ctx>& route);
  // A cacheable GET answered from memory, when its session and answer are there.
  std::optional<http::Response> cachedAnswer(const http::Request& req, const RouteTable::Match& m,
                                             std::optional<uint64_t> generation, const std::string& sessionHash);
  // An API request, routed: its transaction, its errors as problem+json, its headers.
  http::Response answerApi(http::Request& req, const RouteTable::Match& m, std::optional<uint64_t> generation,
                           const std::string& sessionHash);
  http::Response answerStatic(const http::Request& req);
  // Security headers and the request's log line, for every answer.
  http::Response finish(const http::Request& req, http::Response res, std::string_view routeName,
                        std::chrono::steady_clock::time_point started) const;
  store::Store& store_;
  Config config_;
  RouteTable routes_;
  TrustedProxies trustedProxies_;
  store::SecretBox secretBox_;
  store::AttemptStore attempts_;  // the limits' counts, shared by every instance on the database
  AttemptWindow joinGuesses_;
  AttemptWindow partnerLinkGuesses_;
  LoginThrottle loginThrottle_;
  LoginThrottle secondFactorThrottle_;
  std::unique_ptr<http::StaticFiles> static_;
  std::unique_ptr<ReadCache> cache_;
  http::Runs storeWork_ = http::Runs::Inline;  // where a request that reaches the store runs
};

// Starts a session for userId and answers with the caller's Me (and the cookie).
http::Response respondLoggedIn(Ctx& c, int64_t userId, int status);
// After the right password: a session, or (with a confirmed second factor) a 202 with the
// challenge for the second step (api/foundation/routes_second_factor.cpp).
http::Response respondPasswordRight(Ctx& c, int64_t userId);
// 403 with type kSecondFactorRequiredType: set up a second step first.
http::Response secondFactorRequired();
constexpr std::string_view kSecondFactorRequiredType = "urn:vakkompas:problem:second-factor-required";

// Route families, one file each (api/routes_*.cpp).
void addSystemRoutes(RouteTable& r);
void addAuthRoutes(RouteTable& r);
void addSecondFactorRoutes(RouteTable& r);
void addTeamRoutes(RouteTable& r);
void addMemberRoutes(RouteTable& r);
void addInvitationRoutes(RouteTable& r);
void addPrivacyRoutes(RouteTable& r);
void addAvgRoutes(RouteTable& r);
void addLiveRoutes(RouteTable& r);
void addKnowledgeRoutes(RouteTable& r);
void addInterviewRoutes(RouteTable& r);
void addDilemmaRoutes(RouteTable& r);
void addCraftRoutes(RouteTable& r);
void addGuidelineRoutes(RouteTable& r);
void addPartnerRoutes(RouteTable& r);
void addOnsVakRoutes(RouteTable& r);

constexpr std::string_view kApiVersion = "1.0.0";

}  // namespace vk::api
