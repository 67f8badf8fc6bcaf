#pragma once
// Demo data for the craft part.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {
void seedCraftDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);
}
