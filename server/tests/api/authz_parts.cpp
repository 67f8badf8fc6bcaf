// Every part of Vakkompas that adds routes adds its line here.
#include "authz.hpp"

namespace vk::test {

Expectations interviewExpectations();
void seedInterviews(store::Store& s, World& w, int64_t now);

std::vector<AuthzPart> authzParts() {
  return {
      {"foundation", foundationExpectations, nullptr},
      {"interviews", interviewExpectations, seedInterviews},
  };
}

}  // namespace vk::test
