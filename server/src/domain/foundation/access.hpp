#pragma once
// Who may do what to a team: pure decisions, called by the store inside the
// transaction that loaded the facts, so no handler can forget them.
#include <optional>

#include "domain/foundation/people.hpp"

namespace vk::domain {

// Reading a team and its members: its members and the organisation's admins.
bool canViewTeam(const Actor& a, std::optional<TeamRole> roleInTeam);
// Changing membership and roles: organisation admins and the team's lead.
bool canManageTeam(const Actor& a, std::optional<TeamRole> roleInTeam);
// Generating and editing the team's training plan: the team lead, the supervisor and the
// organisation's admins; a member reads it.
bool canEditTrainingPlan(const Actor& a, std::optional<TeamRole> roleInTeam);
// Changing a shared fragment's themes: its author, or the team's lead when the author agreed.
bool canEditFragmentThemes(bool isAuthor, std::optional<TeamRole> roleInTeam, bool authorAgreed);
// Organisation-wide administration: teams, members, invitations.
bool canAdministerOrganisation(const Actor& a);

}  // namespace vk::domain
