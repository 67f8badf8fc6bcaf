// Every route in the route table, called as every kind of caller: each role in
// team A, a member of team B, an admin and a member of another organisation, and
// nobody. A route missing from the expectations below fails the test, so a new
// route must state who may call it.
#include <gtest/gtest.h>

#include <iostream>

#include <set>

#include "authz.hpp"

namespace vk::test {
namespace {

const std::vector<std::pair<Who, const char*>> kCallers = {
    {Who::Nobody, "nobody"},         {Who::Admin, "org admin"},           {Who::Lead, "team lead of A"},
    {Who::Supervisor, "supervisor of A"}, {Who::Member, "member of A"},   {Who::OtherTeam, "member of team B"},
    {Who::OtherOrgAdmin, "admin of org 2"}, {Who::OtherOrgMember, "member of org 2"}};

TEST(AuthorisationMatrix, EveryRouteAsEveryCaller) {
  Expectations table;
  for (auto& part : authzParts())
    for (auto& [k, v] : part.expectations()) table[k] = v;
  std::set<std::string> seen;
  // One server for the route table; each call gets a fresh world, so one caller's
  // change (a removal, an accepted invitation) never decides another caller's outcome.
  TestServer probe("sqlite");
  int calls = 0;
  for (auto& route : probe.app().routes().routes()) {
    std::string key = route.method + " " + http::openApiPath(route.pattern);
    seen.insert(key);
    auto it = table.find(key);
    if (it == table.end()) {
      ADD_FAILURE() << "route without an authorisation expectation: " << key;
      continue;
    }
    for (auto& [who, label] : kCallers) {
      TestServer srv("sqlite");
      World w = buildWorld(srv.store(), srv.now);
      for (auto& part : authzParts())
        if (part.seed) part.seed(srv.store(), w, srv.now);
      Client c(srv.port());
      if (who != Who::Nobody) signIn(srv, c, idOf(w, who));
      std::string target = fill(http::openApiPath(route.pattern), w);
      auto res = c.request(route.method, target, fill(it->second.body, w));
      ++calls;
      bool refused = res.status == 401 || res.status == 403 || res.status == 404;
      bool shouldAllow = it->second.allowed.count(who) > 0;
      EXPECT_EQ(!refused, shouldAllow) << key << " as " << label << " → " << res.status << " " << res.body;
      // Public routes answer whoever holds the credentials or token; the rest must not leak.
      if (route.access != http::Access::Public && (who == Who::OtherOrgAdmin || who == Who::OtherOrgMember)) {
        EXPECT_EQ(res.body.find("org1"), std::string::npos) << key << " leaks organisation 1 to " << label;
      }
      if (who == Who::OtherTeam && key.find("{teamId}") != std::string::npos) {
        EXPECT_EQ(res.body.find("target@org1"), std::string::npos) << key << " leaks team A to " << label;
      }
    }
  }
  for (auto& [key, e] : table) EXPECT_TRUE(seen.count(key)) << "expectation for a route that does not exist: " << key;
  std::cout << "authorisation matrix: " << seen.size() << " routes, " << std::size(kCallers) << " callers, " << calls
            << " calls" << std::endl;
}

}  // namespace
}  // namespace vk::test

namespace vk::test {
namespace {

// Every body field a route declares as possibly describing residents passes the
// privacy guard: a BSN is refused outright, a name until the person confirms.
TEST(PrivacyGuard, EveryGuardedFieldIsGuarded) {
  Expectations table;
  for (auto& part : authzParts())
    for (auto& [k, v] : part.expectations()) table[k] = v;
  TestServer probe("sqlite");
  int guarded = 0;
  for (auto& route : probe.app().routes().routes()) {
    if (route.guardedFields.empty()) continue;
    std::string key = route.method + " " + http::openApiPath(route.pattern);
    ASSERT_TRUE(table.count(key)) << key;
    auto& e = table[key];
    Who caller = e.allowed.count(Who::Member) ? Who::Member : *e.allowed.begin();
    for (auto& field : route.guardedFields) {
      auto attempt = [&](const std::string& text, bool confirm) {
        TestServer srv("sqlite");
        World w = buildWorld(srv.store(), srv.now);
        for (auto& part : authzParts())
          if (part.seed) part.seed(srv.store(), w, srv.now);
        Client c(srv.port());
        if (caller != Who::Nobody) signIn(srv, c, idOf(w, caller));
        auto body = boost::json::parse(fill(e.body.empty() ? "{}" : e.body, w)).as_object();
        body[field] = text;
        if (confirm) body["privacyConfirmed"] = true;
        return c.request(route.method, fill(http::openApiPath(route.pattern), w), boost::json::serialize(body));
      };
      auto bsn = attempt("Mevrouw gaf haar BSN 111222333 door.", true);
      EXPECT_EQ(bsn.status, 422) << key << " " << field << ": " << bsn.body;
      if (bsn.status == 422) {
        EXPECT_TRUE(bsn.json().at("findings").at(0).at("refused").as_bool());
      }
      auto name = attempt("Gesprek met mevrouw Jansen over de huur.", false);
      EXPECT_EQ(name.status, 422) << key << " " << field << ": " << name.body;
      auto confirmed = attempt("Gesprek met mevrouw Jansen over de huur.", true);
      EXPECT_LT(confirmed.status, 400) << key << " " << field << ": " << confirmed.body;
      ++guarded;
    }
  }
  std::cout << "guarded fields checked: " << guarded << std::endl;
}

TEST(PrivacyGuard, CheckEndpointShowsFindingsWithPlaceholders) {
  TestServer srv("sqlite");
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  signIn(srv, c, w.member);
  auto res = c.post("/api/v1/privacy-checks", boost::json::object{{"text", "Bel mevrouw De Vries op 06-12345678."}});
  ASSERT_EQ(res.status, 200) << res.body;
  auto findings = res.json().at("findings").as_array();
  ASSERT_GE(findings.size(), 2u);
  std::set<std::string> kinds;
  for (auto& f : findings) kinds.insert(std::string(f.at("kind").as_string()));
  EXPECT_TRUE(kinds.count("phone"));
  EXPECT_TRUE(kinds.count("name"));
  EXPECT_FALSE(res.json().at("refused").as_bool());
  auto bsn = c.post("/api/v1/privacy-checks", boost::json::object{{"text", "BSN 111222333"}});
  EXPECT_TRUE(bsn.json().at("refused").as_bool());
}

}  // namespace
}  // namespace vk::test
