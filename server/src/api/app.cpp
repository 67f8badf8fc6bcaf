#include "api/foundation/sso.hpp"
#include "api/app.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>

#include "api/credentials.hpp"
#include "api/privacy/guard.hpp"
#include "api/problem.hpp"
#include "api/read_cache.hpp"
#include "http/static_files.hpp"
#include "store/db.hpp"
#include "store/foundation/idempotency.hpp"

namespace vk::api {

namespace {

// The same on every answer, so written once as header lines (http::Response::fixedHeaders).
constexpr std::string_view kSecurityHeaders =
    "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "X-Frame-Options: DENY\r\n"
    "Referrer-Policy: no-referrer\r\n"
    "Cross-Origin-Opener-Policy: same-origin\r\n"
    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n";

// Per session (answers may carry the session's CSRF token), per path and query.
// The end of the clock step a route with a clockStep sees as now (http::Route::clockStep).
int64_t stepEnd(int64_t now, int64_t step) { return step > 0 ? now - now % step + step - 1 : now; }

std::string cacheKey(const std::string& tokenHash, const http::Request& req, int64_t now, int64_t step) {
  std::string key = tokenHash + ' ' + req.path + '?' + req.query;
  if (step > 0) key += " @" + std::to_string(stepEnd(now, step));
  return key;
}

bool isSafeMethod(std::string_view m) { return m == "GET" || m == "HEAD" || m == "OPTIONS"; }

// The media type itself must be application/json; parameters (charset) may follow.
bool isJsonContentType(std::string_view v) {
  auto semi = v.find(';');
  std::string_view type = v.substr(0, semi);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  constexpr std::string_view want = "application/json";
  if (type.size() != want.size()) return false;
  for (size_t i = 0; i < want.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(type[i])) != want[i]) return false;
  return true;
}

// An Idempotency-Key is 1–128 visible ASCII characters (a UUID, typically).
bool validIdempotencyKey(std::string_view k) {
  if (k.empty() || k.size() > 128) return false;
  for (char ch : k)
    if (ch < 0x21 || ch > 0x7e) return false;
  return true;
}

// Passwords and second-step codes under the same limits.
LoginThrottleLimits throttleLimits(const Config& c) {
  return LoginThrottleLimits{.addressFailures = c.loginAttemptsPerWindow,
                             .addressWindow = c.loginWindowSeconds,
                             .freeFailures = c.maxFailedLogins,
                             .freeFailuresAllAddresses = c.maxFailedLoginsAllAddresses,
                             .maxDelay = c.loginDelayMaxSeconds};
}

int64_t systemNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

const domain::Actor& Ctx::actor() const {
  if (!session) throw domain::Error(domain::ErrorKind::Unauthenticated, "Log eerst in.");
  return session->actor;
}

std::string Ctx::clientAddress() const { return app.clientAddress(req); }

App::App(store::Store& store, Config config)
    : store_(store),
      config_(std::move(config)),
      trustedProxies_(TrustedProxies::parse(config_.trustedProxies)),
      secretBox_(config_.secretKey.empty() ? store::SecretBox::randomKey() : config_.secretKey),
      attempts_(store_.db(), secretBox_),
      joinGuesses_(attempts_, "live.code", config_.liveWrongCodesPerAddress, config_.liveJoinWindowSeconds),
      partnerLinkGuesses_(attempts_, "partners.link", kPartnerLinkGuessesPerAddress, kPartnerLinkGuessWindow),
      loginThrottle_(attempts_, "login", throttleLimits(config_)),
      secondFactorThrottle_(attempts_, "mfa", throttleLimits(config_)),
      static_(std::make_unique<http::StaticFiles>(config_.webRoot)),
      cache_(std::make_unique<ReadCache>()) {
  if (!config_.clock) config_.clock = systemNow;
  addSystemRoutes(routes_);
  addAuthRoutes(routes_);
  addSecondFactorRoutes(routes_);
  addSsoRoutes(routes_);
  addTeamRoutes(routes_);
  addMemberRoutes(routes_);
  addInvitationRoutes(routes_);
  addPrivacyRoutes(routes_);
  addAvgRoutes(routes_);
  addLiveRoutes(routes_);
  addKnowledgeRoutes(routes_);
  addInterviewRoutes(routes_);
  addDilemmaRoutes(routes_);
  addCraftRoutes(routes_);
  addGuidelineRoutes(routes_);
  addPartnerRoutes(routes_);
  addOnsVakRoutes(routes_);
  // A store that waits for a database server (PostgreSQL) is used from the database executor,
  // never from an I/O thread; a local SQLite file answers in microseconds, inline.
  if (store_.db().concurrency() > 0) storeWork_ = http::Runs::Database;
}

App::~App() = default;

http::Handler App::handler() {
  http::Handler h;
  h.route = [this](http::Request& r) { return route(r); };
  h.databaseThreads = store_.db().concurrency();
  h.refuse = [](int status) {
    http::Response r = status == 413   ? problem(413, "De gegevens zijn te groot.")
                       : status == 431 ? problem(431, "De kopregels van het verzoek zijn te groot.")
                       : status == 503 ? problem(503, "Het is even te druk. Probeer het over een minuut opnieuw; er is niets gewijzigd.")
                                       : problem(400, "Het verzoek is onleesbaar.");
    r.fixedHeaders = kSecurityHeaders;
    r.set("API-Version", std::string(kApiVersion));
    return r;
  };
  return h;
}

App::NewSession App::startSession(int64_t userId, http::Response& res) {
  std::string token = randomToken();
  std::string csrf = randomToken();
  int64_t now = config_.clock();
  store_.createSession(tokenHash(token), userId, csrf, now, now + config_.sessionSeconds);
  std::string cookie = "vk_session=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                       std::to_string(config_.sessionSeconds);
  if (config_.secureCookies) cookie += "; Secure";
  res.headers.emplace_back("Set-Cookie", cookie);
  return {token, csrf};
}

// What a team lead may still do without the factor their organisation requires: their own
// account (the page where they enrol, their password, profile and data) and log-out.
bool openToLeadWithoutFactor(const http::Route<Ctx>& route) {
  const std::string& p = route.pattern;
  if (route.access == http::Access::Public) return true;
  if (p == "/api/v1/session") return route.method == "DELETE";
  return p == "/api/v1/me" || p.rfind("/api/v1/me/", 0) == 0;
}

// Admin routes for organisation admins, and the national routes (/api/v1/national-…) for the
// association's analysts: what they see reaches across teams or organisations. A team lead in
// an organisation that requires it: everything but their own account and log-out, since a lead
// acts for the team on most team routes (docs/adr/0009-second-factor.md).
bool App::needsSecondFactor(const http::Route<Ctx>& route, const store::SessionInfo& s) const {
  if (s.secondFactor) return false;
  if (s.leadMustHaveFactor && !openToLeadWithoutFactor(route)) return true;
  if (!config_.requireSecondFactorForAdmins) return false;
  if (route.access == http::Access::OrgAdmin && s.actor.orgAdmin) return true;
  return s.analyst && route.pattern.rfind("/api/v1/national-", 0) == 0;
}

http::Response secondFactorRequired() {
  auto res = problem(403, "Stel eerst een tweede stap in bij het inloggen (een code uit een app op je telefoon). "
                          "Daarna kun je hier verder. Dat doe je op je accountpagina.");
  auto body = boost::json::parse(res.body).as_object();
  body["type"] = std::string(kSecondFactorRequiredType);
  res.body = boost::json::serialize(body);
  return res;
}

std::string App::clearSessionCookie() const {
  return std::string("vk_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0") +
         (config_.secureCookies ? "; Secure" : "");
}

http::Response App::dispatch(http::Request& req, const RouteTable::Match& m, std::optional<uint64_t> generation,
                              const std::string& sessionHash) {
  Ctx ctx{*this, req, m.params, store_, config_.clock(), std::nullopt, sessionHash};
  if (!ctx.tokenHash.empty()) {
    if (generation) ctx.session = cache_->session(ctx.tokenHash, *generation, ctx.now);
    if (!ctx.session) {
      ctx.session = store_.session(ctx.tokenHash, ctx.now);
      if (generation && ctx.session) cache_->putSession(ctx.tokenHash, *generation, *ctx.session);
    }
  }
  const auto& route = *m.route;
  if (route.access != http::Access::Public && !ctx.session) return problem(401, "Log eerst in.");
  if (!isSafeMethod(req.method)) {
    if (!req.body.empty() && !isJsonContentType(req.header("content-type")))
      return problem(415, "Stuur de gegevens als JSON (Content-Type: application/json).");
    // A session-authenticated change needs the session's CSRF token in a header.
    if (ctx.session && !constantTimeEquals(req.header("x-csrf-token"), ctx.session->csrf)) {
      if (route.access != http::Access::Public)
        return problem(403, "De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.");
      ctx.session.reset();  // public routes (log-in) act as if there were no session
    }
  }
  if (route.access == http::Access::OrgAdmin && !ctx.session->actor.orgAdmin)
    return problem(403, "Alleen een beheerder van de organisatie mag dit.");
  if (ctx.session && needsSecondFactor(route, *ctx.session)) return secondFactorRequired();
  if (!isSafeMethod(req.method) && ctx.session && !req.header("idempotency-key").empty())
    return idempotent(ctx, route);
  if (!(generation && route.cacheable && req.method == "GET" && ctx.session)) return route.handler(ctx);
  std::string key = cacheKey(ctx.tokenHash, req, ctx.now, route.clockStep);
  ctx.now = stepEnd(ctx.now, route.clockStep);
  http::Response res = route.handler(ctx);
  if (res.status == 200) cache_->putResponse(key, *generation, res);
  return res;
}

// A retry with the same key gets the first answer; the answer is remembered in the same
// transaction as the change (the request's command), so a crash leaves both or neither.
http::Response App::idempotent(Ctx& ctx, const http::Route<Ctx>& route) {
  std::string key(ctx.req.header("idempotency-key"));
  if (!validIdempotencyKey(key))
    return problem(400, "De Idempotency-Key moet 1 tot 128 zichtbare tekens zijn (bijvoorbeeld een UUID).");
  std::string fingerprint = tokenHash(ctx.req.method + ' ' + ctx.req.path + '?' + ctx.req.query + '\n' + ctx.req.body);
  int64_t user = ctx.session->actor.userId;
  if (auto prior = store::findAnswer(store_.db(), user, key, ctx.now)) {
    if (prior->fingerprint != fingerprint)
      return problem(422, "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel.");
    http::Response res = http::Response::json(prior->status, prior->body);
    res.set("Content-Type", prior->contentType);
    res.set("Idempotent-Replayed", "true");
    return res;
  }
  http::Response res = route.handler(ctx);
  if (res.status >= 200 && res.status < 300) {
    std::string type(res.header("content-type"));
    store::rememberAnswer(store_.db(), user, key, {fingerprint, res.status, type, res.body}, ctx.now);
  }
  return res;
}

std::optional<http::Response> App::cachedAnswer(const http::Request& req, const RouteTable::Match& m,
                                                std::optional<uint64_t> generation, const std::string& hash) {
  if (!generation || !m.route->cacheable || req.method != "GET" || hash.empty()) return std::nullopt;
  auto session = cache_->session(hash, *generation, config_.clock());
  if (!session || (m.route->access == http::Access::OrgAdmin && !session->actor.orgAdmin) ||
      needsSecondFactor(*m.route, *session))
    return std::nullopt;
  return cache_->response(cacheKey(hash, req, config_.clock(), m.route->clockStep), *generation);
}

http::Routed App::route(http::Request& req) {
  auto started = std::chrono::steady_clock::now();
  bool api = req.path.rfind("/api/", 0) == 0 || req.path == "/api";
  if (!api) return {http::Runs::Inline, [this, &req, started] { return finish(req, answerStatic(req), "static", started); }};
  auto m = routes_.match(req.method, req.path);
  if (!m.route) {
    auto res = m.pathMatched ? problem(405, "Deze methode is hier niet toegestaan.")
                             : problem(404, "Deze API-bron bestaat niet.");
    res.set("API-Version", std::string(kApiVersion));
    res.set("Cache-Control", "no-store");
    return {http::Runs::Inline, [this, &req, started, res = std::move(res)]() mutable {
              return finish(req, std::move(res), "static", started);
            }};
  }
  // Read before the request's own reads, so what it labels is at least this new.
  std::optional<uint64_t> generation;
  if (config_.readCache) generation = store_.db().changeGeneration();
  std::string token = req.cookie("vk_session");
  std::string hash = token.empty() ? std::string() : tokenHash(token);  // hashed once per request
  if (auto hit = cachedAnswer(req, m, generation, hash)) {  // nothing was written since: no store needed
    hit->set("API-Version", std::string(kApiVersion));
    hit->set("Cache-Control", "no-store");
    std::string_view name = m.route->pattern;
    return {http::Runs::Inline, [this, &req, started, name, res = std::move(*hit)]() mutable {
              return finish(req, std::move(res), name, started);
            }};
  }
  http::Runs where = m.route->blocking ? http::Runs::Blocking : storeWork_;
  return {where, [this, &req, started, m = std::move(m), generation, hash = std::move(hash)] {
            return finish(req, answerApi(req, m, generation, hash), m.route->pattern, started);
          }};
}

http::Response App::answerApi(http::Request& req, const RouteTable::Match& m, std::optional<uint64_t> generation,
                              const std::string& hash) {
  http::Response res;
  try {
    if (m.route->blocking)  // hashes passwords or calls an identity provider (SSO): no transaction held meanwhile
      res = dispatch(req, m, generation, hash);
    else if (isSafeMethod(req.method))
      store_.db().readScope([&] { res = dispatch(req, m, generation, hash); });  // one read transaction per request
    else  // one transaction per command: the change, its scope checks and its audit entry
      store_.db().commandScope([&] { res = dispatch(req, m, generation, hash); });
  } catch (const domain::Error& e) {
    res = problemFrom(e);
  } catch (const PrivacyRefusal& e) {
    res = problem(422, e.hard() ? "Deze tekst bevat een BSN of rekeningnummer (IBAN) van een inwoner. Haal dat weg: "
                                  "zulke gegevens horen niet in Vakkompas. Er is niets opgeslagen."
                                : "Er staan mogelijk gegevens in die een inwoner herkenbaar maken. Vervang ze door een "
                                  "aanduiding zoals [naam], of bevestig dat het geen gegevens van een inwoner zijn.");
    auto body = boost::json::parse(res.body).as_object();
    body["findings"] = e.findings();
    res.body = boost::json::serialize(body);
  } catch (const std::exception& e) {
    spdlog::error("{{\"route\":\"{}\",\"error\":\"{}\"}}", m.route->pattern, e.what());
    res = problem(500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
  }
  res.set("API-Version", std::string(kApiVersion));
  res.set("Cache-Control", "no-store");
  return res;
}

http::Response App::answerStatic(const http::Request& req) {
  http::Response res;
  if (req.method == "GET" || req.method == "HEAD") {
    auto file = static_->serve(req.path, req.header("accept-encoding"));
    if (file) {
      res = std::move(*file);
    } else {
      res.status = 404;
      res.set("Content-Type", "text/html; charset=utf-8");
      res.body = static_->loaded() ? "<!doctype html><html lang=\"nl\"><title>Niet gevonden</title><p>Deze pagina bestaat niet.</p></html>"
                                   : "<!doctype html><html lang=\"nl\"><title>Vakkompas</title><p>De webapp is niet gebouwd. Gebruik <code>make run</code>.</p></html>";
    }
    if (req.method == "HEAD") res.body.clear();
  } else {
    res = problem(405, "Deze methode is hier niet toegestaan.");
  }
  return res;
}

http::Response App::finish(const http::Request& req, http::Response res, std::string_view routeName,
                           std::chrono::steady_clock::time_point started) const {
  res.fixedHeaders = kSecurityHeaders;
  if (config_.logRequests) {
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("{{\"method\":\"{}\",\"route\":\"{}\",\"status\":{},\"us\":{},\"bytes\":{}}}", req.method, routeName,
                 res.status, us, res.body.size());
  }
  return res;
}

}  // namespace vk::api
