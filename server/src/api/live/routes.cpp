// Live team sessions: the programme, sessions of a team, guests who join with a code,
// the WebSocket of a session (see hub.hpp), its QR code and report.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "api/privacy/guard.hpp"
#include "api/live/hub.hpp"
#include "api/live/programme.hpp"
#include "api/live/report.hpp"
#include "api/live/routes.hpp"
#include "api/live/public_url.hpp"
#include "api/live/views.hpp"
#include "api/problem.hpp"
#include "api/foundation/views.hpp"
#include "domain/time_format.hpp"
#include "domain/foundation/validation.hpp"
#include "export/qr_svg.hpp"
#include "store/live/store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {

constexpr int64_t kGuestSeconds = 12 * 3600;

}  // namespace

void addLiveRoutes(RouteTable& r) {
  // One hub per App: the route table owns it, so it ends with the App.
  auto hub = std::make_shared<LiveHub>();

  addLiveOrgRoutes(r, hub);  // guideline, song link, programme and own templates
  addLiveConversationRoutes(r, hub);  // the what-works conversation and its agreements

  r.add("GET", "/api/v1/teams/{teamId:int}/live-sessions", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array a;
    for (auto& [s, facilitator] : ls.sessionsOfTeam(c.actor(), c.id("teamId"))) {
      auto o = view(s, false, c);
      o["facilitator"] = facilitator;  // the list shows "begeleiden" only to who may
      a.push_back(std::move(o));
    }
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("POST", "/api/v1/teams/{teamId:int}/live-sessions", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"title", "blocks", "privacyConfirmed"});
    std::string title = trimmed(body.requiredString("title"));
    checkName("title", title, 120, body.errors());
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    std::optional<json::array> blocks;
    try {
      blocks = requestBlocks(body);
    } catch (const Error& e) {
      return unprocessable(e);
    }
    if (!blocks) blocks = defaultProgramme().at("blocks").as_array();
    auto texts = blockTexts(*blocks);
    texts.push_back({"title", title});
    auto guarded = guardDocument(c, *blocks, texts, confirmed);
    store::LiveStore ls(c.store);
    auto s = ls.create(c.actor(), c.id("teamId"), guarded.texts.back(), guarded.document, c.now);
    c.store.audit(c.actor(), "live.session.create", "live-session/" + std::to_string(s.id), c.now);
    return ok(view(s, true, c), 201);
  }).guardedFields = {"title"};
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    auto viewer = ls.memberViewer(c.actor(), c.id("liveSessionId"));
    auto s = ls.session(c.actor(), c.id("liveSessionId"));
    auto o = view(s, viewer.facilitator, c);
    o["facilitator"] = viewer.facilitator;
    return ok(o);
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/report", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    return ok(liveReport(ls, c.actor(), c.id("liveSessionId"), c.now));  // the store decides what the actor sees
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/report.pdf", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    return download(liveReportPdf(liveReport(ls, c.actor(), c.id("liveSessionId"), c.now)), kPdf,
                    "sessie-" + std::to_string(c.id("liveSessionId")) + ".pdf");
  });
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/qr.svg", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    auto viewer = ls.memberViewer(c.actor(), c.id("liveSessionId"));
    if (!viewer.facilitator) forbidden("Alleen de begeleider van de sessie toont de code.");
    auto s = ls.session(c.actor(), c.id("liveSessionId"));
    if (s.endedAt) throw Error(ErrorKind::Conflict, "Deze sessie is afgesloten: er valt niet meer mee te doen.");
    http::Response res;
    res.body = exporter::qrSvg(joinUrl(c, s), "QR-code om mee te doen: " + s.joinCode);
    res.set("Content-Type", "image/svg+xml");
    return res;
  });
  // Ending a session closes it on the server (its facilitators only; audited in the store's
  // transaction). Connected clients get the end event; ending it again changes nothing.
  r.add("POST", "/api/v1/live/sessions/{liveSessionId:int}/end", http::Access::Member, [hub](Ctx& c) {
    store::LiveStore ls(c.store);
    auto res = ls.end(c.actor(), c.id("liveSessionId"), c.now);
    if (res.ended) {
      hub->bind(c.store);
      hub->pump(res.session.id);
    }
    auto o = view(res.session, true, c);
    o["facilitator"] = true;
    return ok(o);
  });
  // The team's song: its verses per session (only the team's members; guests and others
  // see the verses inside a session).
  r.add("GET", "/api/v1/teams/{teamId:int}/verses", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array items, sessions;
    for (auto& v : ls.teamVerses(c.actor(), c.id("teamId"))) {
      json::array lines;
      for (auto& line : v.lines) {
        items.emplace_back(line);
        lines.emplace_back(line);
      }
      sessions.push_back(json::object{
          {"id", v.sessionId}, {"title", v.title}, {"createdAt", isoUtc(v.createdAt)}, {"verses", std::move(lines)}});
    }
    return ok(json::object{{"items", std::move(items)}, {"sessions", std::move(sessions)}, {"songUrl", ls.songUrl(c.actor())}});
  });

  // A member's own thoughts and sentences, and their consent to share one with the team's
  // common threads.
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/contributions", http::Access::Member, [](Ctx& c) {
    store::LiveStore ls(c.store);
    json::array a;
    for (auto& x : ls.contributions(c.actor(), c.id("liveSessionId"))) a.push_back(contributionView(x));
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("PUT", "/api/v1/live/sessions/{liveSessionId:int}/contributions/{contributionSeq:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"toThreads", "anonymous", "toGuideline"});
    auto toThreads = body.optionalBool("toThreads");
    if (!toThreads) body.errors().push_back({"toThreads", "Kies of dit naar de rode draden van het team mag."});
    bool anonymous = body.optionalBool("anonymous").value_or(true);
    auto toGuideline = body.optionalBool("toGuideline");  // a placed thought into the team's guideline matrix
    body.finish();
    store::LiveStore ls(c.store);
    auto x = ls.setConsent(c.actor(), c.id("liveSessionId"), c.id("contributionSeq"), *toThreads, anonymous, c.now,
                           toGuideline);
    std::string object =
        "live-session/" + std::to_string(c.id("liveSessionId")) + "/" + std::to_string(c.id("contributionSeq"));
    c.store.audit(c.actor(), *toThreads ? "live.contribution.share" : "live.contribution.withdraw", object, c.now);
    if (toGuideline)
      c.store.audit(c.actor(), *toGuideline ? "live.contribution.to-guideline" : "live.contribution.from-guideline", object,
                    c.now);
    return ok(contributionView(x));
  });

  // Guests: a code (typed or from the QR code) and a name; no account.
  r.add("POST", "/api/v1/live/guests", http::Access::Public, [](Ctx& c) {
    auto body = c.body({"code", "name"});
    std::string code = trimmed(body.requiredString("code"));
    for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    std::string name = trimmed(body.requiredString("name"));
    checkName("name", name, 60, body.errors());
    body.finish();
    const auto& cfg = c.app.config();
    auto& guesses = c.app.joinGuesses();
    const std::string client = c.clientAddress();
    // Only wrong codes count against an address: a room joining through one Wi-Fi is fine.
    if (int64_t wait = guesses.wait(client, c.now))
      throw Error(ErrorKind::TooMany, "Te veel verkeerde codes vanaf dit adres. Probeer het over " + std::to_string(wait) +
                                          " seconden opnieuw.");
    std::string token = randomToken();
    store::LiveStore ls(c.store);
    int64_t sessionId = 0;
    try {
      sessionId = ls.joinAsGuest(code, name, tokenHash(token), c.now, c.now + kGuestSeconds,
                                 store::LiveJoinLimit{cfg.liveJoinsPerSession, cfg.liveJoinWindowSeconds});
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::NotFound) throw;
      // Counted in the store for every instance (docs/adr/0014), and answered rather than
      // thrown, so the command commits the count before the 404 goes out.
      guesses.count(client, c.now);
      return problemFrom(e);
    }
    return ok(json::object{{"sessionId", sessionId}, {"guestToken", token}, {"name", name}}, 201);
  });

  // The WebSocket: members with their session cookie, guests with ?guest=TOKEN;
  // ?after=N resumes after event N.
  r.add("GET", "/api/v1/live/sessions/{liveSessionId:int}/socket", http::Access::Public, [hub](Ctx& c) {
    if (!originAllowed(c)) return problem(403, "Deze verbinding komt van een andere website en is geweigerd.");
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
