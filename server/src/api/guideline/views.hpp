#pragma once
// JSON shapes of the guideline part (camelCase, ISO 8601 UTC).
#include <boost/json/value.hpp>

#include "store/guideline/store.hpp"

namespace vk::api::guideline {

boost::json::object view(const domain::GuidelineMatrix& m);
boost::json::object view(const store::MyGuidelineExample& e);
boost::json::object view(const store::MyGuidelineLoading& l);
boost::json::object view(const store::MyGuideline& m);
boost::json::array cellsJson(const std::vector<domain::CellCount>& cells);

}  // namespace vk::api::guideline
