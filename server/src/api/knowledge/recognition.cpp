#include "api/knowledge/recognition.hpp"

#include "domain/knowledge/starter.hpp"
#include "domain/knowledge/org_catalogue.hpp"

namespace vk::api {

std::shared_ptr<const domain::MatcherCache::Entry> orgRecognition(domain::MatcherCache& cache,
                                                                  store::KnowledgeStore& ks,
                                                                  const domain::Actor& a) {
  return cache.get(a.orgId, ks.revision(a), [&] {
    auto changes = ks.aspectChanges(a);
    domain::MatcherCache::Entry e{nullptr, ks.corrections(a)};
    if (changes.empty())  // the starter catalogue as it is: share the one Matcher
      e.matcher = std::shared_ptr<const domain::Matcher>(std::shared_ptr<void>(), &domain::sharedMatcher());
    else
      e.matcher = std::make_shared<const domain::Matcher>(domain::orgCatalogue(domain::starterCatalogue(), changes));
    return e;
  });
}

}  // namespace vk::api
