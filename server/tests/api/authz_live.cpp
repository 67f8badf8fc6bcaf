// Who may call the live-session routes. The seeded session belongs to team A and was
// started by the member of team A (its facilitator).
#include "authz.hpp"
#include "api/privacy/guard.hpp"
#include "api/live/programme.hpp"
#include "store/live/store.hpp"
#include "store/live/store.hpp"

namespace vk::test {

namespace {
domain::GuardedText guardedJson(const std::string& text) {  // a programme or an event, through the guard
  auto doc = boost::json::parse(text);
  auto texts = doc.is_array() ? api::blockTexts(doc.as_array()) : api::payloadTexts(doc.as_object());
  return api::PrivacyGuard::check(texts, false, &doc).document;
}
}  // namespace

void seedLive(store::Store& s, World& w, int64_t now) {
  store::LiveStore ls(s);
  auto session = ls.create(domain::Actor{w.member, w.org1, false}, w.teamA, api::guard("title", "Dagdeel"), guardedJson("[]"), now);
  w.ids["{liveSessionId}"] = std::to_string(session.id);
  w.ids["{liveJoinCode}"] = session.joinCode;
  // The member's own thought in it (a contribution they may share with the team's threads)
  // and a template of their own.
  store::LiveViewer member{session.id, w.member, std::nullopt, "Lid", false};
  auto thought = ls.append(session.id, "seed-1", member, "thought", guardedJson(R"({"text":"Eerst contact maken met de buurt."})"), now);
  w.ids["{contributionSeq}"] = std::to_string(thought.event.seq);
  // A what-works conversation record and an agreement of that session (team A's).
  domain::Actor starter{w.member, w.org1, false};
  ls.setConversation(starter, session.id,
                     store::LiveConversationSet{"case", "", "", api::guard("caseText", "Een casus uit de wijk."),
                                                api::guard("tension", "Moet ik A of B?"), api::guard("choiceA", ""),
                                                api::guard("costA", ""), api::guard("choiceB", ""), api::guard("costB", "")},
                     now);
  auto agreement = ls.addAgreement(starter, session.id,
                                   store::LiveAgreementAdd{api::guard("what", "Samen terugkijken."), api::guard("who", "Het team"), "2027-03-01"},
                                   now);
  w.ids["{agreementId}"] = std::to_string(agreement.id);
  auto own = ls.saveTemplate(domain::Actor{w.member, w.org1, false}, api::guard("name", "Eigen dagdeel"),
                             guardedJson(R"([{"kind":"free","title":"Rondje","prompt":"","minutes":15}])"), now);
  w.ids["{liveTemplateId}"] = std::to_string(own.id);
}

// A valid edit of the guideline: the default keys with the organisation's own names.
constexpr const char* kGuidelineEdit =
    R"({"rules":[{"key":"verbinding","name":"Verbind","description":""},{"key":"vraag","name":"Vraag","description":""},)"
    R"({"key":"koers","name":"Koers","description":""},{"key":"tegenspraak","name":"Tegenspraak","description":""},)"
    R"({"key":"stem","name":"Stem","description":""}],"parts":[{"key":"buurt","name":"Buurt","description":""},)"
    R"({"key":"laagdrempelig","name":"Dichtbij","description":""},{"key":"samenwerken","name":"Samen","description":""},)"
    R"({"key":"partner","name":"Partner","description":""}]})";

Expectations liveExpectations() {
  return {
      {"GET /api/v1/live/guideline", {kLoggedIn, ""}},
      {"GET /api/v1/live/programme", {kLoggedIn, ""}},
      {"PUT /api/v1/live/guideline", {kAnyAdmin, kGuidelineEdit}},
      {"DELETE /api/v1/live/guideline", {kAnyAdmin, ""}},
      {"GET /api/v1/live/templates", {kLoggedIn, ""}},
      {"POST /api/v1/live/templates", {kLoggedIn, R"({"name":"Korte sessie","blocks":[{"kind":"free","title":"Rondje","minutes":15}]})"}},
      // Its creator (the member of team A) or an admin of the organisation.
      {"DELETE /api/v1/live/templates/{liveTemplateId}", {{Who::Admin, Who::Member}, ""}},
      {"GET /api/v1/live/settings", {kLoggedIn, ""}},
      {"PUT /api/v1/live/settings", {kAnyAdmin, R"({"songUrl":"https://example.org/lied"})"}},
      {"GET /api/v1/teams/{teamId}/live-sessions", {kTeamA, ""}},
      {"POST /api/v1/teams/{teamId}/live-sessions", {kTeamA, R"({"title":"Dagdeel over ons vak"})"}},
      {"GET /api/v1/live/sessions/{liveSessionId}", {kTeamA, ""}},
      {"GET /api/v1/live/sessions/{liveSessionId}/report", {kTeamA, ""}},
      {"GET /api/v1/live/sessions/{liveSessionId}/report.pdf", {kTeamA, ""}},
      // Facilitators: the member who started it, the team lead and supervisor, the admin.
      {"GET /api/v1/live/sessions/{liveSessionId}/qr.svg", {kTeamA, ""}},
      // Ending a session: its facilitators (the member who started it, the lead, the supervisor, the admin).
      {"POST /api/v1/live/sessions/{liveSessionId}/end", {kTeamA, ""}},
      // The team's song is for its members (an admin sees verses only inside a session).
      {"GET /api/v1/teams/{teamId}/verses", {kTeamAMembers, ""}},
      {"GET /api/v1/live/sessions/{liveSessionId}/contributions", {kTeamA, ""}},
      // Only the author shares their own contribution with the team's threads.
      {"PUT /api/v1/live/sessions/{liveSessionId}/contributions/{contributionSeq}", {kOnlyMember, R"({"toThreads":true})"}},
      // The what-works conversation: the team's view reads it; its facilitators (the member
      // who started it, the lead, the supervisor, the admin) set it and add agreements.
      {"GET /api/v1/live/sessions/{liveSessionId}/conversation", {kTeamA, ""}},
      {"PUT /api/v1/live/sessions/{liveSessionId}/conversation",
       {kTeamA, R"({"startKind":"case","caseText":"Een casus uit de wijk.","tension":"Moet ik eerst A of eerst B?"})"}},
      {"POST /api/v1/live/sessions/{liveSessionId}/agreements",
       {kTeamA, R"({"what":"We plannen samen een gesprek.","who":"Het team","lookBackOn":"2027-03-01"})"}},
      {"GET /api/v1/teams/{teamId}/agreements", {kTeamA, ""}},
      {"PUT /api/v1/agreements/{agreementId}", {kTeamA, R"({"done":true})"}},
      {"POST /api/v1/live/guests", {kEveryone, R"({"code":"{liveJoinCode}","name":"Gast"})"}},
      // Without an upgrade the socket answers 426 to those who may connect.
      {"GET /api/v1/live/sessions/{liveSessionId}/socket", {kTeamA, ""}},
  };
}

}  // namespace vk::test
