// Who may call the routes of the partners part.
#include "authz.hpp"

namespace vk::test {

Expectations partnerExpectations() { return {}; }

void seedPartners(store::Store&, World&, int64_t) {}

}  // namespace vk::test
