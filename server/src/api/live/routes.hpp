#pragma once
// Shared by the live route files (routes.cpp, routes_org.cpp).
#include <boost/json/array.hpp>
#include <optional>
#include <string>

#include "api/app.hpp"
#include "domain/errors.hpp"

namespace vk::api {

// The organisation's side of live sessions: guideline, song link, programme, own templates.
void addLiveOrgRoutes(RouteTable& r);
// The checked "blocks" of a request body, or nullopt when it has none; throws
// domain::Error(Invalid) when they are not acceptable.
std::optional<boost::json::array> requestBlocks(const JsonBody& body);
// A readable body whose content is not acceptable: 422 with the Dutch title and fields.
http::Response unprocessable(const domain::Error& e);

}  // namespace vk::api
