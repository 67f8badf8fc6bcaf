// Every part of Vakkompas that adds routes adds its line here.
#include "authz.hpp"

namespace vk::test {

Expectations liveExpectations();
void seedLive(store::Store& s, World& w, int64_t now);

Expectations knowledgeExpectations();
void seedKnowledge(store::Store& s, World& w, int64_t now);

Expectations interviewExpectations();
void seedInterviews(store::Store& s, World& w, int64_t now);

Expectations dilemmaExpectations();
void seedDilemmas(store::Store& s, World& w, int64_t now);

Expectations craftExpectations();
void seedCraft(store::Store& s, World& w, int64_t now);

Expectations guidelineExpectations();
void seedGuideline(store::Store& s, World& w, int64_t now);

Expectations partnerExpectations();
void seedPartners(store::Store& s, World& w, int64_t now);

Expectations onsVakExpectations();  // the page that gathers the parts above

Expectations secondFactorExpectations();  // foundation's second log-in step (authz_mfa.cpp)
Expectations ssoExpectations();           // foundation's single sign-on (authz_sso.cpp)

std::vector<AuthzPart> authzParts() {
  return {
      {"foundation", foundationExpectations, nullptr},
      {"second-factor", secondFactorExpectations, nullptr},
      {"sso", ssoExpectations, nullptr},
      {"live", liveExpectations, seedLive},
      {"knowledge", knowledgeExpectations, seedKnowledge},
      {"interviews", interviewExpectations, seedInterviews},
      {"dilemmas", dilemmaExpectations, seedDilemmas},
      {"craft", craftExpectations, seedCraft},
      {"guideline", guidelineExpectations, seedGuideline},
      {"partners", partnerExpectations, seedPartners},
      {"ons-vak", onsVakExpectations, nullptr},
  };
}

std::string fill(std::string s, const World& w) {
  auto rep = [&](const std::string& key, const std::string& v) {
    for (size_t p; (p = s.find(key)) != std::string::npos;) s.replace(p, key.size(), v);
  };
  rep("{teamId}", std::to_string(w.teamA));
  rep("{teamA}", std::to_string(w.teamA));
  rep("{userId}", std::to_string(w.target));
  rep("{invitationId}", std::to_string(w.invitation));
  rep("{token}", w.invitationToken);
  for (auto& [k, v] : w.ids) rep(k, v);
  return s;
}

int64_t idOf(const World& w, Who who) {
  switch (who) {
    case Who::Admin: return w.admin;
    case Who::Lead: return w.lead;
    case Who::Supervisor: return w.supervisor;
    case Who::Member: return w.member;
    case Who::OtherTeam: return w.otherTeam;
    case Who::OtherOrgAdmin: return w.otherOrgAdmin;
    case Who::OtherOrgMember: return w.otherOrgMember;
    case Who::Nobody: return 0;
  }
  return 0;
}

}  // namespace vk::test
