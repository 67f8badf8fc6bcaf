#pragma once
// What the craft store's files share (store.cpp, national.cpp): the organisation's picture
// and the views across teams, inside a transaction.
#include <string>
#include <vector>

#include "store/craft/store.hpp"
#include "store/audit.hpp"

namespace vk::store::craft {

domain::CraftPicture loadPicture(Conn& c, int64_t orgId);
std::vector<std::string> statementOrder(const domain::CraftPicture& p);
std::vector<ThemeCounts> themeCounts(const domain::CraftPicture& p, const std::vector<domain::StatementTally>& tallies);
// Teams with at least 5 responders only; no lines (a team's own words stay with the team).
OrgPicture orgPicture(Conn& c, int64_t orgId);
// Teams with at least 5 responders only; texts only those shared nationally.
OrgCore orgCore(Conn& c, int64_t orgId);

}  // namespace vk::store::craft
