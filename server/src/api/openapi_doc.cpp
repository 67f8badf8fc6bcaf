#include "api/openapi_doc.hpp"

#include <boost/json.hpp>

#include "domain/resources.hpp"

namespace vk::api {

namespace {
constexpr std::string_view kApiBase = "/api/v1";
}

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
    // The files write each path in full, as the router has it ("/api/v1/teams"); the served
    // document puts the major version in the server URL ("/api/v1", ADR /core/uri-version) and
    // the paths below it ("/teams"). scripts/lint-api merges the same way.
    boost::json::object below;
    for (auto& [path, item] : paths) {
      std::string_view p = path;
      if (p.starts_with(kApiBase) && p.size() > kApiBase.size() && p[kApiBase.size()] == '/') p.remove_prefix(kApiBase.size());
      below[p] = item;
    }
    root["paths"] = std::move(below);
    return boost::json::serialize(root);
  }();
  return doc;
}

}  // namespace vk::api
