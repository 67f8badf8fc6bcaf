#include "api/knowledge/team_map.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "api/knowledge/routes.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

json::object teamMapView(store::KnowledgeStore& ks, const Actor& actor, int64_t teamId, const std::string& domain,
                         int64_t days, int64_t now) {
  constexpr int64_t kDay = 24 * 3600;
  auto all = ks.aspects(actor);
  auto ids = knowledge::byId(all);
  // Rows of the grid: the shown aspects, then the generic competences (the T-shape's breadth).
  std::vector<MapAspect> shown;
  std::vector<std::string> rows;
  for (auto& a : all)
    if (!a.retired && (domain.empty() || a.domainId == domain)) {
      shown.push_back({a.id, a.domainId});
      rows.push_back(a.id);
    }
  auto& comps = starterCatalogue().competences;
  for (auto& comp : comps) rows.push_back(comp.id);
  auto team = ks.teamLevels(actor, teamId, now, rows);
  auto demand = ks.demand(actor, teamId, now - days * kDay, now + 1);
  auto map = computeTeamMap(shown, team.members, team.grid, demand);

  json::array members, aspects, hidden;
  // Each member's T-shape: the breadth of generic competences at gezel or meester, and per
  // life domain how many of its (shown) aspects they cover and their highest level.
  // Life domains as small numbers, so the T-shape of 500 members × 150 aspects is array work.
  std::vector<std::string_view> domains;
  std::vector<size_t> domainOf;
  for (auto& a : map.aspects) {
    std::string_view d = ids.at(a.id)->domainId;
    auto it = std::find(domains.begin(), domains.end(), d);
    domainOf.push_back(static_cast<size_t>(it - domains.begin()));
    if (it == domains.end()) domains.push_back(d);
  }
  std::vector<size_t> order(domains.size());  // report the domains sorted by id
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return domains[x] < domains[y]; });
  std::vector<int> covered(domains.size());
  std::vector<Level> top(domains.size());
  for (size_t i = 0; i < team.members.size(); ++i) {
    auto& m = team.members[i];
    int broad = 0;
    for (size_t k = 0; k < comps.size(); ++k) broad += covers(team.grid.level(shown.size() + k, i));
    std::fill(covered.begin(), covered.end(), 0);
    std::fill(top.begin(), top.end(), Level::Geen);
    for (size_t k = 0; k < map.aspects.size(); ++k) {
      Level l = map.aspects[k].levels[i];
      covered[domainOf[k]] += covers(l);
      top[domainOf[k]] = std::max(top[domainOf[k]], l);
    }
    json::array depth;
    for (size_t d : order)
      if (top[d] != Level::Geen)
        depth.push_back(json::object{{"domainId", domains[d]}, {"covered", covered[d]}, {"top", toString(top[d])}});
    members.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"discipline", m.discipline},
                                   {"tShape", json::object{{"competences", broad}, {"competencesTotal", comps.size()},
                                                           {"domains", std::move(depth)}}}});
  }
  for (auto& a : map.aspects) {
    json::array levels;
    levels.reserve(a.levels.size());
    for (auto l : a.levels) levels.push_back(json::value(toString(l)));
    auto* oa = ids.at(a.id);
    aspects.push_back(json::object{{"id", a.id}, {"name", oa->name}, {"domainId", oa->domainId},
                                   {"levels", std::move(levels)}, {"covered", a.covered}, {"learners", a.learners},
                                   {"wishes", a.wishes}, {"nobody", a.nobody}, {"single", a.single},
                                   {"demand", a.demand}});
  }
  std::unordered_map<int64_t, const std::string*> names;
  for (auto& m : team.members) names[m.userId] = &m.name;
  for (auto& h : map.hidden)
    hidden.push_back(json::object{{"userId", h.userId}, {"name", *names.at(h.userId)}, {"aspectId", h.aspectId},
                                  {"aspectName", ids.at(h.aspectId)->name}});
  return json::object{{"members", std::move(members)}, {"aspects", std::move(aspects)},
                      {"hidden", std::move(hidden)}, {"days", days}};
}

}  // namespace vk::api
