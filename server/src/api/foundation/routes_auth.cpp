// First-run set-up, log-in and log-out, the caller's own account.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/problem.hpp"
#include "api/foundation/sso.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"
#include "store/db.hpp"

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

// One answer for every refusal by the throttle, whoever the account is.
http::Response tooManyAttempts(int64_t wait) {
  auto res = problem(429, "Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.");
  res.set("Retry-After", std::to_string(wait));
  return res;
}

// Log-in answers tell nothing about which e-mail addresses have an account: an unknown
// address, a wrong password and a slowed-down account each cost one argon2id
// verification (against a fixed hash when there is no account), an unknown address and
// a wrong password get the same 401, and the delay after repeated failures is kept per
// typed address whether or not it exists, so it answers the same 429. Only failures
// count (api/rate_limiter.hpp): a successful log-in never uses up a limit, and the
// growing delay means the right password always gets in once it has passed. The counts are
// in the store, shared by every instance (docs/adr/0014-shared-attempt-limits.md); this route
// is blocking, outside any command, so each failure is counted in a write of its own before
// the 401 or 429 is answered.
http::Response login(Ctx& c) {
  auto& throttle = c.app.loginThrottle();
  std::string client = c.clientAddress();
  // Too many failures from this address, on any accounts: no hashing at all (it would
  // only feed a flood), and the answer does not depend on the account.
  if (int64_t wait = throttle.addressWait(client, c.now)) return tooManyAttempts(wait);
  auto body = c.body({"email", "password"});
  std::string email = normaliseEmail(body.requiredString("email"));
  std::string password = body.requiredString("password");
  body.finish();
  auto seen = throttle.accountWait(email, client, c.now);
  auto creds = c.store.credentialsByEmail(email);
  bool right = verifyPassword(creds ? creds->passwordHash : dummyHash(), password) && creds;
  if (seen.wait > 0) {  // slowed down: not evaluated, even when right
    throttle.refused(client, c.now);
    return tooManyAttempts(seen.wait);
  }
  if (!right) {
    throttle.failed(email, client, c.now);
    return problem(401, "Het e-mailadres of het wachtwoord klopt niet.");
  }
  throttle.succeeded(seen, email, client);
  // SSO only: no password log-in, except the break-glass admin with a second factor (ADR 0010)
  if (auto refused = refusePasswordForSsoOnly(c, creds->userId)) return *refused;
  return respondPasswordRight(c, creds->userId);
}

http::Response logout(Ctx& c) {
  auto endSession = endSessionUrl(c);  // after an SSO log-in: the provider's log-out to offer
  c.store.deleteSession(c.tokenHash);
  auto res = endSession ? ok(boost::json::object{{"endSessionUrl", *endSession}}) : http::Response::empty(204);
  res.headers.emplace_back("Set-Cookie", c.app.clearSessionCookie());
  return res;
}

http::Response changePassword(Ctx& c) {
  if (auto refused = refusePasswordChangeForSsoOnly(c)) return *refused;
  auto body = c.body({"currentPassword", "newPassword"});
  std::string current = body.requiredString("currentPassword");
  std::string next = body.requiredString("newPassword");
  auto me = c.store.me(c.actor());
  checkPassword("newPassword", next, me.user.email, body.errors());
  body.finish();
  auto creds = c.store.credentialsOf(c.actor());
  if (!creds || !verifyPassword(creds->passwordHash, current))
    invalid("Je huidige wachtwoord klopt niet.", {{"currentPassword", "Dit is niet je huidige wachtwoord."}});
  std::string hash = hashPassword(next);  // before the command: no write lock while hashing
  c.store.db().commandScope([&] {             // the change and its audit entry, or neither
    c.store.setPassword(c.actor(), hash, c.tokenHash);
    c.store.audit(c.actor(), "password.change", "user/" + std::to_string(c.actor().userId), c.now);
  });
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
