// First-run set-up, log-in and log-out, the caller's own account.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/problem.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"

namespace vk::api {

using namespace vk::domain;

namespace {

http::Response meResponse(Ctx& c, const Actor& a, const std::string& csrf, int status, http::Response base = {}) {
  auto res = ok(view(c.store.me(a), csrf), status);
  for (auto& h : base.headers) res.headers.push_back(h);
  return res;
}

// Verifying against a fixed hash when the e-mail is unknown keeps the answer time
// the same, so log-in does not reveal which addresses have an account.
const std::string& dummyHash() {
  static const std::string h = hashPassword("vakkompas-dummy-password");
  return h;
}

http::Response setup(Ctx& c) {
  auto body = c.body({"organisation", "name", "email", "password"});
  std::string org = trimmed(body.requiredString("organisation"));
  std::string name = trimmed(body.requiredString("name"));
  std::string email = normaliseEmail(body.requiredString("email"));
  std::string password = body.requiredString("password");
  auto& errs = body.errors();
  checkName("organisation", org, 120, errs);
  checkName("name", name, 120, errs);
  checkEmail("email", email, errs);
  checkPassword("password", password, email, errs);
  body.finish();
  if (c.store.hasOrganisations()) throw Error(ErrorKind::Conflict, "Vakkompas is al ingericht. Log in met je account.");
  auto created = c.store.createOrganisation({org, name, email, hashPassword(password)}, c.now, true);
  return respondLoggedIn(c, created.adminId, 201);
}

http::Response login(Ctx& c) {
  if (int64_t wait = c.app.loginLimiter().hit("ip:" + c.req.remoteAddr, c.now)) {
    auto res = problem(429, "Te veel inlogpogingen. Wacht even en probeer het dan opnieuw.");
    res.set("Retry-After", std::to_string(wait));
    return res;
  }
  auto body = c.body({"email", "password"});
  std::string email = normaliseEmail(body.requiredString("email"));
  std::string password = body.requiredString("password");
  body.finish();
  auto creds = c.store.credentialsByEmail(email);
  if (!creds) {
    verifyPassword(dummyHash(), password);
    return problem(401, "Het e-mailadres of het wachtwoord klopt niet.");
  }
  if (creds->lockedUntil > c.now) {
    int64_t minutes = (creds->lockedUntil - c.now + 59) / 60;
    auto res = problem(429, "Je account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over " +
                                std::to_string(minutes) + (minutes == 1 ? " minuut" : " minuten") + " opnieuw.");
    res.set("Retry-After", std::to_string(creds->lockedUntil - c.now));
    return res;
  }
  if (!verifyPassword(creds->passwordHash, password)) {
    bool lock = creds->failedLogins + 1 >= c.app.config().maxFailedLogins;
    c.store.recordLoginFailure(creds->userId, lock ? c.now + c.app.config().lockSeconds : 0);
    return problem(401, "Het e-mailadres of het wachtwoord klopt niet.");
  }
  c.store.recordLoginSuccess(creds->userId);
  return respondLoggedIn(c, creds->userId, 200);
}

http::Response logout(Ctx& c) {
  c.store.deleteSession(c.tokenHash);
  auto res = http::Response::empty(204);
  res.headers.emplace_back("Set-Cookie", c.app.clearSessionCookie());
  return res;
}

http::Response changePassword(Ctx& c) {
  auto body = c.body({"currentPassword", "newPassword"});
  std::string current = body.requiredString("currentPassword");
  std::string next = body.requiredString("newPassword");
  auto me = c.store.me(c.actor());
  checkPassword("newPassword", next, me.user.email, body.errors());
  body.finish();
  auto creds = c.store.credentialsOf(c.actor());
  if (!creds || !verifyPassword(creds->passwordHash, current))
    invalid("Je huidige wachtwoord klopt niet.", {{"currentPassword", "Dit is niet je huidige wachtwoord."}});
  c.store.setPassword(c.actor(), hashPassword(next), c.tokenHash);
  c.store.audit(c.actor(), "password.change", "user/" + std::to_string(c.actor().userId), c.now);
  return http::Response::empty(204);
}

}  // namespace

http::Response respondLoggedIn(Ctx& c, int64_t userId, int status) {
  http::Response withCookie;
  auto started = c.app.startSession(userId, withCookie);
  auto s = c.store.session(tokenHash(started.token), c.now);
  return meResponse(c, s->actor, started.csrf, status, std::move(withCookie));
}

void addAuthRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/setup", http::Access::Public,
        [](Ctx& c) { return ok(boost::json::object{{"needed", !c.store.hasOrganisations()}}); });
  r.add("POST", "/api/v1/setup", http::Access::Public, setup, true);
  r.add("POST", "/api/v1/session", http::Access::Public, login, true);
  r.add("DELETE", "/api/v1/session", http::Access::Member, logout);
  r.add("GET", "/api/v1/me", http::Access::Member,
        [](Ctx& c) { return meResponse(c, c.actor(), c.session->csrf, 200); })
      .cacheable = true;
  r.add("PUT", "/api/v1/me/password", http::Access::Member, changePassword, true);
}

}  // namespace vk::api
