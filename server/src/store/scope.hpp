#pragma once
// Scoping helpers every store module uses inside its transactions: the caller's
// organisation and teams decide what a query may touch.
#include <cstdint>
#include <optional>

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

}  // namespace vk::store
