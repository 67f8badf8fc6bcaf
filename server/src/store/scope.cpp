#include "store/scope.hpp"

#include "domain/foundation/access.hpp"
#include "domain/errors.hpp"

namespace vk::store {

using namespace vk::domain;

std::optional<TeamRole> roleInTeam(Conn& c, const Actor& a, int64_t teamId) {
  auto r = c.query(
      "SELECT tm.role FROM teams t LEFT JOIN team_members tm ON tm.team_id = t.id AND tm.user_id = $2 "
      "WHERE t.id = $1 AND t.org_id = $3",
      {teamId, a.userId, a.orgId});
  if (r.empty()) notFound("Dit team bestaat niet.");
  if (r[0].isNull(0)) return std::nullopt;
  return parseTeamRole(r[0].str(0));
}

std::optional<TeamRole> requireTeamView(Conn& c, const Actor& a, int64_t teamId) {
  auto role = roleInTeam(c, a, teamId);
  if (!canViewTeam(a, role)) forbidden("Je bent geen lid van dit team.");
  return role;
}

TeamRole requireTeamMember(Conn& c, const Actor& a, int64_t teamId) {
  auto role = roleInTeam(c, a, teamId);
  if (!role) forbidden("Je bent geen lid van dit team.");
  return *role;
}

void requireAdmin(const Actor& a) {
  if (!canAdministerOrganisation(a)) forbidden("Alleen een beheerder van de organisatie mag dit.");
}

void requireUserInOrg(Conn& c, const Actor& a, int64_t userId) {
  if (c.query("SELECT 1 FROM users WHERE id = $1 AND org_id = $2", {userId, a.orgId}).empty())
    notFound("Deze collega bestaat niet.");
}

}  // namespace vk::store
