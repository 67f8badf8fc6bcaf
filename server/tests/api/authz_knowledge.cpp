// Who may call the knowledge map's routes, and the objects it adds to the test world.
#include "authz.hpp"
#include "api/privacy/guard.hpp"
#include "store/knowledge/store.hpp"
#include "store/knowledge/store.hpp"

namespace vk::test {

Expectations knowledgeExpectations() {
  const std::set<Who> kPlanEditors = {Who::Admin, Who::Lead, Who::Supervisor};
  return {
      {"GET /api/v1/knowledge/catalogue", {kLoggedIn, ""}},
      {"POST /api/v1/knowledge/aspects", {kAnyAdmin, R"({"domainId":"inkomen","name":"Lokale regeling","terms":["stadspas"]})"}},
      {"PATCH /api/v1/knowledge/aspects/{aspectId}", {kAnyAdmin, R"({"name":"Nieuwe naam","terms":["eigen woord"]})"}},
      {"POST /api/v1/knowledge/aspects/{aspectId}/sources",
       {kAnyAdmin, R"({"title":"Handreiking","url":"https://example.org/handreiking"})"}},
      {"GET /api/v1/me/profile", {kLoggedIn, ""}},
      {"PUT /api/v1/me/profile", {kLoggedIn, R"({"items":[{"id":"{aspectId}","level":"gezel","wantsToLearn":true}]})"}},
      {"GET /api/v1/teams/{teamId}/profiles", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/partners", {kTeamA, ""}},
      {"POST /api/v1/teams/{teamId}/partners",
       {kTeamAMembers, R"({"aspectId":"{aspectId}","organisation":"GGD","role":"jeugdarts"})"}},
      {"DELETE /api/v1/teams/{teamId}/partners/{partnerId}", {kTeamAMembers, ""}},
      {"POST /api/v1/teams/{teamId}/help-questions", {kTeamAMembers, R"({"text":"Zorgen over de huur en schulden."})"}},
      {"GET /api/v1/teams/{teamId}/help-questions/{questionId}", {kOnlyMember, ""}},
      {"GET /api/v1/me/help-questions", {kLoggedIn, ""}},
      {"PUT /api/v1/teams/{teamId}/help-questions/{questionId}/tags",
       {kOnlyMember, R"({"domains":["inkomen"],"aspects":["{aspectId}"],"groups":["ouderen"]})"}},
      {"GET /api/v1/teams/{teamId}/map", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/training-plan", {kTeamA, ""}},
      // Members read the plan; the lead, the supervisor and the admin make and edit it.
      {"POST /api/v1/teams/{teamId}/training-plan", {kPlanEditors, "{}"}},
      {"PATCH /api/v1/teams/{teamId}/training-plan/items/{planItemId}", {kPlanEditors, R"({"note":"Cursus in maart"})"}},
      {"GET /api/v1/teams/{teamId}/training-plan/export", {kTeamA, ""}},
  };
}

void seedKnowledge(store::Store& s, World& w, int64_t now) {
  store::KnowledgeStore ks(s.db());
  domain::Actor member{w.member, w.org1, false};
  const std::string aspect = "ziekte-en-klachten";
  w.ids["{aspectId}"] = aspect;
  ks.putProfile(member, {{aspect, domain::Level::Leerling, true}}, now);
  w.ids["{questionId}"] = std::to_string(
      ks.saveQuestion(member, w.teamA, api::guard("text", "Zorgen over pijn en de huur."), {{"domain", "inkomen"}}, std::nullopt, now));
  w.ids["{partnerId}"] = std::to_string(ks.addPartner(member, w.teamA, {aspect, api::guard("organisation", "Huisartsenpraktijk"), api::guard("role", "praktijkondersteuner")}, now).id);
  domain::Actor lead{w.lead, w.org1, false};  // the lead makes the plan
  auto plan = ks.replacePlan(lead, w.teamA, {{0, aspect, 1.0, std::nullopt, domain::Level::Gezel, "2027-06-01", "", {w.member}}}, now);
  w.ids["{planItemId}"] = std::to_string(plan.items.at(0).id);
}

}  // namespace vk::test
