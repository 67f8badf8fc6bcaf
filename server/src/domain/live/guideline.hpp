#pragma once
// The guideline as data: the 5 rules of thumb and the 4 parts of the broad assignment
// (content/nl/guideline.json). An organisation may word the names and short descriptions
// its own way; the number of items and their keys stay as they are, so placements on the
// matrix keep their meaning.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

namespace vk::domain {

// The default guideline (content/nl/guideline.json), parsed once. Shared by the live part and
// the guideline part (the five rules as they live in the team).
const boost::json::object& defaultGuideline();

// The default guideline with an organisation's own wording laid over it by key
// (overrides: {"rules":[{key,name,description}], "parts":[…]}, or empty for none).
// Adds "custom": whether anything differs from the default.
boost::json::object guidelineWith(const boost::json::object& base, std::string_view overrides);
// Checks an edit against the default (the same keys, a name of 1–80 and a description of
// at most 300 characters) and returns the overrides to store; throws Error(Invalid).
std::string checkedGuidelineEdit(const boost::json::object& base, const boost::json::value& edit);

}  // namespace vk::domain
