// "Ons vak": the one page a team lead brings to the municipality. It gathers only what the
// parts already show above one person — the picture of the craft as the team recognises it
// (from its threshold), the rules as partners see them (from theirs), the top dilemmas of
// the team's latest visible vote round, and the "Het is mijn vak om…" sentences whose
// authors let them go outside the team, without names.
#include <algorithm>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "api/craft/ons_vak.hpp"
#include "domain/time_format.hpp"
#include "export/ons_vak_pdf.hpp"
#include "store/craft/store.hpp"
#include "store/dilemmas/store.hpp"
#include "store/foundation/store.hpp"
#include "store/guideline/store.hpp"
#include "store/interviews/store.hpp"
#include "store/partners/store.hpp"

namespace vk::api {

void addOnsVakRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/teams/{teamId:int}/ons-vak.pdf", http::Access::Member, [](Ctx& c) {
    int64_t teamId = c.id("teamId");
    auto team = c.store.team(c.actor(), teamId);  // 403/404 by the shape before anything is read
    auto me = c.store.me(c.actor());
    exporter::OnsVakPage page{"Ons vak — " + team.name, me.organisation.name + " · " + domain::dutchDate(c.now), {},
                              onsvak::kFooter};
    store::CraftStore craft(c.store.db());
    page.sections.push_back(onsvak::pictureSection(craft, c.actor(), teamId));
    store::PartnerStore partners(c.store.db());
    store::GuidelineStore guideline(c.store.db());
    page.sections.push_back(
        onsvak::partnersSection(partners.teamPartnerView(c.actor(), teamId, c.now),
                                onsvak::examplesPerRule(guideline.teamMatrix(c.actor(), teamId)), "in het team"));
    store::DilemmaStore dilemmas(c.store.db());
    page.sections.push_back(onsvak::dilemmaSection(dilemmas, c.actor(), teamId, c.now));
    store::InterviewStore interviews(c.store.db());
    page.sections.push_back(onsvak::sentenceSection(interviews.outsideStatements(c.actor(), teamId)));
    return download(exporter::onsVakPdf(page), kPdf, "ons-vak.pdf");
  });
  // The organisation's page: admins, who see every team (what each part shows above one team).
  r.add("GET", "/api/v1/organisation/ons-vak.pdf", http::Access::OrgAdmin,
        [](Ctx& c) { return download(exporter::onsVakPdf(onsvak::organisationPage(c)), kPdf, "ons-vak-organisatie.pdf"); });
}

}  // namespace vk::api
