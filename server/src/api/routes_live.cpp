// Live team sessions: the programme, sessions of a team, guests who join with a code,
// the WebSocket of a session (see live_hub.hpp), its QR code and report.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/live_hub.hpp"
#include "api/live_report.hpp"
#include "api/problem.hpp"
#include "api/views.hpp"
#include "domain/resources.hpp"
#include "domain/time_format.hpp"
#include "domain/validation.hpp"
#include "export/qr_svg.hpp"
#include "store/live_store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {

constexpr int64_t kGuestSeconds = 12 * 3600;

json::value resourceJson(const char* path) {
  auto text = resources::get(path);
  if (!text) throw std::runtime_error(std::string("missing resource ") + path);
  return json::parse(*text);
}

json::object view(const store::LiveSession& s, bool withCode) {
  json::object o{{"id", s.id},
                 {"teamId", s.teamId},
                 {"teamName", s.teamName},
                 {"title", s.title},
                 {"programme", json::parse(s.programme)},
                 {"createdAt", isoUtc(s.createdAt)},
                 {"lastSeq", s.lastSeq}};
  if (withCode) o["joinCode"] = s.joinCode;
  return o;
}

// The blocks of a programme from a request body (or the default programme).
std::string programmeFrom(const std::string& body) {
  boost::system::error_code ec;
  auto v = json::parse(body, ec);
  json::array blocks;
  if (!ec && v.is_object() && v.as_object().contains("blocks") && v.as_object().at("blocks").is_array()) {
    auto& in = v.as_object().at("blocks").as_array();
    if (in.empty() || in.size() > 30) throw Error(ErrorKind::Invalid, "Een programma heeft 1 tot 30 blokken.");
    for (auto& b : in) {
      if (!b.is_object() || !b.as_object().contains("title") || !b.as_object().at("title").is_string())
        throw Error(ErrorKind::Invalid, "Elk blok heeft een titel.");
      auto& bo = b.as_object();
      json::object nb{{"kind", bo.contains("kind") && bo.at("kind").is_string() ? bo.at("kind") : json::value("free")},
                      {"title", bo.at("title")},
                      {"prompt", bo.contains("prompt") && bo.at("prompt").is_string() ? bo.at("prompt") : json::value("")},
                      {"minutes", bo.contains("minutes") && bo.at("minutes").is_int64() ? bo.at("minutes").as_int64() : 10}};
      blocks.push_back(std::move(nb));
    }
  } else {
    blocks = resourceJson("content/nl/session-programme.json").as_object().at("blocks").as_array();
  }
  return json::serialize(blocks);
}

}  // namespace

void addLiveRoutes(RouteTable& r) {
  // One hub per App: the route table owns it, so it ends with the App.
  auto hub = std::make_shared<LiveHub>();

  r.add("GET", "/api/v1/live/guideline", http::Access::Member,
        [](Ctx&) { return ok(resourceJson("content/nl/guideline.json")); });
  r.add("GET", "/api/v1/live/programme", http::Access::Member,
        [](Ctx&) { return ok(resourceJson("content/nl/session-programme.json")); });

  r.add("GET", "/api/v1/live/settings", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    return ok(json::object{{"songUrl", ls.songUrl(c.actor())}});
  });
  r.add("PUT", "/api/v1/live/settings", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"songUrl"});
    std::string url = trimmed(body.requiredString("songUrl"));
    if (!url.empty() && url.rfind("https://", 0) != 0)
      body.errors().push_back({"songUrl", "Gebruik een link die begint met https://."});
    if (url.size() > 500) body.errors().push_back({"songUrl", "Deze link is te lang."});
    body.finish();
    store::LiveStore ls(c.store);
    ls.setSongUrl(c.actor(), url);
    c.store.audit(c.actor(), "live.settings", "organisation/" + std::to_string(c.actor().orgId), c.now);
    return ok(json::object{{"songUrl", url}});
  });

  r.add("GET", "/api/v1/teams/{teamId:int}/live-sessions", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array a;
    for (auto& s : ls.sessionsOfTeam(c.actor(), c.id("teamId"))) a.push_back(view(s, false));
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("POST", "/api/v1/teams/{teamId:int}/live-sessions", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"title", "blocks"});
    std::string title = trimmed(body.requiredString("title"));
    checkName("title", title, 120, body.errors());
    body.finish();
    std::string programme = programmeFrom(c.req.body);
    store::LiveStore ls(c.store);
    auto s = ls.create(c.actor(), c.id("teamId"), title, programme, c.now);
    c.store.audit(c.actor(), "live.session.create", "live-session/" + std::to_string(s.id), c.now);
    return ok(view(s, true), 201);
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    auto viewer = ls.memberViewer(c.actor(), c.id("liveSessionId"));
    auto s = ls.session(c.actor(), c.id("liveSessionId"));
    auto o = view(s, viewer.facilitator);
    o["facilitator"] = viewer.facilitator;
    return ok(o);
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/report", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    ls.memberViewer(c.actor(), c.id("liveSessionId"));  // team view
    return ok(liveReport(ls, c.id("liveSessionId")));
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/report.pdf", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    ls.memberViewer(c.actor(), c.id("liveSessionId"));
    http::Response res;
    res.body = liveReportPdf(liveReport(ls, c.id("liveSessionId")));
    res.set("Content-Type", "application/pdf");
    res.set("Content-Disposition", "attachment; filename=\"sessie-" + std::to_string(c.id("liveSessionId")) + ".pdf\"");
    return res;
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/qr.svg", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    auto viewer = ls.memberViewer(c.actor(), c.id("liveSessionId"));
    if (!viewer.facilitator) forbidden("Alleen de begeleider van de sessie toont de code.");
    auto s = ls.session(c.actor(), c.id("liveSessionId"));
    std::string host(c.req.header("host"));
    std::string base = c.app.config().secureCookies ? "https://" : "http://";
    http::Response res;
    res.body = exporter::qrSvg(base + host + "/live/join?code=" + s.joinCode, "QR-code om mee te doen: " + s.joinCode);
    res.set("Content-Type", "image/svg+xml");
    return res;
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/verses", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array a;
    for (auto& p : ls.teamVerses(c.actor(), c.id("teamId"))) a.push_back(json::parse(p).as_object()["text"]);
    return ok(json::object{{"items", std::move(a)}, {"songUrl", ls.songUrl(c.actor())}});
  });

  // Guests: a code (typed or from the QR code) and a name; no account.
  r.add("POST", "/api/v1/live/guests", http::Access::Public, [](Ctx& c) {
    auto body = c.body({"code", "name"});
    std::string code = trimmed(body.requiredString("code"));
    for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    std::string name = trimmed(body.requiredString("name"));
    checkName("name", name, 60, body.errors());
    body.finish();
    if (int64_t wait = c.app.loginLimiter().hit("live:" + c.req.remoteAddr, c.now))
      throw Error(ErrorKind::TooMany, "Te veel pogingen. Probeer het over " + std::to_string(wait) + " seconden opnieuw.");
    std::string token = randomToken();
    store::LiveStore ls(c.store);
    int64_t sessionId = ls.joinAsGuest(code, name, tokenHash(token), c.now, c.now + kGuestSeconds);
    return ok(json::object{{"sessionId", sessionId}, {"guestToken", token}, {"name", name}}, 201);
  });

  // The WebSocket: members with their session cookie, guests with ?guest=TOKEN;
  // ?after=N resumes after event N.
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/socket", http::Access::Public, [hub](Ctx& c) {
    hub->bind(c.store);
    store::LiveStore ls(c.store);
    int64_t sessionId = c.id("liveSessionId");
    std::optional<store::LiveViewer> viewer;
    std::string guest = c.req.queryParam("guest");
    if (!guest.empty()) viewer = ls.guestViewer(tokenHash(guest), sessionId, c.now);
    else if (c.session) viewer = ls.memberViewer(c.session->actor, sessionId);
    if (!viewer) return problem(401, "Doe mee met de code van de sessie, of log in.");
    auto* up = http::pendingUpgrade();
    if (!up) return problem(426, "Dit adres is een WebSocket.");
    int64_t after = 0;
    try {
      auto a = c.req.queryParam("after");
      if (!a.empty()) after = std::max<int64_t>(0, std::stoll(a));
    } catch (const std::exception&) {
      return problem(400, "after is geen getal.");
    }
    App* app = &c.app;
    hub->accept(*up, *viewer, [app] { return app->now(); }, after);
    return http::Response::empty(101);
  });
}

}  // namespace vk::api
