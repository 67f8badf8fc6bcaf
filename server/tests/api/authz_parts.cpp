// Every part of Vakkompas that adds routes adds its line here.
#include "authz.hpp"

namespace vk::test {

std::vector<AuthzPart> authzParts() {
  return {
      {"foundation", foundationExpectations, nullptr},
  };
}

}  // namespace vk::test
