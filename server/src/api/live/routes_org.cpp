// The organisation's side of live team sessions: the guideline in its own wording (an
// admin edits names and short descriptions, or goes back to the default), the link to the
// song (Vakkompas ships no song), the default programme and own templates.
#include <boost/json.hpp>

#include "api/privacy/guard.hpp"
#include "api/live/guideline.hpp"
#include "api/live/hub.hpp"
#include "api/live/programme.hpp"
#include "api/live/routes.hpp"
#include "api/live/views.hpp"
#include "api/problem.hpp"
#include "api/foundation/views.hpp"
#include "domain/live/guideline.hpp"
#include "domain/live/programme.hpp"
#include "domain/time_format.hpp"
#include "domain/foundation/validation.hpp"
#include "domain/web_url.hpp"
#include "store/live/store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {

// Names and descriptions of an edit, for the privacy guard ("rules[0].description").
std::vector<FieldText> guidelineTexts(const json::object& stored) {
  std::vector<FieldText> out;
  for (const char* list : {"rules", "parts"}) {
    auto& items = stored.at(list).as_array();
    for (size_t i = 0; i < items.size(); ++i)
      for (const char* field : {"name", "description"})
        out.push_back({std::string(list) + "[" + std::to_string(i) + "]." + field,
                       std::string(items[i].at(field).as_string())});
  }
  return out;
}

}  // namespace

std::optional<json::array> requestBlocks(const JsonBody& body) {
  if (!body.has("blocks")) return std::nullopt;
  return checkedBlocks(body.root().as_object().at("blocks"));
}

http::Response unprocessable(const Error& e) { return problem(422, e.title(), e.fields()); }

void addLiveOrgRoutes(RouteTable& r, std::shared_ptr<LiveHub> hub) {
  r.add("GET", "/api/v1/live/guideline", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    return ok(orgGuideline(ls, c.actor().orgId));
  });
  r.add("PUT", "/api/v1/live/guideline", http::Access::OrgAdmin, [hub](Ctx& c) {
    auto body = c.body({"rules", "parts", "privacyConfirmed"});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    std::string stored;
    try {
      stored = checkedGuidelineEdit(defaultGuideline(), body.root());
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Invalid) throw;
      return unprocessable(e);
    }
    auto doc = json::parse(stored);
    auto guarded = guardDocument(c, doc, guidelineTexts(doc.as_object()), confirmed);
    store::LiveStore ls(c.store);
    ls.setGuideline(c.actor(), guarded.document);
    hub->forgetWelcomes();  // a new connection on this instance shows it (others: LiveHub::kWelcomeFresh)
    c.store.audit(c.actor(), "live.guideline", "organisation/" + std::to_string(c.actor().orgId), c.now);
    return ok(orgGuideline(ls, c.actor().orgId));
  });
  r.add("DELETE", "/api/v1/live/guideline", http::Access::OrgAdmin, [hub](Ctx& c) {
    store::LiveStore ls(c.store);
    ls.setGuideline(c.actor(), GuardedText());  // back to the default
    hub->forgetWelcomes();
    c.store.audit(c.actor(), "live.guideline.reset", "organisation/" + std::to_string(c.actor().orgId), c.now);
    return ok(orgGuideline(ls, c.actor().orgId));
  });
  // The default half-day, and beside it the programmes to start from (the what-works
  // conversation).
  r.add("GET", "/api/v1/live/programme", http::Access::Member, [](Ctx&) {
    auto o = defaultProgramme();
    o["programmes"] = json::array{conversationProgramme()};
    return ok(o);
  });

  r.add("GET", "/api/v1/live/settings", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    return ok(json::object{{"songUrl", ls.songUrl(c.actor())}});
  });
  r.add("PUT", "/api/v1/live/settings", http::Access::OrgAdmin, [hub](Ctx& c) {
    auto body = c.body({"songUrl"});
    std::string url = trimmed(body.requiredString("songUrl"));
    body.finish();
    if (!url.empty() && !isWebUrl(url))
      return problem(422, "Deze link kunnen we niet gebruiken.",
                     {{"songUrl", "Gebruik een volledige link naar het lied die begint met https:// of http://."}});
    store::LiveStore ls(c.store);
    ls.setSongUrl(c.actor(), url);
    hub->forgetWelcomes();
    c.store.audit(c.actor(), "live.settings", "organisation/" + std::to_string(c.actor().orgId), c.now);
    return ok(json::object{{"songUrl", url}});
  });

  r.add("GET", "/api/v1/live/templates", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array a;
    for (auto& t : ls.templates(c.actor())) a.push_back(templateView(t, c.actor()));
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("POST", "/api/v1/live/templates", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"name", "blocks", "privacyConfirmed"});
    std::string name = trimmed(body.requiredString("name"));
    checkName("name", name, 80, body.errors());
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    std::optional<json::array> blocks;
    try {
      blocks = requestBlocks(body);
      if (!blocks) invalid("Een sjabloon heeft blokken.", {{"blocks", "Kies 1 tot 30 blokken."}});
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Invalid) throw;
      return unprocessable(e);
    }
    auto texts = blockTexts(*blocks);
    texts.push_back({"name", name});
    auto guarded = guardDocument(c, *blocks, texts, confirmed);
    store::LiveStore ls(c.store);
    auto t = ls.saveTemplate(c.actor(), guarded.texts.back(), guarded.document, c.now);
    c.store.audit(c.actor(), "live.template.create", "live-template/" + std::to_string(t.id), c.now);
    return ok(templateView(t, c.actor()), 201);
  }).guardedFields = {"name"};
  r.add("DELETE", "/api/v1/live/templates/{liveTemplateId:int}", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    ls.deleteTemplate(c.actor(), c.id("liveTemplateId"));
    c.store.audit(c.actor(), "live.template.delete", "live-template/" + std::to_string(c.id("liveTemplateId")), c.now);
    return http::Response::empty(204);
  });
}

}  // namespace vk::api
