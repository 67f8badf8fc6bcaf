#pragma once
// JSON shapes of the craft part (camelCase).
#include <boost/json/value.hpp>
#include <map>
#include <string>

#include "store/craft/store.hpp"

namespace vk::api::craft {

boost::json::object view(const domain::CraftPicture& p);
boost::json::object view(const domain::PictureTheme& t);
boost::json::object view(const store::MyPicture& m);
// words: per theme key the distinctive words of the team's shared fragments (team view only).
boost::json::object view(const store::TeamPicture& p,
                         const std::map<std::string, boost::json::array>& words);
boost::json::object view(const store::TeamDifferences& d);
boost::json::object view(const store::OrgPicture& p);
boost::json::object view(const domain::CraftCore& c);
boost::json::object coreResponsesJson(const std::vector<domain::CoreResponse>& r);
boost::json::object view(const store::TeamCore& c);
boost::json::object view(const store::OrgCore& c);
boost::json::object view(const store::NationalCraft& n);
boost::json::array themeCountsJson(const std::vector<store::ThemeCounts>& themes, bool withLines);
boost::json::array partCountsJson(const std::vector<store::CorePartCounts>& parts);

}  // namespace vk::api::craft
