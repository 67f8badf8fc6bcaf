#pragma once
// The team map as GET /teams/{id}/map answers it: coverage per aspect and member (the heatmap),
// risks, hidden expertise, demand over the last `days`, and each member's T-shape. Loads the
// levels as one dense grid (KnowledgeStore::teamLevels); benchmarked in bench_knowledge.cpp.
#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

#include "domain/foundation/people.hpp"
#include "store/knowledge/store.hpp"

namespace vk::api {

// `domain` empty: all life domains.
boost::json::object teamMapView(store::KnowledgeStore& ks, const domain::Actor& a, int64_t teamId,
                                const std::string& domain, int64_t days, int64_t now);

}  // namespace vk::api
