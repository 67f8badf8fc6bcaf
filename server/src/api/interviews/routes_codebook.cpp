// The organisation's codebook of the craft: the 7 themes (fixed keys, own words) and
// their sub-themes, edited by an organisation admin; suggestions use these words.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/privacy/guard.hpp"
#include "api/interviews/body.hpp"
#include "api/foundation/views.hpp"
#include "domain/interviews/craft.hpp"
#include "store/interviews/codebook.hpp"
#include "api/interviews/views.hpp"

namespace vk::api {

using namespace vk::domain;
namespace json = boost::json;

namespace {

store::CodebookStore book(Ctx& c) { return store::CodebookStore(c.store.db()); }

store::CodeInput codeInput(Ctx& c, bool subtheme) {
  auto body = subtheme ? c.body({"title", "description", "keywords", "retired", "privacyConfirmed"})
                       : c.body({"title", "description", "keywords", "privacyConfirmed"});
  store::CodeInput in;
  in.title = boundedText(body, "title", 120);
  std::string description = boundedText(body, "description", 1000, false);
  in.keywords = cleanKeywords(body.stringArray("keywords"), "keywords", body.errors());
  if (subtheme) in.retired = body.optionalBool("retired").value_or(false);
  bool needsTitle = in.title.empty();
  for (auto& e : body.errors()) needsTitle = needsTitle && e.field != "title";
  if (needsTitle) body.errors().push_back({"title", "Geef een titel."});
  bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
  body.finish();
  in.description = guard(c, "description", description, confirmed);
  return in;
}

std::string key(Ctx& c) { return c.params.str("themeKey"); }
std::string target(Ctx& c) { return "craft-theme/" + key(c); }

}  // namespace

void addInterviewCodebookRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/craft-themes", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", interviews::arrayOf(book(c).themes(c.actor()))}}); });
  r.add("PUT", "/api/v1/craft-themes/{themeKey}", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = codeInput(c, false);
    auto out = book(c).putTheme(c.actor(), key(c), in);
    c.store.audit(c.actor(), "craft-theme.put", target(c), c.now);
    return ok(interviews::view(out));
  }).guardedFields = {"description"};
  r.add("POST", "/api/v1/craft-themes/{themeKey}/subthemes", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = codeInput(c, true);
    auto out = book(c).addSubtheme(c.actor(), key(c), in);
    c.store.audit(c.actor(), "craft-subtheme.create", target(c), c.now);
    return ok(interviews::view(out), 201);
  }).guardedFields = {"description"};
  r.add("PUT", "/api/v1/craft-themes/{themeKey}/subthemes/{subthemeId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = codeInput(c, true);
    auto out = book(c).putSubtheme(c.actor(), key(c), c.id("subthemeId"), in);
    c.store.audit(c.actor(), "craft-subtheme.put", target(c), c.now);
    return ok(interviews::view(out));
  }).guardedFields = {"description"};
  r.add("DELETE", "/api/v1/craft-themes/{themeKey}/subthemes/{subthemeId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    book(c).deleteSubtheme(c.actor(), key(c), c.id("subthemeId"));
    c.store.audit(c.actor(), "craft-subtheme.delete", target(c), c.now);
    return http::Response::empty(204);
  });
  r.add("POST", "/api/v1/theme-suggestions", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text"});
    std::string t = boundedText(body, "text", 4000);
    body.finish();
    return ok(interviews::view(book(c).suggest(c.actor(), t)));
  });
}

}  // namespace vk::api
