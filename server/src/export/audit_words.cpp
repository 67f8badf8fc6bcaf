#include "export/audit_words.hpp"

#include <boost/json.hpp>

#include <vector>

#include "domain/resources.hpp"

namespace vk::exporter {

namespace json = boost::json;

namespace {

const json::object& dutchTexts() {
  static const json::object texts = [] {
    auto raw = resources::get("web/src/i18n/nl.json");
    if (!raw) return json::object();
    boost::system::error_code ec;
    auto v = json::parse(*raw, ec);
    return ec || !v.is_object() ? json::object() : v.as_object();
  }();
  return texts;
}

std::optional<std::string> text(const std::string& key) {
  if (auto* v = dutchTexts().if_contains(key); v && v->is_string()) return std::string(v->as_string());
  return std::nullopt;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    auto at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

}  // namespace

std::string auditActionInWords(const std::string& action) { return text("audit.action." + action).value_or(action); }

std::optional<std::string> auditObjectKindName(std::string_view kind) {
  if (kind.empty()) return std::nullopt;
  return text("audit.object." + std::string(kind));
}

std::string auditObjectInWords(const std::string& object) {
  auto hash = object.find('#');
  std::string_view path = std::string_view(object).substr(0, hash);
  auto parts = split(path, '/');
  auto first = auditObjectKindName(parts[0]);
  if (!first) return object;
  std::string out = *first;
  if (parts.size() > 1 && !parts[1].empty()) out += " " + std::string(parts[1]);
  for (size_t i = 2; i < parts.size(); i += 2) {
    auto name = auditObjectKindName(parts[i]);
    if (!name) {  // the rest as it is: "live-session/4/12" → "teamsessie 4/12"
      out += std::string("/") + std::string(path.substr(static_cast<size_t>(parts[i].data() - path.data())));
      break;
    }
    out += ", " + *name;
    if (i + 1 < parts.size() && !parts[i + 1].empty()) out += " " + std::string(parts[i + 1]);
  }
  if (hash != std::string::npos) out += " " + object.substr(hash);
  return out;
}

}  // namespace vk::exporter
