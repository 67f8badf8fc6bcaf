#include "domain/guideline/matrix.hpp"

#include <boost/json.hpp>
#include <map>

#include "domain/live/guideline.hpp"

namespace vk::domain {

namespace json = boost::json;

namespace {

std::string str(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::vector<GuidelineItem> items(const json::object& g, std::string_view list) {
  std::vector<GuidelineItem> out;
  if (auto* a = g.if_contains(list); a && a->is_array())
    for (auto& x : a->as_array())
      if (x.is_object()) out.push_back({str(x.as_object(), "key"), str(x.as_object(), "name"), str(x.as_object(), "description")});
  return out;
}

bool hasKey(std::string_view list, std::string_view key) {
  for (auto& i : items(defaultGuideline(), list))
    if (i.key == key) return true;
  return false;
}

using CellKey = std::pair<std::string, std::string>;

}  // namespace

std::vector<GuidelineItem> guidelineRules(const json::object& g) { return items(g, "rules"); }
std::vector<GuidelineItem> guidelineParts(const json::object& g) { return items(g, "parts"); }
bool isGuidelineRule(std::string_view key) { return hasKey("rules", key); }
bool isGuidelinePart(std::string_view key) { return hasKey("parts", key); }

std::string cellQuestion(std::string_view ruleName, std::string_view partName) {
  return "Waar zien jullie '" + std::string(ruleName) + "' bij '" + std::string(partName) + "'?";
}

GuidelineMatrix buildMatrix(const json::object& guideline, int64_t contributors, const std::vector<CellCount>& counts,
                            const std::vector<GuidelineExample>& shared, const std::vector<RuleCount>& loadingCounts,
                            const std::vector<std::pair<std::string, std::string>>& sharedLines) {
  GuidelineMatrix m;
  m.rules = guidelineRules(guideline);
  m.parts = guidelineParts(guideline);
  m.contributors = contributors;
  std::map<CellKey, int64_t> n;
  for (auto& c : counts) n[{c.ruleKey, c.partKey}] += c.count;
  std::map<CellKey, std::vector<GuidelineExample>> ex;
  for (auto& e : shared) ex[{e.ruleKey, e.partKey}].push_back(e);
  std::map<std::string, int64_t> ln;
  for (auto& l : loadingCounts) ln[l.ruleKey] += l.count;
  std::map<std::string, std::vector<std::string>> lines;
  for (auto& [rule, text] : sharedLines) lines[rule].push_back(text);
  for (auto& r : m.rules) {
    for (auto& p : m.parts) {
      GuidelineCell cell{r.key, p.key, 0, {}, std::nullopt};
      if (auto it = n.find({r.key, p.key}); it != n.end()) cell.count = it->second;
      if (auto it = ex.find({r.key, p.key}); it != ex.end()) cell.examples = it->second;
      // A shared example is counted, whatever the counts said.
      if (cell.count < int64_t(cell.examples.size())) cell.count = int64_t(cell.examples.size());
      if (cell.count == 0) cell.question = cellQuestion(r.name, p.name);
      m.cells.push_back(std::move(cell));
    }
    GuidelineLoadings l{r.key, ln.count(r.key) ? ln[r.key] : 0, lines[r.key]};
    if (l.count < int64_t(l.lines.size())) l.count = int64_t(l.lines.size());
    m.loadings.push_back(std::move(l));
  }
  return m;
}

std::vector<CellCount> sumCells(const std::vector<std::vector<CellCount>>& sources) {
  std::map<CellKey, int64_t> n;
  for (auto& s : sources)
    for (auto& c : s) n[{c.ruleKey, c.partKey}] += c.count;
  std::vector<CellCount> out;
  for (auto& r : guidelineRules(defaultGuideline()))
    for (auto& p : guidelineParts(defaultGuideline())) {
      auto it = n.find({r.key, p.key});
      out.push_back({r.key, p.key, it == n.end() ? 0 : it->second});
    }
  return out;
}

}  // namespace vk::domain
