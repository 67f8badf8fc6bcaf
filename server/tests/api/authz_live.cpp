// Who may call the live-session routes. The seeded session belongs to team A and was
// started by the member of team A (its facilitator).
#include "authz.hpp"
#include "store/live_store.hpp"

namespace vk::test {

void seedLive(store::Store& s, World& w, int64_t now) {
  store::LiveStore ls(s);
  auto session = ls.create(domain::Actor{w.member, w.org1, false}, w.teamA, "Dagdeel", "[]", now);
  w.ids["{liveSessionId}"] = std::to_string(session.id);
  w.ids["{liveJoinCode}"] = session.joinCode;
}

Expectations liveExpectations() {
  return {
      {"GET /api/v1/live/guideline", {kLoggedIn, ""}},
      {"GET /api/v1/live/programme", {kLoggedIn, ""}},
      {"GET /api/v1/live/settings", {kLoggedIn, ""}},
      {"PUT /api/v1/live/settings", {kAnyAdmin, R"({"songUrl":"https://example.org/lied"})"}},
      {"GET /api/v1/teams/{teamId}/live-sessions", {kTeamA, ""}},
      {"POST /api/v1/teams/{teamId}/live-sessions", {kTeamA, R"({"title":"Dagdeel over ons vak"})"}},
      {"GET /api/v1/live/sessions/{liveSessionId}", {kTeamA, ""}},
      {"GET /api/v1/live/sessions/{liveSessionId}/report", {kTeamA, ""}},
      {"GET /api/v1/live/sessions/{liveSessionId}/report.pdf", {kTeamA, ""}},
      // Facilitators: the member who started it, the team lead and supervisor, the admin.
      {"GET /api/v1/live/sessions/{liveSessionId}/qr.svg", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/verses", {kTeamA, ""}},
      {"POST /api/v1/live/guests", {kEveryone, R"({"code":"{liveJoinCode}","name":"Gast"})"}},
      // Without an upgrade the socket answers 426 to those who may connect.
      {"GET /api/v1/live/sessions/{liveSessionId}/socket", {kTeamA, ""}},
  };
}

}  // namespace vk::test
