#include "domain/live/guideline.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "domain/errors.hpp"
#include "domain/foundation/validation.hpp"
#include "domain/resources.hpp"
#include <stdexcept>

namespace vk::domain {

namespace json = boost::json;

namespace {

constexpr std::string_view kLists[] = {"rules", "parts"};

std::string str(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}

}  // namespace

const json::object& defaultGuideline() {
  static const json::object guideline = [] {
    auto text = resources::get("content/nl/guideline.json");
    if (!text) throw std::runtime_error("missing resource content/nl/guideline.json");
    return json::parse(*text).as_object();
  }();
  return guideline;
}

json::object guidelineWith(const json::object& base, std::string_view overrides) {
  json::object out = base;
  bool custom = false;
  json::value own;
  if (!overrides.empty()) {
    boost::system::error_code ec;
    own = json::parse(overrides, ec);
    if (ec || !own.is_object()) own = nullptr;
  }
  for (auto list : kLists) {
    std::map<std::string, const json::object*> byKey;
    if (own.is_object())
      if (auto* a = own.as_object().if_contains(list); a && a->is_array())
        for (auto& item : a->as_array())
          if (item.is_object()) byKey[str(item.as_object(), "key")] = &item.as_object();
    for (auto& item : out[list].as_array()) {
      auto& o = item.as_object();
      auto it = byKey.find(str(o, "key"));
      if (it == byKey.end()) continue;
      for (auto field : {"name", "description"}) {
        std::string v = str(*it->second, field);
        if (!v.empty() && v != str(o, field)) {
          o[field] = v;
          custom = true;
        }
      }
    }
  }
  out["custom"] = custom;
  return out;
}

std::string checkedGuidelineEdit(const json::object& base, const json::value& edit) {
  if (!edit.is_object()) invalid("Stuur de vuistregels en de onderdelen mee.");
  std::vector<FieldError> errors;
  json::object stored;
  for (auto list : kLists) {
    auto* in = edit.as_object().if_contains(list);
    const auto& defaults = base.at(list).as_array();
    std::set<std::string> expected;
    for (auto& d : defaults) expected.insert(str(d.as_object(), "key"));
    if (!in || !in->is_array() || in->as_array().size() != defaults.size()) {
      errors.push_back({std::string(list), "Pas de bestaande " + std::to_string(defaults.size()) +
                                               " aan; er komen er geen bij en er gaan er geen af."});
      continue;
    }
    json::array items;
    std::set<std::string> seen;
    size_t i = 0;
    for (auto& item : in->as_array()) {
      std::string at = std::string(list) + "[" + std::to_string(i++) + "]";
      if (!item.is_object()) {
        errors.push_back({at, "Dit onderdeel is niet leesbaar."});
        continue;
      }
      std::string key = str(item.as_object(), "key");
      if (!expected.count(key) || !seen.insert(key).second) {
        errors.push_back({at + ".key", "Onbekende of dubbele sleutel: " + key + "."});
        continue;
      }
      std::string name = trimmed(str(item.as_object(), "name"));
      std::string description = trimmed(str(item.as_object(), "description"));
      if (name.empty()) errors.push_back({at + ".name", "Geef elk onderdeel een naam."});
      if (name.size() > 80) errors.push_back({at + ".name", "Houd de naam bij 80 tekens."});
      if (description.size() > 300) errors.push_back({at + ".description", "Houd de beschrijving bij 300 tekens."});
      items.push_back(json::object{{"key", key}, {"name", name}, {"description", description}});
    }
    stored[list] = std::move(items);
  }
  if (!errors.empty()) invalid("De richtlijn klopt nog niet.", std::move(errors));
  return json::serialize(stored);
}

}  // namespace vk::domain
