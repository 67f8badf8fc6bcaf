#pragma once
// The craft part's route groups (routes.cpp calls the national one).
#include "api/app.hpp"

namespace vk::api::craft {
void addNationalCraftRoutes(RouteTable& r);
}
