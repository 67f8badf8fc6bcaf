#pragma once
// The five rules of thumb as they live in a team: members add examples from their work per
// rule x part of the assignment (private until they share one) and say per rule how they load
// it. The team sees the matrix: counts of every example (a count is not a person), only the
// shared texts, empty cells as questions. Above the team only teams with at least 5
// contributors count, and the association's national view needs 3 organisations.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/foundation/people.hpp"
#include "domain/guarded_text.hpp"
#include "domain/guideline/matrix.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::store {

struct MyGuidelineExample {
  int64_t id = 0;
  int64_t teamId = 0;
  std::string ruleKey, partKey, text, source;
  bool shared = false;
  int64_t createdAt = 0, updatedAt = 0;
};

struct MyGuidelineLoading {
  std::string ruleKey, text;
  bool shared = false;
  int64_t updatedAt = 0;
};

struct MyGuideline {
  std::vector<MyGuidelineExample> examples;
  std::vector<MyGuidelineLoading> loadings;
};

struct NewGuidelineExample {
  std::string ruleKey, partKey;
  const domain::GuardedText* text = nullptr;
  bool shared = false;
};

struct GuidelineExampleChange {
  const domain::GuardedText* text = nullptr;  // unchanged when null
  std::optional<bool> shared;
};

// The organisation's cells across teams with at least kMinGuidelineContributors.
struct GuidelineAcrossTeams {
  int64_t teams = 0;
  bool visible = false;
  std::vector<domain::CellCount> cells;  // empty unless visible
};

// The organisation's counts as a file for the association: counts only, no team names, no text.
struct GuidelineExport {
  std::string source;  // the organisation's name
  std::string period;  // the month, 2026-12
  int64_t teams = 0;
  std::vector<domain::CellCount> cells;
};

struct NationalGuideline {
  bool visible = false;
  int64_t organisations = 0;
  std::vector<std::string> sources;       // only when visible
  std::vector<domain::CellCount> cells;   // empty unless visible
};

class GuidelineStore {
 public:
  explicit GuidelineStore(Db& db) : db_(db) {}

  // The team's matrix (the team's view: its members and the organisation's admins), in the
  // organisation's wording of the guideline. Private texts never leave this query.
  domain::GuidelineMatrix teamMatrix(const domain::Actor& a, int64_t teamId);
  // The caller's own examples and loadings in the team.
  MyGuideline mine(const domain::Actor& a, int64_t teamId);
  // Members of the team; unknown rule or part keys are refused (Invalid).
  MyGuidelineExample addExample(const domain::Actor& a, int64_t teamId, const NewGuidelineExample& in, int64_t now);
  // Their author only: another organisation's example is NotFound, another member's Forbidden.
  MyGuidelineExample changeExample(const domain::Actor& a, int64_t exampleId, const GuidelineExampleChange& in,
                                   int64_t now);
  void deleteExample(const domain::Actor& a, int64_t exampleId, int64_t now);
  // One loading per member per rule; an empty text deletes it (then nullopt).
  std::optional<MyGuidelineLoading> setLoading(const domain::Actor& a, int64_t teamId, const std::string& ruleKey,
                                               const domain::GuardedText& text, bool shared, int64_t now);

  GuidelineAcrossTeams organisationCells(const domain::Actor& a);
  // Organisation admins; Conflict while the organisation's view is not visible.
  GuidelineExport exportCells(const domain::Actor& a, int64_t now);
  // Analysts of the association: a file replaces an earlier one of the same source and
  // period; cells with keys outside the guideline are skipped. Returns the cells kept.
  int64_t importCells(const domain::Actor& a, const GuidelineExport& file, int64_t now);
  NationalGuideline nationalCells(const domain::Actor& a);
  // Whether the user is one of the association's analysts (they import the files).
  bool isAnalyst(int64_t userId);

 private:
  Db& db_;
};

// The live part: a thought placed in a rule x part cell joins the team's matrix with its
// author's consent (shared, source "sessie"), and leaves it when they withdraw. Inside the
// live command's transaction.
void addSessionExample(Conn& c, int64_t orgId, int64_t teamId, int64_t userId, const std::string& ruleKey,
                       const std::string& partKey, const std::string& text, int64_t sessionId, int64_t seq, int64_t now);
void removeSessionExample(Conn& c, int64_t sessionId, int64_t seq);
bool hasSessionExample(Conn& c, int64_t sessionId, int64_t seq);

// AVG parts: the person's examples and loadings. The organisation's download holds only the
// shared ones (what the team sees); erasure deletes private ones and keeps shared ones without
// the person.
boost::json::value guidelineExport(Conn& c, int64_t userId, ExportFor who);
void guidelineErase(Conn& c, int64_t userId);

}  // namespace vk::store
