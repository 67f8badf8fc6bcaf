// The guideline part's AVG export and erasure.
#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "store/guideline/store.hpp"

namespace vk::store {

namespace json = boost::json;

json::value guidelineExport(Conn& c, int64_t userId, ExportFor who) {
  // The organisation keeps what the team sees: shared examples and loadings. Private ones
  // reach nobody but their author.
  std::string onlyShared = who == ExportFor::Organisation ? " AND g.shared = 1" : "";
  json::array examples;
  auto e = c.query("SELECT t.name, g.rule_key, g.part_key, g.text, g.shared, g.source, g.created_at FROM guideline_examples g "
                   "JOIN teams t ON t.id = g.team_id WHERE g.user_id = $1" + onlyShared + " ORDER BY g.id",
                   {userId});
  for (size_t i = 0; i < e.size(); ++i)
    examples.push_back(json::object{{"team", e[i].str(0)},
                                    {"ruleKey", e[i].str(1)},
                                    {"partKey", e[i].str(2)},
                                    {"text", e[i].str(3)},
                                    {"shared", e[i].flag(4)},
                                    {"source", e[i].str(5)},
                                    {"createdAt", domain::isoUtc(e[i].i64(6))}});
  json::array loadings;
  auto l = c.query("SELECT t.name, g.rule_key, g.text, g.shared, g.updated_at FROM guideline_loadings g "
                   "JOIN teams t ON t.id = g.team_id WHERE g.user_id = $1" + onlyShared + " ORDER BY g.id",
                   {userId});
  for (size_t i = 0; i < l.size(); ++i)
    loadings.push_back(json::object{{"team", l[i].str(0)},
                                    {"ruleKey", l[i].str(1)},
                                    {"text", l[i].str(2)},
                                    {"shared", l[i].flag(3)},
                                    {"updatedAt", domain::isoUtc(l[i].i64(4))}});
  return json::object{{"examples", std::move(examples)}, {"loadings", std::move(loadings)}};
}

void guidelineErase(Conn& c, int64_t userId) {
  // Private examples and loadings go; what the team was shown stays, without its author.
  c.query("DELETE FROM guideline_examples WHERE user_id = $1 AND shared = 0", {userId});
  c.query("DELETE FROM guideline_loadings WHERE user_id = $1 AND shared = 0", {userId});
  c.query("UPDATE guideline_examples SET user_id = NULL WHERE user_id = $1", {userId});
  c.query("UPDATE guideline_loadings SET user_id = NULL WHERE user_id = $1", {userId});
}

}  // namespace vk::store
