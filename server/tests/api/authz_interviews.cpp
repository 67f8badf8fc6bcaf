// Who may call the interview routes. The seeded interview belongs to the member of team A
// (the interviewee; the target colleague interviewed them): only those two read it — the
// team lead, the supervisor and the organisation admin never do.
#include "authz.hpp"
#include "api/privacy/guard.hpp"
#include "store/interviews/codebook.hpp"
#include "store/interviews/store.hpp"
#include "store/interviews/codebook.hpp"
#include "store/interviews/store.hpp"

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
      {"PUT /api/v1/card-decks/{deckId}", {kOrg1Admin, R"({"name":"Onze eigen set"})"}},
      {"DELETE /api/v1/card-decks/{deckId}", {kOrg1Admin, ""}},  // 409 for the admin: interviews use it
      {"PUT /api/v1/card-decks/{deckId}/order", {kOrg1Admin, R"({"cardIds":[{deckCardIds}]})"}},
      {"GET /api/v1/craft-themes", {kLoggedIn, ""}},
      // Theme keys are the same everywhere: each admin edits the own organisation's codebook.
      {"PUT /api/v1/craft-themes/{themeKey}",
       {kAnyAdmin, R"({"title":"Het team","description":"Onze thuisbasis.","keywords":["team","duo"]})"}},
      {"POST /api/v1/craft-themes/{themeKey}/subthemes",
       {kAnyAdmin, R"({"title":"Humor","keywords":["humor","lachen"]})"}},
      {"PUT /api/v1/craft-themes/{themeKey}/subthemes/{subthemeId}",
       {kOrg1Admin, R"({"title":"Humor en steun","keywords":["humor"],"retired":true})"}},
      {"DELETE /api/v1/craft-themes/{themeKey}/subthemes/{subthemeId}", {kOrg1Admin, ""}},
      {"POST /api/v1/theme-suggestions", {kLoggedIn, R"({"text":"Ons team is een thuisbasis."})"}},
      {"GET /api/v1/interviews", {kLoggedIn, ""}},
      {"POST /api/v1/interviews", {kTeamAMembers, R"({"teamId":{teamA},"intervieweeId":{lead},"purpose":"collegial"})"}},
      {"GET /api/v1/interviews/{interviewId}", {kOnlyMember, ""}},
      {"PUT /api/v1/interviews/{interviewId}/notes/{cardId}", {kOnlyMember, R"({"text":"Contact eerst."})"}},
      {"POST /api/v1/interviews/{interviewId}/completion", {kOnlyMember, ""}},
      {"POST /api/v1/interviews/{interviewId}/fragments", {kOnlyMember, R"({"text":"Tempo doet ertoe.","anonymous":true})"}},
      {"DELETE /api/v1/fragments/{fragmentId}", {kOnlyMember, ""}},
      // The fragment's author changes its themes (the lead only with the author's consent).
      {"PUT /api/v1/fragments/{fragmentId}/themes", {kOnlyMember, R"({"themes":["werk"]})"}},
      {"PUT /api/v1/fragments/{fragmentId}/theme-consent", {kOnlyMember, R"({"leadMayChangeThemes":true})"}},
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
  domain::Actor member{w.member, w.org1, false}, target{w.target, w.org1, false}, admin{w.admin, w.org1, true};
  // The organisation's own copy of the starter deck (the starter deck itself stays as it came).
  int64_t starterId = st.decks(member).at(0).id;
  auto deck = st.copyDeck(admin, starterId, "Eigen set", now);
  int64_t deckId = deck.id;
  int64_t openingId = deck.cards.at(0).id;
  int64_t cardId = deck.cards.at(1).id;
  std::string allCards;
  for (auto& c : deck.cards) allCards += (allCards.empty() ? "" : ",") + std::to_string(c.id);
  store::NewInterview in;
  in.teamId = w.teamA;
  in.intervieweeId = w.member;
  in.purpose = "collegial";
  in.deckId = deckId;
  int64_t interviewId = st.createInterview(target, in, now).summary.id;
  st.putNote(target, interviewId, openingId, api::guard("text", "Contact eerst, dan de rest."), now);
  int64_t fragmentId =
      st.shareFragment(member, interviewId, cardId, api::guard("text", "Het team is mijn thuisbasis."), false, now).id;
  int64_t zodatjeId =
      st.addZodatje(member, api::guard("text", "Ik bel eerst even, zodat ze weet dat ik kom."), std::nullopt, now).id;
  int64_t subthemeId =
      store::CodebookStore(s.db()).addSubtheme(admin, "team", {"Humor", {}, {"humor"}, false}).subtheme.id;
  domain::Actor otherAdmin{w.otherOrgAdmin, w.org2, true};
  st.setAnalyst(otherAdmin, w.otherOrgMember, true);
  w.ids["{deckId}"] = std::to_string(deckId);
  w.ids["{cardId}"] = std::to_string(cardId);
  w.ids["{deckCardIds}"] = allCards;
  w.ids["{themeKey}"] = "team";
  w.ids["{subthemeId}"] = std::to_string(subthemeId);
  w.ids["{interviewId}"] = std::to_string(interviewId);
  w.ids["{fragmentId}"] = std::to_string(fragmentId);
  w.ids["{zodatjeId}"] = std::to_string(zodatjeId);
  w.ids["{lead}"] = std::to_string(w.lead);
}

}  // namespace vk::test
