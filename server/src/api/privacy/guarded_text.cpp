#include "api/privacy/guarded_text.hpp"

#include <boost/json.hpp>

#include "text/privacy_guard.hpp"

namespace vk::api {

boost::json::array privacyFindings(const std::vector<GuardedText>& texts) {
  boost::json::array out;
  for (auto& t : texts)
    for (auto& f : text::scanPrivacy(t.text))
      out.push_back(boost::json::object{{"field", t.field},
                                        {"kind", text::kindName(f.kind)},
                                        {"start", f.start},
                                        {"end", f.end},
                                        {"text", t.text.substr(f.start, f.end - f.start)},
                                        {"placeholder", text::placeholderFor(f.kind)},
                                        {"refused", text::isRefused(f.kind)}});
  return out;
}

void guardTexts(const std::vector<GuardedText>& texts, bool confirmed) {
  auto findings = privacyFindings(texts);
  if (findings.empty()) return;
  bool hard = false;
  for (auto& f : findings) hard = hard || f.at("refused").as_bool();
  if (hard || !confirmed) throw PrivacyRefusal(hard, std::move(findings));
}

}  // namespace vk::api
