#pragma once
// The second log-in step (TOTP, RFC 6238): enrolment, confirmation, the replay guard,
// recovery codes, and the short-lived challenge between the password and the code
// (docs/adr/0009-second-factor.md). The secret is sealed with the server key and never
// leaves this store except once, to the person enrolling; recovery codes are stored as
// keyed hashes. Each command writes its audit entry (foundation.mfa.*) in its own
// transaction, so both commit or neither.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/foundation/people.hpp"
#include "store/foundation/secret_box.hpp"

namespace vk::store {

class Db;

constexpr int kRecoveryCodeCount = 10;
constexpr int64_t kChallengeSeconds = 300;  // from the right password to the code

// What a typed code turned out to be: right (and now used), wrong, or a code that was right
// once but whose time step was already used (the replay guard), audited apart.
enum class CodeCheck { Accepted, Wrong, Replayed };

struct SecondFactorStatus {
  bool enabled = false;                 // confirmed: log-in asks for a code
  bool pending = false;                 // enrolled, waiting for the first code
  std::optional<int64_t> enrolledAt;    // when it was confirmed
  int recoveryCodesLeft = 0;
};

class SecondFactorStore {
 public:
  SecondFactorStore(Db& db, const SecretBox& box) : db_(db), box_(box) {}

  SecondFactorStatus status(const domain::Actor& a);
  bool enabled(int64_t userId);
  // Starts, or starts again, a pending enrolment with a new secret (raw bytes, returned once).
  // Conflict when a confirmed factor exists (disable it first).
  std::string enrol(const domain::Actor& a, int64_t now);
  // Confirms the pending enrolment with its first code; returns the recovery codes (shown
  // once). Invalid (400) when the code is wrong, Conflict when nothing is pending.
  std::vector<std::string> confirm(const domain::Actor& a, const std::string& code, int64_t now);
  // A code of the confirmed factor that was not used before (the replay guard: its time
  // step must be later than the last accepted one). Marks it used when Accepted.
  CodeCheck useCode(int64_t userId, const std::string& code, int64_t now);
  // An unused recovery code: marks it used and audits foundation.mfa.recovery_used.
  bool useRecoveryCode(const domain::Actor& a, const std::string& code, int64_t now);
  // Turns the factor off (the route checked a current code or the password).
  void disable(const domain::Actor& a, int64_t now);
  // New recovery codes in place of all the old ones (the route checked a current code).
  std::vector<std::string> regenerateRecoveryCodes(const domain::Actor& a, int64_t now);
  // An attempt with a code in the audit log, about the person's own account:
  // foundation.mfa.failed (wrong), .replayed (a used code again), .locked (the limit starts
  // to slow this account down), .verified (the right code at log-in).
  void auditAttempt(const domain::Actor& a, const char* action, int64_t now);

  // The organisation's choice to require a second step of team leads (off by default). Only
  // an organisation admin changes it; audited as foundation.mfa.team_leads_on / _off.
  bool teamLeadsRequired(int64_t orgId);
  void setTeamLeadsRequired(const domain::Actor& a, bool required, int64_t now);
  // Whether this person's role requires a second step: an admin or analyst when the server
  // requires it of them, a team lead when the organisation does.
  bool requiredOf(const domain::Actor& a, bool forAdminsAndAnalysts);

  // The challenge: a token (stored as its hash) that stands for "password right, code still
  // to come"; it is no session and opens nothing else.
  void createChallenge(const std::string& tokenHash, int64_t userId, int64_t now);
  std::optional<domain::Actor> challenge(const std::string& tokenHash, int64_t now);
  void endChallenge(const std::string& tokenHash);

 private:
  std::vector<std::string> newRecoveryCodes(class Conn& c, int64_t userId);
  std::optional<std::string> secretOf(Conn& c, int64_t userId, bool confirmed);
  Db& db_;
  const SecretBox& box_;
};

// "abcde-fghij" as typed in any case, with or without the hyphen and spaces.
std::string normaliseRecoveryCode(const std::string& typed);

}  // namespace vk::store
