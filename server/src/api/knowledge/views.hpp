#pragma once
// JSON shapes of the knowledge map's resources (camelCase, ISO 8601 UTC).
#include <boost/json/object.hpp>
#include <optional>
#include <vector>

#include "domain/knowledge/map.hpp"
#include "store/knowledge/store.hpp"

namespace vk::api {

boost::json::object aspectView(const store::OrgAspect& a);
// The team's training plan with each learner's level now and the progress per item.
boost::json::object planView(const std::optional<store::Plan>& plan, const std::vector<domain::MemberKnowledge>& team,
                             const std::vector<store::OrgAspect>& aspects);

}  // namespace vk::api
