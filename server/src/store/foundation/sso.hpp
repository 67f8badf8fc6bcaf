#pragma once
// Single sign-on with the organisation's OpenID provider (docs/adr/0010-openid-connect.md):
// the organisation's configuration (the client secret sealed with the server key), the flows
// between the redirect to the provider and its answer, the links (issuer, subject) → account,
// and the rules of SSO only with its break-glass account. Each command writes its audit entry
// (foundation.sso.*) in its own transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/foundation/oidc.hpp"
#include "domain/foundation/people.hpp"
#include "store/foundation/secret_box.hpp"

namespace vk::store {

class Db;
class Conn;

constexpr int64_t kSsoFlowSeconds = 600;  // from the redirect to the provider to its answer

struct SsoSettings {
  std::string issuer;
  std::string clientId;
  std::string emailClaim = "email";
  std::string nameClaim = "name";
  domain::RoleMapping roles;              // groups claim, admin groups, member groups
  std::vector<std::string> acceptedAcr;   // acr values that count as MFA
  std::vector<std::string> emailDomains;  // the log-in page offers SSO for these addresses
  bool createMembers = false;             // unknown people become members at first log-in
  bool linkByVerifiedEmail = false;       // an existing account is linked when the e-mail is verified
  bool ssoOnly = false;                   // no passwords, except the break-glass account
  std::optional<int64_t> breakGlassUserId;
  bool enabled = true;
};

struct SsoConfig {
  SsoSettings settings;
  std::string clientSecret;  // opened; only for the code exchange, never in a view
  bool hasSecret = false;
  int64_t updatedAt = 0;
};

struct SsoFlow {
  int64_t orgId = 0;
  std::string bindingHash;  // of the browser's vk_sso cookie
  std::string nonce;
  std::string verifier;     // PKCE code verifier (opened)
  std::string redirectUri;
};

struct SsoEntry {  // what the log-in page needs to offer the button
  int64_t orgId = 0;
  std::string organisation;
  bool ssoOnly = false;
};

struct SsoIdentity {  // from a verified ID token
  std::string issuer;
  std::string subject;
  std::string email;
  std::string name;
  bool emailVerified = false;
  domain::MappedRole role;
};

struct SsoLogIn {
  int64_t userId = 0;
  bool created = false;
  bool linked = false;  // linked at this log-in
  bool orgAdmin = false;
  // Not logged in, and why: "other-organisation", "no-email", "not-linked" (an account with this
  // e-mail that may not be linked), "no-account", "not-allowed" (not in the member groups).
  std::string refused;
};

struct PasswordPolicy {
  bool ssoOnly = false;     // the user's organisation allows no passwords
  bool breakGlass = false;  // this user is its break-glass account
};

class SsoStore {
 public:
  SsoStore(Db& db, const SecretBox& box) : db_(db), box_(box) {}

  // The organisation's configuration, for its admin (no secret in it that a view could show).
  std::optional<SsoConfig> forAdmin(const domain::Actor& a);
  // Writes the configuration; an empty secret keeps the one there is. Audits
  // foundation.sso.configure. Invalid when SSO only names no break-glass admin of the
  // organisation with a confirmed second factor.
  void put(const domain::Actor& a, const SsoSettings& s, const std::string& secret, int64_t now);
  // The same for a one-organisation installation (VAKKOMPAS_OIDC_*), at start.
  void putForInstallation(const SsoSettings& s, const std::string& secret, int64_t now);

  std::optional<SsoConfig> config(int64_t orgId);
  std::optional<SsoEntry> byEmailDomain(const std::string& domain);
  std::optional<SsoEntry> byOrganisation(int64_t orgId);
  // An installation of exactly one organisation: its entry, when it has SSO.
  std::optional<SsoEntry> onlyOrganisation();

  void startFlow(const std::string& stateHash, const SsoFlow& f, int64_t now);
  // The flow of this state, once: it is gone after this (a replayed answer finds nothing).
  std::optional<SsoFlow> takeFlow(const std::string& stateHash, int64_t now);

  // The account for this identity: linked, linked now, created, or refused (SsoLogIn::refused).
  // Audits foundation.sso.login (and .link / .create) in the same transaction.
  SsoLogIn logIn(int64_t orgId, const SsoSettings& s, const SsoIdentity& id, bool providerMfa, int64_t now);
  // A refused SSO log-in, in the audit log of the organisation (object: the reason).
  void auditRefusal(int64_t orgId, const std::string& reason, int64_t now);

  PasswordPolicy passwordPolicy(int64_t userId);
  void auditBreakGlass(int64_t userId, int64_t now);
  // The session was started with the provider's MFA: it counts as a second factor.
  void markProviderMfa(const std::string& sessionTokenHash);
  bool linked(int64_t userId);

 private:
  void write(Conn& c, int64_t orgId, const SsoSettings& s, const std::string& secret, int64_t now);
  Db& db_;
  const SecretBox& box_;
};

}  // namespace vk::store
