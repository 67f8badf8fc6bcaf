// Log in with the organisation's OpenID provider (docs/adr/0010-openid-connect.md): the log-in
// page's question "does this address log in with its organisation?", the redirect to the
// provider, its answer (the code exchanged, the ID token verified), and the admin's settings.
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/foundation/oidc_client.hpp"
#include "api/foundation/sso.hpp"
#include "api/foundation/views.hpp"
#include "api/problem.hpp"
#include "domain/foundation/oidc.hpp"
#include "domain/foundation/validation.hpp"
#include "domain/time_format.hpp"
#include "store/db.hpp"
#include "store/foundation/second_factor.hpp"
#include "store/foundation/sso.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {

constexpr const char* kFlowCookie = "vk_sso";

store::SsoStore sso(Ctx& c) { return store::SsoStore(c.store.db(), c.app.secretBox()); }

// Where people reach us: the configured public URL, else the request's own scheme and host.
std::string publicOrigin(const Ctx& c) {
  std::string u = c.app.config().publicUrl;
  if (!u.empty()) {
    auto p = u.find("://");
    return p == std::string::npos ? u : u.substr(0, u.find_first_of("/?#", p + 3));
  }
  return std::string(c.app.config().secureCookies ? "https://" : "http://") + std::string(c.req.header("host"));
}

std::string redirectUri(const Ctx& c) { return publicOrigin(c) + "/api/v1/sso/callback"; }

std::string s256(const std::string& verifier) {
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(verifier.data()), verifier.size());
  return base64UrlEncode(std::string_view(reinterpret_cast<const char*>(h), sizeof h));
}

http::Response redirect(const std::string& to) {
  http::Response r;
  r.status = 302;
  r.set("Location", to);
  r.set("Cache-Control", "no-store");
  return r;
}

std::string flowCookie(const Ctx& c, const std::string& value, int64_t maxAge) {
  // Lax, not Strict: it must come back with the provider's redirect (a navigation from its site).
  std::string s = std::string(kFlowCookie) + "=" + value + "; Path=/api/v1/sso; HttpOnly; SameSite=Lax; Max-Age=" +
                  std::to_string(maxAge);
  if (c.app.config().secureCookies) s += "; Secure";
  return s;
}

// Back to the log-in page, which explains the reason in Dutch (web/src/features/auth).
http::Response failed(Ctx& c, const std::string& reason) {
  auto r = redirect("/inloggen?sso-fout=" + urlEncoded(reason));
  r.headers.emplace_back("Set-Cookie", flowCookie(c, "", 0));
  return r;
}

json::value entryJson(const store::SsoEntry& e) {
  return json::object{{"available", true},
                      {"organisationId", e.orgId},
                      {"organisation", e.organisation},
                      {"ssoOnly", e.ssoOnly},
                      {"startUrl", "/api/v1/sso/start?organisation=" + std::to_string(e.orgId)}};
}

// GET /api/v1/sso/discover?email=…: whether this address logs in with its organisation's
// account (by the e-mail domain the admin listed). Without an address, an installation of one
// organisation answers for that organisation.
http::Response discover(Ctx& c) {
  std::string email = normaliseEmail(c.req.queryParam("email"));
  auto st = sso(c);
  std::optional<store::SsoEntry> e = email.empty() ? st.onlyOrganisation() : st.byEmailDomain(emailDomain(email));
  if (!e) return ok(json::object{{"available", false}});
  return ok(entryJson(*e));
}

// GET /api/v1/sso/start?organisation=ID: state, nonce and PKCE verifier kept here, the
// browser sent to the provider.
http::Response start(Ctx& c) {
  std::string orgText = c.req.queryParam("organisation");
  int64_t orgId = 0;
  try {
    orgId = std::stoll(orgText);
  } catch (...) {
    return problem(400, "Kies de organisatie waarmee je wilt inloggen.", {{"organisation", "Geen organisatie gekozen."}});
  }
  auto st = sso(c);
  auto cfg = st.config(orgId);
  if (!cfg || !cfg->settings.enabled) return problem(404, "Deze organisatie logt niet in met een eigen account.");
  OidcDiscovery d;
  try {
    d = oidcClient().discover(cfg->settings.issuer, c.now);
  } catch (const OidcFailure& f) {
    spdlog::warn("sso: discovery of {} failed: {}", cfg->settings.issuer, f.what());
    st.auditRefusal(orgId, f.code, c.now);
    return failed(c, "provider-unreachable");
  }
  std::string state = randomToken(), nonce = randomToken(), verifier = randomToken(), binding = randomToken();
  std::string redirect_ = redirectUri(c);
  st.startFlow(tokenHash(state), {orgId, tokenHash(binding), nonce, verifier, redirect_}, c.now);
  std::string url = d.authorizationEndpoint + (d.authorizationEndpoint.find('?') == std::string::npos ? "?" : "&") +
                    "response_type=code&scope=" + urlEncoded("openid email profile") +
                    "&client_id=" + urlEncoded(cfg->settings.clientId) + "&redirect_uri=" + urlEncoded(redirect_) +
                    "&state=" + urlEncoded(state) + "&nonce=" + urlEncoded(nonce) + "&code_challenge=" + s256(verifier) +
                    "&code_challenge_method=S256";
  auto r = redirect(url);
  r.headers.emplace_back("Set-Cookie", flowCookie(c, binding, store::kSsoFlowSeconds));
  return r;
}

// GET /api/v1/sso/callback?code=…&state=…: the provider's answer.
http::Response callback(Ctx& c) {
  auto st = sso(c);
  auto flow = st.takeFlow(tokenHash(c.req.queryParam("state")), c.now);
  if (!flow) return failed(c, "expired");
  std::string binding = c.req.cookie(kFlowCookie);
  if (binding.empty() || tokenHash(binding) != flow->bindingHash) {
    st.auditRefusal(flow->orgId, "browser", c.now);
    return failed(c, "browser");
  }
  if (!c.req.queryParam("error").empty() || c.req.queryParam("code").empty()) {
    st.auditRefusal(flow->orgId, "provider-refused", c.now);
    return failed(c, "provider-refused");
  }
  auto cfg = st.config(flow->orgId);
  if (!cfg || !cfg->settings.enabled) return failed(c, "not-configured");
  const auto& s = cfg->settings;
  json::object claims;
  OidcDiscovery d;
  try {
    d = oidcClient().discover(s.issuer, c.now);
    std::string idToken =
        oidcClient().exchangeCode(d, s.clientId, cfg->clientSecret, c.req.queryParam("code"), flow->redirectUri,
                                  flow->verifier);
    claims = oidcClient().verifiedClaims(d, idToken, c.now);
  } catch (const OidcFailure& f) {
    spdlog::warn("sso: log-in with {} refused: {}", s.issuer, f.what());
    st.auditRefusal(flow->orgId, f.code, c.now);
    return failed(c, f.code);
  }
  if (auto problem_ = checkIdTokenClaims(claims, {d.issuer, s.clientId, flow->nonce, c.now})) {
    std::string why(toString(*problem_));
    spdlog::warn("sso: ID token from {} refused: {}", s.issuer, why);
    st.auditRefusal(flow->orgId, why, c.now);
    return failed(c, why);
  }
  store::SsoIdentity id{d.issuer,
                        claimString(claims, "sub"),
                        normaliseEmail(claimString(claims, s.emailClaim)),
                        trimmed(claimString(claims, s.nameClaim)),
                        emailVerified(claims),
                        mapRole(claims, s.roles)};
  bool mfa = providerMfa(claims, s.acceptedAcr);
  auto in = st.logIn(flow->orgId, s, id, mfa, c.now);
  if (!in.refused.empty()) {
    st.auditRefusal(flow->orgId, in.refused, c.now);
    return failed(c, in.refused);
  }
  // An admin whose provider did not do MFA: the local second factor as a step-up (ADR 0009's
  // challenge; the log-in page asks for the code).
  store::SecondFactorStore factors(c.store.db(), c.app.secretBox());
  if (in.orgAdmin && !mfa && factors.enabled(in.userId)) {
    std::string challenge = randomToken();
    factors.createChallenge(tokenHash(challenge), in.userId, c.now);
    auto r = redirect("/inloggen#sso-stap=" + challenge);
    r.headers.emplace_back("Set-Cookie", flowCookie(c, "", 0));
    return r;
  }
  auto r = redirect("/");
  auto started = c.app.startSession(in.userId, r);
  if (mfa) st.markProviderMfa(tokenHash(started.token));
  // The vk_sso cookie is left to expire (its flow is gone): http::Server sends one header of
  // each name, and this answer's one Set-Cookie is the session's.
  return r;
}

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (auto& x : v) a.push_back(json::value(x));
  return a;
}

http::Response getConfig(Ctx& c) {
  auto cfg = sso(c).forAdmin(c.actor());
  json::object o{{"configured", bool(cfg)}, {"redirectUri", redirectUri(c)}};
  store::SsoSettings s = cfg ? cfg->settings : store::SsoSettings{};
  o["issuer"] = s.issuer;
  o["clientId"] = s.clientId;
  o["hasClientSecret"] = cfg && cfg->hasSecret;
  o["emailClaim"] = s.emailClaim;
  o["nameClaim"] = s.nameClaim;
  o["groupsClaim"] = s.roles.groupsClaim;
  o["adminGroups"] = strings(s.roles.adminGroups);
  o["memberGroups"] = strings(s.roles.memberGroups);
  o["acceptedAcr"] = strings(s.acceptedAcr);
  o["emailDomains"] = strings(s.emailDomains);
  o["createMembers"] = s.createMembers;
  o["linkByVerifiedEmail"] = s.linkByVerifiedEmail;
  o["ssoOnly"] = s.ssoOnly;
  o["breakGlassUserId"] = s.breakGlassUserId ? json::value(*s.breakGlassUserId) : json::value(nullptr);
  o["enabled"] = s.enabled;
  o["updatedAt"] = cfg ? json::value(isoUtc(cfg->updatedAt)) : json::value(nullptr);
  return ok(o);
}

std::vector<std::string> cleaned(std::vector<std::string> v, bool lower) {
  std::vector<std::string> out;
  for (auto& x : v) {
    std::string t = trimmed(x);
    if (lower) t = normaliseEmail(t);
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

http::Response putConfig(Ctx& c) {
  auto body = c.body({"issuer", "clientId", "clientSecret", "emailClaim", "nameClaim", "groupsClaim", "adminGroups",
                      "memberGroups", "acceptedAcr", "emailDomains", "createMembers", "linkByVerifiedEmail", "ssoOnly",
                      "breakGlassUserId", "enabled"});
  store::SsoSettings s;
  s.issuer = trimmed(body.requiredString("issuer"));
  s.clientId = trimmed(body.requiredString("clientId"));
  std::string secret = body.optionalString("clientSecret").value_or("");
  s.emailClaim = trimmed(body.optionalString("emailClaim").value_or("email"));
  s.nameClaim = trimmed(body.optionalString("nameClaim").value_or("name"));
  s.roles.groupsClaim = trimmed(body.optionalString("groupsClaim").value_or(""));
  s.roles.adminGroups = cleaned(body.stringArray("adminGroups"), false);
  s.roles.memberGroups = cleaned(body.stringArray("memberGroups"), false);
  s.acceptedAcr = cleaned(body.stringArray("acceptedAcr"), false);
  s.emailDomains = cleaned(body.stringArray("emailDomains"), true);
  s.createMembers = body.optionalBool("createMembers").value_or(false);
  s.linkByVerifiedEmail = body.optionalBool("linkByVerifiedEmail").value_or(false);
  s.ssoOnly = body.optionalBool("ssoOnly").value_or(false);
  s.breakGlassUserId = body.optionalInt("breakGlassUserId");
  s.enabled = body.optionalBool("enabled").value_or(true);
  auto& errs = body.errors();
  if (!acceptableProviderUrl(s.issuer))
    errs.push_back({"issuer", "Vul de issuer-URL van je identity provider in; die begint met https://."});
  if (s.clientId.empty()) errs.push_back({"clientId", "Vul de client-id in die je identity provider gaf."});
  if (s.emailClaim.empty()) errs.push_back({"emailClaim", "Vul de claim met het e-mailadres in (meestal email)."});
  if (s.nameClaim.empty()) errs.push_back({"nameClaim", "Vul de claim met de naam in (meestal name)."});
  for (auto& d : s.emailDomains)
    if (d.find('@') != std::string::npos || d.find('.') == std::string::npos)
      errs.push_back({"emailDomains", "Een e-maildomein ziet eruit als gemeente.nl, zonder @."});
  for (auto* field : {&s.issuer, &s.clientId, &s.emailClaim, &s.nameClaim, &s.roles.groupsClaim})
    if (field->size() > 500) errs.push_back({"issuer", "Deze waarde is te lang."});
  body.finish();
  auto st = sso(c);
  auto had = st.config(c.actor().orgId);
  if (secret.empty() && !(had && had->hasSecret))
    invalid("Vul het client secret in.", {{"clientSecret", "Vul het client secret in dat je identity provider gaf."}});
  st.put(c.actor(), s, secret, c.now);
  return getConfig(c);
}

}  // namespace

std::optional<http::Response> refusePasswordForSsoOnly(Ctx& c, int64_t userId) {
  auto policy = sso(c).passwordPolicy(userId);
  if (!policy.ssoOnly) return std::nullopt;
  if (!policy.breakGlass)
    return problem(403, "Je organisatie logt in met het eigen organisatie-account. Kies \"Inloggen met je "
                        "organisatie-account\".");
  if (!store::SecondFactorStore(c.store.db(), c.app.secretBox()).enabled(userId))
    return problem(403, "Het noodaccount kan alleen inloggen met een tweede stap. Vraag een andere beheerder om hulp.");
  sso(c).auditBreakGlass(userId, c.now);
  return std::nullopt;
}

std::optional<http::Response> refusePasswordChangeForSsoOnly(Ctx& c) {
  auto policy = sso(c).passwordPolicy(c.actor().userId);
  if (!policy.ssoOnly || policy.breakGlass) return std::nullopt;
  return problem(403, "Je organisatie logt in met het eigen organisatie-account: een wachtwoord heb je in Vakkompas "
                      "niet nodig.");
}

std::optional<std::string> endSessionUrl(Ctx& c) {
  auto st = sso(c);
  if (!st.linked(c.actor().userId)) return std::nullopt;
  auto cfg = st.config(c.actor().orgId);
  if (!cfg || !cfg->settings.enabled) return std::nullopt;
  try {
    auto d = oidcClient().discover(cfg->settings.issuer, c.now);
    if (d.endSessionEndpoint.empty()) return std::nullopt;
    return d.endSessionEndpoint + (d.endSessionEndpoint.find('?') == std::string::npos ? "?" : "&") +
           "client_id=" + urlEncoded(cfg->settings.clientId);
  } catch (const OidcFailure& f) {
    spdlog::warn("sso: no end-session endpoint: {}", f.what());
    return std::nullopt;
  }
}

void addSsoRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/sso/discover", http::Access::Public, discover);
  r.add("GET", "/api/v1/sso/start", http::Access::Public, start, true);
  r.add("GET", "/api/v1/sso/callback", http::Access::Public, callback, true);
  r.add("GET", "/api/v1/organisation/sso", http::Access::OrgAdmin, getConfig);
  r.add("PUT", "/api/v1/organisation/sso", http::Access::OrgAdmin, putConfig);
}

}  // namespace vk::api
