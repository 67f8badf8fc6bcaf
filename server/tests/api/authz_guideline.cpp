// Who may call the routes of the guideline part. The seeded example is the member of team
// A's (private). The team's matrix: its members and the organisation's admin; adding
// examples and loadings: the team's members; changing or deleting an example: its author.
#include "api/privacy/guard.hpp"
#include "authz.hpp"
#include "store/guideline/store.hpp"

namespace vk::test {

Expectations guidelineExpectations() {
  return {
      {"GET /api/v1/teams/{teamId}/guideline", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/guideline/mine", {kTeamA, ""}},
      {"POST /api/v1/teams/{teamId}/guideline/examples",
       {kTeamAMembers, R"({"ruleKey":"verbinding","partKey":"buurt","text":"We dronken koffie in het buurthuis.","shared":true})"}},
      {"PUT /api/v1/guideline-examples/{exampleId}", {kOnlyMember, R"({"text":"Koffie in het buurthuis.","shared":true})"}},
      {"DELETE /api/v1/guideline-examples/{exampleId}", {kOnlyMember, ""}},
      {"PUT /api/v1/teams/{teamId}/guideline/loadings/{ruleKey}",
       {kTeamAMembers, R"({"text":"Voor mij begint het met luisteren.","shared":false})"}},
      {"GET /api/v1/organisation/guideline", {kLoggedIn, ""}},
      // 409 for the admins: the seeded organisations have no team with five contributors.
      {"GET /api/v1/organisation/guideline/export", {kAnyAdmin, ""}},
      // The association's analyst (seeded by the interviews part) works in another organisation.
      {"GET /api/v1/national-guideline", {{Who::OtherOrgMember}, ""}},
      {"POST /api/v1/national-guidelines",
       {{Who::OtherOrgMember},
        R"({"kind":"vakkompas-guideline","version":1,"source":"Wijkteam X","period":"2026-12","teams":1,)"
        R"("cells":[{"ruleKey":"verbinding","partKey":"buurt","count":5}]})"}},
  };
}

void seedGuideline(store::Store& s, World& w, int64_t now) {
  store::GuidelineStore st(s.db());
  domain::Actor member{w.member, w.org1, false};
  auto text = api::guard("text", "We belden de woningcorporatie samen.");
  auto e = st.addExample(member, w.teamA, {"verbinding", "laagdrempelig", &text, false}, now);
  w.ids["{exampleId}"] = std::to_string(e.id);
  w.ids["{ruleKey}"] = "verbinding";
}

}  // namespace vk::test
