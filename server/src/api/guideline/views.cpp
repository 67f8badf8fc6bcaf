#include "api/guideline/views.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace vk::api::guideline {

namespace json = boost::json;
using domain::isoUtc;

json::object view(const domain::GuidelineMatrix& m) {
  json::array rules, parts, cells, loadings;
  for (auto& r : m.rules) rules.push_back(json::object{{"key", r.key}, {"name", r.name}, {"description", r.description}});
  for (auto& p : m.parts) parts.push_back(json::object{{"key", p.key}, {"name", p.name}});
  for (auto& c : m.cells) {
    json::array examples;
    for (auto& e : c.examples)
      examples.push_back(json::object{{"id", e.id}, {"text", e.text}, {"source", e.source}, {"mine", e.mine}});
    cells.push_back(json::object{{"ruleKey", c.ruleKey},
                                 {"partKey", c.partKey},
                                 {"count", c.count},
                                 {"examples", std::move(examples)},
                                 {"question", c.question ? json::value(*c.question) : json::value()}});
  }
  for (auto& l : m.loadings) {
    json::array lines;
    for (auto& t : l.lines) lines.push_back(json::value(t));
    loadings.push_back(json::object{{"ruleKey", l.ruleKey}, {"count", l.count}, {"lines", std::move(lines)}});
  }
  return {{"rules", std::move(rules)},
          {"parts", std::move(parts)},
          {"contributors", m.contributors},
          {"cells", std::move(cells)},
          {"loadings", std::move(loadings)}};
}

json::object view(const store::MyGuidelineExample& e) {
  return {{"id", e.id},           {"teamId", e.teamId}, {"ruleKey", e.ruleKey},
          {"partKey", e.partKey}, {"text", e.text},     {"shared", e.shared},
          {"source", e.source},   {"createdAt", isoUtc(e.createdAt)}, {"updatedAt", isoUtc(e.updatedAt)}};
}

json::object view(const store::MyGuidelineLoading& l) {
  return {{"ruleKey", l.ruleKey}, {"text", l.text}, {"shared", l.shared}, {"updatedAt", isoUtc(l.updatedAt)}};
}

json::object view(const store::MyGuideline& m) {
  json::array examples, loadings;
  for (auto& e : m.examples) examples.push_back(view(e));
  for (auto& l : m.loadings) loadings.push_back(view(l));
  return {{"examples", std::move(examples)}, {"loadings", std::move(loadings)}};
}

json::array cellsJson(const std::vector<domain::CellCount>& cells) {
  json::array a;
  for (auto& c : cells) a.push_back(json::object{{"ruleKey", c.ruleKey}, {"partKey", c.partKey}, {"count", c.count}});
  return a;
}

}  // namespace vk::api::guideline
