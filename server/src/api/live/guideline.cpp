#include "api/live/guideline.hpp"

#include <boost/json.hpp>

#include "domain/live/guideline.hpp"
#include "store/live/store.hpp"

namespace vk::api {

const boost::json::object& defaultGuideline() { return domain::defaultGuideline(); }

boost::json::object orgGuideline(store::LiveStore& ls, int64_t orgId) {
  return domain::guidelineWith(defaultGuideline(), ls.guidelineOfOrg(orgId));
}

}  // namespace vk::api
