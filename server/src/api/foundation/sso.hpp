#pragma once
// Single sign-on (api/foundation/routes_sso.cpp, docs/adr/0010-openid-connect.md): the routes,
// and what the password routes ask of it.
#include <optional>
#include <string>

#include "api/app.hpp"

namespace vk::api {

void addSsoRoutes(RouteTable& r);
// After the right password: a 403 when the user's organisation is SSO only and this is not its
// break-glass account, or it is but has no second factor; nullopt to go on (a break-glass use
// is then in the audit log).
std::optional<http::Response> refusePasswordForSsoOnly(Ctx& c, int64_t userId);
// The password change of an SSO-only organisation's member: a 403 (nullopt: allowed).
std::optional<http::Response> refusePasswordChangeForSsoOnly(Ctx& c);
// The provider's end-session URL for a member who logged in with it (nullopt: none).
std::optional<std::string> endSessionUrl(Ctx& c);

}  // namespace vk::api
