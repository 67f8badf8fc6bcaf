#include "store/foundation/second_factor.hpp"

#include "domain/errors.hpp"
#include "domain/foundation/access.hpp"
#include "domain/foundation/totp.hpp"
#include "store/audit.hpp"
#include "store/db.hpp"
#include "store/sodium.hpp"

namespace vk::store {

using domain::Actor;

namespace {

// 10 base32 characters (50 bits from the CSPRNG), shown as "abcde-fghij".
std::string newRecoveryCode() {
  std::string raw = domain::base32Encode(randomBytes(7)).substr(0, 10);
  for (auto& ch : raw)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return raw.substr(0, 5) + "-" + raw.substr(5);
}

// every second-factor entry is about the user's own account
void auditIn(Conn& c, const Actor& a, const char* action, int64_t now) {
  audit(c, a, action, "user/" + std::to_string(a.userId), now);
}

}  // namespace

std::string normaliseRecoveryCode(const std::string& typed) {
  std::string out;
  for (char ch : typed) {
    if (ch == '-' || ch == ' ' || ch == '\t') continue;
    out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return out;
}

std::optional<std::string> SecondFactorStore::secretOf(Conn& c, int64_t userId, bool confirmed) {
  auto r = c.query("SELECT secret_box, confirmed_at FROM second_factors WHERE user_id = $1", {userId});
  if (r.empty() || r[0].isNull(1) == confirmed) return std::nullopt;
  auto secret = box_.open(r[0].str(0));
  if (!secret) throw std::runtime_error("a second-factor secret does not open with the server key");
  return secret;
}

SecondFactorStatus SecondFactorStore::status(const Actor& a) {
  SecondFactorStatus s;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT confirmed_at FROM second_factors WHERE user_id = $1", {a.userId});
    if (!r.empty()) {
      s.enabled = !r[0].isNull(0);
      s.pending = r[0].isNull(0);
      s.enrolledAt = r[0].optI64(0);
    }
    s.recoveryCodesLeft = static_cast<int>(
        c.query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", {a.userId})[0].i64(0));
  });
  return s;
}

bool SecondFactorStore::enabled(int64_t userId) {
  bool on = false;
  db_.read([&](Conn& c) {
    on = !c.query("SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL", {userId}).empty();
  });
  return on;
}

std::string SecondFactorStore::enrol(const Actor& a, int64_t now) {
  std::string secret = randomBytes(domain::kTotpSecretBytes);
  db_.write([&](Conn& c) {
    if (!c.query("SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL", {a.userId}).empty())
      throw domain::Error(domain::ErrorKind::Conflict,
                          "Je tweede stap staat al aan. Zet hem eerst uit als je een nieuwe wilt instellen.");
    c.query("DELETE FROM second_factors WHERE user_id = $1", {a.userId});
    c.query("INSERT INTO second_factors (user_id, secret_box, created_at) VALUES ($1, $2, $3)",
            {a.userId, box_.seal(secret), now});
    auditIn(c, a, "foundation.mfa.enrol", now);
  });
  return secret;
}

std::vector<std::string> SecondFactorStore::newRecoveryCodes(Conn& c, int64_t userId) {
  c.query("DELETE FROM recovery_codes WHERE user_id = $1", {userId});
  std::vector<std::string> codes;
  for (int i = 0; i < kRecoveryCodeCount; ++i) {
    codes.push_back(newRecoveryCode());
    c.query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)",
            {userId, box_.keyedHash("recovery-code", normaliseRecoveryCode(codes.back()))});
  }
  return codes;
}

std::vector<std::string> SecondFactorStore::confirm(const Actor& a, const std::string& code, int64_t now) {
  std::vector<std::string> codes;
  db_.write([&](Conn& c) {
    auto secret = secretOf(c, a.userId, false);
    if (!secret)
      throw domain::Error(domain::ErrorKind::Conflict, "Er is geen tweede stap om te bevestigen. Begin opnieuw.");
    auto step = domain::acceptTotp(*secret, domain::normaliseCode(code), now, std::nullopt);
    if (!step)
      throw domain::Error(domain::ErrorKind::Invalid, "Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en probeer de nieuwe code.",
                          {{"code", "Deze code klopt niet."}});
    c.query("UPDATE second_factors SET confirmed_at = $1, last_step = $2 WHERE user_id = $3", {now, *step, a.userId});
    codes = newRecoveryCodes(c, a.userId);
    auditIn(c, a, "foundation.mfa.confirm", now);
  });
  return codes;
}

CodeCheck SecondFactorStore::useCode(int64_t userId, const std::string& code, int64_t now) {
  CodeCheck out = CodeCheck::Wrong;
  db_.write([&](Conn& c) {
    auto secret = secretOf(c, userId, true);
    if (!secret) return;
    auto last = c.query("SELECT last_step FROM second_factors WHERE user_id = $1", {userId})[0].optI64(0);
    std::string typed = domain::normaliseCode(code);
    auto step = domain::acceptTotp(*secret, typed, now, last);
    if (!step) {
      // Right for its time, but that step was used: someone replays a code.
      if (domain::totpStep(*secret, typed, now)) out = CodeCheck::Replayed;
      return;
    }
    // Only one of two requests with the same code at once moves last_step on.
    bool used = !c.query("UPDATE second_factors SET last_step = $1 WHERE user_id = $2 AND (last_step IS NULL OR last_step < $1) "
                         "RETURNING user_id",
                         {*step, userId})
                     .empty();
    out = used ? CodeCheck::Accepted : CodeCheck::Replayed;
  });
  return out;
}

bool SecondFactorStore::useRecoveryCode(const Actor& a, const std::string& code, int64_t now) {
  bool used = false;
  db_.write([&](Conn& c) {
    if (c.query("SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL", {a.userId}).empty()) return;
    used = !c.query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL "
                    "RETURNING id",
                    {now, a.userId, box_.keyedHash("recovery-code", normaliseRecoveryCode(code))})
                .empty();
    if (used) auditIn(c, a, "foundation.mfa.recovery_used", now);
  });
  return used;
}

void SecondFactorStore::disable(const Actor& a, int64_t now) {
  db_.write([&](Conn& c) {
    c.query("DELETE FROM second_factors WHERE user_id = $1", {a.userId});
    c.query("DELETE FROM recovery_codes WHERE user_id = $1", {a.userId});
    auditIn(c, a, "foundation.mfa.disable", now);
  });
}

std::vector<std::string> SecondFactorStore::regenerateRecoveryCodes(const Actor& a, int64_t now) {
  std::vector<std::string> codes;
  db_.write([&](Conn& c) {
    if (c.query("SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL", {a.userId}).empty())
      throw domain::Error(domain::ErrorKind::Conflict, "Zet eerst een tweede stap aan.");
    codes = newRecoveryCodes(c, a.userId);
    auditIn(c, a, "foundation.mfa.recovery_codes", now);
  });
  return codes;
}

void SecondFactorStore::auditAttempt(const Actor& a, const char* action, int64_t now) {
  db_.write([&](Conn& c) { auditIn(c, a, action, now); });
}

bool SecondFactorStore::teamLeadsRequired(int64_t orgId) {
  bool on = false;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT second_factor_team_leads FROM organisations WHERE id = $1", {orgId});
    on = !r.empty() && r[0].flag(0);
  });
  return on;
}

void SecondFactorStore::setTeamLeadsRequired(const Actor& a, bool required, int64_t now) {
  if (!domain::canAdministerOrganisation(a))
    throw domain::Error(domain::ErrorKind::Forbidden, "Alleen een beheerder van de organisatie mag dit.");
  db_.write([&](Conn& c) {
    c.query("UPDATE organisations SET second_factor_team_leads = $1 WHERE id = $2", {int64_t{required ? 1 : 0}, a.orgId});
    audit(c, a, required ? "foundation.mfa.team_leads_on" : "foundation.mfa.team_leads_off",
          "organisation/" + std::to_string(a.orgId), now);
  });
}

bool SecondFactorStore::requiredOf(const Actor& a, bool forAdminsAndAnalysts) {
  bool required = false;
  db_.read([&](Conn& c) {
    auto r = c.query(
        "SELECT EXISTS (SELECT 1 FROM association_analysts aa WHERE aa.user_id = u.id), "
        "o.second_factor_team_leads <> 0 AND EXISTS (SELECT 1 FROM team_members tm WHERE tm.user_id = u.id AND tm.role = $2) "
        "FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = $1",
        {a.userId, std::string(domain::toString(domain::TeamRole::TeamLead))});
    if (r.empty()) return;
    required = (forAdminsAndAnalysts && (a.orgAdmin || r[0].flag(0))) || r[0].flag(1);
  });
  return required;
}

void SecondFactorStore::createChallenge(const std::string& tokenHash, int64_t userId, int64_t now) {
  db_.write([&](Conn& c) {
    c.query("DELETE FROM second_factor_challenges WHERE expires_at <= $1", {now});
    c.query("INSERT INTO second_factor_challenges (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
            {tokenHash, userId, now + kChallengeSeconds});
  });
}

std::optional<Actor> SecondFactorStore::challenge(const std::string& tokenHash, int64_t now) {
  std::optional<Actor> out;
  db_.read([&](Conn& c) {
    auto r = c.query(
        "SELECT u.id, u.org_id, u.org_admin FROM second_factor_challenges ch JOIN users u ON u.id = ch.user_id "
        "WHERE ch.token_hash = $1 AND ch.expires_at > $2",
        {tokenHash, now});
    if (!r.empty()) out = Actor{r[0].i64(0), r[0].i64(1), r[0].flag(2)};
  });
  return out;
}

void SecondFactorStore::endChallenge(const std::string& tokenHash) {
  db_.write([&](Conn& c) { c.query("DELETE FROM second_factor_challenges WHERE token_hash = $1", {tokenHash}); });
}

}  // namespace vk::store
