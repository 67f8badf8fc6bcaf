#pragma once
// Demo data for the partners part.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {
void seedPartnersDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);
}
