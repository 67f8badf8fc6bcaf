// Who may call the routes of the guideline part.
#include "authz.hpp"

namespace vk::test {

Expectations guidelineExpectations() { return {}; }

void seedGuideline(store::Store&, World&, int64_t) {}

}  // namespace vk::test
