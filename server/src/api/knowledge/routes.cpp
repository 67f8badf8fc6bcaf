// The knowledge map (Kennisbouwstenen): the organisation's catalogue, profiles, external
// partners, help questions with advice and duo partners, the team map and the training plan.
// Scoping (own organisation, own team) is enforced by store/knowledge/store; the JSON shapes
// are in views.cpp.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "api/app.hpp"
#include "api/privacy/guard.hpp"
#include "api/knowledge/routes.hpp"
#include "api/knowledge/team_map.hpp"
#include "api/knowledge/views.hpp"
#include "api/foundation/views.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"
#include "domain/knowledge/org_catalogue.hpp"
#include "domain/foundation/access.hpp"
#include "domain/time_format.hpp"
#include "domain/foundation/validation.hpp"
#include "export/training_plan_export.hpp"
#include "store/knowledge/store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;
using store::KnowledgeStore;
using knowledge::byId;

namespace {

constexpr int64_t kDay = 24 * 3600;

std::string domainName(const std::string& id) {
  auto* d = starterCatalogue().domain(id);
  return d ? d->name : id;
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

// Whether the caller may generate and edit the plan (the store decides; the web app uses this
// to show the controls only to the lead, the supervisor and admins).
json::object withPlanRight(json::object view, Ctx& c, int64_t teamId) {
  view["canEdit"] = domain::canEditTrainingPlan(c.actor(), c.store.team(c.actor(), teamId).myRole);
  return view;
}

std::vector<MapAspect> activeAspects(const std::vector<store::OrgAspect>& all, const std::string& domain) {
  std::vector<MapAspect> out;
  for (auto& a : all)
    if (!a.retired && (domain.empty() || a.domainId == domain)) out.push_back({a.id, a.domainId});
  return out;
}

// The organisation's words for an aspect: at most 50, each 1 to 80 characters.
std::optional<std::vector<std::string>> termsField(const json::value& root, std::vector<FieldError>& errors) {
  auto* v = root.as_object().if_contains("terms");
  if (!v) return std::nullopt;
  std::vector<std::string> out;
  bool ok = v->is_array() && v->as_array().size() <= 50;
  if (ok)
    for (auto& x : v->as_array()) {
      if (!x.is_string()) {
        ok = false;
        break;
      }
      auto parts = splitTerms(x.as_string());  // "stadspas, meedoenpas" are two words
      if (parts.empty()) ok = false;
      for (auto& t : parts) {
        if (t.size() > 80) ok = false;
        else if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
      }
    }
  if (!ok || out.size() > 50)
    errors.push_back({"terms", "Geef een lijst van hoogstens 50 woorden of korte zinnen (elk 1 tot 80 tekens)."});
  return out;
}

}  // namespace

void addKnowledgeRoutes(RouteTable& r) {
  addHelpQuestionRoutes(r, std::make_shared<MatcherCache>());

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
    auto body = c.body({"domainId", "name", "kind", "description", "terms", "privacyConfirmed"});
    auto terms = termsField(body.root(), body.errors());
    std::string domainId = body.requiredString("domainId");
    std::string name = trimmed(body.requiredString("name"));
    std::string kind = body.optionalString("kind").value_or("specifiek");
    std::string description = body.optionalString("description").value_or("");
    checkText("name", name, 120, body.errors());
    checkText("description", description, 1000, body.errors(), false);
    if (kind != "algemeen" && kind != "specifiek") body.errors().push_back({"kind", "Kies algemeen of specifiek."});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "description", description, confirmed);
    KnowledgeStore ks(c.store.db());
    std::string id = ks.addAspect(c.actor(), domainId, name, kind, guarded, terms.value_or(std::vector<std::string>{}), c.now);
    c.store.audit(c.actor(), "knowledge.aspect.add", "aspect/" + id, c.now);
    for (auto& a : ks.aspects(c.actor()))
      if (a.id == id) return ok(aspectView(a), 201);
    return ok(json::object{{"id", id}}, 201);
  }).guardedFields = {"description"};
  r.add("PATCH", "/api/v1/knowledge/aspects/{aspectId}", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name", "description", "retired", "terms", "privacyConfirmed"});
    auto terms = termsField(body.root(), body.errors());
    auto name = body.optionalString("name");
    auto description = body.optionalString("description");
    auto retired = body.optionalBool("retired");
    if (name) {
      *name = trimmed(*name);
      checkText("name", *name, 120, body.errors());
    }
    if (description) checkText("description", *description, 1000, body.errors(), false);
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    std::optional<GuardedText> guarded;
    if (description) guarded = guard(c, "description", *description, confirmed);
    std::string id = c.params.str("aspectId");
    KnowledgeStore ks(c.store.db());
    ks.patchAspect(c.actor(), id, name, guarded, retired, terms, c.now);
    c.store.audit(c.actor(), "knowledge.aspect.patch", "aspect/" + id, c.now);
    for (auto& a : ks.aspects(c.actor()))
      if (a.id == id) return ok(aspectView(a));
    notFound("Dit kennisaspect bestaat niet.");
  }).guardedFields = {"description"};
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
    auto body = c.body({"items"});
    body.finish();
    const auto& root = body.root();
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
    auto body = c.body({"aspectId", "organisation", "role", "privacyConfirmed"});
    store::Partner p{0, body.requiredString("aspectId"), trimmed(body.requiredString("organisation")),
                     trimmed(body.requiredString("role"))};
    checkText("organisation", p.organisation, 200, body.errors());
    checkText("role", p.role, 200, body.errors());
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    KnowledgeStore ks(c.store.db());
    auto all = ks.aspects(c.actor());
    if (!byId(all).count(p.aspectId)) invalid("Niet alle gegevens zijn goed ingevuld.", {{"aspectId", "Onbekend kennisaspect."}});
    auto texts = guard(c, {{"organisation", p.organisation}, {"role", p.role}}, confirmed);
    auto saved = ks.addPartner(c.actor(), c.id("teamId"), {p.aspectId, texts[0], texts[1]}, c.now);
    return ok(json::object{{"id", saved.id}, {"aspectId", saved.aspectId}, {"organisation", saved.organisation}, {"role", saved.role}}, 201);
  }).guardedFields = {"organisation", "role"};
  r.add("DELETE", "/api/v1/teams/{teamId:int}/partners/{partnerId:int}", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    ks.removePartner(c.actor(), c.id("teamId"), c.id("partnerId"));
    return http::Response::empty(204);
  });

  // Team map ------------------------------------------------------------------------------------
  // Served from memory until the store changes, within the minute: its windows (demand over
  // `days`, load over 30 days) end at the minute's last second (Route::clockStep).
  auto& map = r.add("GET", "/api/v1/teams/{teamId:int}/map", http::Access::Member, [](Ctx& c) {
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
    return ok(teamMapView(ks, c.actor(), teamId, domain, days, c.now));
  });
  map.cacheable = true;
  map.clockStep = 60;

  // Training plan ---------------------------------------------------------------------------------
  r.add("GET", "/api/v1/teams/{teamId:int}/training-plan", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    int64_t teamId = c.id("teamId");
    auto plan = ks.plan(c.actor(), teamId);
    return ok(withPlanRight(planView(plan, ks.teamKnowledge(c.actor(), teamId, c.now), ks.aspects(c.actor())), c, teamId));
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
    return ok(withPlanRight(planView(plan, team, all), c, teamId), 201);
  });
  r.add("PATCH", "/api/v1/teams/{teamId:int}/training-plan/items/{planItemId:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"mentorId", "targetLevel", "targetDate", "note", "learners", "privacyConfirmed"});
    body.finish();
    const auto& o = body.root().as_object();
    store::PlanItemPatch p;
    std::optional<std::string> note;
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
      else note = std::string(v->as_string());
    }
    bool confirmed = false;
    if (auto* v = o.if_contains("privacyConfirmed")) {
      if (!v->is_bool()) errors.push_back({"privacyConfirmed", "Verwacht true of false."});
      else confirmed = v->as_bool();
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
    if (note) p.note = guard(c, "note", *note, confirmed);  // goes into the XLSX and PDF too
    KnowledgeStore ks(c.store.db());
    int64_t teamId = c.id("teamId");
    ks.patchPlanItem(c.actor(), teamId, c.id("planItemId"), p);
    return ok(withPlanRight(
        planView(ks.plan(c.actor(), teamId), ks.teamKnowledge(c.actor(), teamId, c.now), ks.aspects(c.actor())), c, teamId));
  }).guardedFields = {"note"};
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
    auto res = format == "xlsx" ? download(exporter::trainingPlanXlsx(doc),
                                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           "scholingsplan.xlsx")
                                : download(exporter::trainingPlanPdf(doc), kPdf, "scholingsplan.pdf");
    c.store.audit(c.actor(), "knowledge.plan.export", "team/" + std::to_string(teamId), c.now);
    return res;
  });
}

}  // namespace vk::api
