#pragma once
// The authorisation matrix's vocabulary: the callers, and per part of Vakkompas the
// expectation for each of its routes plus the objects it adds to the test world.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "harness.hpp"

namespace vk::test {

enum class Who { Nobody, Admin, Lead, Supervisor, Member, OtherTeam, OtherOrgAdmin, OtherOrgMember };

inline const std::set<Who> kEveryone = {Who::Nobody, Who::Admin, Who::Lead, Who::Supervisor,
                                        Who::Member, Who::OtherTeam, Who::OtherOrgAdmin, Who::OtherOrgMember};
inline const std::set<Who> kLoggedIn = {Who::Admin, Who::Lead, Who::Supervisor, Who::Member,
                                        Who::OtherTeam, Who::OtherOrgAdmin, Who::OtherOrgMember};
inline const std::set<Who> kTeamA = {Who::Admin, Who::Lead, Who::Supervisor, Who::Member};
inline const std::set<Who> kTeamAMembers = {Who::Lead, Who::Supervisor, Who::Member};  // not the admin
inline const std::set<Who> kTeamManagers = {Who::Admin, Who::Lead};
inline const std::set<Who> kAnyAdmin = {Who::Admin, Who::OtherOrgAdmin};  // each within their own organisation
inline const std::set<Who> kOrg1Admin = {Who::Admin};
inline const std::set<Who> kOnlyMember = {Who::Member};  // the member of team A owns the seeded object

// For one route ("METHOD /api/v1/path/{param}"): who may call it, and a valid body so
// that a refusal is about access, not about input. Placeholders in paths and bodies
// ({teamId}, {teamA}, {userId}, {invitationId}, {token}, and every key a part puts in
// World::ids) are filled from the world.
struct Expectation {
  std::set<Who> allowed;
  std::string body;
};
using Expectations = std::map<std::string, Expectation>;

struct AuthzPart {
  const char* name;
  Expectations (*expectations)();
  // Adds the part's objects to a fresh world (owned by the member of team A), or nullptr.
  void (*seed)(store::Store& s, World& w, int64_t now);
};

// The placeholders of a route or body ({teamId}, {userId}, the parts' own ids) filled in
// with the world's ids; and the user id of a caller (0 for nobody). In authz_parts.cpp.
std::string fill(std::string s, const World& w);
int64_t idOf(const World& w, Who who);

// One line per part of Vakkompas (authz_parts.cpp).
std::vector<AuthzPart> authzParts();

Expectations foundationExpectations();

}  // namespace vk::test
