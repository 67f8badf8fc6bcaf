#pragma once
// Demo data for the interviews part: a chain of interviews in both teams, shared
// fragments (some anonymous), zodatjes and "het is mijn vak om…" statements.
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::store {
class Store;
}

namespace vk::app {
void seedDemoInterviews(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now);
}
