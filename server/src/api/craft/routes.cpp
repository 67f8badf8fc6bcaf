// The team's picture of the craft (seed 001, the seven themes as statements members respond to) and the core of the craft (seed 002): its routes.
#include "api/app.hpp"

namespace vk::api {

void addCraftRoutes(RouteTable&) {}

}  // namespace vk::api
