// The team map's compact answer (ADR 0008) for a team of 500 members × 150 aspects, against each
// store: the answer stays under 200 KB, and the levels read back from it (one digit per member in
// an aspect's string) are what the store holds for sampled cells.
#include <gtest/gtest.h>

#include <random>

#include "domain/knowledge/starter.hpp"
#include "harness.hpp"
#include "store/knowledge/store.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;
using domain::Level;

class TeamMapCompact : public ::testing::TestWithParam<std::string> {};

TEST_P(TeamMapCompact, FiveHundredByOneHundredFiftyIsSmallAndTrue) {
  TestServer srv(GetParam());
  auto& s = srv.store();
  const int64_t now = srv.now;
  auto org = s.createOrganisation({"Groot", "Beheer Groot", "beheer@groot.test", passwordHash()}, now, false);
  domain::Actor admin{org.adminId, org.orgId, true};
  int64_t team = s.createTeam(admin, "Groot team", now).id;
  store::KnowledgeStore ks(s.db());
  std::vector<std::string> aspectIds;
  for (auto& d : domain::starterCatalogue().domains)
    for (auto& a : d.aspects) aspectIds.push_back(a.id);
  for (int i = 0; aspectIds.size() < 150; ++i)
    aspectIds.push_back(ks.addAspect(admin, domain::starterCatalogue().domains[i % 7].id, "Lokaal aspect nummer " + std::to_string(i),
                                     "specifiek", {}, {}, now));
  std::mt19937 rng(11);
  std::vector<int64_t> users;
  for (int m = 0; m < 500; ++m) {
    int64_t user = addUser(s, admin, "marieke.van.den.berg." + std::to_string(m) + "@groot.test", team, domain::TeamRole::Member, now);
    users.push_back(user);
    std::vector<store::ProfileEntry> entries;
    for (auto& id : aspectIds) {
      int r = static_cast<int>(rng() % 100);
      if (r < 30) continue;
      entries.push_back({id, r < 60 ? Level::Leerling : r < 85 ? Level::Gezel : Level::Meester, r % 13 == 0});
    }
    ks.putProfile(domain::Actor{user, org.orgId, false}, entries, now);
  }

  Client lead(srv.port());
  signIn(srv, lead, users[0]);
  auto res = lead.get("/api/v1/teams/" + std::to_string(team) + "/map");
  ASSERT_EQ(res.status, 200) << res.body.substr(0, 500);
  EXPECT_LT(res.body.size(), 200u * 1024u) << "the compact team map of 500 × 150 is " << res.body.size() << " bytes";
  auto map = res.json().as_object();
  auto& members = map.at("members").as_array();
  auto& aspects = map.at("aspects").as_array();
  ASSERT_EQ(members.size(), 500u);
  ASSERT_GE(aspects.size(), 150u);
  auto& codes = map.at("levelCodes").as_array();
  ASSERT_EQ(codes.size(), 4u);
  char hiddenCode = map.at("hiddenCode").as_string()[0];
  size_t hidden = 0;
  for (auto& a : aspects)
    for (char c : a.at("levels").as_string()) hidden += c == hiddenCode;
  EXPECT_GT(hidden, 0u);  // a maatschappelijk werker is meester outside their own domains here and there

  // What the store holds, read per member (not through the grid the route uses).
  std::map<std::pair<int64_t, std::string>, Level> held;
  std::vector<domain::MemberKnowledge> knowledge;
  s.db().readScope([&] { knowledge = ks.teamKnowledge(admin, team, now); });
  for (auto& k : knowledge)
    for (auto& [id, level] : k.levels) held[{k.userId, id}] = level;
  std::mt19937 pick(5);
  int nonZero = 0;
  for (int sample = 0; sample < 40; ++sample) {
    size_t a = pick() % aspects.size(), m = pick() % members.size();
    std::string id(aspects[a].at("id").as_string());
    int64_t userId = members[m].at("userId").as_int64();
    auto& levels = aspects[a].at("levels").as_string();
    ASSERT_EQ(levels.size(), members.size());
    int digit = levels[m] - '0';
    ASSERT_TRUE(digit >= 0 && digit <= 4) << levels[m];
    if (levels[m] == hiddenCode) digit = static_cast<int>(Level::Meester);  // meester, as hidden expertise
    auto it = held.find({userId, id});
    Level want = it == held.end() ? Level::Geen : it->second;
    EXPECT_EQ(digit, static_cast<int>(want)) << "member " << userId << ", aspect " << id;
    EXPECT_EQ(codes[static_cast<size_t>(digit)].as_string(), domain::toString(want));
    nonZero += digit != 0;
  }
  EXPECT_GT(nonZero, 0);  // the samples read real levels, not only the empty ones
}

INSTANTIATE_TEST_SUITE_P(Backends, TeamMapCompact, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
