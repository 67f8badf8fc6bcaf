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

bool isAssociationAnalyst(Conn& c, int64_t userId) {
  return !c.query("SELECT 1 FROM association_analysts WHERE user_id = $1", {userId}).empty();
}

int64_t replaceNationalFile(Conn& c, const char* filesTable, std::initializer_list<const char*> childTables,
                            int64_t orgId, const std::string& source, const std::string& period, int64_t teams,
                            int64_t now) {
  const std::string files(filesTable);  // table names are the parts' constants, never input
  auto old = c.query("SELECT id FROM " + files + " WHERE org_id = $1 AND source = $2 AND period = $3",
                     {orgId, source, period});
  for (size_t i = 0; i < old.size(); ++i) {
    for (const char* t : childTables) c.query(std::string("DELETE FROM ") + t + " WHERE file_id = $1", {old[i].i64(0)});
    c.query("DELETE FROM " + files + " WHERE id = $1", {old[i].i64(0)});
  }
  return c.query("INSERT INTO " + files + " (org_id, source, period, teams, imported_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                 {orgId, source, period, teams, now})[0]
      .i64(0);
}

}  // namespace vk::store
