#include "store/migrations.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace vk::store {

std::vector<Migration> foundationMigrations() {
  return {
      {1, R"SQL(
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  discipline TEXT NOT NULL DEFAULT '',
  experience TEXT NOT NULL DEFAULT 'leerling',
  org_admin INTEGER NOT NULL DEFAULT 0,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX users_org ON users(org_id);
CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (org_id, name)
);
CREATE TABLE team_members (
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members(user_id);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE invitations (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  role TEXT NOT NULL,
  discipline TEXT NOT NULL,
  experience TEXT NOT NULL,
  org_admin INTEGER NOT NULL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  accepted_at INTEGER,
  revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX invitations_org ON invitations(org_id);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  org_id INTEGER,
  user_id INTEGER,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX audit_log_org ON audit_log(org_id, at);
)SQL"},
      // Answers to state-changing requests sent with an Idempotency-Key, so that a retry after a
      // lost answer returns the first answer instead of writing twice (kept for a day).
      {50, R"SQL(
CREATE TABLE idempotency_keys (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  idem_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
)SQL"},
      // Log-in protection counts failures in memory and slows down instead of locking an
      // account (api/rate_limiter): the lock-out columns are no longer read or written.
      {51, R"SQL(
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;
)SQL"},
      // The second log-in step (store/foundation/second_factor, docs/adr/0009): a TOTP secret
      // sealed with the server key (confirmed_at NULL while the enrolment waits for its first
      // code), the last accepted time step (the replay guard), recovery codes as keyed hashes,
      // and the challenge between the right password and the code.
      {52, R"SQL(
CREATE TABLE second_factors (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  secret_box TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  confirmed_at INTEGER,
  last_step INTEGER
);
CREATE TABLE recovery_codes (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at INTEGER
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);
CREATE TABLE second_factor_challenges (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
);
)SQL"},
      // An organisation may require the second step of its team leads too
      // (store/foundation/second_factor, docs/adr/0009); off unless an admin turns it on.
      {54, R"SQL(
ALTER TABLE organisations ADD COLUMN second_factor_team_leads INTEGER NOT NULL DEFAULT 0;
)SQL"},
      // Single sign-on with the organisation's OpenID provider (store/foundation/sso,
      // docs/adr/0010): its configuration (the client secret sealed with the server key), the
      // links (issuer, subject) → account, the flows between the redirect and the provider's
      // answer (the state as its hash, the PKCE verifier sealed, 10 minutes), and whether a
      // session was started with the provider's MFA.
      {55, R"SQL(
CREATE TABLE sso_configs (
  org_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  issuer TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_secret_box TEXT NOT NULL,
  email_claim TEXT NOT NULL,
  name_claim TEXT NOT NULL,
  groups_claim TEXT NOT NULL,
  admin_groups TEXT NOT NULL,
  member_groups TEXT NOT NULL,
  accepted_acr TEXT NOT NULL,
  email_domains TEXT NOT NULL,
  create_members INTEGER NOT NULL,
  link_by_email INTEGER NOT NULL,
  sso_only INTEGER NOT NULL,
  break_glass_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  enabled INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE sso_links (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX sso_links_user ON sso_links(user_id);
CREATE TABLE sso_flows (
  state_hash TEXT PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  binding_hash TEXT NOT NULL,
  nonce TEXT NOT NULL,
  verifier_box TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
ALTER TABLE sessions ADD COLUMN provider_mfa INTEGER NOT NULL DEFAULT 0;
)SQL"},
      // Failed attempts against guessing (log-in, second step, live join codes) in the store,
      // so every instance on one database counts the same ones (store/foundation/attempts,
      // docs/adr/0014): a keyed hash per key, never the e-mail or client address; a count is
      // deleted once it is over (expires_at).
      {56, R"SQL(
CREATE TABLE attempt_counts (
  key_hash TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  next_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX attempt_counts_expires ON attempt_counts(expires_at);
)SQL"},
  };
}

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = [] {
    std::vector<Migration> m;
    for (auto part : {foundationMigrations, knowledgeMigrations, interviewMigrations, liveMigrations, dilemmaMigrations,
                      craftMigrations, guidelineMigrations, partnerMigrations})
      for (auto& x : part()) m.push_back(x);
    std::sort(m.begin(), m.end(), [](auto& a, auto& b) { return a.version < b.version; });
    return m;
  }();
  return all;
}

std::string translate(const std::string& sql, Dialect d) {
  if (d == Dialect::Sqlite) return sql;
  std::string out = std::regex_replace(sql, std::regex("INTEGER PRIMARY KEY"),
                                       "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
  out = std::regex_replace(out, std::regex("\\bgroup_concat\\("), "string_agg(");
  return std::regex_replace(out, std::regex("\\bINTEGER\\b"), "BIGINT");
}

int applyMigrations(Db& db) {
  std::set<int64_t> applied;
  db.write([&](Conn& c) {
    c.script("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)");
    auto r = c.query("SELECT version FROM schema_migrations");
    for (size_t i = 0; i < r.size(); ++i) applied.insert(r[i].i64(0));
  });
  int highest = applied.empty() ? 0 : static_cast<int>(*applied.rbegin());
  for (auto& m : migrations()) {
    if (applied.count(m.version)) continue;
    db.write([&](Conn& c) {
      // Two instances starting together: the second finds the version recorded and skips it.
      // A migration may take longer than a request may: no statement timeout inside it.
      if (db.dialect() == Dialect::Postgres) {
        c.script("SET LOCAL statement_timeout = 0");
        c.query("SELECT pg_advisory_xact_lock(7421)");
      }
      if (!c.query("SELECT 1 FROM schema_migrations WHERE version = $1", {int64_t{m.version}}).empty()) return;
      c.script(translate(m.sql, db.dialect()));
      c.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, CURRENT_TIMESTAMP)",
              {int64_t{m.version}});
    });
    highest = std::max(highest, m.version);
  }
  return highest;
}

}  // namespace vk::store
