// Who may call the routes of the partners part. The seeded round is open in team A (created
// by its lead) with one personal link and an open link. Creating, adding links, revoking and
// closing: the team's lead, its supervisor and the organisation's admin; the round, its
// results and the team's partner view: the team (and the admin). The partners' own routes
// are public: whoever holds the token, with or without a session.
#include "api/live/guideline.hpp"
#include "api/partners/tokens.hpp"
#include "api/privacy/guard.hpp"
#include "authz.hpp"
#include "store/partners/store.hpp"

namespace vk::test {

Expectations partnerExpectations() {
  const std::set<Who> runners = {Who::Admin, Who::Lead, Who::Supervisor};
  const char* answers = R"({"rules":[{"ruleKey":"verbinding","recognition":"herken","example":"Ze komen snel langs."}],)"
                        R"("distinctive":"Ze kennen de buurt.","missing":""})";
  return {
      {"POST /api/v1/teams/{teamId}/partner-rounds",
       {runners, R"({"title":"Partners over ons werk","anonymous":true,"closesAt":"2027-02-15",)"
                 R"("invitations":[{"kind":"school","label":"Basisschool"}]})"}},
      {"GET /api/v1/teams/{teamId}/partner-rounds", {kTeamA, ""}},
      {"GET /api/v1/partner-rounds/{partnerRoundId}", {kTeamA, ""}},
      {"POST /api/v1/partner-rounds/{partnerRoundId}/invitations", {runners, R"({"invitations":[{"kind":"huisarts"}]})"}},
      {"POST /api/v1/partner-rounds/{partnerRoundId}/invitations/{partnerInvitationId}/revocation", {runners, ""}},
      {"POST /api/v1/partner-rounds/{partnerRoundId}/close", {runners, ""}},
      {"GET /api/v1/partner-rounds/{partnerRoundId}/results", {kTeamA, ""}},
      {"GET /api/v1/teams/{teamId}/partner-view", {kTeamA, ""}},
      {"GET /api/v1/partner-answers/{partnerToken}", {kEveryone, ""}},
      {"PUT /api/v1/partner-answers/{partnerToken}", {kEveryone, answers}},
      {"POST /api/v1/partner-answers/{partnerToken}/submission", {kEveryone, answers}},
      {"GET /api/v1/open-partner-links/{openPartnerToken}", {kEveryone, ""}},
      {"POST /api/v1/open-partner-links/{openPartnerToken}/answers",
       {kEveryone, R"({"rules":[{"ruleKey":"vraag","recognition":"soms"}],"distinctive":"Ze vragen door.",)"
                   R"("proofOfWork":{"challenge":"{openChallenge}","nonce":"{openNonce}"}})"}},
  };
}

void seedPartners(store::Store& s, World& w, int64_t now) {
  store::PartnerStore ps(s.db());
  domain::Actor lead{w.lead, w.org1, false};
  store::NewPartnerRound in;
  in.title = api::guard("title", "Partners over team A");
  in.closesOn = domain::utcDay(now + 30 * 24 * 3600);
  for (auto& r : api::defaultGuideline().at("rules").as_array())
    in.questions.rules.push_back({std::string(r.at("key").as_string()), std::string(r.at("name").as_string()), ""});
  std::string token = api::partners::newPartnerToken(), open = api::partners::newPartnerToken();
  in.invitations.push_back({"school", api::guard("label", "Basisschool De Linde", true), api::partners::partnerTokenHash(token)});
  in.openTokenHash = api::partners::partnerTokenHash(open);
  auto round = ps.createRound(lead, w.teamA, in, now);
  std::string challenge = api::partners::newChallenge(*in.openTokenHash, now);
  w.ids["{partnerRoundId}"] = std::to_string(round.id);
  w.ids["{partnerInvitationId}"] = std::to_string(round.invitations.at(0).id);
  w.ids["{partnerToken}"] = token;
  w.ids["{openPartnerToken}"] = open;
  w.ids["{openChallenge}"] = challenge;
  w.ids["{openNonce}"] = api::partners::solveChallenge(challenge, domain::kPartnerPowDifficulty);
}

}  // namespace vk::test
