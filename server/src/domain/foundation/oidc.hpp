#pragma once
// The rules of an OpenID Connect log-in that need no I/O (docs/adr/0010-openid-connect.md):
// which signing algorithms are acceptable, the checks on an ID token's claims, whether the
// provider's MFA counts, and the mapping of a groups claim onto Vakkompas roles. The
// signature itself is checked outside the domain (api/foundation/oidc_client), on libjose.
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vk::domain {

constexpr int64_t kIdTokenLeewaySeconds = 60;

// Asymmetric JWS algorithms only: never "none", never HS* (a client secret is no proof of the
// provider), nothing unknown.
bool acceptableSigningAlg(std::string_view alg);

// A compact JWS "header.payload.signature" in its three base64url parts; nullopt when it is not.
struct CompactJws {
  std::string header, payload, signature;
};
std::optional<CompactJws> splitCompactJws(std::string_view token);
// base64url without padding (RFC 7515 §2) to bytes; nullopt on a character outside the alphabet.
std::optional<std::string> base64UrlDecode(std::string_view in);
std::string base64UrlEncode(std::string_view bytes);

struct IdTokenExpectations {
  std::string issuer;    // exactly as in discovery
  std::string clientId;  // our client: must be in aud
  std::string nonce;     // the one we sent
  int64_t now = 0;
  int64_t leeway = kIdTokenLeewaySeconds;
};

enum class IdTokenProblem { Issuer, Audience, Expired, NotYetValid, Nonce, Subject };
std::string_view toString(IdTokenProblem p);  // "issuer", "audience", … (audit and logs)

// The claims of a verified signature, checked: nullopt when they are right.
std::optional<IdTokenProblem> checkIdTokenClaims(const boost::json::object& claims, const IdTokenExpectations& e);

// The provider's MFA counts when `amr` contains "mfa", or `acr` is one of acceptedAcr.
bool providerMfa(const boost::json::object& claims, const std::vector<std::string>& acceptedAcr);

// A claim as text ("" when absent or not a string); a dotted name reaches into objects
// ("realm_access.roles" in Keycloak).
const boost::json::value* claimAt(const boost::json::object& claims, std::string_view name);
std::string claimString(const boost::json::object& claims, std::string_view name);
// A claim as a list of strings: an array of strings, or one string.
std::vector<std::string> claimStrings(const boost::json::object& claims, std::string_view name);
bool emailVerified(const boost::json::object& claims);

struct RoleMapping {
  std::string groupsClaim;                 // empty: no mapping, roles are kept as they are
  std::vector<std::string> adminGroups;    // a member of one is an organisation admin
  std::vector<std::string> memberGroups;   // non-empty: only these (or admin groups) may log in
};
struct MappedRole {
  bool allowed = true;
  std::optional<bool> orgAdmin;  // nullopt: leave it as it is
};
MappedRole mapRole(const boost::json::object& claims, const RoleMapping& m);

// "a@b.nl" → "b.nl" (lower-case); "" when there is no '@'.
std::string emailDomain(std::string_view email);
// A list typed as "a, b c\nd" → {"a", "b c", "d"} (commas or new lines; trimmed), without empties.
std::vector<std::string> splitList(std::string_view s);
std::string joinList(const std::vector<std::string>& items);

}  // namespace vk::domain
