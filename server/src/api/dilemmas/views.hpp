#pragma once
// JSON shapes of the dilemmas part (camelCase, ISO 8601 UTC).
#include <boost/json/value.hpp>

#include "store/dilemmas/store.hpp"

namespace vk::api::dilemmas {

// dilemmaJson + source, teamId (team dilemmas), edited; retired only in admin lists.
boost::json::object view(const store::LibraryDilemma& d, bool withRetired = false);
boost::json::array libraryJson(const std::vector<store::LibraryDilemma>& library, bool withRetired = false);
boost::json::object view(const store::Proposal& p);
boost::json::object view(const store::Round& r);
boost::json::object view(const store::RoundDetail& r);
boost::json::object view(const store::RoundResults& r);
boost::json::object view(const domain::AcrossTeams& r);
boost::json::array rankingJson(const std::vector<domain::RankingEntry>& ranking);

}  // namespace vk::api::dilemmas
