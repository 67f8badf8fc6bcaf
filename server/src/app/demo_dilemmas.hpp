#pragma once
// Demo data for the dilemmas part: Wijkteam Noord voted twice (the ranking moves between the
// rounds), one of its dilemmas came from a member's accepted proposal, and one proposal
// waits for the team lead.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {
void seedDilemmasDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);
}
