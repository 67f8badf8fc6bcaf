#pragma once
// The knowledge map's pure logic: levels, advice on a help question (take it up yourself,
// with a duo partner, or bring in a specialist), the choice of duo partners, the team map
// (coverage, risks, hidden expertise, demand) and the ranking of the training plan.
// No I/O: the store loads the members and their levels, these functions decide.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/foundation/people.hpp"

namespace vk::domain {

enum class Level { Geen = 0, Leerling = 1, Gezel = 2, Meester = 3 };
std::string_view toString(Level l);
std::optional<Level> parseLevel(std::string_view s);

// One member's knowledge, as the store loads it for a team.
struct MemberKnowledge {
  int64_t userId = 0;
  std::string name;
  std::string discipline;
  Experience experience = Experience::Leerling;
  std::unordered_map<std::string, Level> levels;  // aspect or competence id → level (missing: geen)
  std::unordered_map<std::string, bool> wishes;   // "wil ik leren"
  int load = 0;  // how often the member was proposed as duo partner recently (spreads the load)
  bool lead = false;  // the team's lead: a duo partner only when the team cannot do without them
  Level level(const std::string& id) const {
    auto it = levels.find(id);
    return it == levels.end() ? Level::Geen : it->second;
  }
  bool wants(const std::string& id) const {
    auto it = wishes.find(id);
    return it != wishes.end() && it->second;
  }
};

// An aspect is covered by someone at gezel or meester level.
inline bool covers(Level l) { return l >= Level::Gezel; }

// Self: the asker covers everything. Duo: one partner completes it. Colleagues: no single
// partner does, but colleagues together cover every needed aspect. Specialist: a needed aspect
// nobody in the team covers. None: nothing was recognised, so there is nothing to advise on.
enum class AdviceKind { Self, Duo, Colleagues, Specialist, None };
std::string_view toString(AdviceKind k);  // "self" | "duo" | "colleagues" | "specialist" | "none"

struct DuoCandidate {
  int64_t userId = 0;
  double score = 0;                  // higher is better
  int coveredTogether = 0;           // needed aspects the pair covers (gezel or meester)
  std::vector<std::string> adds;     // needed aspects the partner covers and the asker does not
  bool mentoring = false;            // a leerling asker paired with a gezel/meester partner
};

// A colleague brought in for some of the aspects the asker misses.
struct CoverShare {
  int64_t userId = 0;
  std::vector<std::string> aspects;  // in the order of `needed`
};

struct Advice {
  AdviceKind kind = AdviceKind::Self;
  std::vector<std::string> askerCovers;   // needed aspects the asker covers
  std::vector<std::string> askerMisses;   // needed aspects the asker does not cover
  std::vector<DuoCandidate> duo;          // best first, at most maxDuo
  std::vector<CoverShare> together;       // colleagues who together cover what the team can of askerMisses
  std::vector<std::string> uncovered;     // needed aspects nobody in the team covers
};

// `needed`: the aspect ids a help question touches. `team` includes the asker (by id) or not.
// Nothing needed: None. Self: the asker covers every needed aspect. Specialist: only when some
// needed aspect is covered by nobody in the team (`together` still says who covers the rest).
// Duo: the best partner and the asker together cover every needed aspect. Colleagues: no single
// partner does, but colleagues together do (`together`, a smallest-first greedy cover).
// A duo partner covers at least one aspect the asker misses and is never at leerling level in an
// aspect the asker misses (the knowledge at stake). The team lead is left out of the duo and of
// `together` as long as the team covers the question without them.
// Duo partners are ranked by combined coverage weighted by level (each needed aspect
// counts the higher of the two levels, 0–3), a bonus for pairing a leerling with a gezel or
// meester (+0.15), and a penalty of 0.1 per time the partner was proposed in the last 30 days.
Advice advise(const MemberKnowledge& asker, const std::vector<MemberKnowledge>& team,
              const std::vector<std::string>& needed, size_t maxDuo = 3);

// An aspect of the catalogue as far as the need of a help question goes.
struct NeedAspect {
  std::string id;
  std::string domainId;
  bool general = false;  // kind "algemeen": the knowledge everyone in the life domain draws on
};

// The aspects a help question needs, from what was recognised or confirmed: the aspects, in their
// order; then, for a life domain without any of its aspects among them (recognised on its own, or
// picked by hand when nothing was recognised), that domain's general aspects, so the domain gets
// advice too. Unknown and duplicate ids are left out; `catalogue` holds the aspects in use.
std::vector<std::string> neededAspects(const std::vector<std::string>& aspects, const std::vector<std::string>& domains,
                                       const std::vector<NeedAspect>& catalogue);

// Team map ------------------------------------------------------------------------------------
struct MapAspect {
  std::string id;
  std::string domainId;
};

struct AspectCoverage {
  std::string id;
  std::vector<Level> levels;  // per member, in the order of the members given
  int covered = 0;            // members at gezel or meester
  int learners = 0;           // members at leerling
  int wishes = 0;             // members who want to learn it
  bool nobody = false;        // nobody covers it
  bool single = false;        // exactly one member covers it
  int demand = 0;             // help questions that needed it in the period
};

struct HiddenExpertise {
  int64_t userId = 0;
  std::string aspectId;
};

struct TeamMap {
  std::vector<AspectCoverage> aspects;
  std::vector<HiddenExpertise> hidden;
};

// The life domains a discipline is at home in ("schuldhulpverlener" → inkomen); empty if unknown.
std::vector<std::string> disciplineDomains(std::string_view discipline);

// A team's levels and wishes as a dense grid, items (aspects, competences) × members: what the
// store can fill without a map per member (a team map of 500 × 150 reads 75,000 levels).
struct LevelGrid {
  std::vector<std::string> items;  // rows
  size_t members = 0;              // columns, in the order of the team's members
  std::vector<std::uint8_t> levels, wishes;  // row-major, items.size() × members

  LevelGrid() = default;
  LevelGrid(std::vector<std::string> rows, size_t memberCount)
      : items(std::move(rows)), members(memberCount), levels(items.size() * memberCount, 0),
        wishes(items.size() * memberCount, 0) {}
  Level level(size_t item, size_t member) const { return static_cast<Level>(levels[item * members + member]); }
  bool wants(size_t item, size_t member) const { return wishes[item * members + member] != 0; }
};

// The grid of `items` for members who carry their levels in maps.
LevelGrid levelGrid(const std::vector<std::string>& items, const std::vector<MemberKnowledge>& members);

// Meester level in an aspect outside the member's own domains is "hidden" expertise.
TeamMap computeTeamMap(const std::vector<MapAspect>& aspects, const std::vector<MemberKnowledge>& members,
                       const std::unordered_map<std::string, int>& demand);
// The same from a grid whose first rows are `aspects`, in that order (members' maps are not used).
TeamMap computeTeamMap(const std::vector<MapAspect>& aspects, const std::vector<MemberKnowledge>& members,
                       const LevelGrid& grid, const std::unordered_map<std::string, int>& demand);

// Training plan ---------------------------------------------------------------------------------
struct PlanSuggestion {
  std::string aspectId;
  double priority = 0;
  std::vector<int64_t> learners;  // wish to learn it, or leerling in it
  std::optional<int64_t> mentor;  // a meester in the team (the one with the fewest mentorships)
  Level targetLevel = Level::Gezel;
};

// Priority = (demand + 1) × shortage, shortage = 1 / (1 + members covering it), plus 0.25 per
// wish; only aspects covered by fewer than two members or asked for at least once are listed.
std::vector<PlanSuggestion> rankTrainingPlan(const TeamMap& map, const std::vector<MemberKnowledge>& members,
                                             size_t maxItems = 12);

}  // namespace vk::domain
