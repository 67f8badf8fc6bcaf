// The knowledge map (Kennisbouwstenen): the organisation's catalogue, profiles, external
// partners, help questions with advice and duo partners, the team map and the training plan.
// Scoping (own organisation, own team) is enforced by store/knowledge_store.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "api/app.hpp"
#include "api/guarded_text.hpp"
#include "api/views.hpp"
#include "domain/knowledge.hpp"
#include "domain/knowledge_starter.hpp"
#include "domain/time_format.hpp"
#include "domain/validation.hpp"
#include "export/training_plan_export.hpp"
#include "store/knowledge_store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;
using store::KnowledgeStore;

namespace {

constexpr int64_t kDay = 24 * 3600;

json::object aspectView(const store::OrgAspect& a) {
  json::array sources;
  for (auto& s : a.sources)
    sources.push_back(json::object{{"id", s.id}, {"kind", s.kind}, {"title", s.title}, {"url", s.url}});
  return json::object{{"id", a.id},       {"domainId", a.domainId}, {"name", a.name},
                      {"kind", a.kind},   {"description", a.description}, {"local", a.local},
                      {"retired", a.retired}, {"sources", std::move(sources)}};
}

std::unordered_map<std::string, const store::OrgAspect*> byId(const std::vector<store::OrgAspect>& all) {
  std::unordered_map<std::string, const store::OrgAspect*> m;
  for (auto& a : all) m[a.id] = &a;
  return m;
}

std::string domainName(const std::string& id) {
  auto* d = starterCatalogue().domain(id);
  return d ? d->name : id;
}

json::value parseBody(Ctx& c, std::vector<std::string_view> allowed) {
  JsonBody check(c.req.body, allowed);  // malformed JSON and unknown fields are 400s
  check.finish();
  return json::parse(c.req.body);
}

void checkText(const char* field, const std::string& v, size_t max, std::vector<FieldError>& errors, bool required = true) {
  if (required && v.empty()) errors.push_back({field, "Vul dit veld in."});
  if (v.size() > max) errors.push_back({field, "Dit is te lang (hoogstens " + std::to_string(max) + " tekens)."});
}

std::string today(int64_t t) { return isoUtc(t).substr(0, 10); }

bool validDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

json::array scoredView(const std::vector<Scored>& xs) {
  json::array a;
  for (auto& x : xs) a.push_back(json::object{{"id", x.id}, {"score", x.score}});
  return a;
}

std::string nameOf(const std::vector<MemberKnowledge>& team, int64_t id) {
  for (auto& m : team)
    if (m.userId == id) return m.name;
  return "";
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

std::vector<MapAspect> activeAspects(const std::vector<store::OrgAspect>& all, const std::string& domain) {
  std::vector<MapAspect> out;
  for (auto& a : all)
    if (!a.retired && (domain.empty() || a.domainId == domain)) out.push_back({a.id, a.domainId});
  return out;
}

}  // namespace

void addKnowledgeRoutes(RouteTable& r) {
  // Catalogue ---------------------------------------------------------------------------------
  r.add("GET", "/api/v1/knowledge/catalogue", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    auto all = ks.aspects(c.actor());
    auto& cat = starterCatalogue();
    json::array competences, domains, groups;
    for (auto& comp : cat.competences)
      competences.push_back(json::object{{"id", comp.id}, {"name", comp.name}, {"description", comp.description}});
    for (auto& d : cat.domains) {
      json::array aspects;
      for (auto& a : all)
        if (a.domainId == d.id) aspects.push_back(aspectView(a));
      domains.push_back(json::object{{"id", d.id}, {"name", d.name}, {"description", d.description}, {"aspects", std::move(aspects)}});
    }
    for (auto& g : cat.groups) groups.push_back(json::object{{"id", g.id}, {"name", g.name}, {"description", g.description}});
    return ok(json::object{{"competences", std::move(competences)}, {"domains", std::move(domains)}, {"groups", std::move(groups)}});
  });
  r.add("POST", "/api/v1/knowledge/aspects", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"domainId", "name", "kind", "description"});
    std::string domainId = body.requiredString("domainId");
    std::string name = trimmed(body.requiredString("name"));
    std::string kind = body.optionalString("kind").value_or("specifiek");
    std::string description = body.optionalString("description").value_or("");
    checkText("name", name, 120, body.errors());
    checkText("description", description, 1000, body.errors(), false);
    if (kind != "algemeen" && kind != "specifiek") body.errors().push_back({"kind", "Kies algemeen of specifiek."});
    body.finish();
    KnowledgeStore ks(c.store.db());
    std::string id = ks.addAspect(c.actor(), domainId, name, kind, description, c.now);
    c.store.audit(c.actor(), "knowledge.aspect.add", "aspect/" + id, c.now);
    for (auto& a : ks.aspects(c.actor()))
      if (a.id == id) return ok(aspectView(a), 201);
    return ok(json::object{{"id", id}}, 201);
  });
  r.add("PATCH", "/api/v1/knowledge/aspects/{aspectId}", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name", "description", "retired"});
    auto name = body.optionalString("name");
    auto description = body.optionalString("description");
    auto retired = body.optionalBool("retired");
    if (name) {
      *name = trimmed(*name);
      checkText("name", *name, 120, body.errors());
    }
    if (description) checkText("description", *description, 1000, body.errors(), false);
    body.finish();
    std::string id = c.params.str("aspectId");
    KnowledgeStore ks(c.store.db());
    ks.patchAspect(c.actor(), id, name, description, retired, c.now);
    c.store.audit(c.actor(), "knowledge.aspect.patch", "aspect/" + id, c.now);
    for (auto& a : ks.aspects(c.actor()))
      if (a.id == id) return ok(aspectView(a));
    notFound("Dit kennisaspect bestaat niet.");
  });
  r.add("POST", "/api/v1/knowledge/aspects/{aspectId}/sources", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"kind", "title", "url"});
    std::string kind = body.optionalString("kind").value_or("web");
    std::string title = trimmed(body.requiredString("title"));
    std::string url = trimmed(body.requiredString("url"));
    checkText("title", title, 200, body.errors());
    checkText("url", url, 1000, body.errors());
    if (kind != "web" && kind != "elearning") body.errors().push_back({"kind", "Kies web of elearning."});
    if (!url.empty() && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
      body.errors().push_back({"url", "Een link begint met https://."});
    body.finish();
    KnowledgeStore ks(c.store.db());
    int64_t id = ks.addSource(c.actor(), c.params.str("aspectId"), kind, title, url);
    return ok(json::object{{"id", id}, {"kind", kind}, {"title", title}, {"url", url}}, 201);
  });

  // Profiles ----------------------------------------------------------------------------------
  r.add("GET", "/api/v1/me/profile", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    json::array items;
    for (auto& e : ks.profile(c.actor()))
      items.push_back(json::object{{"id", e.itemId}, {"level", toString(e.level)}, {"wantsToLearn", e.wantsToLearn}});
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("PUT", "/api/v1/me/profile", http::Access::Member, [](Ctx& c) {
    auto root = parseBody(c, {"items"});
    auto* items = root.as_object().if_contains("items");
    if (!items || !items->is_array()) invalid("Niet alle gegevens zijn goed ingevuld.", {{"items", "Verwacht een lijst."}});
    if (items->as_array().size() > 500) invalid("Niet alle gegevens zijn goed ingevuld.", {{"items", "Te veel onderdelen."}});
    std::vector<store::ProfileEntry> entries;
    for (auto& v : items->as_array()) {
      auto* o = v.if_object();
      auto* id = o ? o->if_contains("id") : nullptr;
      auto* level = o ? o->if_contains("level") : nullptr;
      auto* wants = o ? o->if_contains("wantsToLearn") : nullptr;
      std::optional<Level> l;
      if (level && level->is_string()) l = parseLevel(level->as_string());
      if (!id || !id->is_string() || !l || (wants && !wants->is_bool()))
        invalid("Niet alle gegevens zijn goed ingevuld.",
                {{"items", "Elk onderdeel heeft een id, een niveau (geen, leerling, gezel, meester) en wantsToLearn."}});
      entries.push_back({std::string(id->as_string()), *l, wants && wants->as_bool()});
    }
    KnowledgeStore ks(c.store.db());
    ks.putProfile(c.actor(), entries, c.now);
    json::array out;
    for (auto& e : ks.profile(c.actor()))
      out.push_back(json::object{{"id", e.itemId}, {"level", toString(e.level)}, {"wantsToLearn", e.wantsToLearn}});
    return ok(json::object{{"items", std::move(out)}});
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/profiles", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    json::array items;
    for (auto& m : ks.teamKnowledge(c.actor(), c.id("teamId"), c.now)) {
      json::array levels;
      std::set<std::string> keys;
      for (auto& [k, v] : m.levels) keys.insert(k);
      for (auto& [k, v] : m.wishes) keys.insert(k);
      for (auto& k : keys) levels.push_back(json::object{{"id", k}, {"level", toString(m.level(k))}, {"wantsToLearn", m.wants(k)}});
      items.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"discipline", m.discipline},
                                   {"experience", toString(m.experience)}, {"items", std::move(levels)}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });

  // External partners ---------------------------------------------------------------------------
  r.add("GET", "/api/v1/teams/{teamId:int}/partners", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    json::array items;
    for (auto& p : ks.partners(c.actor(), c.id("teamId")))
      items.push_back(json::object{{"id", p.id}, {"aspectId", p.aspectId}, {"organisation", p.organisation}, {"role", p.role}});
    return ok(json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/teams/{teamId:int}/partners", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"aspectId", "organisation", "role"});
    store::Partner p{0, body.requiredString("aspectId"), trimmed(body.requiredString("organisation")),
                     trimmed(body.requiredString("role"))};
    checkText("organisation", p.organisation, 200, body.errors());
    checkText("role", p.role, 200, body.errors());
    body.finish();
    KnowledgeStore ks(c.store.db());
    auto all = ks.aspects(c.actor());
    if (!byId(all).count(p.aspectId)) invalid("Niet alle gegevens zijn goed ingevuld.", {{"aspectId", "Onbekend kennisaspect."}});
    auto saved = ks.addPartner(c.actor(), c.id("teamId"), p, c.now);
    return ok(json::object{{"id", saved.id}, {"aspectId", saved.aspectId}, {"organisation", saved.organisation}, {"role", saved.role}}, 201);
  });
  r.add("DELETE", "/api/v1/teams/{teamId:int}/partners/{partnerId:int}", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    ks.removePartner(c.actor(), c.id("teamId"), c.id("partnerId"));
    return http::Response::empty(204);
  });

  // Help questions ----------------------------------------------------------------------------
  r.add("POST", "/api/v1/teams/{teamId:int}/help-questions", http::Access::Member, [](Ctx& c) {
     auto body = c.body({"text", "privacyConfirmed"});
     std::string text = trimmed(body.requiredString("text"));
     bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
     checkText("text", text, 2000, body.errors());
     body.finish();
     int64_t teamId = c.id("teamId");
     KnowledgeStore ks(c.store.db());
     auto team = ks.teamKnowledge(c.actor(), teamId, c.now);
     auto asker = std::find_if(team.begin(), team.end(), [&](auto& m) { return m.userId == c.actor().userId; });
     if (asker == team.end()) forbidden("Je bent geen lid van dit team.");
     guardTexts({{"text", text}}, confirmed);
     auto corrections = ks.corrections(c.actor());
     auto result = sharedMatcher().match(text, &corrections);
     auto all = ks.aspects(c.actor());
     auto ids = byId(all);
     std::vector<std::string> needed;
     std::vector<Scored> aspects;
     for (auto& a : result.aspects) {
       auto it = ids.find(a.id);
       if (it == ids.end() || it->second->retired) continue;
       needed.push_back(a.id);
       aspects.push_back(a);
     }
     auto advice = advise(*asker, team, needed);
     std::vector<store::QuestionTag> tags;
     for (auto& d : result.domains) tags.push_back({"domain", d.id});
     for (auto& a : aspects) tags.push_back({"aspect", a.id});
     for (auto& g : result.groups) tags.push_back({"group", g.id});
     std::optional<int64_t> duo;
     if (advice.kind != AdviceKind::Self && !advice.duo.empty()) duo = advice.duo.front().userId;
     int64_t id = ks.saveQuestion(c.actor(), teamId, text, tags, duo, c.now);

     json::array neededView;
     for (auto& s : aspects) {
       auto* a = ids[s.id];
       std::vector<std::string> whoCovers;
       json::array covering;
       for (auto& m : team)
         if (m.userId != asker->userId && covers(m.level(s.id)))
           covering.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"level", toString(m.level(s.id))}});
       neededView.push_back(json::object{{"id", s.id}, {"name", a->name}, {"domainId", a->domainId}, {"score", s.score},
                                         {"myLevel", toString(asker->level(s.id))}, {"covered", covers(asker->level(s.id))},
                                         {"colleagues", std::move(covering)}});
     }
     json::array duoView;
     for (auto& d : advice.duo) {
       json::array adds;
       for (auto& x : d.adds) adds.push_back(json::value(x));
       const MemberKnowledge* m = nullptr;
       for (auto& t : team)
         if (t.userId == d.userId) m = &t;
       duoView.push_back(json::object{{"userId", d.userId}, {"name", m->name}, {"discipline", m->discipline},
                                      {"experience", toString(m->experience)}, {"score", d.score},
                                      {"coveredTogether", d.coveredTogether}, {"adds", std::move(adds)},
                                      {"mentoring", d.mentoring}});
     }
     json::array external;
     auto partners = ks.partners(c.actor(), teamId);
     json::array uncovered;
     for (auto& u : advice.uncovered) {
       uncovered.push_back(json::value(u));
       for (auto& p : partners)
         if (p.aspectId == u)
           external.push_back(json::object{{"id", p.id}, {"aspectId", p.aspectId}, {"organisation", p.organisation}, {"role", p.role}});
     }
     c.store.audit(c.actor(), "knowledge.question.ask", "help-question/" + std::to_string(id), c.now);
     return ok(json::object{{"id", id},
                            {"recognised", json::object{{"domains", scoredView(result.domains)},
                                                        {"aspects", scoredView(aspects)},
                                                        {"groups", scoredView(result.groups)}}},
                            {"needed", std::move(neededView)},
                            {"advice", toString(advice.kind)},
                            {"duo", std::move(duoView)},
                            {"uncovered", std::move(uncovered)},
                            {"external", std::move(external)}},
               201);
   }).guardedFields = {"text"};
  r.add("PUT", "/api/v1/teams/{teamId:int}/help-questions/{questionId:int}/tags", http::Access::Member, [](Ctx& c) {
    auto root = parseBody(c, {"domains", "aspects", "groups"});
    std::vector<store::QuestionTag> tags;
    auto& cat = starterCatalogue();
    for (auto kind : {"domains", "aspects", "groups"}) {
      auto* v = root.as_object().if_contains(kind);
      if (!v) continue;
      if (!v->is_array()) invalid("Niet alle gegevens zijn goed ingevuld.", {{kind, "Verwacht een lijst."}});
      for (auto& x : v->as_array()) {
        if (!x.is_string()) invalid("Niet alle gegevens zijn goed ingevuld.", {{kind, "Verwacht een lijst met ids."}});
        std::string id(x.as_string());
        std::string k = std::string(kind).substr(0, std::string(kind).size() - 1);
        bool known = k == "domain" ? cat.domain(id) != nullptr : k == "group" ? cat.group(id) != nullptr : true;
        if (!known) invalid("Niet alle gegevens zijn goed ingevuld.", {{kind, "Onbekend: " + id}});
        tags.push_back({k, id});
      }
    }
    KnowledgeStore ks(c.store.db());
    auto before = ks.retagQuestion(c.actor(), c.id("teamId"), c.id("questionId"), tags);
    // What the member confirmed or added teaches the organisation's matcher; what they removed
    // pushes that domain or group down for such words.
    if (!before.text.empty()) {
      auto has = [](const std::vector<store::QuestionTag>& xs, const store::QuestionTag& t) {
        return std::any_of(xs.begin(), xs.end(), [&](auto& x) { return x.kind == t.kind && x.id == t.id; });
      };
      for (auto& t : tags)
        if (t.kind != "aspect") ks.addCorrection(c.actor(), before.text, t.id, has(before.before, t) ? 0.25 : 1.0, c.now);
      for (auto& t : before.before)
        if (t.kind != "aspect" && !has(tags, t)) ks.addCorrection(c.actor(), before.text, t.id, -1.0, c.now);
    }
    return http::Response::empty(204);
  });

  // Team map ------------------------------------------------------------------------------------
  r.add("GET", "/api/v1/teams/{teamId:int}/map", http::Access::Member, [](Ctx& c) {
    int64_t teamId = c.id("teamId");
    std::string domain = c.req.queryParam("domain");
    if (!domain.empty() && !starterCatalogue().domain(domain)) invalid("Dit leefgebied bestaat niet.");
    int64_t days = 90;
    std::string d = c.req.queryParam("days");
    if (!d.empty()) {
      try {
        days = std::stoll(d);
      } catch (...) {
        days = -1;
      }
      if (days < 1 || days > 3660) invalid("Kies een periode van 1 tot 3660 dagen.");
    }
    KnowledgeStore ks(c.store.db());
    auto team = ks.teamKnowledge(c.actor(), teamId, c.now);
    auto all = ks.aspects(c.actor());
    auto ids = byId(all);
    auto demand = ks.demand(c.actor(), teamId, c.now - days * kDay, c.now + 1);
    auto map = computeTeamMap(activeAspects(all, domain), team, demand);
    json::array members, aspects, hidden;
    // Each member's T-shape: the breadth of generic competences at gezel or meester, and per
    // life domain how many of its (shown) aspects they cover and their highest level.
    auto& comps = starterCatalogue().competences;
    for (size_t i = 0; i < team.size(); ++i) {
      auto& m = team[i];
      int broad = 0;
      for (auto& comp : comps) broad += covers(m.level(comp.id));
      std::map<std::string, std::pair<int, Level>> depth;
      for (auto& a : map.aspects) {
        auto& d = depth[ids[a.id]->domainId];
        if (covers(a.levels[i])) ++d.first;
        d.second = std::max(d.second, a.levels[i]);
      }
      json::array domains;
      for (auto& [id, d] : depth)
        if (d.second != Level::Geen)
          domains.push_back(json::object{{"domainId", id}, {"covered", d.first}, {"top", toString(d.second)}});
      members.push_back(json::object{{"userId", m.userId}, {"name", m.name}, {"discipline", m.discipline},
                                     {"tShape", json::object{{"competences", broad}, {"competencesTotal", comps.size()},
                                                             {"domains", std::move(domains)}}}});
    }
    for (auto& a : map.aspects) {
      json::array levels;
      for (auto l : a.levels) levels.push_back(json::value(toString(l)));
      auto* oa = ids[a.id];
      aspects.push_back(json::object{{"id", a.id}, {"name", oa->name}, {"domainId", oa->domainId},
                                     {"levels", std::move(levels)}, {"covered", a.covered}, {"learners", a.learners},
                                     {"wishes", a.wishes}, {"nobody", a.nobody}, {"single", a.single},
                                     {"demand", a.demand}});
    }
    for (auto& h : map.hidden)
      hidden.push_back(json::object{{"userId", h.userId}, {"name", nameOf(team, h.userId)}, {"aspectId", h.aspectId},
                                    {"aspectName", ids[h.aspectId]->name}});
    return ok(json::object{{"members", std::move(members)}, {"aspects", std::move(aspects)},
                           {"hidden", std::move(hidden)}, {"days", days}});
  });

  // Training plan ---------------------------------------------------------------------------------
  r.add("GET", "/api/v1/teams/{teamId:int}/training-plan", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    int64_t teamId = c.id("teamId");
    auto plan = ks.plan(c.actor(), teamId);
    return ok(planView(plan, ks.teamKnowledge(c.actor(), teamId, c.now), ks.aspects(c.actor())));
  });
  r.add("POST", "/api/v1/teams/{teamId:int}/training-plan", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"days"});
    int64_t days = body.optionalInt("days").value_or(180);
    if (days < 1 || days > 3660) body.errors().push_back({"days", "Kies een periode van 1 tot 3660 dagen."});
    body.finish();
    int64_t teamId = c.id("teamId");
    KnowledgeStore ks(c.store.db());
    auto team = ks.teamKnowledge(c.actor(), teamId, c.now);
    auto all = ks.aspects(c.actor());
    auto map = computeTeamMap(activeAspects(all, ""), team, ks.demand(c.actor(), teamId, c.now - days * kDay, c.now + 1));
    std::vector<store::PlanItem> items;
    for (auto& s : rankTrainingPlan(map, team))
      items.push_back({0, s.aspectId, s.priority, s.mentor, s.targetLevel, today(c.now + 180 * kDay), "", s.learners});
    auto plan = ks.replacePlan(c.actor(), teamId, items, c.now);
    c.store.audit(c.actor(), "knowledge.plan.generate", "team/" + std::to_string(teamId), c.now);
    return ok(planView(plan, team, all), 201);
  });
  r.add("PATCH", "/api/v1/teams/{teamId:int}/training-plan/items/{planItemId:int}", http::Access::Member, [](Ctx& c) {
    auto root = parseBody(c, {"mentorId", "targetLevel", "targetDate", "note", "learners"});
    auto& o = root.as_object();
    store::PlanItemPatch p;
    std::vector<FieldError> errors;
    if (auto* v = o.if_contains("mentorId")) {
      if (v->is_null()) p.mentorId = std::optional<int64_t>{};
      else if (v->is_int64()) p.mentorId = std::optional<int64_t>{v->as_int64()};
      else errors.push_back({"mentorId", "Verwacht een collega (id) of null."});
    }
    if (auto* v = o.if_contains("targetLevel")) {
      auto l = v->is_string() ? parseLevel(v->as_string()) : std::nullopt;
      if (!l) errors.push_back({"targetLevel", "Kies leerling, gezel of meester."});
      p.targetLevel = l;
    }
    if (auto* v = o.if_contains("targetDate")) {
      if (!v->is_string() || !validDate(std::string(v->as_string()))) errors.push_back({"targetDate", "Verwacht een datum (JJJJ-MM-DD)."});
      else p.targetDate = std::string(v->as_string());
    }
    if (auto* v = o.if_contains("note")) {
      if (!v->is_string() || v->as_string().size() > 1000) errors.push_back({"note", "Verwacht tekst (hoogstens 1000 tekens)."});
      else p.note = std::string(v->as_string());
    }
    if (auto* v = o.if_contains("learners")) {
      std::vector<int64_t> ls;
      if (!v->is_array()) errors.push_back({"learners", "Verwacht een lijst met collega's."});
      else
        for (auto& x : v->as_array()) {
          if (!x.is_int64()) {
            errors.push_back({"learners", "Verwacht een lijst met collega's."});
            break;
          }
          ls.push_back(x.as_int64());
        }
      p.learners = ls;
    }
    if (!errors.empty()) invalid("Niet alle gegevens zijn goed ingevuld.", errors);
    KnowledgeStore ks(c.store.db());
    int64_t teamId = c.id("teamId");
    ks.patchPlanItem(c.actor(), teamId, c.id("planItemId"), p);
    return ok(planView(ks.plan(c.actor(), teamId), ks.teamKnowledge(c.actor(), teamId, c.now), ks.aspects(c.actor())));
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/training-plan/export", http::Access::Member, [](Ctx& c) {
    std::string format = c.req.queryParam("format");
    if (format.empty()) format = "xlsx";
    if (format != "xlsx" && format != "pdf") invalid("Kies xlsx of pdf.");
    int64_t teamId = c.id("teamId");
    KnowledgeStore ks(c.store.db());
    auto teamInfo = c.store.team(c.actor(), teamId);
    auto plan = ks.plan(c.actor(), teamId);
    auto team = ks.teamKnowledge(c.actor(), teamId, c.now);
    auto all = ks.aspects(c.actor());
    auto view = planView(plan, team, all);
    exporter::PlanDocument doc{teamInfo.name, plan ? today(plan->createdAt) : today(c.now), {}};
    int rank = 0;
    for (auto& v : view.at("items").as_array()) {
      auto& it = v.as_object();
      std::string learners;
      int reached = 0, n = 0;
      for (auto& l : it.at("learners").as_array()) {
        if (!learners.empty()) learners += ", ";
        learners += std::string(l.at("name").as_string()) + " (" + std::string(l.at("level").as_string()) + ")";
        reached += l.at("reached").as_bool();
        ++n;
      }
      doc.rows.push_back({++rank, domainName(std::string(it.at("domainId").as_string())),
                          std::string(it.at("aspectName").as_string()), learners,
                          std::string(it.at("mentorName").as_string()), std::string(it.at("targetLevel").as_string()),
                          std::string(it.at("targetDate").as_string()),
                          std::to_string(reached) + " van " + std::to_string(n) + " op niveau",
                          std::string(it.at("note").as_string())});
    }
    http::Response res;
    res.status = 200;
    if (format == "xlsx") {
      res.body = exporter::trainingPlanXlsx(doc);
      res.set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      res.set("Content-Disposition", "attachment; filename=\"scholingsplan.xlsx\"");
    } else {
      res.body = exporter::trainingPlanPdf(doc);
      res.set("Content-Type", "application/pdf");
      res.set("Content-Disposition", "attachment; filename=\"scholingsplan.pdf\"");
    }
    c.store.audit(c.actor(), "knowledge.plan.export", "team/" + std::to_string(teamId), c.now);
    return res;
  });
}

}  // namespace vk::api
