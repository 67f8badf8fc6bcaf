#pragma once
// Scoping helpers every store module uses inside its transactions: the caller's
// organisation and teams decide what a query may touch.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "domain/foundation/people.hpp"
#include "store/db.hpp"

namespace vk::store {

// The caller's role in a team of their own organisation (nullopt: not a member).
// Throws NotFound when the team is not in the caller's organisation.
std::optional<domain::TeamRole> roleInTeam(Conn& c, const domain::Actor& a, int64_t teamId);
// Throws Forbidden unless the caller may read the team (its members, org admins).
std::optional<domain::TeamRole> requireTeamView(Conn& c, const domain::Actor& a, int64_t teamId);
// Throws Forbidden unless the caller is an active member of the team (admins included only if members).
domain::TeamRole requireTeamMember(Conn& c, const domain::Actor& a, int64_t teamId);
void requireAdmin(const domain::Actor& a);
// Throws NotFound unless the user belongs to the caller's organisation.
void requireUserInOrg(Conn& c, const domain::Actor& a, int64_t userId);
// Whether the user is one of the association's analysts (association_analysts): they import
// the organisations' national files and see the national views of every part.
bool isAssociationAnalyst(Conn& c, int64_t userId);

// The national story point of a part: an organisation's file of counts for one month. A new
// file from the same source and month replaces the earlier one (its rows in `childTables`,
// each with a file_id, go with it). Returns the id of the new row in `filesTable`.
int64_t replaceNationalFile(Conn& c, const char* filesTable, std::initializer_list<const char*> childTables,
                            int64_t orgId, const std::string& source, const std::string& period, int64_t teams,
                            int64_t now);

}  // namespace vk::store
