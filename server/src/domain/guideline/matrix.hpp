#pragma once
// The five rules of thumb as they live in a team: the matrix of rules x parts of the broad
// assignment, filled with the members' examples, and their own words for how they load a
// rule. Pure functions of plain data: what reaches them has already passed the store's
// privacy rule (texts only when their author shared them; counts include private ones).
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vk::domain {

// Above the team (organisation, national): only teams with at least this many contributors
// count; the national view shows from this many organisations.
inline constexpr int64_t kMinGuidelineContributors = 5;
inline constexpr int64_t kMinGuidelineOrganisations = 3;
inline constexpr size_t kMaxGuidelineText = 2000;

struct GuidelineItem {
  std::string key, name, description;
};

struct GuidelineExample {
  int64_t id = 0;
  std::string ruleKey, partKey, text;
  std::string source;  // "lid" or "sessie"
  bool mine = false;
};

struct GuidelineCell {
  std::string ruleKey, partKey;
  int64_t count = 0;                       // every example, private ones included
  std::vector<GuidelineExample> examples;  // shared ones only
  std::optional<std::string> question;     // for an empty cell
};

struct GuidelineLoadings {
  std::string ruleKey;
  int64_t count = 0;               // every loading, private ones included
  std::vector<std::string> lines;  // shared ones only, no names
};

struct GuidelineMatrix {
  std::vector<GuidelineItem> rules, parts;
  int64_t contributors = 0;
  std::vector<GuidelineCell> cells;  // rules x parts, in the guideline's order
  std::vector<GuidelineLoadings> loadings;
};

struct CellCount {
  std::string ruleKey, partKey;
  int64_t count = 0;
};
struct RuleCount {
  std::string ruleKey;
  int64_t count = 0;
};

// The rules and parts of a guideline document (content/nl/guideline.json with an
// organisation's wording laid over it).
std::vector<GuidelineItem> guidelineRules(const boost::json::object& guideline);
std::vector<GuidelineItem> guidelineParts(const boost::json::object& guideline);
bool isGuidelineRule(std::string_view key);  // of the default guideline: keys never change
bool isGuidelinePart(std::string_view key);

// "Waar zien jullie 'Zoek tegenspraak' bij 'De buurt versterken'?"
std::string cellQuestion(std::string_view ruleName, std::string_view partName);

// The matrix: every rule x part cell (counts from `counts`, examples from `shared`; keys
// not in the guideline are left out), the question for each empty cell, and per rule the
// loadings (counts from `loadingCounts`, lines from `sharedLines`).
GuidelineMatrix buildMatrix(const boost::json::object& guideline, int64_t contributors,
                            const std::vector<CellCount>& counts, const std::vector<GuidelineExample>& shared,
                            const std::vector<RuleCount>& loadingCounts,
                            const std::vector<std::pair<std::string, std::string>>& sharedLines);

// Counts per cell summed over several sources (teams, organisations), every cell of the
// default guideline present, in its order.
std::vector<CellCount> sumCells(const std::vector<std::vector<CellCount>>& sources);

}  // namespace vk::domain
