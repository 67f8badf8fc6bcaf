#pragma once
#include "api/app.hpp"

namespace vk::api::partners {
// The partners' own pages: by token, without a session or cookie (routes_public.cpp).
void addPartnerPublicRoutes(RouteTable& r);
}  // namespace vk::api::partners
