#include "api/knowledge/views.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

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

json::array scoredView(const std::vector<Scored>& xs) {
  json::array a;
  for (auto& x : xs) a.push_back(json::object{{"id", x.id}, {"score", x.score}});
  return a;
}

json::array tagView(const std::vector<store::QuestionTag>& tags, std::string_view kind) {
  json::array a;
  for (auto& t : tags)
    if (t.kind == kind) a.push_back(json::object{{"id", t.id}});
  return a;
}

json::object adviceView(const Advice& advice, const std::vector<Scored>& aspects, const MemberKnowledge& asker,
                        const std::vector<MemberKnowledge>& team, const AspectIndex& ids,
                        const std::vector<store::Partner>& partners) {
  json::array needed;
  for (auto& s : aspects) {
    auto* a = ids.at(s.id);
    json::array covering;
    for (auto& m : team)
      if (m.userId != asker.userId && covers(m.level(s.id)))
        covering.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"level", toString(m.level(s.id))}});
    needed.push_back(json::object{{"id", s.id}, {"name", a->name}, {"domainId", a->domainId}, {"score", s.score},
                                  {"myLevel", toString(asker.level(s.id))}, {"covered", covers(asker.level(s.id))},
                                  {"colleagues", std::move(covering)}});
  }
  json::array duo;
  for (auto& d : advice.duo) {
    json::array adds;
    for (auto& x : d.adds) adds.push_back(json::value(x));
    auto& m = *std::find_if(team.begin(), team.end(), [&](auto& t) { return t.userId == d.userId; });
    duo.push_back(json::object{{"userId", d.userId}, {"name", m.name}, {"discipline", m.discipline},
                               {"experience", toString(m.experience)}, {"score", d.score},
                               {"coveredTogether", d.coveredTogether}, {"adds", std::move(adds)},
                               {"mentoring", d.mentoring}});
  }
  json::array together;
  for (auto& share : advice.together) {
    auto& m = *std::find_if(team.begin(), team.end(), [&](auto& t) { return t.userId == share.userId; });
    json::array shareAspects;
    for (auto& x : share.aspects) shareAspects.push_back(json::value(x));
    together.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"discipline", m.discipline},
                                    {"aspects", std::move(shareAspects)}});
  }
  // The team's external partners for what nobody covers: those for the aspect itself, and those
  // for another aspect of its life domain (Veilig Thuis, kept for huiselijk geweld, also for
  // kindermishandeling), each once.
  json::array uncovered, external;
  std::set<int64_t> listed;
  auto domainOf = [&](const std::string& aspect) {
    auto it = ids.find(aspect);
    return it == ids.end() ? std::string() : it->second->domainId;
  };
  for (auto& u : advice.uncovered) uncovered.push_back(json::value(u));
  for (std::string_view match : {"aspect", "domain"})
    for (auto& u : advice.uncovered)
      for (auto& p : partners) {
        bool fits = match == "aspect" ? p.aspectId == u : !domainOf(u).empty() && domainOf(p.aspectId) == domainOf(u);
        if (!fits || !listed.insert(p.id).second) continue;
        external.push_back(json::object{{"id", p.id}, {"aspectId", p.aspectId}, {"organisation", p.organisation},
                                        {"role", p.role}, {"forAspect", u}, {"match", match}});
      }
  return json::object{{"needed", std::move(needed)}, {"advice", toString(advice.kind)}, {"duo", std::move(duo)},
                      {"together", std::move(together)}, {"uncovered", std::move(uncovered)},
                      {"external", std::move(external)}};
}

}  // namespace vk::api
