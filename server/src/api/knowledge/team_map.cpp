#include "api/knowledge/team_map.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "api/knowledge/routes.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

// The digit of a cell where the member is meester outside their own life domains.
constexpr char kHiddenMeester = '4';

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

  // The compact shape (ADR 0008): a level is one digit (its number in `levelCodes`; 4 is meester
  // as hidden expertise, outside the member's own life domains), an aspect's levels one string in
  // member order, names and labels once (disciplines by index); 500 × 150 is under 200 KB.
  json::array members, aspects, domainList, codes, disciplines;
  for (int l = 0; l <= static_cast<int>(Level::Meester); ++l) codes.push_back(json::value(toString(static_cast<Level>(l))));
  // Each member's T-shape: the breadth of generic competences at gezel or meester, and per
  // life domain (in the order of `domains`) how many of its shown aspects they cover and their
  // highest level. Life domains as small numbers, so 500 members × 150 aspects is array work.
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
  for (size_t d : order) domainList.push_back(json::value(domains[d]));
  std::vector<int> covered(domains.size());
  std::vector<Level> top(domains.size());
  std::unordered_map<std::string_view, size_t> disciplineIndex;
  for (size_t i = 0; i < team.members.size(); ++i) {
    auto& m = team.members[i];
    auto [d, added] = disciplineIndex.try_emplace(m.discipline, disciplines.size());
    if (added) disciplines.push_back(json::value(m.discipline));
    int broad = 0;
    for (size_t k = 0; k < comps.size(); ++k) broad += covers(team.grid.level(shown.size() + k, i));
    std::fill(covered.begin(), covered.end(), 0);
    std::fill(top.begin(), top.end(), Level::Geen);
    for (size_t k = 0; k < map.aspects.size(); ++k) {
      Level l = map.aspects[k].levels[i];
      covered[domainOf[k]] += covers(l);
      top[domainOf[k]] = std::max(top[domainOf[k]], l);
    }
    json::array cov;
    std::string tops;
    for (size_t d : order) {
      cov.push_back(covered[d]);
      tops.push_back(static_cast<char>('0' + static_cast<int>(top[d])));
    }
    members.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"discipline", d->second},
                                   {"tShape", json::object{{"competences", broad}, {"covered", std::move(cov)},
                                                           {"top", std::move(tops)}}}});
  }
  std::unordered_map<int64_t, size_t> column;  // userId → member index
  for (size_t i = 0; i < team.members.size(); ++i) column[team.members[i].userId] = i;
  std::unordered_map<std::string_view, std::vector<size_t>> hiddenOf;  // aspect → member indexes
  for (auto& h : map.hidden) hiddenOf[h.aspectId].push_back(column.at(h.userId));
  for (auto& a : map.aspects) {
    std::string levels(a.levels.size(), '0');
    for (size_t i = 0; i < a.levels.size(); ++i) levels[i] = static_cast<char>('0' + static_cast<int>(a.levels[i]));
    if (auto hidden = hiddenOf.find(a.id); hidden != hiddenOf.end())
      for (size_t i : hidden->second) levels[i] = kHiddenMeester;
    auto* oa = ids.at(a.id);
    aspects.push_back(json::object{{"id", a.id}, {"name", oa->name}, {"domainId", oa->domainId},
                                   {"levels", std::move(levels)}, {"covered", a.covered}, {"learners", a.learners},
                                   {"wishes", a.wishes}, {"nobody", a.nobody}, {"single", a.single},
                                   {"demand", a.demand}});
  }
  return json::object{{"levelCodes", std::move(codes)}, {"hiddenCode", std::string(1, kHiddenMeester)},
                      {"domains", std::move(domainList)}, {"disciplines", std::move(disciplines)},
                      {"competencesTotal", comps.size()}, {"members", std::move(members)},
                      {"aspects", std::move(aspects)}, {"days", days}};
}

}  // namespace vk::api
