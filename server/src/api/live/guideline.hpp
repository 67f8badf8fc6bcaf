#pragma once
// The guideline a session of an organisation uses: the default (content/nl/guideline.json)
// in the organisation's own wording, if it has one.
#include <boost/json/object.hpp>
#include <cstdint>

namespace vk::store {
class LiveStore;
}

namespace vk::api {

const boost::json::object& defaultGuideline();
boost::json::object orgGuideline(store::LiveStore& ls, int64_t orgId);

}  // namespace vk::api
