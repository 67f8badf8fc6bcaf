// The privacy check the web app calls while a professional types about a resident.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/guarded_text.hpp"
#include "api/views.hpp"

namespace vk::api {

void addPrivacyRoutes(RouteTable& r) {
  r.add("POST", "/api/v1/privacy-checks", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text"});
    std::string text = body.requiredString("text");
    body.finish();
    auto findings = privacyFindings({{"text", text}});
    bool refused = false;
    for (auto& f : findings) refused = refused || f.at("refused").as_bool();
    return ok(boost::json::object{{"findings", std::move(findings)}, {"refused", refused}});
  });
}

}  // namespace vk::api
