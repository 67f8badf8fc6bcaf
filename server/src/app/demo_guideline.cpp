// Demo data for the guideline part.
#include "app/demo_guideline.hpp"

#include "store/foundation/store.hpp"

namespace vk::app {

void seedGuidelineDemo(store::Store&, const domain::Actor&, const std::vector<int64_t>&, int64_t) {}

}  // namespace vk::app
