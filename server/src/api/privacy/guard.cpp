#include "api/privacy/guard.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "api/app.hpp"
#include "text/privacy_guard.hpp"

namespace vk::api {

boost::json::array privacyFindings(const std::vector<FieldText>& texts, const std::vector<std::string>& allowedNames) {
  boost::json::array out;
  for (auto& t : texts)
    for (auto& f : text::withoutAllowedNames(t.text, text::scanPrivacy(t.text), allowedNames))
      out.push_back(boost::json::object{{"field", t.field},
                                        {"kind", text::kindName(f.kind)},
                                        {"start", f.start},
                                        {"end", f.end},
                                        {"text", t.text.substr(f.start, f.end - f.start)},
                                        {"placeholder", text::placeholderFor(f.kind)},
                                        {"refused", text::isRefused(f.kind)}});
  return out;
}

PrivacyGuard::Checked PrivacyGuard::check(const std::vector<FieldText>& texts, bool confirmed,
                                          const boost::json::value* document,
                                          const std::vector<std::string>& allowedNames) {
  Checked out;
  auto findings = privacyFindings(texts, allowedNames);
  if (!findings.empty()) {
    bool hard = false;
    for (auto& f : findings) hard = hard || f.at("refused").as_bool();
    if (hard || !confirmed) throw PrivacyRefusal(hard, std::move(findings));
    for (auto& f : findings) {
      std::string field(f.at("field").as_string());
      if (std::find(out.overridden.begin(), out.overridden.end(), field) == out.overridden.end())
        out.overridden.push_back(std::move(field));
    }
  }
  for (auto& t : texts) out.texts.push_back(domain::GuardedText(t.text));
  if (document) out.document = domain::GuardedText(boost::json::serialize(*document));
  return out;
}

namespace {

void auditOverrides(Ctx& c, const std::vector<std::string>& fields) {
  for (auto& f : fields) c.store.audit(c.actor(), "privacy.override", c.req.path + "#" + f, c.now);
}

}  // namespace

std::vector<domain::GuardedText> guard(Ctx& c, const std::vector<FieldText>& texts, bool confirmed) {
  auto checked = PrivacyGuard::check(texts, confirmed);
  auditOverrides(c, checked.overridden);
  return std::move(checked.texts);
}

domain::GuardedText guard(Ctx& c, std::string field, std::string text, bool confirmed) {
  return std::move(guard(c, {{std::move(field), std::move(text)}}, confirmed).front());
}

domain::GuardedText guard(Ctx& c, std::string field, std::string text, bool confirmed,
                          const std::vector<std::string>& allowedNames) {
  auto checked = PrivacyGuard::check({{std::move(field), std::move(text)}}, confirmed, nullptr, allowedNames);
  auditOverrides(c, checked.overridden);
  return std::move(checked.texts.front());
}

PrivacyGuard::Checked guardDocument(Ctx& c, const boost::json::value& doc, const std::vector<FieldText>& texts,
                                    bool confirmed) {
  auto out = PrivacyGuard::check(texts, confirmed, &doc);
  auditOverrides(c, out.overridden);
  return out;
}

domain::GuardedText guard(std::string field, std::string text, bool confirmed) {
  return std::move(PrivacyGuard::check({{std::move(field), std::move(text)}}, confirmed).texts.front());
}

}  // namespace vk::api
