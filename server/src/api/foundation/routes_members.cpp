// The organisation's members: organisation admins only.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/privacy/guard.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"

namespace vk::api {

using namespace vk::domain;

void addMemberRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/members", http::Access::OrgAdmin, [](Ctx& c) { return items(c.store.members(c.actor())); });
  r.add("PATCH", "/api/v1/members/{userId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name", "discipline", "experience", "orgAdmin", "privacyConfirmed"});
    std::optional<std::string> discipline;
    MemberPatch p;
    if (auto n = body.optionalString("name")) {
      p.name = trimmed(*n);
      checkName("name", *p.name, 120, body.errors());
    }
    if (auto d = body.optionalString("discipline")) {
      discipline = trimmed(*d);
      if (discipline->size() > 120) body.errors().push_back({"discipline", "Dit is te lang: hoogstens 120 tekens."});
    }
    if (auto e = body.optionalString("experience")) {
      p.experience = parseExperience(*e);
      if (!p.experience) body.errors().push_back({"experience", "Kies leerling, gezel of meester."});
    }
    p.orgAdmin = body.optionalBool("orgAdmin");
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    if (discipline) p.discipline = guard(c, "discipline", *discipline, confirmed);
    auto m = c.store.patchMember(c.actor(), c.id("userId"), p);
    c.store.audit(c.actor(), "member.update", "user/" + std::to_string(c.id("userId")), c.now);
    return ok(view(m));
  }).guardedFields = {"discipline"};
}

}  // namespace vk::api
