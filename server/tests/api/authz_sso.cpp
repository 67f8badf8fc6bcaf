// Who may call the single sign-on routes (api/foundation/routes_sso.cpp).
#include "authz.hpp"

namespace vk::test {

Expectations ssoExpectations() {
  return {
      // The log-in page asks before anyone is logged in.
      {"GET /api/v1/sso/discover", {kEveryone, ""}},
      // Without an organisation: 400 for everyone (sso_test.cpp walks the real way in).
      {"GET /api/v1/sso/start", {kEveryone, ""}},
      // Without a flow of its own: back to the log-in page (302) for everyone.
      {"GET /api/v1/sso/callback", {kEveryone, ""}},
      {"GET /api/v1/organisation/sso", {kAnyAdmin, ""}},
      {"PUT /api/v1/organisation/sso",
       {kAnyAdmin, R"({"issuer":"https://idp.example","clientId":"vakkompas","clientSecret":"geheim"})"}},
  };
}

}  // namespace vk::test
