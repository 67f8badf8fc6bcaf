// Demo data for the partners part.
#include "app/demo_partners.hpp"

#include "store/foundation/store.hpp"

namespace vk::app {

void seedPartnersDemo(store::Store&, const domain::Actor&, const std::vector<int64_t>&, int64_t) {}

}  // namespace vk::app
