// Who may call the routes of the craft part. The picture and the core: everyone in their own
// organisation; a member's own answers: the team's members (not an admin who is no member);
// the team views: the team and the organisation's admins; editing the picture and the export:
// admins; the national file: the association's analyst (seeded by the interviews part in
// another organisation).
#include "authz.hpp"

namespace vk::test {

Expectations craftExpectations() {
  return {
      {"GET /api/v1/craft-picture", {kLoggedIn, ""}},
      {"PUT /api/v1/organisation/craft-picture/themes/{themeKey}",
       {kAnyAdmin, R"({"intro":"Het team als thuisbasis.","statements":[{"key":"team-duo","text":"We werken in duo's."},)"
                   R"({"text":"We lachen samen."},{"text":"We spreken elkaar aan."},{"text":"We leren van elkaar."}]})"}},
      {"GET /api/v1/teams/{teamId}/craft-picture/me", {kTeamAMembers, ""}},
      {"PUT /api/v1/teams/{teamId}/craft-picture/me",
       {kTeamAMembers, R"({"answers":[{"statementKey":"werker-menselijk","recognition":"herken","current":true}],)"
                       R"("lines":[{"themeKey":"werker","text":"Bij ons vooral in huisbezoeken.","shared":false}]})"}},
      {"GET /api/v1/teams/{teamId}/craft-picture", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/craft-picture/differences", {kTeamA, ""}},
      {"GET /api/v1/organisation/craft-picture", {kLoggedIn, ""}},
      {"GET /api/v1/craft-core", {kLoggedIn, ""}},
      {"GET /api/v1/teams/{teamId}/craft-core/me", {kTeamAMembers, ""}},
      {"PUT /api/v1/teams/{teamId}/craft-core/me",
       {kTeamAMembers, R"({"responses":[{"partKey":"context","fit":"past","text":"","share":"prive"}]})"}},
      {"GET /api/v1/teams/{teamId}/craft-core", {kTeamA, ""}},
      {"GET /api/v1/organisation/craft-core", {kLoggedIn, ""}},
      // 409 for the admins: the seeded organisations have no team with 5 responders.
      {"GET /api/v1/organisation/craft/export", {kAnyAdmin, ""}},
      {"GET /api/v1/national-craft", {{Who::OtherOrgMember}, ""}},
      {"POST /api/v1/national-craft",
       {{Who::OtherOrgMember},
        R"({"kind":"vakkompas-craft","version":1,"source":"Wijkteam X","period":"2026-12","teams":1,)"
        R"("picture":{"themes":[{"key":"werker","statements":[{"key":"werker-menselijk","herken":4,"anders":1,"current":2,"answered":5}]}]},)"
        R"("core":{"parts":[{"key":"context","past":3,"mist":1,"anders":1,"texts":["We zeggen het liever met minder woorden."]}]}})"}},
  };
}

// {themeKey} is the interviews part's ("team"): one of the seven keys, so the picture's too.
void seedCraft(store::Store&, World&, int64_t) {}

}  // namespace vk::test
