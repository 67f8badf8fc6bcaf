#pragma once
// Organisations, teams, members and their roles: plain data, no I/O.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/guarded_text.hpp"

namespace vk::domain {

enum class TeamRole { Member, Supervisor, TeamLead };
enum class Experience { Leerling, Gezel, Meester };

std::string_view toString(TeamRole r);
std::string_view toString(Experience e);
std::optional<TeamRole> parseTeamRole(std::string_view s);
std::optional<Experience> parseExperience(std::string_view s);

// The caller of a request, as established from their session.
struct Actor {
  int64_t userId = 0;
  int64_t orgId = 0;
  bool orgAdmin = false;
};

struct Organisation {
  int64_t id = 0;
  std::string name;
};

struct TeamRef {
  int64_t id = 0;
  std::string name;
  std::optional<TeamRole> role;  // the caller's role in it, if a member
};

struct Team {
  int64_t id = 0;
  std::string name;
  int64_t memberCount = 0;
  std::optional<TeamRole> myRole;
};

struct UserProfile {
  int64_t id = 0;
  std::string name;
  std::string email;
  std::string discipline;
  Experience experience = Experience::Leerling;
  bool orgAdmin = false;
};

struct TeamMember {
  UserProfile user;
  TeamRole role = TeamRole::Member;
};

struct OrgMember {
  UserProfile user;
  std::vector<TeamRef> teams;
};

struct Me {
  UserProfile user;
  Organisation organisation;
  std::vector<TeamRef> teams;
};

struct MemberPatch {
  std::optional<std::string> name;
  std::optional<GuardedText> discipline;  // free text: through the privacy guard
  std::optional<Experience> experience;
  std::optional<bool> orgAdmin;
};

enum class InvitationStatus { Open, Accepted, Expired, Revoked };
std::string_view toString(InvitationStatus s);

struct NewInvitation {
  std::string email;
  std::string name;
  std::optional<int64_t> teamId;
  TeamRole role = TeamRole::Member;
  GuardedText discipline;  // free text: through the privacy guard
  Experience experience = Experience::Leerling;
  bool orgAdmin = false;
};

// An invitation as stored (what NewInvitation saved, read back).
struct InvitationDetails {
  std::string email;
  std::string name;
  std::optional<int64_t> teamId;
  TeamRole role = TeamRole::Member;
  std::string discipline;
  Experience experience = Experience::Leerling;
  bool orgAdmin = false;
};

struct Invitation {
  int64_t id = 0;
  InvitationDetails details;
  std::string teamName;
  int64_t createdAt = 0;
  int64_t expiresAt = 0;
  std::optional<int64_t> acceptedAt;
  bool revoked = false;
  InvitationStatus statusAt(int64_t now) const;
};

// What a public invitation link shows before it is accepted.
struct InvitationPreview {
  std::string organisation;
  std::string teamName;
  std::string email;
  std::string name;
  int64_t expiresAt = 0;
};

}  // namespace vk::domain
