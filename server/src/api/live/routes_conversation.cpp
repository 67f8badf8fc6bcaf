// The what-works conversation (wat-werkt-gesprek) on a live session: the record its
// facilitators set (where it started, the dilemma formulated in step 3), the agreements of
// step 6 and the team's agreements with their look-back dates. Texts pass the privacy
// guard; the store decides access and appends each change to the session's event log in
// the same transaction as the row and the audit entry; the hub then tells every screen.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "api/live/hub.hpp"
#include "api/live/routes.hpp"
#include "api/live/views.hpp"
#include "api/privacy/guard.hpp"
#include "domain/foundation/validation.hpp"
#include "domain/live/conversation.hpp"
#include "store/live/store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {

std::string text(JsonBody& body, std::string_view field, size_t maxLen) {
  std::string t = trimmed(body.optionalString(field).value_or(""));
  if (t.size() > maxLen)
    body.errors().push_back({std::string(field), "Houd dit bij " + std::to_string(maxLen) + " tekens."});
  return t;
}

}  // namespace

void addLiveConversationRoutes(RouteTable& r, std::shared_ptr<LiveHub> hub) {
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/conversation", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    int64_t id = c.id("liveSessionId");
    auto x = ls.conversation(c.actor(), id);
    auto agreements = ls.sessionAgreements(c.actor(), id);
    return ok(conversationView(id, ls.session(c.actor(), id).teamId, x, agreements, c.now));
  });

  r.add("PUT", "/api/v1/live/sessions/{liveSessionId:int}/conversation", http::Access::Member, [hub](Ctx& c) {
    auto body = c.body({"startKind", "startKey", "caseText", "tension", "choiceA", "costA", "choiceB", "costB",
                        "libraryKey", "privacyConfirmed"});
    std::string startKind = trimmed(body.optionalString("startKind").value_or(""));
    std::string startKey = trimmed(body.optionalString("startKey").value_or(""));
    std::string libraryKey = trimmed(body.optionalString("libraryKey").value_or(""));
    std::string caseText = text(body, "caseText", 2000);
    std::string tension = text(body, "tension", 300);
    std::string choiceA = text(body, "choiceA", 300), costA = text(body, "costA", 500);
    std::string choiceB = text(body, "choiceB", 300), costB = text(body, "costB", 500);
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    if (!startKind.empty() && !isConversationStart(startKind))
      body.errors().push_back({"startKind", "Kies een dilemma uit de bibliotheek of een casus."});
    if (!startKey.empty() && !isDilemmaKey(startKey))
      body.errors().push_back({"startKey", "Dit dilemma kennen we niet."});
    if (!libraryKey.empty() && !isDilemmaKey(libraryKey))
      body.errors().push_back({"libraryKey", "Dit dilemma kennen we niet."});
    if (startKind == "dilemma" && startKey.empty())
      body.errors().push_back({"startKey", "Kies het dilemma waarmee jullie beginnen."});
    if (startKind == "case" && caseText.empty())
      body.errors().push_back({"caseText", "Beschrijf de casus in een paar zinnen, zonder gegevens van inwoners."});
    body.finish();
    auto g = guard(c,
                   {{"caseText", caseText}, {"tension", tension}, {"choiceA", choiceA}, {"costA", costA},
                    {"choiceB", choiceB}, {"costB", costB}},
                   confirmed);
    store::LiveStore ls(c.store);
    int64_t id = c.id("liveSessionId");
    store::LiveConversationSet set{startKind, startKind == "dilemma" ? startKey : "", libraryKey,
                                   g[0], g[1], g[2], g[3], g[4], g[5]};
    auto x = ls.setConversation(c.actor(), id, set, c.now);
    hub->bind(c.store);
    hub->pump(id);
    return ok(conversationView(id, x.teamId, x, ls.sessionAgreements(c.actor(), id), c.now));
  }).guardedFields = {"caseText", "tension", "choiceA", "costA", "choiceB", "costB"};

  r.add("POST", "/api/v1/live/sessions/{liveSessionId:int}/agreements", http::Access::Member, [hub](Ctx& c) {
    auto body = c.body({"what", "who", "lookBackOn", "privacyConfirmed"});
    std::string what = trimmed(body.requiredString("what"));
    std::string who = trimmed(body.optionalString("who").value_or(""));
    std::string lookBackOn = trimmed(body.requiredString("lookBackOn"));
    checkName("what", what, 500, body.errors());
    if (who.size() > 200) body.errors().push_back({"who", "Houd dit bij 200 tekens."});
    if (!isCalendarDate(lookBackOn))
      body.errors().push_back({"lookBackOn", "Kies een datum om terug te kijken (JJJJ-MM-DD)."});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto g = guard(c, {{"what", what}, {"who", who}}, confirmed);
    store::LiveStore ls(c.store);
    int64_t id = c.id("liveSessionId");
    auto a = ls.addAgreement(c.actor(), id, store::LiveAgreementAdd{g[0], g[1], lookBackOn}, c.now);
    hub->bind(c.store);
    hub->pump(id);
    return ok(agreementView(a, c.now), 201);
  }).guardedFields = {"what", "who"};

  r.add("GET", "/api/v1/teams/{teamId:int}/agreements", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array items;
    int64_t due = 0;
    for (auto& a : ls.teamAgreements(c.actor(), c.id("teamId"))) {
      auto v = agreementView(a, c.now);
      if (v.at("due").as_bool()) ++due;
      items.push_back(std::move(v));
    }
    return ok(json::object{{"items", std::move(items)}, {"due", due}});
  });

  r.add("PUT", "/api/v1/agreements/{agreementId:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"done"});
    auto done = body.optionalBool("done");
    if (!done) body.errors().push_back({"done", "Geef aan of de afspraak gedaan is."});
    body.finish();
    store::LiveStore ls(c.store);
    return ok(agreementView(ls.setAgreementDone(c.actor(), c.id("agreementId"), *done, c.now), c.now));
  });
}

}  // namespace vk::api
