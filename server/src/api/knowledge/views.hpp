#pragma once
// JSON shapes of the knowledge map's resources (camelCase, ISO 8601 UTC).
#include <boost/json/object.hpp>
#include <boost/json/array.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/knowledge/map.hpp"
#include "store/knowledge/store.hpp"

namespace vk::api {

boost::json::object aspectView(const store::OrgAspect& a);
// The team's training plan with each learner's level now and the progress per item.
boost::json::object planView(const std::optional<store::Plan>& plan, const std::vector<domain::MemberKnowledge>& team,
                             const std::vector<store::OrgAspect>& aspects);

using AspectIndex = std::unordered_map<std::string, const store::OrgAspect*>;

boost::json::array scoredView(const std::vector<domain::Scored>& xs);
// Stored tags of one kind, for a reopened question (no scores are kept).
boost::json::array tagView(const std::vector<store::QuestionTag>& tags, std::string_view kind);
// What the needed aspects ask of the team: per aspect the asker's level and the colleagues who
// cover it, the advice, the duo partners, who covers what together, and the external partners
// for what nobody covers.
boost::json::object adviceView(const domain::Advice& advice, const std::vector<domain::Scored>& aspects,
                               const domain::MemberKnowledge& asker, const std::vector<domain::MemberKnowledge>& team,
                               const AspectIndex& ids, const std::vector<store::Partner>& partners);

}  // namespace vk::api
