// Help questions of the knowledge map: ask one (recognition with the organisation's own matcher,
// advice, duo partner, external partners), confirm or correct what was recognised (anonymous tags
// that teach the organisation's matcher), list your own questions and reopen one's advice.
// Scoping (own team, own questions) is enforced by store/knowledge/store; the JSON shapes are in
// views.cpp.
#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "api/privacy/guard.hpp"
#include "api/knowledge/recognition.hpp"
#include "api/knowledge/routes.hpp"
#include "api/knowledge/views.hpp"
#include "api/foundation/views.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"
#include "domain/time_format.hpp"
#include "domain/foundation/validation.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;
using knowledge::byId;
using store::KnowledgeStore;

namespace {

const MemberKnowledge& askerIn(const std::vector<MemberKnowledge>& team, int64_t userId) {
  auto it = std::find_if(team.begin(), team.end(), [&](auto& m) { return m.userId == userId; });
  if (it == team.end()) forbidden("Je bent geen lid van dit team.");
  return *it;
}

// Aspects the organisation still uses, in the order given.
std::vector<Scored> activeOnly(const std::vector<Scored>& xs, const AspectIndex& ids) {
  std::vector<Scored> out;
  for (auto& x : xs) {
    auto it = ids.find(x.id);
    if (it != ids.end() && !it->second->retired) out.push_back(x);
  }
  return out;
}

std::vector<std::string> idsOf(const std::vector<Scored>& xs) {
  std::vector<std::string> out;
  for (auto& x : xs) out.push_back(x.id);
  return out;
}

// What the question needs: its aspects, and for a life domain without any of its aspects (found
// on its own, or picked by hand when nothing was recognised) the domain's general aspects.
std::vector<Scored> neededOf(const std::vector<Scored>& aspects, const std::vector<std::string>& domains,
                             const std::vector<store::OrgAspect>& all) {
  std::vector<NeedAspect> catalogue;
  for (auto& a : all)
    if (!a.retired) catalogue.push_back({a.id, a.domainId, a.kind == "algemeen"});
  std::vector<Scored> out;
  for (auto& id : neededAspects(idsOf(aspects), domains, catalogue)) {
    auto it = std::find_if(aspects.begin(), aspects.end(), [&](auto& x) { return x.id == id; });
    out.push_back({id, it == aspects.end() ? 0.0 : it->score});
  }
  return out;
}

std::string tagName(const store::QuestionTag& t, const AspectIndex& ids) {
  auto& cat = starterCatalogue();
  if (t.kind == "domain") return cat.domain(t.id) ? cat.domain(t.id)->name : t.id;
  if (t.kind == "group") return cat.group(t.id) ? cat.group(t.id)->name : t.id;
  auto it = ids.find(t.id);
  return it != ids.end() ? it->second->name : t.id;
}

// The tags a member sends: known life domains and target groups, aspects the organisation uses.
std::vector<store::QuestionTag> readTags(const json::value& root, const AspectIndex& ids) {
  std::vector<store::QuestionTag> tags;
  auto& cat = starterCatalogue();
  for (std::string_view kind : {"domains", "aspects", "groups"}) {
    auto* v = root.as_object().if_contains(kind);
    if (!v) continue;
    if (!v->is_array() || v->as_array().size() > 50)
      invalid("Niet alle gegevens zijn goed ingevuld.", {{std::string(kind), "Verwacht een lijst met ids."}});
    std::string k(kind.substr(0, kind.size() - 1));
    for (auto& x : v->as_array()) {
      if (!x.is_string()) invalid("Niet alle gegevens zijn goed ingevuld.", {{std::string(kind), "Verwacht een lijst met ids."}});
      std::string id(x.as_string());
      auto aspect = ids.find(id);
      bool known = k == "domain"  ? cat.domain(id) != nullptr
                   : k == "group" ? cat.group(id) != nullptr
                                  : aspect != ids.end() && !aspect->second->retired;
      if (!known) invalid("Niet alle gegevens zijn goed ingevuld.", {{std::string(kind), "Onbekend: " + id}});
      tags.push_back({k, id});
    }
  }
  return tags;
}

}  // namespace

void addHelpQuestionRoutes(RouteTable& r, std::shared_ptr<MatcherCache> matchers) {
  r.add("POST", "/api/v1/teams/{teamId:int}/help-questions", http::Access::Member, [matchers](Ctx& c) {
     auto body = c.body({"text", "privacyConfirmed"});
     std::string text = trimmed(body.requiredString("text"));
     bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
     if (text.empty()) body.errors().push_back({"text", "Vul dit veld in."});
     if (text.size() > 2000) body.errors().push_back({"text", "Dit is te lang (hoogstens 2000 tekens)."});
     body.finish();
     int64_t teamId = c.id("teamId");
     KnowledgeStore ks(c.store.db());
     auto team = ks.teamKnowledge(c.actor(), teamId, c.now);
     auto& asker = askerIn(team, c.actor().userId);
     auto guarded = guard(c, "text", text, confirmed);
     auto recognition = orgRecognition(*matchers, ks, c.actor());
     auto result = recognition->matcher->match(text, &recognition->corrections);
     auto all = ks.aspects(c.actor());
     auto ids = byId(all);
     auto aspects = activeOnly(result.aspects, ids);
     auto needed = neededOf(aspects, idsOf(result.domains), all);
     auto advice = advise(asker, team, idsOf(needed));
     std::vector<store::QuestionTag> tags;
     for (auto& d : result.domains) tags.push_back({"domain", d.id});
     for (auto& a : aspects) tags.push_back({"aspect", a.id});
     for (auto& g : result.groups) tags.push_back({"group", g.id});
     std::optional<int64_t> duo;
     if (advice.kind != AdviceKind::Self && !advice.duo.empty()) duo = advice.duo.front().userId;
     int64_t id = ks.saveQuestion(c.actor(), teamId, guarded, tags, duo, c.now);
     c.store.audit(c.actor(), "knowledge.question.ask", "help-question/" + std::to_string(id), c.now);
     auto out = adviceView(advice, needed, asker, team, ids, ks.partners(c.actor(), teamId));
     out["id"] = id;
     out["recognised"] = json::object{{"domains", scoredView(result.domains)}, {"aspects", scoredView(aspects)},
                                      {"groups", scoredView(result.groups)}};
     return ok(out, 201);
   }).guardedFields = {"text"};

  r.add("GET", "/api/v1/me/help-questions", http::Access::Member, [](Ctx& c) {
    KnowledgeStore ks(c.store.db());
    auto all = ks.aspects(c.actor());
    auto ids = byId(all);
    json::array items;
    for (auto& q : ks.ownQuestions(c.actor(), 200)) {
      json::array tags;
      for (auto& t : q.tags) tags.push_back(json::object{{"kind", t.kind}, {"id", t.id}, {"name", tagName(t, ids)}});
      items.push_back(json::object{{"id", q.id}, {"teamId", q.teamId}, {"teamName", q.teamName},
                                   {"text", q.text ? json::value(*q.text) : json::value(nullptr)},
                                   {"createdAt", isoUtc(q.createdAt)}, {"confirmed", q.confirmed},
                                   {"tags", std::move(tags)}});
    }
    return ok(json::object{{"items", std::move(items)}});
  });

  // Reopen: the advice worked out again from the stored tags with the team's current knowledge.
  r.add("GET", "/api/v1/teams/{teamId:int}/help-questions/{questionId:int}", http::Access::Member, [](Ctx& c) {
    int64_t teamId = c.id("teamId");
    KnowledgeStore ks(c.store.db());
    auto q = ks.ownQuestion(c.actor(), teamId, c.id("questionId"));
    auto team = ks.teamKnowledge(c.actor(), teamId, c.now);
    auto& asker = askerIn(team, c.actor().userId);
    auto all = ks.aspects(c.actor());
    auto ids = byId(all);
    std::vector<Scored> tagged;
    std::vector<std::string> domains;
    for (auto& t : q.tags)
      if (t.kind == "aspect") tagged.push_back({t.id, 0});
      else if (t.kind == "domain") domains.push_back(t.id);
    auto aspects = neededOf(activeOnly(tagged, ids), domains, all);
    // Once the text has expired only the confirmed tags are shown, without advice: the question
    // cannot be taken up any more.
    auto out = q.text ? adviceView(advise(asker, team, idsOf(aspects)), aspects, asker, team, ids,
                                   ks.partners(c.actor(), teamId))
                      : json::object{{"needed", json::array{}}, {"advice", "expired"}, {"duo", json::array{}},
                                     {"together", json::array{}}, {"uncovered", json::array{}},
                                     {"external", json::array{}}};
    out["id"] = q.id;
    out["text"] = q.text ? json::value(*q.text) : json::value(nullptr);
    out["createdAt"] = isoUtc(q.createdAt);
    out["confirmed"] = q.confirmed;
    out["recognised"] = json::object{{"domains", tagView(q.tags, "domain")}, {"aspects", tagView(q.tags, "aspect")},
                                     {"groups", tagView(q.tags, "group")}};
    return ok(out);
  });

  r.add("PUT", "/api/v1/teams/{teamId:int}/help-questions/{questionId:int}/tags", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"domains", "aspects", "groups"});
    body.finish();
    const auto& root = body.root();
    KnowledgeStore ks(c.store.db());
    auto all = ks.aspects(c.actor());
    auto tags = readTags(root, byId(all));
    auto before = ks.retagQuestion(c.actor(), c.id("teamId"), c.id("questionId"), tags);
    // What the member confirmed or added teaches the organisation's matcher; what they removed
    // pushes that domain, aspect or group down for such words. An expired text teaches nothing.
    if (!before.text.empty()) {
      auto has = [](const std::vector<store::QuestionTag>& xs, const store::QuestionTag& t) {
        return std::any_of(xs.begin(), xs.end(), [&](auto& x) { return x.kind == t.kind && x.id == t.id; });
      };
      for (auto& t : tags) ks.addCorrection(c.actor(), before.text, t.id, has(before.before, t) ? 0.25 : 1.0, c.now);
      for (auto& t : before.before)
        if (!has(tags, t)) ks.addCorrection(c.actor(), before.text, t.id, -1.0, c.now);
    }
    return http::Response::empty(204);
  });
}

}  // namespace vk::api
