#pragma once
// Shared by the live route files (routes.cpp, routes_org.cpp).
#include <boost/json/array.hpp>
#include <memory>
#include <optional>
#include <string>

#include "api/app.hpp"
#include "domain/errors.hpp"

namespace vk::api {

class LiveHub;
// The organisation's side of live sessions: guideline, song link, programme, own templates;
// a change of the guideline or song link makes the hub's rooms read their welcome again.
void addLiveOrgRoutes(RouteTable& r, std::shared_ptr<LiveHub> hub);
// The what-works conversation: the session's record, its agreements, the team's agreements
// (routes_conversation.cpp); the hub brings connected screens up to date after a change.
void addLiveConversationRoutes(RouteTable& r, std::shared_ptr<LiveHub> hub);
// The checked "blocks" of a request body, or nullopt when it has none; throws
// domain::Error(Invalid) when they are not acceptable.
std::optional<boost::json::array> requestBlocks(const JsonBody& body);
// A readable body whose content is not acceptable: 422 with the Dutch title and fields.
http::Response unprocessable(const domain::Error& e);

}  // namespace vk::api
