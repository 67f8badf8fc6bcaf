#pragma once
// Demo data for the knowledge map: profiles of the demo members, external partners, past help
// questions (with their tags) and a training plan for Wijkteam Noord.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {
void seedKnowledgeDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);
}
