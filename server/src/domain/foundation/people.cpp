#include "domain/foundation/people.hpp"

namespace vk::domain {

std::string_view toString(TeamRole r) {
  switch (r) {
    case TeamRole::Member: return "member";
    case TeamRole::Supervisor: return "supervisor";
    case TeamRole::TeamLead: return "team_lead";
  }
  return "member";
}

std::string_view toString(Experience e) {
  switch (e) {
    case Experience::Leerling: return "leerling";
    case Experience::Gezel: return "gezel";
    case Experience::Meester: return "meester";
  }
  return "leerling";
}

std::optional<TeamRole> parseTeamRole(std::string_view s) {
  if (s == "member") return TeamRole::Member;
  if (s == "supervisor") return TeamRole::Supervisor;
  if (s == "team_lead") return TeamRole::TeamLead;
  return std::nullopt;
}

std::optional<Experience> parseExperience(std::string_view s) {
  if (s == "leerling") return Experience::Leerling;
  if (s == "gezel") return Experience::Gezel;
  if (s == "meester") return Experience::Meester;
  return std::nullopt;
}

std::string_view toString(InvitationStatus s) {
  switch (s) {
    case InvitationStatus::Open: return "open";
    case InvitationStatus::Accepted: return "accepted";
    case InvitationStatus::Expired: return "expired";
    case InvitationStatus::Revoked: return "revoked";
  }
  return "open";
}

InvitationStatus Invitation::statusAt(int64_t now) const {
  if (acceptedAt) return InvitationStatus::Accepted;
  if (revoked) return InvitationStatus::Revoked;
  if (now >= expiresAt) return InvitationStatus::Expired;
  return InvitationStatus::Open;
}

}  // namespace vk::domain
