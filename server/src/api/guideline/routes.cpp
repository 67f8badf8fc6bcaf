// The five rules of thumb as they live in the team: the team's matrix, a member's own
// examples and loadings, the organisation's counts and the national story point
// (routes_national.cpp).
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "api/guideline/views.hpp"
#include "api/privacy/guard.hpp"
#include "store/guideline/store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::api::guideline;

namespace guideline {
void addNationalGuidelineRoutes(RouteTable& r);
}

namespace {

store::GuidelineStore st(Ctx& c) { return store::GuidelineStore(c.store.db()); }

void checkText(JsonBody& body, const std::optional<std::string>& text, bool required) {
  if (required && (!text || text->find_first_not_of(" \t\r\n") == std::string::npos))
    body.errors().push_back({"text", "Schrijf je voorbeeld op."});
  if (text && text->size() > domain::kMaxGuidelineText)
    body.errors().push_back({"text", "Een tekst is hooguit 2000 tekens."});
}

}  // namespace

void addGuidelineRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/teams/{teamId:int}/guideline", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).teamMatrix(c.actor(), c.id("teamId")))); });
  r.add("GET", "/api/v1/teams/{teamId:int}/guideline/mine", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).mine(c.actor(), c.id("teamId")))); });
  r.add("POST", "/api/v1/teams/{teamId:int}/guideline/examples", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"ruleKey", "partKey", "text", "shared", "privacyConfirmed"});
    std::string ruleKey = body.requiredString("ruleKey");
    std::string partKey = body.requiredString("partKey");
    auto text = body.optionalString("text");
    checkText(body, text, true);
    bool shared = body.optionalBool("shared").value_or(false);
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "text", *text, confirmed);
    store::NewGuidelineExample in{ruleKey, partKey, &guarded, shared};
    return ok(view(st(c).addExample(c.actor(), c.id("teamId"), in, c.now)), 201);
  }).guardedFields = {"text"};
  r.add("PUT", "/api/v1/guideline-examples/{exampleId:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "shared", "privacyConfirmed"});
    auto text = body.optionalString("text");
    checkText(body, text, text.has_value());
    auto shared = body.optionalBool("shared");
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    std::optional<domain::GuardedText> guarded;
    if (text) guarded = guard(c, "text", *text, confirmed);
    store::GuidelineExampleChange in{guarded ? &*guarded : nullptr, shared};
    return ok(view(st(c).changeExample(c.actor(), c.id("exampleId"), in, c.now)));
  }).guardedFields = {"text"};
  r.add("DELETE", "/api/v1/guideline-examples/{exampleId:int}", http::Access::Member, [](Ctx& c) {
    st(c).deleteExample(c.actor(), c.id("exampleId"), c.now);
    return http::Response::empty(204);
  });
  r.add("PUT", "/api/v1/teams/{teamId:int}/guideline/loadings/{ruleKey}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "shared", "privacyConfirmed"});
    auto text = body.optionalString("text");
    if (!text) body.errors().push_back({"text", "Schrijf hoe jij deze vuistregel laadt, of laat het leeg om te wissen."});
    checkText(body, text, false);
    bool shared = body.optionalBool("shared").value_or(false);
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "text", *text, confirmed);
    std::string ruleKey = c.params.str("ruleKey");
    auto l = st(c).setLoading(c.actor(), c.id("teamId"), ruleKey, guarded, shared, c.now);
    return ok(l ? view(*l) : json::object{{"ruleKey", ruleKey}, {"text", ""}, {"shared", false}, {"updatedAt", nullptr}});
  }).guardedFields = {"text"};

  r.add("GET", "/api/v1/organisation/guideline", http::Access::Member, [](Ctx& c) {
    auto o = st(c).organisationCells(c.actor());
    json::object out{{"teams", o.teams}, {"visible", o.visible}, {"minContributors", domain::kMinGuidelineContributors}};
    if (o.visible) out["cells"] = cellsJson(o.cells);
    return ok(out);
  });

  guideline::addNationalGuidelineRoutes(r);
}

}  // namespace vk::api
