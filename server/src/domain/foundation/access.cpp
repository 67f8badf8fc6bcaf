#include "domain/foundation/access.hpp"

namespace vk::domain {

bool canViewTeam(const Actor& a, std::optional<TeamRole> roleInTeam) { return a.orgAdmin || roleInTeam.has_value(); }

bool canManageTeam(const Actor& a, std::optional<TeamRole> roleInTeam) {
  return a.orgAdmin || roleInTeam == TeamRole::TeamLead;
}

bool canEditTrainingPlan(const Actor& a, std::optional<TeamRole> roleInTeam) {
  return a.orgAdmin || roleInTeam == TeamRole::TeamLead || roleInTeam == TeamRole::Supervisor;
}

bool canEditFragmentThemes(bool isAuthor, std::optional<TeamRole> roleInTeam, bool authorAgreed) {
  return isAuthor || (authorAgreed && roleInTeam == TeamRole::TeamLead);
}

bool canAdministerOrganisation(const Actor& a) { return a.orgAdmin; }

}  // namespace vk::domain
