// The privacy check the web app calls while a professional types about a resident.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/privacy/guard.hpp"
#include "api/foundation/views.hpp"
#include "store/interviews/store.hpp"

namespace vk::api {

namespace {
constexpr size_t kMaxPrivacyCheckBytes = 20000;
}

void addPrivacyRoutes(RouteTable& r) {
  r.add("POST", "/api/v1/privacy-checks", http::Access::Member, [](Ctx& c) {
    // "interviewId": the text is a note of that interview, where its people may be named
    auto body = c.body({"text", "interviewId"});
    std::string text = body.requiredString("text");
    // The longest text a part accepts is an interview note (20,000 bytes): a check of more is no
    // typing professional, and scanning megabytes would only cost CPU.
    if (text.size() > kMaxPrivacyCheckBytes)
      body.errors().push_back({"text", "Deze tekst is te lang om te controleren (hoogstens 20.000 tekens)."});
    auto interview = body.optionalInt("interviewId");
    body.finish();
    std::vector<std::string> allowed;
    if (interview) allowed = store::InterviewStore(c.store.db()).namesInNotes(c.actor(), *interview);
    auto findings = privacyFindings({{"text", text}}, allowed);
    bool refused = false;
    for (auto& f : findings) refused = refused || f.at("refused").as_bool();
    return ok(boost::json::object{{"findings", std::move(findings)}, {"refused", refused}});
  });
}

}  // namespace vk::api
