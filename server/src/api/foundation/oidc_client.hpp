#pragma once
// The calls to an OpenID provider (docs/adr/0010-openid-connect.md): discovery, the code
// exchange, and the JWKS with the ID token's signature checked on libjose. libcurl with
// timeouts; discovery and key sets cached in memory, the key set fetched again when a token
// names a key id it does not hold (the provider rotated its key). The claim checks are pure
// rules in domain/foundation/oidc.
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

namespace vk::api {

// A failed call or a token that does not verify; `code` says which (audit, the log-in page).
struct OidcFailure : std::runtime_error {
  OidcFailure(std::string code, const std::string& what) : std::runtime_error(what), code(std::move(code)) {}
  std::string code;  // "provider-unreachable", "discovery", "token-exchange", "signature", "algorithm", …
};

struct OidcDiscovery {
  std::string issuer;
  std::string authorizationEndpoint;
  std::string tokenEndpoint;
  std::string jwksUri;
  std::string endSessionEndpoint;  // may be empty
};

class OidcClient {
 public:
  // Discovery of the issuer (cached an hour); its "issuer" must be the one asked for.
  OidcDiscovery discover(const std::string& issuer, int64_t now);
  // The code for the ID token (compact JWS), with the client secret (client_secret_basic) and
  // the PKCE verifier.
  std::string exchangeCode(const OidcDiscovery& d, const std::string& clientId, const std::string& clientSecret,
                           const std::string& code, const std::string& redirectUri, const std::string& verifier);
  // The ID token's signature against the provider's keys; its claims when it verifies.
  // Refuses "none", HS* and every algorithm that is not asymmetric before any key is used.
  boost::json::object verifiedClaims(const OidcDiscovery& d, const std::string& idToken, int64_t now);

 private:
  struct CachedDiscovery {
    OidcDiscovery d;
    int64_t at = 0;
  };
  struct CachedKeys {
    std::string json;  // the JWK set as fetched
    int64_t at = 0;
  };
  std::string keySet(const std::string& jwksUri, int64_t now, bool fresh);
  std::mutex m_;
  std::map<std::string, CachedDiscovery> discovery_;
  std::map<std::string, CachedKeys> keys_;
};

// The one client of the process (its caches are per process).
OidcClient& oidcClient();

// Percent-encoding for a query or form value (RFC 3986 unreserved characters stay).
std::string urlEncoded(const std::string& s);

// Only https://, or http:// to a loopback address (tests, development).
bool acceptableProviderUrl(const std::string& url);

}  // namespace vk::api
