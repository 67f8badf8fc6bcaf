#include "api/openapi_doc.hpp"

#include <boost/json.hpp>

#include "domain/resources.hpp"

namespace vk::api {

const std::string& openApiDocument() {
  static const std::string doc = [] {
    auto base = resources::get("docs/api/openapi.json");
    if (!base) return std::string();
    auto root = boost::json::parse(*base).as_object();
    auto& paths = root["paths"].as_object();
    auto& schemas = root["components"].as_object()["schemas"].as_object();
    for (auto& [name, text] : resources::all()) {
      if (name.rfind("docs/api/paths/", 0) != 0) continue;
      auto part = boost::json::parse(text).as_object();
      if (auto* p = part.if_contains("paths"))
        for (auto& [path, item] : p->as_object()) {
          auto& target = paths[path];
          if (!target.is_object()) target = boost::json::object();
          for (auto& [method, op] : item.as_object()) target.as_object()[method] = op;  // parts add methods
        }
      if (auto* s = part.if_contains("schemas"))
        for (auto& [k, v] : s->as_object()) schemas[k] = v;
    }
    return boost::json::serialize(root);
  }();
  return doc;
}

}  // namespace vk::api
