#include "api/knowledge/views.hpp"

#include <boost/json.hpp>

#include "api/knowledge/routes.hpp"
#include "domain/time_format.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;
using knowledge::byId;

namespace {

std::string nameOf(const std::vector<MemberKnowledge>& team, int64_t id) {
  for (auto& m : team)
    if (m.userId == id) return m.name;
  return "";
}

}  // namespace

json::object aspectView(const store::OrgAspect& a) {
  json::array sources;
  for (auto& s : a.sources)
    sources.push_back(json::object{{"id", s.id}, {"kind", s.kind}, {"title", s.title}, {"url", s.url}});
  json::array terms;
  for (auto& t : a.terms) terms.push_back(json::value(t));
  return json::object{{"id", a.id},       {"domainId", a.domainId}, {"name", a.name},
                      {"kind", a.kind},   {"description", a.description}, {"local", a.local},
                      {"retired", a.retired}, {"terms", std::move(terms)}, {"sources", std::move(sources)}};
}

json::object planView(const std::optional<store::Plan>& plan, const std::vector<MemberKnowledge>& team,
                      const std::vector<store::OrgAspect>& aspects) {
  auto ids = byId(aspects);
  json::array items;
  if (plan)
    for (auto& it : plan->items) {
      json::array learners;
      int reached = 0;
      for (auto u : it.learners) {
        Level now = Level::Geen;
        for (auto& m : team)
          if (m.userId == u) now = m.level(it.aspectId);
        bool done = now >= it.targetLevel;
        reached += done;
        learners.push_back(json::object{{"userId", u}, {"name", nameOf(team, u)}, {"level", toString(now)}, {"reached", done}});
      }
      auto a = ids.find(it.aspectId);
      json::object item{{"id", it.id},
                        {"aspectId", it.aspectId},
                        {"aspectName", a != ids.end() ? a->second->name : it.aspectId},
                        {"domainId", a != ids.end() ? a->second->domainId : ""},
                        {"priority", it.priority},
                        {"mentorId", it.mentorId ? json::value(*it.mentorId) : json::value(nullptr)},
                        {"mentorName", it.mentorId ? nameOf(team, *it.mentorId) : ""},
                        {"targetLevel", toString(it.targetLevel)},
                        {"targetDate", it.targetDate},
                        {"note", it.note},
                        {"learners", std::move(learners)},
                        {"progress", it.learners.empty() ? 0.0 : static_cast<double>(reached) / it.learners.size()}};
      items.push_back(std::move(item));
    }
  return json::object{{"exists", plan.has_value()},
                      {"createdAt", plan ? json::value(isoUtc(plan->createdAt)) : json::value(nullptr)},
                      {"items", std::move(items)}};
}

}  // namespace vk::api
