// The knowledge map's decisions on small worked examples with known answers.
#include <gtest/gtest.h>

#include "domain/knowledge/map.hpp"

using namespace vk::domain;

namespace {

MemberKnowledge person(int64_t id, Experience e, std::initializer_list<std::pair<const char*, Level>> levels,
                       std::string discipline = "", int load = 0) {
  MemberKnowledge m;
  m.userId = id;
  m.name = "p" + std::to_string(id);
  m.experience = e;
  m.discipline = std::move(discipline);
  m.load = load;
  for (auto& [k, l] : levels) m.levels[k] = l;
  return m;
}

}  // namespace

TEST(Level, ParsesAndPrints) {
  EXPECT_EQ(parseLevel("gezel"), Level::Gezel);
  EXPECT_EQ(parseLevel("basis"), Level::Leerling);
  EXPECT_FALSE(parseLevel("expert"));
  EXPECT_EQ(toString(Level::Meester), "meester");
}

TEST(Advice, SelfWhenTheAskerCoversEverything) {
  auto asker = person(1, Experience::Gezel, {{"schulden", Level::Gezel}, {"huur", Level::Meester}});
  auto a = advise(asker, {asker, person(2, Experience::Meester, {{"schulden", Level::Meester}})}, {"schulden", "huur"});
  EXPECT_EQ(a.kind, AdviceKind::Self);
  EXPECT_TRUE(a.duo.empty());
  EXPECT_EQ(a.askerCovers.size(), 2u);
}

TEST(Advice, DuoWhenAPartnerFillsTheGap) {
  // Asker knows debts; the question also needs parenting. Ann (meester parenting) completes the pair;
  // Bob only knows debts, which adds nothing.
  auto asker = person(1, Experience::Gezel, {{"schulden", Level::Gezel}});
  auto ann = person(2, Experience::Meester, {{"opvoeding", Level::Meester}});
  auto bob = person(3, Experience::Meester, {{"schulden", Level::Meester}});
  auto a = advise(asker, {asker, ann, bob}, {"schulden", "opvoeding"});
  EXPECT_EQ(a.kind, AdviceKind::Duo);
  ASSERT_FALSE(a.duo.empty());
  EXPECT_EQ(a.duo[0].userId, 2);
  EXPECT_EQ(a.duo[0].coveredTogether, 2);
  EXPECT_EQ(a.duo[0].adds, std::vector<std::string>{"opvoeding"});
  EXPECT_EQ(a.askerMisses, std::vector<std::string>{"opvoeding"});
}

TEST(Advice, SpecialistWhenNobodyCoversAnAspect) {
  auto asker = person(1, Experience::Leerling, {{"schulden", Level::Leerling}});
  auto ann = person(2, Experience::Meester, {{"schulden", Level::Meester}});
  auto a = advise(asker, {asker, ann}, {"schulden", "verslaving"});
  EXPECT_EQ(a.kind, AdviceKind::Specialist);
  EXPECT_EQ(a.uncovered, std::vector<std::string>{"verslaving"});
  ASSERT_EQ(a.duo.size(), 1u);  // Ann still helps with the debts
  EXPECT_EQ(a.duo[0].userId, 2);
}

TEST(DuoChoice, PrefersPairingALeerlingWithAGezelOrMeester) {
  // Both partners cover the gap at gezel; the asker is a leerling, so the experienced colleague wins.
  auto asker = person(1, Experience::Leerling, {});
  auto novice = person(2, Experience::Leerling, {{"huur", Level::Gezel}});
  auto senior = person(3, Experience::Meester, {{"huur", Level::Gezel}});
  auto a = advise(asker, {novice, senior}, {"huur"});
  ASSERT_EQ(a.duo.size(), 2u);
  EXPECT_EQ(a.duo[0].userId, 3);
  EXPECT_TRUE(a.duo[0].mentoring);
}

TEST(DuoChoice, WeighsLevelsAndSpreadsTheLoad) {
  auto asker = person(1, Experience::Gezel, {});
  auto gezel = person(2, Experience::Gezel, {{"huur", Level::Gezel}});
  auto meester = person(3, Experience::Gezel, {{"huur", Level::Meester}});
  EXPECT_EQ(advise(asker, {gezel, meester}, {"huur"}).duo[0].userId, 3);  // higher level
  auto busy = person(3, Experience::Gezel, {{"huur", Level::Meester}}, "", 4);
  EXPECT_EQ(advise(asker, {gezel, busy}, {"huur"}).duo[0].userId, 2);  // the meester was asked 4 times lately
}

TEST(Advice, ColleaguesTogetherWhenNoSinglePartnerCoversEverything) {
  // Ann knows debts, Bob parenting: nobody is missing from the team, so no specialist; no single
  // partner covers both, so the two of them together.
  auto asker = person(1, Experience::Gezel, {});
  auto ann = person(2, Experience::Meester, {{"schulden", Level::Meester}});
  auto bob = person(3, Experience::Gezel, {{"opvoeding", Level::Gezel}});
  auto a = advise(asker, {asker, ann, bob}, {"schulden", "opvoeding"});
  EXPECT_EQ(a.kind, AdviceKind::Colleagues);
  EXPECT_EQ(toString(a.kind), "colleagues");
  EXPECT_TRUE(a.uncovered.empty());
  ASSERT_EQ(a.together.size(), 2u);
  EXPECT_EQ(a.together[0].userId, 2);
  EXPECT_EQ(a.together[0].aspects, std::vector<std::string>{"schulden"});
  EXPECT_EQ(a.together[1].userId, 3);
  EXPECT_EQ(a.together[1].aspects, std::vector<std::string>{"opvoeding"});
  // Once one of them covers both, a duo is enough.
  bob.levels["schulden"] = Level::Gezel;
  auto b = advise(asker, {asker, ann, bob}, {"schulden", "opvoeding"});
  EXPECT_EQ(b.kind, AdviceKind::Duo);
  EXPECT_EQ(b.duo[0].userId, 3);
  EXPECT_TRUE(b.together.empty());
}

TEST(Advice, SpecialistOnlyForWhatNobodyCoversAndTogetherForTheRest) {
  auto asker = person(1, Experience::Gezel, {});
  auto ann = person(2, Experience::Meester, {{"schulden", Level::Meester}});
  auto bob = person(3, Experience::Gezel, {{"opvoeding", Level::Gezel}});
  auto a = advise(asker, {asker, ann, bob}, {"schulden", "opvoeding", "verslaving"});
  EXPECT_EQ(a.kind, AdviceKind::Specialist);
  EXPECT_EQ(a.uncovered, std::vector<std::string>{"verslaving"});
  ASSERT_EQ(a.together.size(), 2u);
  EXPECT_EQ(a.together[0].aspects.size() + a.together[1].aspects.size(), 2u);
}

TEST(Advice, NothingRecognisedIsNoAdviceNotSelf) {
  auto asker = person(1, Experience::Meester, {{"schulden", Level::Meester}});
  auto a = advise(asker, {asker, person(2, Experience::Meester, {{"schulden", Level::Meester}})}, {});
  EXPECT_EQ(a.kind, AdviceKind::None);
  EXPECT_EQ(toString(a.kind), "none");
  EXPECT_TRUE(a.duo.empty());
  EXPECT_TRUE(a.together.empty());
}

TEST(DuoChoice, NeverALeerlingInTheKnowledgeAtStake) {
  // Lia is leerling in parenting (what the asker misses) and gezel in debts; she is no duo
  // partner for this question, Max (gezel parenting) is.
  auto asker = person(1, Experience::Gezel, {});
  auto lia = person(2, Experience::Meester, {{"opvoeding", Level::Leerling}, {"schulden", Level::Meester}});
  auto max = person(3, Experience::Gezel, {{"opvoeding", Level::Gezel}, {"schulden", Level::Gezel}});
  auto a = advise(asker, {asker, lia, max}, {"schulden", "opvoeding"});
  EXPECT_EQ(a.kind, AdviceKind::Duo);
  ASSERT_EQ(a.duo.size(), 1u);
  EXPECT_EQ(a.duo[0].userId, 3);
  // A colleague who is only leerling raises nothing the asker needs: no partner at all.
  auto onlyLearner = advise(asker, {asker, person(4, Experience::Gezel, {{"huur", Level::Leerling}})}, {"huur"});
  EXPECT_TRUE(onlyLearner.duo.empty());
  EXPECT_EQ(onlyLearner.kind, AdviceKind::Specialist);
  // Leerling in what the asker covers herself does not count against a partner.
  auto self = person(1, Experience::Gezel, {{"schulden", Level::Meester}});
  auto kim = person(5, Experience::Gezel, {{"schulden", Level::Leerling}, {"opvoeding", Level::Gezel}});
  auto c = advise(self, {self, kim}, {"schulden", "opvoeding"});
  ASSERT_EQ(c.duo.size(), 1u);
  EXPECT_EQ(c.duo[0].userId, 5);
}

TEST(DuoChoice, NotTheTeamLeadWhileTheTeamCanDoWithout) {
  auto asker = person(1, Experience::Gezel, {});
  auto lead = person(2, Experience::Meester, {{"schulden", Level::Meester}, {"opvoeding", Level::Meester}});
  lead.lead = true;
  auto ann = person(3, Experience::Gezel, {{"schulden", Level::Gezel}, {"opvoeding", Level::Gezel}});
  auto a = advise(asker, {asker, lead, ann}, {"schulden", "opvoeding"});
  EXPECT_EQ(a.kind, AdviceKind::Duo);
  ASSERT_EQ(a.duo.size(), 1u) << "the lead is not proposed next to a colleague who covers it all";
  EXPECT_EQ(a.duo[0].userId, 3);
  // Two colleagues together rather than the lead alone.
  auto bea = person(4, Experience::Gezel, {{"schulden", Level::Gezel}});
  auto cor = person(5, Experience::Gezel, {{"opvoeding", Level::Gezel}});
  auto b = advise(asker, {asker, lead, bea, cor}, {"schulden", "opvoeding"});
  EXPECT_EQ(b.kind, AdviceKind::Colleagues);
  for (auto& d : b.duo) EXPECT_NE(d.userId, 2);
  for (auto& t : b.together) EXPECT_NE(t.userId, 2);
  // Only the lead has it: then the lead.
  auto c = advise(asker, {asker, lead, bea}, {"schulden", "opvoeding"});
  EXPECT_EQ(c.kind, AdviceKind::Duo);
  EXPECT_EQ(c.duo[0].userId, 2);
}

TEST(TeamMap, RisksAndHiddenExpertise) {
  std::vector<MapAspect> aspects = {{"schulden", "inkomen"}, {"opvoeding", "opvoeden-opgroeien"}, {"rouw", "psychische-gezondheid"}};
  auto youssef = person(1, Experience::Meester, {{"schulden", Level::Meester}, {"opvoeding", Level::Meester}},
                        "schuldhulpverlener");
  auto marieke = person(2, Experience::Gezel, {{"opvoeding", Level::Gezel}, {"schulden", Level::Leerling}}, "gezinscoach");
  marieke.wishes["schulden"] = true;
  auto map = computeTeamMap(aspects, {youssef, marieke}, {{"schulden", 5}});
  ASSERT_EQ(map.aspects.size(), 3u);
  EXPECT_TRUE(map.aspects[0].single);   // only Youssef covers debts
  EXPECT_EQ(map.aspects[0].demand, 5);
  EXPECT_EQ(map.aspects[1].covered, 2);
  EXPECT_TRUE(map.aspects[2].nobody);   // nobody knows grief
  ASSERT_EQ(map.hidden.size(), 1u);     // the debt counsellor is a meester in parenting
  EXPECT_EQ(map.hidden[0].userId, 1);
  EXPECT_EQ(map.hidden[0].aspectId, "opvoeding");
}

// The store fills the grid directly (no map per member); the map is the same as from the maps.
TEST(TeamMap, FromADenseGridAsTheStoreLoadsIt) {
  std::vector<MapAspect> aspects = {{"schulden", "inkomen"}, {"opvoeding", "opvoeden-opgroeien"}};
  auto youssef = person(1, Experience::Meester, {{"schulden", Level::Meester}, {"opvoeding", Level::Meester}, {"gespreksvoering", Level::Gezel}},
                        "schuldhulpverlener");
  auto marieke = person(2, Experience::Gezel, {{"schulden", Level::Leerling}}, "gezinscoach");
  marieke.wishes["opvoeding"] = true;
  LevelGrid grid = levelGrid({"schulden", "opvoeding", "gespreksvoering"}, {youssef, marieke});
  EXPECT_EQ(grid.level(0, 1), Level::Leerling);
  EXPECT_EQ(grid.level(2, 0), Level::Gezel);  // extra rows (competences) after the aspects
  EXPECT_TRUE(grid.wants(1, 1));
  auto bare = [](MemberKnowledge m) {
    m.levels.clear();
    m.wishes.clear();
    return m;
  };
  auto fromGrid = computeTeamMap(aspects, {bare(youssef), bare(marieke)}, grid, {{"schulden", 2}});
  auto fromMaps = computeTeamMap(aspects, {youssef, marieke}, {{"schulden", 2}});
  ASSERT_EQ(fromGrid.aspects.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(fromGrid.aspects[i].levels, fromMaps.aspects[i].levels);
    EXPECT_EQ(fromGrid.aspects[i].covered, fromMaps.aspects[i].covered);
    EXPECT_EQ(fromGrid.aspects[i].wishes, fromMaps.aspects[i].wishes);
    EXPECT_EQ(fromGrid.aspects[i].demand, fromMaps.aspects[i].demand);
  }
  EXPECT_EQ(fromGrid.aspects[1].wishes, 1);
  ASSERT_EQ(fromGrid.hidden.size(), 1u);
  EXPECT_EQ(fromGrid.hidden[0].aspectId, "opvoeding");
  EXPECT_THROW(computeTeamMap(aspects, {youssef}, grid, {}), std::invalid_argument);  // grid of another team
}

TEST(TrainingPlan, RanksDemandTimesShortage) {
  std::vector<MapAspect> aspects = {{"schulden", "inkomen"}, {"opvoeding", "opvoeden-opgroeien"}, {"rouw", "psychische-gezondheid"}};
  auto youssef = person(1, Experience::Meester, {{"schulden", Level::Meester}, {"opvoeding", Level::Meester}}, "schuldhulpverlener");
  auto marieke = person(2, Experience::Gezel, {{"opvoeding", Level::Gezel}, {"schulden", Level::Leerling}}, "gezinscoach");
  auto map = computeTeamMap(aspects, {youssef, marieke}, {{"schulden", 5}, {"rouw", 1}});
  auto plan = rankTrainingPlan(map, {youssef, marieke});
  // schulden: (5+1)/(1+1) = 3; rouw: (1+1)/(1+0) = 2; opvoeding: covered twice, no demand → left out.
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].aspectId, "schulden");
  EXPECT_DOUBLE_EQ(plan[0].priority, 3.0);
  EXPECT_EQ(plan[0].learners, std::vector<int64_t>{2});
  EXPECT_EQ(plan[0].mentor, 1);
  EXPECT_EQ(plan[1].aspectId, "rouw");
  EXPECT_FALSE(plan[1].mentor);
}

TEST(TrainingPlan, AMeesterWhoWishesTheAspectTeachesItAndIsNoLearner) {
  std::vector<MapAspect> aspects = {{"schulden", "inkomen"}};
  auto youssef = person(1, Experience::Meester, {{"schulden", Level::Meester}}, "schuldhulpverlener");
  youssef.wishes["schulden"] = true;  // ticked "wil ik leren" before reaching meester
  auto marieke = person(2, Experience::Gezel, {{"schulden", Level::Leerling}}, "gezinscoach");
  auto map = computeTeamMap(aspects, {youssef, marieke}, {{"schulden", 3}});
  auto plan = rankTrainingPlan(map, {youssef, marieke});
  ASSERT_EQ(plan.size(), 1u);
  EXPECT_EQ(plan[0].learners, std::vector<int64_t>{2});
  EXPECT_EQ(plan[0].mentor, 1);
}

TEST(NeededAspects, ADomainWithoutItsAspectsNeedsItsGeneralOnes) {
  std::vector<NeedAspect> cat = {{"huiselijk-geweld", "veiligheid", true}, {"overlast", "veiligheid", false},
                                 {"kindermishandeling", "veiligheid", true}, {"schulden-signaleren", "inkomen", true},
                                 {"schuldhulpverlening", "inkomen", false}};
  // Nothing recognised, the asker picked "veiligheid" by hand: its general aspects, so there is advice.
  EXPECT_EQ(neededAspects({}, {"veiligheid"}, cat), (std::vector<std::string>{"huiselijk-geweld", "kindermishandeling"}));
  // A domain with one of its aspects needs only that aspect; another domain adds its general ones.
  EXPECT_EQ(neededAspects({"schuldhulpverlening"}, {"inkomen", "veiligheid"}, cat),
            (std::vector<std::string>{"schuldhulpverlening", "huiselijk-geweld", "kindermishandeling"}));
  // Unknown (or retired, so not in the catalogue) ids and duplicates are left out; nothing stays nothing.
  EXPECT_EQ(neededAspects({"weg", "overlast", "overlast"}, {"bestaat-niet"}, cat), std::vector<std::string>{"overlast"});
  EXPECT_TRUE(neededAspects({}, {}, cat).empty());
  // And advice follows: with nothing needed none, with the domain's aspects a real advice.
  auto asker = person(1, Experience::Gezel, {});
  auto sam = person(2, Experience::Meester, {{"huiselijk-geweld", Level::Meester}, {"kindermishandeling", Level::Gezel}});
  EXPECT_EQ(advise(asker, {asker, sam}, neededAspects({}, {}, cat)).kind, AdviceKind::None);
  auto a = advise(asker, {asker, sam}, neededAspects({}, {"veiligheid"}, cat));
  EXPECT_EQ(a.kind, AdviceKind::Duo);
  EXPECT_EQ(a.duo[0].userId, 2);
}

TEST(Advice, SpecialistNamesWhatNobodyCoversAndTheDuoStillHelps) {
  // The team covers schulden (Ann) but nobody huiselijk geweld: specialist, with uncovered exactly
  // that aspect, and Ann still listed for what she brings (so the partners come with the rest).
  auto asker = person(1, Experience::Gezel, {});
  auto ann = person(2, Experience::Gezel, {{"schulden", Level::Gezel}});
  auto lead = person(3, Experience::Meester, {{"schulden", Level::Meester}});
  lead.lead = true;
  auto a = advise(asker, {asker, ann, lead}, {"schulden", "huiselijk-geweld"});
  EXPECT_EQ(a.kind, AdviceKind::Specialist);
  EXPECT_EQ(a.uncovered, std::vector<std::string>{"huiselijk-geweld"});
  ASSERT_EQ(a.together.size(), 1u);
  EXPECT_EQ(a.together[0].userId, 2) << "not the lead while a colleague covers it";
}
