#pragma once
// What the API may ask of storage. Every call that reads or changes an
// organisation's data takes the Actor and scopes itself to the actor's
// organisation and teams here, in the store layer, so no handler can forget it.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {

class Db;

struct Credentials {
  int64_t userId = 0;
  std::string passwordHash;
};

struct SessionInfo {
  domain::Actor actor;
  std::string csrf;
  int64_t expiresAt = 0;
  bool secondFactor = false;  // the user has a confirmed second factor (TOTP)
  bool analyst = false;       // one of the association's analysts (the national routes)
  bool leadMustHaveFactor = false;  // a team lead in an organisation that requires it of leads
};

struct NewOrganisation {
  std::string organisation;
  std::string adminName;
  std::string adminEmail;
  std::string passwordHash;
};

struct AuditEntry {
  int64_t id = 0;
  std::optional<int64_t> userId;
  std::string userName;  // "" when no one (a system step) or the member was erased
  std::string action;
  std::string object;
  int64_t at = 0;
};

class Store {
 public:
  explicit Store(std::unique_ptr<Db> db);
  ~Store();
  Db& db() { return *db_; }
  std::string kind() const;
  bool ping();
  int migrate();  // returns the schema version

  // First run and `vakkompas init`
  bool hasOrganisations();
  // Creates an organisation with its first admin.
  // With onlyIfEmpty, refuses (Conflict) when any organisation exists.
  struct Created {
    int64_t orgId = 0;
    int64_t adminId = 0;
  };
  Created createOrganisation(const NewOrganisation& o, int64_t now, bool onlyIfEmpty);

  // Log-in and sessions (token and csrf values are hashes/opaque strings)
  std::optional<Credentials> credentialsByEmail(const std::string& email);
  std::optional<Credentials> credentialsOf(const domain::Actor& a);
  void createSession(const std::string& tokenHash, int64_t userId, const std::string& csrf, int64_t now,
                     int64_t expiresAt);
  std::optional<SessionInfo> session(const std::string& tokenHash, int64_t now);
  void deleteSession(const std::string& tokenHash);
  // Changes the actor's password and ends all their other sessions.
  void setPassword(const domain::Actor& a, const std::string& hash, const std::string& keepTokenHash);

  // Me, teams and members
  domain::Me me(const domain::Actor& a);
  std::vector<domain::Team> teams(const domain::Actor& a);
  domain::Team team(const domain::Actor& a, int64_t teamId);
  domain::Team createTeam(const domain::Actor& a, const std::string& name, int64_t now);
  std::vector<domain::TeamMember> teamMembers(const domain::Actor& a, int64_t teamId);
  domain::TeamMember putTeamMember(const domain::Actor& a, int64_t teamId, int64_t userId, domain::TeamRole role);
  void removeTeamMember(const domain::Actor& a, int64_t teamId, int64_t userId);
  std::vector<domain::OrgMember> members(const domain::Actor& a);
  domain::OrgMember patchMember(const domain::Actor& a, int64_t userId, const domain::MemberPatch& p);

  // Invitations
  std::vector<domain::Invitation> invitations(const domain::Actor& a);
  domain::Invitation createInvitation(const domain::Actor& a, const domain::NewInvitation& inv,
                                      const std::string& tokenHash, int64_t now, int64_t expiresAt);
  void revokeInvitation(const domain::Actor& a, int64_t invitationId);
  domain::InvitationPreview invitationPreview(const std::string& tokenHash, int64_t now);
  // Creates the account and team membership; the invitation can be used once.
  int64_t acceptInvitation(const std::string& tokenHash, const std::string& name, const std::string& passwordHash,
                           int64_t now);

  // Audit log: who did what to which object (never the content)
  void audit(const domain::Actor& a, const std::string& action, const std::string& object, int64_t now);
  std::vector<AuditEntry> auditLog(const domain::Actor& a, int64_t limit);

 private:
  std::unique_ptr<Db> db_;
};

// "sqlite:PATH" or "postgresql://…" / "postgres://…"
std::unique_ptr<Store> openStore(const std::string& url);

}  // namespace vk::store
