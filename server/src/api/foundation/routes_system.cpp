// Health and the OpenAPI description: public, no session needed.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/problem.hpp"
#include "api/foundation/views.hpp"
#include "api/openapi_doc.hpp"

namespace vk::api {

void addSystemRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/health", http::Access::Public, [](Ctx& c) {
    bool ok = c.store.ping();
    // The database's state, for a load balancer and an operator (docs/operations.md): a store that
    // does not answer within its timeout is "onbereikbaar" and the instance answers 503 meanwhile.
    boost::json::object store{{"kind", c.store.kind()}, {"ok", ok}, {"state", ok ? "bereikbaar" : "onbereikbaar"}};
    if (!ok) store["message"] = "De database is niet bereikbaar. Vakkompas probeert het vanzelf opnieuw.";
    if (ok) return api::ok(boost::json::object{{"status", "ok"}, {"version", VK_VERSION}, {"store", std::move(store)}});
    // unhealthy: a problem (RFC 9457) like every error answer, with the same members beside it
    auto res = problem(503, "De database is niet bereikbaar. Vakkompas probeert het vanzelf opnieuw.");
    auto body = boost::json::parse(res.body).as_object();
    body["version"] = VK_VERSION;
    body["store"] = std::move(store);
    res.body = boost::json::serialize(body);
    return res;
  });
  r.add("GET", "/api/v1/openapi.json", http::Access::Public, [](Ctx&) {
    const std::string& spec = openApiDocument();
    if (spec.empty()) return problem(404, "De API-beschrijving ontbreekt in deze build.");
    return http::Response::json(200, spec);
  });
}

}  // namespace vk::api
