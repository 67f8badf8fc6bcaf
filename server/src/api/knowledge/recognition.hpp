#pragma once
// Recognition for one organisation: the Matcher over its own catalogue (local, renamed and
// retired aspects with the admin's words) and the corrections its members taught it, from the
// cache while the organisation's knowledge revision stands, built from the store when it moved.
#include <memory>

#include "domain/foundation/people.hpp"
#include "domain/knowledge/matcher_cache.hpp"
#include "store/knowledge/store.hpp"

namespace vk::api {

std::shared_ptr<const domain::MatcherCache::Entry> orgRecognition(domain::MatcherCache& cache,
                                                                  store::KnowledgeStore& ks,
                                                                  const domain::Actor& a);

}  // namespace vk::api
