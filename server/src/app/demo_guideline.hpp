#pragma once
// Demo data for the guideline part.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {
void seedGuidelineDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);
}
