// Who may call the interview routes. The seeded interview belongs to the member of team A
// (the interviewee; the target colleague interviewed them): only those two read it — the
// team lead, the supervisor and the organisation admin never do.
#include "authz.hpp"
#include "store/interviews_store.hpp"

namespace vk::test {

Expectations interviewExpectations() {
  const std::set<Who> org1 = {Who::Admin, Who::Lead, Who::Supervisor, Who::Member, Who::OtherTeam};
  const std::set<Who> analyst = {Who::OtherOrgMember};  // the association's analyst works in another organisation
  return {
      {"GET /api/v1/card-decks", {kLoggedIn, ""}},
      {"POST /api/v1/card-decks", {kOrg1Admin, R"({"name":"Onze set","fromDeckId":{deckId}})"}},
      {"GET /api/v1/card-decks/{deckId}", {org1, ""}},
      {"GET /api/v1/card-decks/{deckId}/pdf", {org1, ""}},
      {"POST /api/v1/card-decks/{deckId}/cards",
       {kOrg1Admin, R"({"group":"element","title":"Nieuw","questions":["Wat drijft je?"]})"}},
      {"PUT /api/v1/card-decks/{deckId}/cards/{cardId}",
       {kOrg1Admin, R"({"group":"element","title":"Anders","questions":["Wat drijft je?"],"prompts":["Waarom?"]})"}},
      {"DELETE /api/v1/card-decks/{deckId}/cards/{cardId}", {kOrg1Admin, ""}},
      {"GET /api/v1/craft-themes", {kLoggedIn, ""}},
      {"POST /api/v1/theme-suggestions", {kLoggedIn, R"({"text":"Ons team is een thuisbasis."})"}},
      {"GET /api/v1/interviews", {kLoggedIn, ""}},
      {"POST /api/v1/interviews", {kTeamAMembers, R"({"teamId":{teamA},"intervieweeId":{lead},"purpose":"collegial"})"}},
      {"GET /api/v1/interviews/{interviewId}", {kOnlyMember, ""}},
      {"PUT /api/v1/interviews/{interviewId}/notes/{cardId}", {kOnlyMember, R"({"text":"Contact eerst."})"}},
      {"POST /api/v1/interviews/{interviewId}/completion", {kOnlyMember, ""}},
      {"POST /api/v1/interviews/{interviewId}/fragments", {kOnlyMember, R"({"text":"Tempo doet ertoe.","anonymous":true})"}},
      {"DELETE /api/v1/fragments/{fragmentId}", {kOnlyMember, ""}},
      {"PUT /api/v1/fragments/{fragmentId}/themes", {kTeamAMembers, R"({"themes":["werk"]})"}},
      {"GET /api/v1/teams/{teamId}/threads", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/interview-chain", {kTeamA, ""}},
      {"GET /api/v1/threads", {kLoggedIn, ""}},
      {"GET /api/v1/threads/export", {kAnyAdmin, ""}},
      {"GET /api/v1/national-threads", {analyst, ""}},
      {"POST /api/v1/national-threads",
       {analyst, R"({"source":"Wijkteam X","threads":[{"theme":"team","fragment":"Samen sterk.","period":"2026-K4","teamSizeBand":"10-19"}]})"}},
      {"PUT /api/v1/members/{userId}/association-analyst", {kOrg1Admin, R"({"analyst":true})"}},
      {"GET /api/v1/zodatjes", {kLoggedIn, ""}},
      {"POST /api/v1/zodatjes", {kLoggedIn, R"({"text":"Ik ga naast hem zitten, zodat hij zich gezien voelt."})"}},
      {"PUT /api/v1/zodatjes/{zodatjeId}/sharing", {kOnlyMember, R"({"teamId":{teamA}})"}},
      {"DELETE /api/v1/zodatjes/{zodatjeId}", {kOnlyMember, ""}},
      {"GET /api/v1/teams/{teamId}/craft-statements", {kTeamA, ""}},
      {"PUT /api/v1/teams/{teamId}/craft-statements/me", {kTeamAMembers, R"({"text":"verbinden waar het vastzit."})"}},
  };
}

void seedInterviews(store::Store& s, World& w, int64_t now) {
  store::InterviewStore st(s.db());
  domain::Actor member{w.member, w.org1, false}, target{w.target, w.org1, false};
  auto deck = st.deck(member, st.decks(member).at(0).as_object().at("id").as_int64());
  int64_t deckId = deck.at("id").as_int64();
  int64_t cardId = deck.at("cards").as_array().at(1).as_object().at("id").as_int64();
  store::NewInterview in;
  in.teamId = w.teamA;
  in.intervieweeId = w.member;
  in.purpose = "collegial";
  in.deckId = deckId;
  int64_t interviewId = st.createInterview(target, in, now).at("id").as_int64();
  st.putNote(target, interviewId, cardId, "Contact eerst, dan de rest.", now);
  int64_t fragmentId =
      st.shareFragment(member, interviewId, cardId, "Het team is mijn thuisbasis.", false, now).at("id").as_int64();
  int64_t zodatjeId = st.addZodatje(member, "Ik bel eerst even, zodat ze weet dat ik kom.", std::nullopt, now)
                          .at("id")
                          .as_int64();
  domain::Actor otherAdmin{w.otherOrgAdmin, w.org2, true};
  st.setAnalyst(otherAdmin, w.otherOrgMember, true);
  w.ids["{deckId}"] = std::to_string(deckId);
  w.ids["{cardId}"] = std::to_string(cardId);
  w.ids["{interviewId}"] = std::to_string(interviewId);
  w.ids["{fragmentId}"] = std::to_string(fragmentId);
  w.ids["{zodatjeId}"] = std::to_string(zodatjeId);
  w.ids["{lead}"] = std::to_string(w.lead);
}

}  // namespace vk::test
