// Dilemmas of wijkteam professionals: the library a team sees (and its printable card set),
// the organisation's edits, retirements and own dilemmas, members' proposals and their
// review. The vote rounds are in routes_rounds.cpp.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/dilemmas/body.hpp"
#include "api/dilemmas/views.hpp"
#include "api/foundation/views.hpp"
#include "api/privacy/guard.hpp"
#include "export/dilemma_cards_pdf.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::api {

using namespace vk::api::dilemmas;
namespace json = boost::json;

namespace {

store::DilemmaStore st(Ctx& c) { return store::DilemmaStore(c.store.db()); }

// The optional ?teamId= of the library routes.
std::optional<int64_t> teamParam(Ctx& c) {
  std::string s = c.req.queryParam("teamId");
  if (s.empty()) return std::nullopt;
  if (s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
    domain::invalid("De gegevens kloppen niet.", {{"teamId", "Verwacht een teamnummer."}});
  return std::stoll(s);
}

// An admin's change to a dilemma: the dilemma shape, every text guarded.
domain::GuardedText adminContent(Ctx& c) {
  auto body = c.body(dilemmaFields());
  bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
  body.finish();
  return guardedDilemma(c, body, {}, confirmed).content;
}

}  // namespace

void addDilemmaRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/dilemmas", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", libraryJson(st(c).library(c.actor(), teamParam(c)))}}); });
  // Before {dilemmaKey}: the first route that fits wins.
  r.add("GET", "/api/v1/dilemmas/cards.pdf", http::Access::Member, [](Ctx& c) {
    std::vector<domain::Dilemma> library;
    for (auto& d : st(c).library(c.actor(), teamParam(c))) library.push_back(d.dilemma);
    return download(exporter::dilemmaCardsPdf(library, "Dilemma's van het wijkteam"), kPdf, "vakkompas-dilemmas.pdf");
  });
  r.add("GET", "/api/v1/dilemmas/{dilemmaKey}", http::Access::Member, [](Ctx& c) {
    return ok(view(st(c).dilemma(c.actor(), c.params.str("dilemmaKey"), teamParam(c))));
  });

  // The organisation's library: admins edit, retire and add.
  r.add("GET", "/api/v1/organisation/dilemmas", http::Access::OrgAdmin,
        [](Ctx& c) { return ok(json::object{{"items", libraryJson(st(c).organisationDilemmas(c.actor()), true)}}); });
  r.add("POST", "/api/v1/organisation/dilemmas", http::Access::OrgAdmin, [](Ctx& c) {
    auto content = adminContent(c);
    return ok(view(st(c).addOwn(c.actor(), content, c.now), true), 201);
  }).guardedFields = {"title", "tension"};
  r.add("PUT", "/api/v1/organisation/dilemmas/{dilemmaKey}", http::Access::OrgAdmin, [](Ctx& c) {
    auto content = adminContent(c);
    return ok(view(st(c).edit(c.actor(), c.params.str("dilemmaKey"), content, c.now), true));
  }).guardedFields = {"title", "tension"};
  r.add("PUT", "/api/v1/organisation/dilemmas/{dilemmaKey}/retired", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"retired"});
    auto retired = body.optionalBool("retired");
    if (!retired) body.errors().push_back({"retired", "Kies of het dilemma uit de bibliotheek gaat (true) of terugkomt (false)."});
    body.finish();
    return ok(view(st(c).setRetired(c.actor(), c.params.str("dilemmaKey"), *retired, c.now), true));
  });

  // Proposals from practice, reviewed by the team's lead or supervisor.
  r.add("POST", "/api/v1/teams/{teamId:int}/dilemma-proposals", http::Access::Member, [](Ctx& c) {
    auto body = c.body(dilemmaFields({"note"}));
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    std::string note = body.optionalString("note").value_or("");
    if (note.size() > 2000) body.errors().push_back({"note", "Een toelichting is hooguit 2000 tekens."});
    body.finish();
    auto g = guardedDilemma(c, body, {{"note", note}}, confirmed);
    return ok(view(st(c).propose(c.actor(), c.id("teamId"), g.content, g.extra.at(0), c.now)), 201);
  }).guardedFields = {"title", "tension", "note"};
  r.add("GET", "/api/v1/teams/{teamId:int}/dilemma-proposals", http::Access::Member, [](Ctx& c) {
    json::array a;
    for (auto& p : st(c).proposals(c.actor(), c.id("teamId"))) a.push_back(view(p));
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("POST", "/api/v1/dilemma-proposals/{proposalId:int}/decision", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"accept", "reason", "privacyConfirmed"});
    auto accept = body.optionalBool("accept");
    if (!accept) body.errors().push_back({"accept", "Kies of je het voorstel aanneemt (true) of niet (false)."});
    std::string reason = body.optionalString("reason").value_or("");
    if (reason.size() > 2000) body.errors().push_back({"reason", "Een reden is hooguit 2000 tekens."});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "reason", reason, confirmed);
    return ok(view(st(c).decide(c.actor(), c.id("proposalId"), *accept, guarded, c.now)));
  }).guardedFields = {"reason"};

  addDilemmaRoundRoutes(r);
  dilemmas::addNationalDilemmaRoutes(r);
}

}  // namespace vk::api
