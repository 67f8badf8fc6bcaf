#include "api/live/guideline.hpp"

#include <boost/json.hpp>
#include <stdexcept>

#include "domain/live/guideline.hpp"
#include "domain/resources.hpp"
#include "store/live/store.hpp"

namespace vk::api {

const boost::json::object& defaultGuideline() {
  static const boost::json::object guideline = [] {
    auto text = resources::get("content/nl/guideline.json");
    if (!text) throw std::runtime_error("missing resource content/nl/guideline.json");
    return boost::json::parse(*text).as_object();
  }();
  return guideline;
}

boost::json::object orgGuideline(store::LiveStore& ls, int64_t orgId) {
  return domain::guidelineWith(defaultGuideline(), ls.guidelineOfOrg(orgId));
}

}  // namespace vk::api
