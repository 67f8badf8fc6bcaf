#include "api/live/views.hpp"

#include <boost/json.hpp>

#include "api/live/public_url.hpp"
#include "domain/dilemmas/dilemma.hpp"
#include "domain/live/conversation.hpp"
#include "domain/time_format.hpp"

namespace vk::api {

namespace json = boost::json;
using domain::isoUtc;

json::object view(const store::LiveSession& s, bool withCode, const Ctx& c) {
  json::object o{{"id", s.id},
                 {"teamId", s.teamId},
                 {"teamName", s.teamName},
                 {"title", s.title},
                 {"programme", json::parse(s.programme)},
                 {"createdAt", isoUtc(s.createdAt)},
                 {"lastSeq", s.lastSeq},
                 {"endedAt", s.endedAt ? json::value(isoUtc(*s.endedAt)) : json::value(nullptr)}};
  if (withCode && !s.endedAt) {  // an ended session's code works no more
    o["joinCode"] = s.joinCode;
    o["joinUrl"] = joinUrl(c, s);
  }
  return o;
}

json::object contributionView(const store::LiveContribution& x) {
  return {{"seq", x.seq},           {"kind", x.kind},           {"text", x.text},
          {"at", isoUtc(x.createdAt)}, {"toThreads", x.toThreads}, {"anonymous", x.anonymous},
          {"placed", x.ruleKey.empty() ? json::value() : json::value(json::object{{"ruleKey", x.ruleKey}, {"partKey", x.partKey}})},
          {"toGuideline", x.toGuideline}};
}

json::object agreementView(const store::LiveAgreement& x, int64_t now) {
  return {{"id", x.id},
          {"teamId", x.teamId},
          {"sessionId", x.sessionId},
          {"sessionTitle", x.sessionTitle},
          {"what", x.what},
          {"who", x.who},
          {"lookBackOn", x.lookBackOn},
          {"done", x.done},
          {"due", domain::agreementDue(x.lookBackOn, x.done, now)},
          {"createdAt", isoUtc(x.createdAt)}};
}

json::object conversationView(int64_t sessionId, int64_t teamId, const std::optional<store::LiveConversation>& x,
                              const std::vector<store::LiveAgreement>& agreements, int64_t now) {
  store::LiveConversation c = x.value_or(store::LiveConversation{});
  // The life domains of the dilemma it is about (linked, or where it started), for "who in
  // the team knows about this" on the facilitator's screen.
  // (Only the starter library is known here; a library that does not load leaves it empty.)
  json::array domains;
  try {
    for (const auto& key : {c.libraryKey, c.startKey})
      if (auto* d = key.empty() ? nullptr : domain::starterDilemma(key); d && domains.empty())
        for (auto& dom : d->domains) domains.emplace_back(dom);
  } catch (const std::exception&) {
    domains.clear();
  }
  json::array items;
  for (auto& a : agreements) items.push_back(agreementView(a, now));
  return {{"sessionId", sessionId},
          {"teamId", teamId},
          {"startKind", c.startKind},
          {"startKey", c.startKey},
          {"caseText", c.caseText},
          {"tension", c.tension},
          {"choiceA", c.choiceA},
          {"costA", c.costA},
          {"choiceB", c.choiceB},
          {"costB", c.costB},
          {"libraryKey", c.libraryKey},
          {"domains", std::move(domains)},
          {"updatedAt", x ? json::value(isoUtc(c.updatedAt)) : json::value(nullptr)},
          {"agreements", std::move(items)}};
}

json::object templateView(const store::LiveTemplate& t, const domain::Actor& a) {
  return {{"id", t.id},
          {"name", t.name},
          {"blocks", json::parse(t.blocks)},
          {"createdByName", t.createdByName},
          {"createdAt", isoUtc(t.createdAt)},
          {"canDelete", a.orgAdmin || t.createdBy == a.userId}};
}

}  // namespace vk::api
