// The OpenAPI description served at /api/v1/openapi.json and the router must agree:
// every route is described, and every described operation has a route.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace vk::test {
namespace {

TEST(OpenApi, RouterAndSpecAgree) {
  TestServer srv("sqlite");
  Client c(srv.port());
  auto res = c.get("/api/v1/openapi.json");
  ASSERT_EQ(res.status, 200);
  auto spec = res.json().as_object();
  EXPECT_EQ(std::string(spec.at("openapi").as_string()).substr(0, 2), "3.");
  // the major version is in the server URL, the paths are below it (ADR /core/uri-version)
  ASSERT_EQ(spec.at("servers").at(0).at("url").as_string(), "/api/v1");
  const std::string base = "/api/v1";
  auto below = [&](const std::string& routed) { return routed.substr(base.size()); };
  std::set<std::string> described, routed;
  for (auto& [path, item] : spec.at("paths").as_object())
    for (auto& [method, opv] : item.as_object()) {
      std::string m(method);
      for (auto& ch : m) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      described.insert(m + " " + base + std::string(path));
      // Every operation documents its error answer as problem+json.
      EXPECT_TRUE(opv.as_object().at("responses").as_object().contains("default")) << m << " " << path;
    }
  for (auto& r : srv.app().routes().routes()) {
    routed.insert(r.method + " " + http::openApiPath(r.pattern));
    // Public routes say so in the spec (security: []), the others don't.
    ASSERT_EQ(http::openApiPath(r.pattern).rfind(base + "/", 0), 0u) << r.pattern;
    auto& op = spec.at("paths").as_object().at(below(http::openApiPath(r.pattern))).as_object();
    std::string lower = r.method;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!op.contains(lower)) continue;
    bool publicInSpec = op.at(lower).as_object().contains("security");
    EXPECT_EQ(publicInSpec, r.access == http::Access::Public) << r.method << " " << r.pattern;
  }
  for (auto& r : routed) EXPECT_TRUE(described.count(r)) << "route missing from docs/api/openapi.json: " << r;
  for (auto& d : described) EXPECT_TRUE(routed.count(d)) << "documented operation without a route: " << d;
}

}  // namespace
}  // namespace vk::test
