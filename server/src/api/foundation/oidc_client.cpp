#include "api/foundation/oidc_client.hpp"

#include <curl/curl.h>

#include <boost/json.hpp>
#include <memory>

extern "C" {
#include <jansson.h>
#include <jose/jose.h>
}

#include "domain/foundation/oidc.hpp"

namespace vk::api {

namespace json = boost::json;

namespace {

constexpr int64_t kCacheSeconds = 3600;
constexpr long kConnectTimeoutMs = 5000;
constexpr long kTotalTimeoutMs = 10000;
constexpr size_t kMaxAnswer = 1 << 20;

struct Answer {
  long status = 0;
  std::string body;
};

size_t collect(char* data, size_t size, size_t n, void* user) {
  auto* out = static_cast<std::string*>(user);
  if (out->size() + size * n > kMaxAnswer) return 0;  // too large: curl stops with an error
  out->append(data, size * n);
  return size * n;
}

void curlOnce() {
  static bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  if (!done) throw OidcFailure("provider-unreachable", "curl_global_init failed");
}

// One call to the provider: GET, or POST of a form with basic authentication.
Answer call(const std::string& url, const std::string* form = nullptr, const std::string* user = nullptr,
            const std::string* password = nullptr) {
  if (!acceptableProviderUrl(url)) throw OidcFailure("provider-url", "not an https URL: " + url);
  curlOnce();
  std::unique_ptr<CURL, void (*)(CURL*)> h(curl_easy_init(), curl_easy_cleanup);
  if (!h) throw OidcFailure("provider-unreachable", "curl_easy_init failed");
  Answer a;
  curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
  std::unique_ptr<curl_slist, void (*)(curl_slist*)> hs(headers, curl_slist_free_all);
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(h.get(), CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h.get(), CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
  curl_easy_setopt(h.get(), CURLOPT_TIMEOUT_MS, kTotalTimeoutMs);
  curl_easy_setopt(h.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h.get(), CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h.get(), CURLOPT_PROTOCOLS_STR, "https,http");  // http only for loopback (checked above)
  curl_easy_setopt(h.get(), CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(h.get(), CURLOPT_WRITEDATA, &a.body);
  if (form) {
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, form->c_str());
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(form->size()));
  }
  if (user && password) {
    curl_easy_setopt(h.get(), CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(h.get(), CURLOPT_USERNAME, user->c_str());
    curl_easy_setopt(h.get(), CURLOPT_PASSWORD, password->c_str());
  }
  CURLcode rc = curl_easy_perform(h.get());
  if (rc != CURLE_OK) throw OidcFailure("provider-unreachable", std::string(curl_easy_strerror(rc)) + ": " + url);
  curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &a.status);
  return a;
}

json::object jsonObject(const Answer& a, const char* code) {
  if (a.status != 200) throw OidcFailure(code, "the provider answered " + std::to_string(a.status) + ": " + a.body.substr(0, 300));
  boost::system::error_code ec;
  auto v = json::parse(a.body, ec);
  if (ec || !v.is_object()) throw OidcFailure(code, "the provider's answer is no JSON object");
  return v.as_object();
}

std::string field(const json::object& o, const char* name) {
  auto it = o.find(name);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}

std::string withoutTrailingSlash(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

struct JsonRef {
  json_t* p;
  explicit JsonRef(json_t* x) : p(x) {}
  ~JsonRef() {
    if (p) json_decref(p);
  }
  JsonRef(const JsonRef&) = delete;
  JsonRef& operator=(const JsonRef&) = delete;
};

// The key type an algorithm needs.
const char* keyTypeFor(const std::string& alg) { return alg.rfind("ES", 0) == 0 ? "EC" : "RSA"; }

// Whether one of the set's keys (by kid when the token names one) verifies the JWS.
// nullopt: the set has no key that the token could be meant for.
std::optional<bool> verifyWith(const std::string& keySetJson, const domain::CompactJws& jws, const std::string& alg,
                               const std::string& kid) {
  JsonRef set(json_loads(keySetJson.c_str(), 0, nullptr));
  json_t* keys = set.p ? json_object_get(set.p, "keys") : nullptr;
  if (!json_is_array(keys)) throw OidcFailure("jwks", "the provider's key set has no keys");
  JsonRef token(json_pack("{s:s,s:s,s:s}", "protected", jws.header.c_str(), "payload", jws.payload.c_str(),
                          "signature", jws.signature.c_str()));
  bool candidate = false;
  for (size_t i = 0; i < json_array_size(keys); ++i) {
    json_t* k = json_array_get(keys, i);
    const char* kty = json_string_value(json_object_get(k, "kty"));
    const char* kkid = json_string_value(json_object_get(k, "kid"));
    const char* use = json_string_value(json_object_get(k, "use"));
    const char* kalg = json_string_value(json_object_get(k, "alg"));
    // Only asymmetric keys of the algorithm's type are ever handed over: an "oct" key in the
    // set can never make an HMAC count as the provider's signature.
    if (!kty || std::string(kty) != keyTypeFor(alg)) continue;
    if (use && std::string(use) != "sig") continue;
    if (kalg && std::string(kalg) != alg) continue;
    if (!kid.empty() && (!kkid || kid != kkid)) continue;
    candidate = true;
    if (jose_jws_ver(nullptr, token.p, nullptr, k, false)) return true;
  }
  if (!candidate) return std::nullopt;
  return false;
}

}  // namespace

std::string urlEncoded(const std::string& s) {
  curlOnce();
  char* e = curl_easy_escape(nullptr, s.c_str(), static_cast<int>(s.size()));
  std::string out = e ? e : "";
  curl_free(e);
  return out;
}

bool acceptableProviderUrl(const std::string& url) {
  if (url.rfind("https://", 0) == 0) return url.size() > 8;
  for (const char* loop : {"http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/",
                           "http://[::1]:", "http://[::1]/"})
    if (url.rfind(loop, 0) == 0) return true;
  return false;
}

OidcClient& oidcClient() {
  static OidcClient c;
  return c;
}

OidcDiscovery OidcClient::discover(const std::string& issuer, int64_t now) {
  {
    std::lock_guard lock(m_);
    auto it = discovery_.find(issuer);
    if (it != discovery_.end() && now - it->second.at < kCacheSeconds) return it->second.d;
  }
  auto o = jsonObject(call(withoutTrailingSlash(issuer) + "/.well-known/openid-configuration"), "discovery");
  OidcDiscovery d{field(o, "issuer"), field(o, "authorization_endpoint"), field(o, "token_endpoint"),
                  field(o, "jwks_uri"), field(o, "end_session_endpoint")};
  if (withoutTrailingSlash(d.issuer) != withoutTrailingSlash(issuer))
    throw OidcFailure("discovery", "the provider names another issuer: " + d.issuer);
  if (d.authorizationEndpoint.empty() || d.tokenEndpoint.empty() || d.jwksUri.empty())
    throw OidcFailure("discovery", "the discovery document lacks an endpoint");
  std::lock_guard lock(m_);
  discovery_[issuer] = {d, now};
  return d;
}

std::string OidcClient::exchangeCode(const OidcDiscovery& d, const std::string& clientId,
                                     const std::string& clientSecret, const std::string& code,
                                     const std::string& redirectUri, const std::string& verifier) {
  std::string form = "grant_type=authorization_code&code=" + urlEncoded(code) + "&redirect_uri=" + urlEncoded(redirectUri) +
                     "&code_verifier=" + urlEncoded(verifier);
  // client_secret_basic: both parts form-encoded first (RFC 6749 §2.3.1)
  std::string user = urlEncoded(clientId), password = urlEncoded(clientSecret);
  auto o = jsonObject(call(d.tokenEndpoint, &form, &user, &password), "token-exchange");
  std::string idToken = field(o, "id_token");
  if (idToken.empty()) throw OidcFailure("token-exchange", "the token answer has no id_token");
  return idToken;
}

std::string OidcClient::keySet(const std::string& jwksUri, int64_t now, bool fresh) {
  if (!fresh) {
    std::lock_guard lock(m_);
    auto it = keys_.find(jwksUri);
    if (it != keys_.end() && now - it->second.at < kCacheSeconds) return it->second.json;
  }
  auto o = jsonObject(call(jwksUri), "jwks");
  std::string s = json::serialize(o);
  std::lock_guard lock(m_);
  keys_[jwksUri] = {s, now};
  return s;
}

json::object OidcClient::verifiedClaims(const OidcDiscovery& d, const std::string& idToken, int64_t now) {
  auto jws = domain::splitCompactJws(idToken);
  if (!jws) throw OidcFailure("signature", "the ID token is no compact JWS");
  auto headerText = domain::base64UrlDecode(jws->header);
  boost::system::error_code ec;
  auto header = headerText ? json::parse(*headerText, ec) : json::value();
  if (!headerText || ec || !header.is_object()) throw OidcFailure("signature", "the ID token's header is no JSON");
  std::string alg = field(header.as_object(), "alg");
  if (!domain::acceptableSigningAlg(alg)) throw OidcFailure("algorithm", "refused signing algorithm: " + alg);
  if (header.as_object().contains("crit")) throw OidcFailure("signature", "the ID token has critical extensions");
  if (jws->signature.empty()) throw OidcFailure("signature", "the ID token has no signature");
  std::string kid = field(header.as_object(), "kid");
  auto result = verifyWith(keySet(d.jwksUri, now, false), *jws, alg, kid);
  if (!result) result = verifyWith(keySet(d.jwksUri, now, true), *jws, alg, kid);  // a rotated key
  if (!result || !*result) throw OidcFailure("signature", "the ID token's signature does not verify");
  auto payload = domain::base64UrlDecode(jws->payload);
  auto claims = payload ? json::parse(*payload, ec) : json::value();
  if (!payload || ec || !claims.is_object()) throw OidcFailure("signature", "the ID token's payload is no JSON");
  return claims.as_object();
}

}  // namespace vk::api
