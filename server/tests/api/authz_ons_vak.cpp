// Who may fetch the team's "Ons vak" page: whoever sees the team (its members, its
// supervisor, the organisation's admin); another team 403, another organisation 404. The
// organisation's page: its admins.
#include "authz.hpp"

namespace vk::test {

Expectations onsVakExpectations() {
  return {
      {"GET /api/v1/teams/{teamId}/ons-vak.pdf", {kTeamA, ""}},
      {"GET /api/v1/organisation/ons-vak.pdf", {kAnyAdmin, ""}},  // each admin their own organisation's
  };
}

}  // namespace vk::test
