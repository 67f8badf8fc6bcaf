// The second log-in step (TOTP): enrolment on the account page, new recovery codes and
// turning it off, the step after the right password, and the organisation's requirement for
// team leads (docs/adr/0009-second-factor.md). Every attempt with a code or password here is
// limited like a log-in (per account and client address, api/rate_limiter) and audited: a
// wrong code, a replayed one, the start of a lock-out, a right code at log-in, a recovery code.
// The counts are in the store (docs/adr/0014-shared-attempt-limits.md). A failure is answered,
// never thrown, so the command commits its count with its audit entry before the answer goes.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/problem.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/totp.hpp"
#include "domain/time_format.hpp"
#include "export/qr_svg.hpp"
#include "store/db.hpp"
#include "store/foundation/second_factor.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {

store::SecondFactorStore mfa(Ctx& c) { return store::SecondFactorStore(c.store.db(), c.app.secretBox()); }

std::string accountKey(int64_t userId) { return "user:" + std::to_string(userId); }

http::Response tooManyCodes(int64_t wait) {
  auto res = problem(429, "Te veel onjuiste codes. Wacht even en probeer het dan opnieuw.");
  res.set("Retry-After", std::to_string(wait));
  return res;
}

const char* kWrongCode = "Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en probeer de nieuwe code.";

// The limits before any code is checked: per client address, then per account there. `seen`
// is what the account's check saw, for succeeded().
std::optional<http::Response> throttled(Ctx& c, int64_t userId, LoginThrottle::AccountCheck& seen) {
  auto& t = c.app.secondFactorThrottle();
  std::string client = c.clientAddress();
  if (int64_t wait = t.addressWait(client, c.now)) return tooManyCodes(wait);
  seen = t.accountWait(accountKey(userId), client, c.now);
  if (seen.wait > 0) {
    t.refused(client, c.now);
    return tooManyCodes(seen.wait);
  }
  return std::nullopt;
}

// A wrong (or replayed) code or password: it counts against the limits and is written to the
// audit log; the failure that makes the limit slow this account down is written as well
// (foundation.mfa.locked), once per wait rather than for every refused knock, so a flood
// cannot fill the log (the refused knocks count against the address instead).
void failed(Ctx& c, const Actor& a, store::CodeCheck what = store::CodeCheck::Wrong) {
  auto& t = c.app.secondFactorThrottle();
  std::string client = c.clientAddress();
  t.failed(accountKey(a.userId), client, c.now);
  auto st = mfa(c);
  st.auditAttempt(a, what == store::CodeCheck::Replayed ? "foundation.mfa.replayed" : "foundation.mfa.failed", c.now);
  if (t.accountWait(accountKey(a.userId), client, c.now).wait > 0) st.auditAttempt(a, "foundation.mfa.locked", c.now);
}

void succeeded(Ctx& c, const LoginThrottle::AccountCheck& seen, int64_t userId) {
  c.app.secondFactorThrottle().succeeded(seen, accountKey(userId), c.clientAddress());
}

json::array codesJson(const std::vector<std::string>& codes) {
  json::array out;
  for (auto& x : codes) out.push_back(json::value(x));
  return out;
}

// Admins and analysts need one when the server requires it (App::needsSecondFactor), team
// leads when their organisation does.
bool requiredFor(Ctx& c) {
  return mfa(c).requiredOf(c.actor(), c.app.config().requireSecondFactorForAdmins);
}

bool rightPassword(Ctx& c, const std::string& password) {
  auto creds = c.store.credentialsOf(c.actor());
  return creds && verifyPassword(creds->passwordHash, password);
}

http::Response wrongPassword() {
  return problem(400, "Je wachtwoord klopt niet.", {{"password", "Dit is niet je wachtwoord."}});
}

http::Response status(Ctx& c) {
  auto s = mfa(c).status(c.actor());
  return ok(json::object{{"enabled", s.enabled},
                         {"pending", s.pending},
                         {"enrolledAt", s.enrolledAt ? json::value(isoUtc(*s.enrolledAt)) : json::value(nullptr)},
                         {"recoveryCodesLeft", s.recoveryCodesLeft},
                         {"required", requiredFor(c)},
                         {"requiredForAdmins", c.app.config().requireSecondFactorForAdmins},
                         {"requiredForTeamLeads", mfa(c).teamLeadsRequired(c.actor().orgId)}});
}

http::Response enrol(Ctx& c) {
  c.body({}).finish();
  std::string secret = mfa(c).enrol(c.actor(), c.now);
  std::string b32 = base32Encode(secret);
  auto me = c.store.me(c.actor());
  std::string uri = otpauthUri("Vakkompas", me.user.email, b32);
  return ok(json::object{{"secret", b32},
                         {"secretGroups", groupsOfFour(b32)},
                         {"otpauthUri", uri},
                         {"qrSvg", exporter::qrSvg(uri, "QR-code voor je authenticator-app")},
                         {"digits", kTotpDigits},
                         {"period", kTotpStepSeconds}},
            201);
}

std::string requiredCode(JsonBody& body) {
  std::string code = normaliseCode(body.requiredString("code"));
  body.finish();
  return code;
}

http::Response confirm(Ctx& c) {
  auto body = c.body({"code"});
  std::string code = requiredCode(body);
  LoginThrottle::AccountCheck seen;
  if (auto r = throttled(c, c.actor().userId, seen)) return *r;
  std::vector<std::string> codes;
  try {
    codes = mfa(c).confirm(c.actor(), code, c.now);
  } catch (const Error& e) {
    // A wrong first code is a failed attempt like any other: limited and audited. Answered
    // here rather than thrown, so the command commits the failure's audit entry.
    if (e.kind() != ErrorKind::Invalid) throw;
    failed(c, c.actor());
    return problemFrom(e);
  }
  succeeded(c, seen, c.actor().userId);
  return ok(json::object{{"recoveryCodes", codesJson(codes)}});
}

// New recovery codes with the password (blocking: it costs an argon2id); the old ones stop
// working in the same command.
http::Response regenerate(Ctx& c) {
  auto body = c.body({"password"});
  std::string password = body.requiredString("password");
  body.finish();
  LoginThrottle::AccountCheck seen;
  if (auto r = throttled(c, c.actor().userId, seen)) return *r;
  auto st = mfa(c);
  if (!st.enabled(c.actor().userId))
    throw Error(ErrorKind::Conflict, "Zet eerst een tweede stap aan.");
  if (!rightPassword(c, password)) {
    failed(c, c.actor());
    return wrongPassword();
  }
  succeeded(c, seen, c.actor().userId);
  return ok(json::object{{"recoveryCodes", codesJson(st.regenerateRecoveryCodes(c.actor(), c.now))}});
}

// Off with the password and a current code (blocking: the password costs an argon2id);
// refused while the person's role requires a second step.
http::Response disable(Ctx& c) {
  auto st = mfa(c);
  if (!st.enabled(c.actor().userId)) {
    c.body({"code", "password"}).finish();
    st.disable(c.actor(), c.now);  // a pending enrolment: nothing to prove
    return http::Response::empty(204);
  }
  if (requiredFor(c))
    return problem(403, "Je kunt de tweede stap niet uitzetten: je rol in de organisatie vraagt erom "
                        "(als beheerder, analist of teamleider). Vraag een beheerder als dat niet meer klopt.");
  auto body = c.body({"code", "password"});
  std::string password = body.requiredString("password");
  std::string code = normaliseCode(body.requiredString("code"));
  body.finish();
  LoginThrottle::AccountCheck seen;
  if (auto r = throttled(c, c.actor().userId, seen)) return *r;
  if (!rightPassword(c, password)) {
    failed(c, c.actor());
    return wrongPassword();
  }
  auto check = st.useCode(c.actor().userId, code, c.now);
  if (check != store::CodeCheck::Accepted) {
    failed(c, c.actor(), check);
    return problem(400, kWrongCode, {{"code", "Deze code klopt niet."}});
  }
  succeeded(c, seen, c.actor().userId);
  st.disable(c.actor(), c.now);
  return http::Response::empty(204);
}

// The step after the right password: the challenge and a code from the app, or a recovery
// code. Only then a session.
http::Response secondStep(Ctx& c) {
  auto& t = c.app.secondFactorThrottle();
  std::string client = c.clientAddress();
  if (int64_t wait = t.addressWait(client, c.now)) return tooManyCodes(wait);
  auto body = c.body({"challenge", "code", "recoveryCode"});
  std::string challenge = body.requiredString("challenge");
  auto code = body.optionalString("code");
  auto recovery = body.optionalString("recoveryCode");
  if (!code && !recovery) body.errors().push_back({"code", "Vul de code uit je app in, of een herstelcode."});
  body.finish();
  auto st = mfa(c);
  std::string hash = tokenHash(challenge);
  auto actor = st.challenge(hash, c.now);
  if (!actor) {
    t.refused(client, c.now);  // guessing challenges counts against the address
    return problem(401, "Je inlogpoging is verlopen. Log opnieuw in met je e-mailadres en wachtwoord.");
  }
  LoginThrottle::AccountCheck seen;
  if (auto r = throttled(c, actor->userId, seen)) return *r;
  auto check = code ? st.useCode(actor->userId, normaliseCode(*code), c.now)
                    : (st.useRecoveryCode(*actor, *recovery, c.now) ? store::CodeCheck::Accepted : store::CodeCheck::Wrong);
  if (check != store::CodeCheck::Accepted) {
    failed(c, *actor, check);
    return problem(401, code ? kWrongCode : "Deze herstelcode klopt niet, of is al gebruikt.");
  }
  if (code) st.auditAttempt(*actor, "foundation.mfa.verified", c.now);  // a recovery code audits itself
  succeeded(c, seen, actor->userId);
  st.endChallenge(hash);
  return respondLoggedIn(c, actor->userId, 200);
}

// The organisation's requirements: admins and analysts (the server's setting, shown), team
// leads (the organisation's choice).
http::Response organisationPolicy(Ctx& c) {
  return ok(json::object{{"requiredForAdmins", c.app.config().requireSecondFactorForAdmins},
                         {"requiredForTeamLeads", mfa(c).teamLeadsRequired(c.actor().orgId)}});
}

http::Response setOrganisationPolicy(Ctx& c) {
  auto body = c.body({"requiredForTeamLeads"});
  auto leads = body.optionalBool("requiredForTeamLeads");
  if (!leads)
    body.errors().push_back({"requiredForTeamLeads", "Kies of teamleiders een tweede stap moeten hebben (true of false)."});
  body.finish();
  mfa(c).setTeamLeadsRequired(c.actor(), *leads, c.now);
  return organisationPolicy(c);
}

}  // namespace

http::Response respondPasswordRight(Ctx& c, int64_t userId) {
  auto st = mfa(c);
  if (!st.enabled(userId)) return respondLoggedIn(c, userId, 200);
  std::string challenge = randomToken();
  st.createChallenge(tokenHash(challenge), userId, c.now);
  return ok(json::object{{"secondFactorRequired", true},
                         {"challenge", challenge},
                         {"expiresAt", isoUtc(c.now + store::kChallengeSeconds)}},
            202);
}

void addSecondFactorRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/me/second-factor", http::Access::Member, status);
  r.add("POST", "/api/v1/me/second-factor", http::Access::Member, enrol);
  r.add("POST", "/api/v1/me/second-factor/confirm", http::Access::Member, confirm);
  r.add("POST", "/api/v1/me/second-factor/recovery-codes", http::Access::Member, regenerate, true);
  r.add("POST", "/api/v1/me/second-factor/disable", http::Access::Member, disable, true);
  r.add("POST", "/api/v1/session/second-factor", http::Access::Public, secondStep);
  r.add("GET", "/api/v1/organisation/second-factor", http::Access::OrgAdmin, organisationPolicy);
  r.add("PUT", "/api/v1/organisation/second-factor", http::Access::OrgAdmin, setOrganisationPolicy);
}

}  // namespace vk::api
