// Who may call the dilemma routes. The seeded proposal is the member of team A's; the seeded
// round is open in team A (opened by its lead). Reviewing proposals and opening or closing a
// round: the team's lead, its supervisor and the organisation's admin; voting: the team's
// members; the library: everyone in their own organisation.
#include "api/dilemmas/body.hpp"
#include "authz.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::test {

namespace {
constexpr const char* kDilemmaBody =
    R"({"title":"Snel of zorgvuldig?","tension":"Helpen we nu, of nemen we de tijd om eerst goed te kijken?",)"
    R"("a":{"choice":"Nu helpen","cost":"We missen misschien wat er onder zit."},)"
    R"("b":{"choice":"Eerst goed kijken","cost":"Het gezin wacht langer."}})";
}

Expectations dilemmaExpectations() {
  const std::set<Who> reviewers = {Who::Admin, Who::Lead, Who::Supervisor};
  std::string proposal = std::string(kDilemmaBody);
  proposal.insert(proposal.size() - 1, R"(,"note":"Kwam ter sprake in het casusoverleg.")");
  return {
      {"GET /api/v1/dilemmas", {kLoggedIn, ""}},
      {"GET /api/v1/dilemmas/cards.pdf", {kLoggedIn, ""}},
      {"GET /api/v1/dilemmas/{dilemmaKey}", {kLoggedIn, ""}},  // a starter key: every organisation has it
      {"GET /api/v1/organisation/dilemmas", {kAnyAdmin, ""}},
      {"POST /api/v1/organisation/dilemmas", {kAnyAdmin, kDilemmaBody}},
      {"PUT /api/v1/organisation/dilemmas/{dilemmaKey}", {kAnyAdmin, kDilemmaBody}},
      {"PUT /api/v1/organisation/dilemmas/{dilemmaKey}/retired", {kAnyAdmin, R"({"retired":true})"}},
      {"POST /api/v1/teams/{teamId}/dilemma-proposals", {kTeamAMembers, proposal}},
      {"GET /api/v1/teams/{teamId}/dilemma-proposals", {kTeamA, ""}},
      {"POST /api/v1/dilemma-proposals/{proposalId}/decision", {reviewers, R"({"accept":false,"reason":"Staat er al in."})"}},
      // 409 for the allowed callers: the seeded round is still open.
      {"POST /api/v1/teams/{teamId}/dilemma-rounds", {reviewers, R"({"minVoters":3})"}},
      {"GET /api/v1/teams/{teamId}/dilemma-rounds", {kTeamA, ""}},
      {"GET /api/v1/dilemma-rounds/{roundId}", {kTeamA, ""}},
      {"PUT /api/v1/dilemma-rounds/{roundId}/votes",
       {kTeamAMembers, R"({"votes":[{"dilemmaKey":"{dilemmaKey}","recognisable":4,"current":"ja"}]})"}},
      {"POST /api/v1/dilemma-rounds/{roundId}/close", {reviewers, ""}},
      {"GET /api/v1/dilemma-rounds/{roundId}/results", {kTeamA, ""}},
      {"GET /api/v1/organisation/dilemma-ranking", {kLoggedIn, ""}},
      // 409 for the admins: the seeded organisations have no visible ranking.
      {"GET /api/v1/organisation/dilemma-ranking/export", {kAnyAdmin, ""}},
      // The association's analyst (seeded by the interviews part) works in another organisation.
      {"GET /api/v1/national-dilemma-ranking", {{Who::OtherOrgMember}, ""}},
      {"POST /api/v1/national-dilemma-rankings",
       {{Who::OtherOrgMember},
        R"({"kind":"vakkompas-dilemma-ranking","version":1,"source":"Wijkteam X","period":"2026-12","teams":3,)"
        R"("ranking":[{"dilemmaKey":"{dilemmaKey}","votes":5,"recognisable":[0,0,1,2,2],"current":{"ja":3,"soms":1,"nee":1}}]})"}},
  };
}

void seedDilemmas(store::Store& s, World& w, int64_t now) {
  store::DilemmaStore st(s.db());
  domain::Actor member{w.member, w.org1, false}, lead{w.lead, w.org1, false};
  auto d = domain::checkedDilemma(boost::json::parse(kDilemmaBody));
  auto p = st.propose(member, w.teamA, api::dilemmas::guardedContent(d), {}, now);
  auto r = st.openRound(lead, w.teamA, {}, now);
  w.ids["{proposalId}"] = std::to_string(p.id);
  w.ids["{roundId}"] = std::to_string(r.id);
  w.ids["{dilemmaKey}"] = domain::starterDilemmas().at(0).key;
}

}  // namespace vk::test
