// The team map's grid (KnowledgeStore::teamLevels) reads one row of cells per member
// (knowledge_member_cells, ADR 0015), against each store: every cell is what knowledge_levels
// says after profiles are put, changed and erased, for a member without levels and for items not
// asked for; migration 102's fill gives the same grid; entries out of order still land right.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "domain/knowledge/starter.hpp"
#include "harness.hpp"
#include "store/knowledge/store.hpp"
#include "store/migrations.hpp"

namespace vk::test {
namespace {

using domain::Level;

class TeamLevels : public ::testing::TestWithParam<std::string> {};

struct Cell {
  Level level = Level::Geen;
  bool wish = false;
};

TEST_P(TeamLevels, EveryCellIsWhatTheProfilesSay) {
  TestServer srv(GetParam());
  auto& s = srv.store();
  const int64_t now = srv.now;
  auto org = s.createOrganisation({"Wijk", "Beheer", "beheer@wijk.test", passwordHash()}, now, false);
  domain::Actor admin{org.adminId, org.orgId, true};
  int64_t team = s.createTeam(admin, "Team Oost", now).id;
  store::KnowledgeStore ks(s.db());
  std::vector<std::string> a;
  for (auto& d : domain::starterCatalogue().domains)
    for (auto& x : d.aspects)
      if (a.size() < 5) a.push_back(x.id);
  ASSERT_EQ(a.size(), 5u);
  int64_t m1 = addUser(s, admin, "anna@wijk.test", team, domain::TeamRole::Member, now);
  int64_t m2 = addUser(s, admin, "bram@wijk.test", team, domain::TeamRole::Member, now);  // no levels at all
  int64_t m3 = addUser(s, admin, "cem@wijk.test", team, domain::TeamRole::TeamLead, now);
  int64_t m4 = addUser(s, admin, "dewi@wijk.test", team, domain::TeamRole::Member, now);
  auto as = [&](int64_t u) { return domain::Actor{u, org.orgId, false}; };
  ks.putProfile(as(m1), {{a[0], Level::Meester, false}, {a[2], Level::Gezel, false}, {a[3], Level::Geen, true},
                         {a[4], Level::Leerling, false}},
                now);
  ks.putProfile(as(m3), {{a[0], Level::Gezel, true}, {a[1], Level::Meester, false}}, now);
  ks.putProfile(as(m3), {{a[1], Level::Geen, false}, {a[4], Level::Gezel, false}}, now);  // changed
  ks.putProfile(as(m4), {{a[0], Level::Meester, true}}, now);
  s.db().write([&](store::Conn& c) { store::knowledgeErase(c, m4); });

  // The rows asked for, not in id order; a[2] is not asked for (retired, another domain).
  const std::vector<std::string> items{a[3], a[0], a[4], a[1]};
  std::map<std::pair<int64_t, std::string>, Cell> expected{
      {{m1, a[0]}, {Level::Meester, false}}, {{m1, a[3]}, {Level::Geen, true}},
      {{m1, a[4]}, {Level::Leerling, false}}, {{m3, a[0]}, {Level::Gezel, true}},
      {{m3, a[4]}, {Level::Gezel, false}}};

  auto check = [&](const std::string& when) {
    store::TeamLevels got;
    std::vector<domain::MemberKnowledge> held;  // read per level, not through the cells
    s.db().readScope([&] {
      got = ks.teamLevels(admin, team, now, items);
      held = ks.teamKnowledge(admin, team, now);
    });
    ASSERT_EQ(got.members.size(), 4u) << when;
    ASSERT_EQ(got.grid.items, items) << when;
    ASSERT_EQ(got.grid.members, 4u) << when;
    for (size_t col = 0; col < got.members.size(); ++col) {
      int64_t user = got.members[col].userId;
      EXPECT_EQ(user, held[col].userId) << when;
      EXPECT_TRUE(std::set<int64_t>({m1, m2, m3, m4}).count(user)) << when;
      for (size_t row = 0; row < items.size(); ++row) {
        auto it = expected.find({user, items[row]});
        Cell want = it == expected.end() ? Cell{} : it->second;
        EXPECT_EQ(got.grid.level(row, col), want.level) << when << ": member " << user << ", " << items[row];
        EXPECT_EQ(got.grid.wants(row, col), want.wish) << when << ": member " << user << ", " << items[row];
        auto lv = held[col].levels.find(items[row]);
        EXPECT_EQ(got.grid.level(row, col), lv == held[col].levels.end() ? Level::Geen : lv->second) << when;
        EXPECT_EQ(got.grid.wants(row, col), held[col].wishes.count(items[row]) > 0) << when;
      }
    }
  };
  check("after the profiles");

  // Migration 102 fills the cells from knowledge_levels (group_concat; string_agg on PostgreSQL).
  auto& m = *std::find_if(store::migrations().begin(), store::migrations().end(),
                          [](auto& x) { return x.version == 102; });
  s.db().write([&](store::Conn& c) {
    c.query("DELETE FROM knowledge_member_cells");
    c.script(store::translate(m.sql.substr(m.sql.find("INSERT")), s.db().dialect()));
  });
  check("after migration 102's fill");

  // Entries in another order than the rows, and one for an item nobody asks for.
  s.db().write([&](store::Conn& c) {
    c.query("UPDATE knowledge_member_cells SET cells = $1 WHERE user_id = $2",
            {a[4] + ":10," + a[3] + ":01,lokaal-99:31," + a[2] + ":20," + a[0] + ":30", m1});
  });
  check("with entries out of order");
}

INSTANTIATE_TEST_SUITE_P(Backends, TeamLevels, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
