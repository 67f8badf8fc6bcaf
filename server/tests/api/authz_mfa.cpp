// Who may call the second log-in step's routes (api/foundation/routes_second_factor.cpp).
#include "authz.hpp"

namespace vk::test {

Expectations secondFactorExpectations() {
  return {
      {"GET /api/v1/me/second-factor", {kLoggedIn, ""}},
      {"POST /api/v1/me/second-factor", {kLoggedIn, ""}},
      // Nothing pending or on: 409, which is about the state, not about access.
      {"POST /api/v1/me/second-factor/confirm", {kLoggedIn, R"({"code":"000000"})"}},
      {"POST /api/v1/me/second-factor/recovery-codes", {kLoggedIn, R"({"password":"goed-wachtwoord-1"})"}},
      {"POST /api/v1/me/second-factor/disable", {kLoggedIn, R"({"password":"goed-wachtwoord-1","code":"000000"})"}},
      // The organisation's requirement for team leads: its admins, each for their own.
      {"GET /api/v1/organisation/second-factor", {kAnyAdmin, ""}},
      {"PUT /api/v1/organisation/second-factor", {kAnyAdmin, R"({"requiredForTeamLeads":false})"}},
      // Public, but only a challenge from the right password opens it: without one every
      // caller, logged in or not, gets 401 (second_factor_test.cpp walks the real way in).
      {"POST /api/v1/session/second-factor", {{}, R"({"challenge":"geen-echte-uitdaging","code":"000000"})"}},
  };
}

}  // namespace vk::test
