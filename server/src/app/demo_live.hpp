#pragma once
// Demo data for live team sessions: a past half-day of Wijkteam Noord.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {

void seedLiveDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);

}  // namespace vk::app
