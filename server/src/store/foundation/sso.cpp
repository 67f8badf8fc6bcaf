#include "store/foundation/sso.hpp"

#include "domain/errors.hpp"
#include "domain/foundation/validation.hpp"
#include "store/audit.hpp"
#include "store/db.hpp"
#include "store/scope.hpp"

namespace vk::store {

using domain::Actor;
using domain::Error;
using domain::ErrorKind;

namespace {

constexpr const char* kConfigCols =
    "issuer, client_id, client_secret_box, email_claim, name_claim, groups_claim, admin_groups, member_groups, "
    "accepted_acr, email_domains, create_members, link_by_email, sso_only, break_glass_user_id, enabled, updated_at";

SsoConfig readConfig(const Row& r, const SecretBox& box) {
  SsoConfig c;
  auto& s = c.settings;
  s.issuer = r.str(0);
  s.clientId = r.str(1);
  if (!r.str(2).empty()) {
    auto opened = box.open(r.str(2));
    if (!opened) throw std::runtime_error("an SSO client secret does not open with the server key");
    c.clientSecret = *opened;
    c.hasSecret = true;
  }
  s.emailClaim = r.str(3);
  s.nameClaim = r.str(4);
  s.roles.groupsClaim = r.str(5);
  s.roles.adminGroups = domain::splitList(r.str(6));
  s.roles.memberGroups = domain::splitList(r.str(7));
  s.acceptedAcr = domain::splitList(r.str(8));
  s.emailDomains = domain::splitList(r.str(9));
  s.createMembers = r.flag(10);
  s.linkByVerifiedEmail = r.flag(11);
  s.ssoOnly = r.flag(12);
  s.breakGlassUserId = r.optI64(13);
  s.enabled = r.flag(14);
  c.updatedAt = r.i64(15);
  return c;
}

Actor actorOf(Conn& c, int64_t userId) {
  auto r = c.query("SELECT id, org_id, org_admin FROM users WHERE id = $1", {userId});
  if (r.empty()) throw Error(ErrorKind::NotFound, "Dit account bestaat niet meer.");
  return Actor{r[0].i64(0), r[0].i64(1), r[0].flag(2)};
}

}  // namespace

std::optional<SsoConfig> SsoStore::config(int64_t orgId) {
  std::optional<SsoConfig> out;
  db_.read([&](Conn& c) {
    auto r = c.query(std::string("SELECT ") + kConfigCols + " FROM sso_configs WHERE org_id = $1", {orgId});
    if (!r.empty()) out = readConfig(r[0], box_);
  });
  return out;
}

std::optional<SsoConfig> SsoStore::forAdmin(const Actor& a) {
  requireAdmin(a);
  auto c = config(a.orgId);
  if (c) c->clientSecret.clear();
  return c;
}

void SsoStore::write(Conn& c, int64_t orgId, const SsoSettings& s, const std::string& secret, int64_t now) {
  std::string sealed;
  if (!secret.empty()) {
    sealed = box_.seal(secret);
  } else {
    auto r = c.query("SELECT client_secret_box FROM sso_configs WHERE org_id = $1", {orgId});
    if (!r.empty()) sealed = r[0].str(0);
  }
  if (s.ssoOnly) {
    if (!s.breakGlassUserId)
      throw Error(ErrorKind::Invalid, "Kies een noodaccount: een beheerder die met wachtwoord en tweede stap kan inloggen.",
                  {{"breakGlassUserId", "Kies een beheerder als noodaccount."}});
    auto r = c.query(
        "SELECT u.org_admin, EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) "
        "FROM users u WHERE u.id = $1 AND u.org_id = $2",
        {*s.breakGlassUserId, orgId});
    if (r.empty() || !r[0].flag(0))
      throw Error(ErrorKind::Invalid, "Het noodaccount moet een beheerder van je organisatie zijn.",
                  {{"breakGlassUserId", "Kies een beheerder van je organisatie."}});
    if (!r[0].flag(1))
      throw Error(ErrorKind::Invalid,
                  "Het noodaccount heeft nog geen tweede stap. Laat die eerst instellen op de accountpagina.",
                  {{"breakGlassUserId", "Dit account heeft nog geen tweede stap."}});
  }
  std::vector<Value> p = {orgId,
                          s.issuer,
                          s.clientId,
                          sealed,
                          s.emailClaim,
                          s.nameClaim,
                          s.roles.groupsClaim,
                          domain::joinList(s.roles.adminGroups),
                          domain::joinList(s.roles.memberGroups),
                          domain::joinList(s.acceptedAcr),
                          domain::joinList(s.emailDomains),
                          int64_t(s.createMembers),
                          int64_t(s.linkByVerifiedEmail),
                          int64_t(s.ssoOnly),
                          s.breakGlassUserId ? Value(*s.breakGlassUserId) : Value(),
                          int64_t(s.enabled),
                          now};
  c.query(std::string("INSERT INTO sso_configs (org_id, ") + kConfigCols +
              ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) "
              "ON CONFLICT (org_id) DO UPDATE SET issuer = excluded.issuer, client_id = excluded.client_id, "
              "client_secret_box = excluded.client_secret_box, email_claim = excluded.email_claim, "
              "name_claim = excluded.name_claim, groups_claim = excluded.groups_claim, "
              "admin_groups = excluded.admin_groups, member_groups = excluded.member_groups, "
              "accepted_acr = excluded.accepted_acr, email_domains = excluded.email_domains, "
              "create_members = excluded.create_members, link_by_email = excluded.link_by_email, "
              "sso_only = excluded.sso_only, break_glass_user_id = excluded.break_glass_user_id, "
              "enabled = excluded.enabled, updated_at = excluded.updated_at",
          p);
  // An e-mail domain leads the log-in page to one organisation only.
  for (auto& d : s.emailDomains) {
    auto other = c.query("SELECT org_id FROM sso_configs WHERE org_id <> $1 AND (',' || REPLACE(email_domains, ' ', '') || ',') LIKE $2",
                         {orgId, "%," + domain::normaliseEmail(d) + ",%"});
    if (!other.empty())
      throw Error(ErrorKind::Conflict, "Het e-maildomein " + d + " hoort al bij een andere organisatie.");
  }
}

void SsoStore::put(const Actor& a, const SsoSettings& s, const std::string& secret, int64_t now) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    write(c, a.orgId, s, secret, now);
    audit(c, a, "foundation.sso.configure", "organisation/" + std::to_string(a.orgId), now);
  });
}

void SsoStore::putForInstallation(const SsoSettings& s, const std::string& secret, int64_t now) {
  db_.write([&](Conn& c) {
    auto orgs = c.query("SELECT id FROM organisations ORDER BY id");
    if (orgs.size() != 1)
      throw std::runtime_error("VAKKOMPAS_OIDC_ISSUER is for an installation with exactly one organisation");
    int64_t orgId = orgs[0].i64(0);
    auto now_ = c.query(std::string("SELECT ") + kConfigCols + " FROM sso_configs WHERE org_id = $1", {orgId});
    if (!now_.empty()) {
      auto had = readConfig(now_[0], box_);
      if (had.settings.issuer == s.issuer && had.settings.clientId == s.clientId && had.clientSecret == secret &&
          had.settings.ssoOnly == s.ssoOnly && had.settings.createMembers == s.createMembers &&
          had.settings.linkByVerifiedEmail == s.linkByVerifiedEmail &&
          domain::joinList(had.settings.emailDomains) == domain::joinList(s.emailDomains) &&
          had.settings.breakGlassUserId == s.breakGlassUserId)
        return;  // unchanged since the last start: no audit entry
    }
    write(c, orgId, s, secret, now);
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, NULL, 'foundation.sso.configure', $2, $3)",
            {orgId, "organisation/" + std::to_string(orgId), now});
  });
}

std::optional<SsoEntry> SsoStore::byEmailDomain(const std::string& domain) {
  std::optional<SsoEntry> out;
  if (domain.empty()) return out;
  db_.read([&](Conn& c) {
    auto r = c.query(
        "SELECT s.org_id, o.name, s.sso_only FROM sso_configs s JOIN organisations o ON o.id = s.org_id "
        "WHERE s.enabled = 1 AND (',' || REPLACE(s.email_domains, ' ', '') || ',') LIKE $1",
        {"%," + domain::normaliseEmail(domain) + ",%"});
    if (!r.empty()) out = SsoEntry{r[0].i64(0), r[0].str(1), r[0].flag(2)};
  });
  return out;
}

std::optional<SsoEntry> SsoStore::byOrganisation(int64_t orgId) {
  std::optional<SsoEntry> out;
  db_.read([&](Conn& c) {
    auto r = c.query(
        "SELECT s.org_id, o.name, s.sso_only FROM sso_configs s JOIN organisations o ON o.id = s.org_id "
        "WHERE s.enabled = 1 AND s.org_id = $1",
        {orgId});
    if (!r.empty()) out = SsoEntry{r[0].i64(0), r[0].str(1), r[0].flag(2)};
  });
  return out;
}

std::optional<SsoEntry> SsoStore::onlyOrganisation() {
  int64_t orgId = 0;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT id FROM organisations ORDER BY id LIMIT 2");
    if (r.size() == 1) orgId = r[0].i64(0);
  });
  if (!orgId) return std::nullopt;
  return byOrganisation(orgId);
}

void SsoStore::startFlow(const std::string& stateHash, const SsoFlow& f, int64_t now) {
  db_.write([&](Conn& c) {
    c.query("DELETE FROM sso_flows WHERE expires_at <= $1", {now});
    c.query("INSERT INTO sso_flows (state_hash, org_id, binding_hash, nonce, verifier_box, redirect_uri, expires_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {stateHash, f.orgId, f.bindingHash, f.nonce, box_.seal(f.verifier), f.redirectUri, now + kSsoFlowSeconds});
  });
}

std::optional<SsoFlow> SsoStore::takeFlow(const std::string& stateHash, int64_t now) {
  std::optional<SsoFlow> out;
  db_.write([&](Conn& c) {
    // DELETE … RETURNING: of two answers with the same state only one gets the flow.
    auto r = c.query("DELETE FROM sso_flows WHERE state_hash = $1 "
                     "RETURNING org_id, binding_hash, nonce, verifier_box, redirect_uri, expires_at",
                     {stateHash});
    if (r.empty() || r[0].i64(5) <= now) return;
    auto verifier = box_.open(r[0].str(3));
    if (!verifier) return;
    out = SsoFlow{r[0].i64(0), r[0].str(1), r[0].str(2), *verifier, r[0].str(4)};
  });
  return out;
}

SsoLogIn SsoStore::logIn(int64_t orgId, const SsoSettings& s, const SsoIdentity& id, bool providerMfa, int64_t now) {
  SsoLogIn out;
  if (!id.role.allowed) {
    out.refused = "not-allowed";
    return out;
  }
  db_.write([&](Conn& c) {
    auto refuse = [&](const char* why) { out.refused = why; };
    auto link = c.query("SELECT l.user_id, u.org_id FROM sso_links l JOIN users u ON u.id = l.user_id "
                        "WHERE l.issuer = $1 AND l.subject = $2",
                        {id.issuer, id.subject});
    if (!link.empty()) {
      if (link[0].i64(1) != orgId)
        return refuse("other-organisation");
      out.userId = link[0].i64(0);
    } else {
      if (id.email.empty() || id.email.find('@') == std::string::npos)
        return refuse("no-email");
      auto existing = c.query("SELECT id, org_id FROM users WHERE email = $1", {id.email});
      if (!existing.empty()) {
        if (existing[0].i64(1) != orgId)
          return refuse("other-organisation");
        if (!s.linkByVerifiedEmail || !id.emailVerified)
          return refuse("not-linked");
        out.userId = existing[0].i64(0);
      } else {
        if (!s.createMembers)
          return refuse("no-account");
        std::string name = id.name.empty() ? id.email.substr(0, id.email.find('@')) : id.name;
        // No usable password: an empty hash never verifies (crypto_pwhash_str_verify refuses it).
        auto r = c.query("INSERT INTO users (org_id, email, name, password_hash, org_admin, created_at) "
                         "VALUES ($1, $2, $3, '', $4, $5) RETURNING id",
                         {orgId, id.email, name.substr(0, 120), int64_t(id.role.orgAdmin.value_or(false)), now});
        out.userId = r[0].i64(0);
        out.created = true;
      }
      c.query("INSERT INTO sso_links (issuer, subject, user_id, created_at) VALUES ($1, $2, $3, $4)",
              {id.issuer, id.subject, out.userId, now});
      out.linked = true;
    }
    if (id.role.orgAdmin) {
      c.query("UPDATE users SET org_admin = $1 WHERE id = $2", {int64_t(*id.role.orgAdmin), out.userId});
    }
    Actor a = actorOf(c, out.userId);
    out.orgAdmin = a.orgAdmin;
    std::string userObject = "user/" + std::to_string(out.userId);
    if (out.created) audit(c, a, "foundation.sso.create", userObject, now);
    if (out.linked) audit(c, a, "foundation.sso.link", userObject, now);
    audit(c, a, providerMfa ? "foundation.sso.login_mfa" : "foundation.sso.login", userObject, now);
  });
  return out;
}

void SsoStore::auditRefusal(int64_t orgId, const std::string& reason, int64_t now) {
  db_.write([&](Conn& c) {
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, NULL, 'foundation.sso.refused', $2, $3)",
            {orgId, "sso/" + reason, now});
  });
}

PasswordPolicy SsoStore::passwordPolicy(int64_t userId) {
  PasswordPolicy p;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT s.break_glass_user_id FROM users u JOIN sso_configs s ON s.org_id = u.org_id "
                     "WHERE u.id = $1 AND s.sso_only = 1 AND s.enabled = 1",
                     {userId});
    if (r.empty()) return;
    p.ssoOnly = true;
    p.breakGlass = !r[0].isNull(0) && r[0].i64(0) == userId;
  });
  return p;
}

void SsoStore::auditBreakGlass(int64_t userId, int64_t now) {
  db_.write([&](Conn& c) {
    Actor a = actorOf(c, userId);
    audit(c, a, "foundation.sso.break_glass", "user/" + std::to_string(userId), now);
  });
}

void SsoStore::markProviderMfa(const std::string& sessionTokenHash) {
  db_.write([&](Conn& c) { c.query("UPDATE sessions SET provider_mfa = 1 WHERE token_hash = $1", {sessionTokenHash}); });
}

bool SsoStore::linked(int64_t userId) {
  bool out = false;
  db_.read([&](Conn& c) { out = !c.query("SELECT 1 FROM sso_links WHERE user_id = $1", {userId}).empty(); });
  return out;
}

}  // namespace vk::store
