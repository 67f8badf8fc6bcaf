// Who may call the foundation's routes (accounts, teams, members, invitations).
#include "authz.hpp"

namespace vk::test {

Expectations foundationExpectations() {
  return {
      {"GET /api/v1/health", {kEveryone, ""}},
      {"GET /api/v1/openapi.json", {kEveryone, ""}},
      {"GET /api/v1/setup", {kEveryone, ""}},
      {"POST /api/v1/setup",
       {kEveryone, R"({"organisation":"X","name":"Y","email":"new@x.test","password":"lang-genoeg-1"})"}},
      {"POST /api/v1/session", {kEveryone, R"({"email":"member@org1.test","password":"goed-wachtwoord-1"})"}},
      {"DELETE /api/v1/session", {kLoggedIn, ""}},
      {"GET /api/v1/me", {kLoggedIn, ""}},
      {"PUT /api/v1/me/password",
       {kLoggedIn, R"({"currentPassword":"goed-wachtwoord-1","newPassword":"nieuw-wachtwoord-2"})"}},
      {"GET /api/v1/teams", {kLoggedIn, ""}},
      {"POST /api/v1/teams", {kAnyAdmin, R"({"name":"Nieuw team"})"}},
      {"GET /api/v1/teams/{teamId}", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/members", {kTeamA, ""}},
      {"PUT /api/v1/teams/{teamId}/members/{userId}", {kTeamManagers, R"({"role":"supervisor"})"}},
      {"DELETE /api/v1/teams/{teamId}/members/{userId}", {kTeamManagers, ""}},
      {"GET /api/v1/members", {kAnyAdmin, ""}},
      {"PATCH /api/v1/members/{userId}", {kOrg1Admin, R"({"experience":"meester"})"}},
      {"GET /api/v1/invitations", {kAnyAdmin, ""}},
      {"POST /api/v1/invitations", {kOrg1Admin, R"({"email":"nieuw@org1.test","name":"Nieuw","teamId":{teamA}})"}},
      {"DELETE /api/v1/invitations/{invitationId}", {kOrg1Admin, ""}},
      {"GET /api/v1/invitation-tokens/{token}", {kEveryone, ""}},
      {"POST /api/v1/invitation-tokens/{token}/acceptance", {kEveryone, R"({"password":"lang-genoeg-1"})"}},
      {"POST /api/v1/privacy-checks", {kLoggedIn, R"({"text":"Gesprek over de huur."})"}},
      {"GET /api/v1/me/export", {kLoggedIn, ""}},
      {"GET /api/v1/members/{userId}/export", {kOrg1Admin, ""}},
      {"GET /api/v1/me/export.pdf", {kLoggedIn, ""}},
      {"GET /api/v1/members/{userId}/export.pdf", {kOrg1Admin, ""}},
      {"DELETE /api/v1/members/{userId}", {kOrg1Admin, ""}},
      {"GET /api/v1/audit-log", {kAnyAdmin, ""}},
  };
}

}  // namespace vk::test
