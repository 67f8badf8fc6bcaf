// Teams and their members. Scoping (own organisation, own team) is enforced by the store.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"

namespace vk::api {

using namespace vk::domain;

void addTeamRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/teams", http::Access::Member, [](Ctx& c) { return items(c.store.teams(c.actor())); })
      .cacheable = true;
  r.add("POST", "/api/v1/teams", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name"});
    std::string name = trimmed(body.requiredString("name"));
    checkName("name", name, 80, body.errors());
    body.finish();
    auto team = c.store.createTeam(c.actor(), name, c.now);
    c.store.audit(c.actor(), "team.create", "team/" + std::to_string(team.id), c.now);
    return ok(view(team), 201);
  });
  r.add("GET", "/api/v1/teams/{teamId:int}", http::Access::Member,
        [](Ctx& c) { return ok(view(c.store.team(c.actor(), c.id("teamId")))); })
      .cacheable = true;
  r.add("GET", "/api/v1/teams/{teamId:int}/members", http::Access::Member,
        [](Ctx& c) { return items(c.store.teamMembers(c.actor(), c.id("teamId"))); })
      .cacheable = true;
  r.add("PUT", "/api/v1/teams/{teamId:int}/members/{userId:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"role"});
    std::string roleText = body.requiredString("role");
    auto role = parseTeamRole(roleText);
    if (!roleText.empty() && !role)
      body.errors().push_back({"role", "Kies lid (member), werkbegeleider (supervisor) of teamleider (team_lead)."});
    body.finish();
    auto m = c.store.putTeamMember(c.actor(), c.id("teamId"), c.id("userId"), *role);
    c.store.audit(c.actor(), "team.member.put",
                  "team/" + std::to_string(c.id("teamId")) + "/member/" + std::to_string(c.id("userId")), c.now);
    return ok(view(m));
  });
  r.add("DELETE", "/api/v1/teams/{teamId:int}/members/{userId:int}", http::Access::Member, [](Ctx& c) {
    c.store.removeTeamMember(c.actor(), c.id("teamId"), c.id("userId"));
    c.store.audit(c.actor(), "team.member.remove",
                  "team/" + std::to_string(c.id("teamId")) + "/member/" + std::to_string(c.id("userId")), c.now);
    return http::Response::empty(204);
  });
}

}  // namespace vk::api
