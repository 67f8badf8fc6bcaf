// Invitations: admins create one-time links that expire; the invited colleague
// opens the link (public) and chooses a password.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/privacy/guard.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"
#include "api/foundation/views.hpp"
#include "domain/foundation/validation.hpp"

namespace vk::api {

using namespace vk::domain;

namespace {

http::Response create(Ctx& c) {
  auto body = c.body({"email", "name", "teamId", "role", "discipline", "experience", "orgAdmin", "privacyConfirmed"});
  NewInvitation inv;
  inv.email = normaliseEmail(body.requiredString("email"));
  inv.name = trimmed(body.requiredString("name"));
  inv.teamId = body.optionalInt("teamId");
  auto role = parseTeamRole(body.optionalString("role").value_or("member"));
  if (!role) body.errors().push_back({"role", "Kies lid (member), werkbegeleider (supervisor) of teamleider (team_lead)."});
  inv.role = role.value_or(TeamRole::Member);
  std::string discipline = trimmed(body.optionalString("discipline").value_or(""));
  auto exp = parseExperience(body.optionalString("experience").value_or("leerling"));
  if (!exp) body.errors().push_back({"experience", "Kies leerling, gezel of meester."});
  inv.experience = exp.value_or(Experience::Leerling);
  inv.orgAdmin = body.optionalBool("orgAdmin").value_or(false);
  checkEmail("email", inv.email, body.errors());
  checkName("name", inv.name, 120, body.errors());
  if (discipline.size() > 120) body.errors().push_back({"discipline", "Dit is te lang: hoogstens 120 tekens."});
  bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
  body.finish();
  inv.discipline = guard(c, "discipline", discipline, confirmed);
  std::string token = randomToken();
  auto saved = c.store.createInvitation(c.actor(), inv, tokenHash(token), c.now,
                                        c.now + c.app.config().invitationSeconds);
  c.store.audit(c.actor(), "invitation.create", "invitation/" + std::to_string(saved.id), c.now);
  auto o = view(saved, c.now);
  o["token"] = token;
  o["link"] = "/uitnodiging/" + token;
  return ok(o, 201);
}

http::Response accept(Ctx& c) {
  std::string hash = tokenHash(c.params.str("token"));
  auto preview = c.store.invitationPreview(hash, c.now);  // 404/410 before any work
  auto body = c.body({"name", "password"});
  std::string name = trimmed(body.optionalString("name").value_or(preview.name));
  std::string password = body.requiredString("password");
  checkName("name", name, 120, body.errors());
  checkPassword("password", password, preview.email, body.errors());
  body.finish();
  int64_t userId = c.store.acceptInvitation(hash, name, hashPassword(password), c.now);
  return respondLoggedIn(c, userId, 201);
}

}  // namespace

void addInvitationRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/invitations", http::Access::OrgAdmin, [](Ctx& c) {
    boost::json::array a;
    for (auto& i : c.store.invitations(c.actor())) a.push_back(view(i, c.now));
    return ok(boost::json::object{{"items", std::move(a)}});
  });
  r.add("POST", "/api/v1/invitations", http::Access::OrgAdmin, create).guardedFields = {"discipline"};
  r.add("DELETE", "/api/v1/invitations/{invitationId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    c.store.revokeInvitation(c.actor(), c.id("invitationId"));
    c.store.audit(c.actor(), "invitation.revoke", "invitation/" + std::to_string(c.id("invitationId")), c.now);
    return http::Response::empty(204);
  });
  r.add("GET", "/api/v1/invitation-tokens/{token}", http::Access::Public,
        [](Ctx& c) { return ok(view(c.store.invitationPreview(tokenHash(c.params.str("token")), c.now))); });
  r.add("POST", "/api/v1/invitation-tokens/{token}/acceptance", http::Access::Public, accept, true);
}

}  // namespace vk::api
