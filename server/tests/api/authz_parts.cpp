// Every part of Vakkompas that adds routes adds its line here.
#include "authz.hpp"

namespace vk::test {

Expectations liveExpectations();
void seedLive(store::Store& s, World& w, int64_t now);

Expectations knowledgeExpectations();
void seedKnowledge(store::Store& s, World& w, int64_t now);

Expectations interviewExpectations();
void seedInterviews(store::Store& s, World& w, int64_t now);

std::vector<AuthzPart> authzParts() {
  return {
      {"foundation", foundationExpectations, nullptr},
      {"live", liveExpectations, seedLive},
      {"knowledge", knowledgeExpectations, seedKnowledge},
      {"interviews", interviewExpectations, seedInterviews},
  };
}

}  // namespace vk::test
