// The partners' view from outside: partner rounds, links without an account, results from enough answers: its routes.
#include "api/app.hpp"

namespace vk::api {

void addPartnerRoutes(RouteTable&) {}

}  // namespace vk::api
