// Demo data for the craft part.
#include "app/demo_craft.hpp"

#include "store/foundation/store.hpp"

namespace vk::app {

void seedCraftDemo(store::Store&, const domain::Actor&, const std::vector<int64_t>&, int64_t) {}

}  // namespace vk::app
