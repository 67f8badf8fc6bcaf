#pragma once
// JSON shapes of the live part's resources (camelCase, ISO 8601 UTC).
#include <boost/json/object.hpp>

#include "api/app.hpp"
#include "store/live/store.hpp"

namespace vk::api {

// A session; withCode: its join code and link too (for those who may show them).
boost::json::object view(const store::LiveSession& s, bool withCode, const Ctx& c);
boost::json::object contributionView(const store::LiveContribution& x);
boost::json::object templateView(const store::LiveTemplate& t, const domain::Actor& a);

}  // namespace vk::api
