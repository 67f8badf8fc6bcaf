#include "api/live/views.hpp"

#include <boost/json.hpp>

#include "api/live/public_url.hpp"
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
          {"at", isoUtc(x.createdAt)}, {"toThreads", x.toThreads}, {"anonymous", x.anonymous}};
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
