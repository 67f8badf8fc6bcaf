#pragma once
// What the knowledge map's route files share: the help-question routes (routes_help_questions.cpp,
// registered by addKnowledgeRoutes) and small helpers for reading bodies and naming aspects.
#include <boost/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "api/app.hpp"
#include "domain/knowledge/matcher_cache.hpp"
#include "store/knowledge/store.hpp"

namespace vk::api {

void addHelpQuestionRoutes(RouteTable& r, std::shared_ptr<domain::MatcherCache> matchers);

namespace knowledge {

inline std::unordered_map<std::string, const store::OrgAspect*> byId(const std::vector<store::OrgAspect>& all) {
  std::unordered_map<std::string, const store::OrgAspect*> m;
  for (auto& a : all) m[a.id] = &a;
  return m;
}

}  // namespace knowledge
}  // namespace vk::api
