// The five rules of thumb as they live in the team: examples and loadings per rule x part of the assignment: its routes.
#include "api/app.hpp"

namespace vk::api {

void addGuidelineRoutes(RouteTable&) {}

}  // namespace vk::api
