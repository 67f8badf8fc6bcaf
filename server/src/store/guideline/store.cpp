// The team's matrix of the five rules, members' examples and loadings.
#include "store/guideline/store.hpp"

#include "domain/errors.hpp"
#include "domain/live/guideline.hpp"
#include "store/scope.hpp"
#include "store/audit.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

constexpr const char* kMineSelect =
    "SELECT id, team_id, rule_key, part_key, text, source, shared, created_at, updated_at FROM guideline_examples ";

MyGuidelineExample exampleOf(const Row& r) {
  return {r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5), r.flag(6), r.i64(7), r.i64(8)};
}

// The organisation's wording of the guideline (the live part keeps it in live_settings).
boost::json::object guidelineOf(Conn& c, int64_t orgId) {
  auto r = c.query("SELECT guideline FROM live_settings WHERE org_id = $1", {orgId});
  return guidelineWith(defaultGuideline(), r.empty() ? "" : r[0].str(0));
}

void checkKeys(const std::string& ruleKey, const std::optional<std::string>& partKey) {
  std::vector<FieldError> errors;
  if (!isGuidelineRule(ruleKey)) errors.push_back({"ruleKey", "Kies een van de vijf vuistregels."});
  if (partKey && !isGuidelinePart(*partKey)) errors.push_back({"partKey", "Kies een van de vier onderdelen van de opdracht."});
  if (!errors.empty()) invalid("De gegevens kloppen niet.", errors);
}


// The example, when it is the caller's: NotFound outside the organisation, Forbidden for
// anyone else in it.
MyGuidelineExample ownExample(Conn& c, const Actor& a, int64_t id) {
  auto r = c.query("SELECT user_id, team_id FROM guideline_examples WHERE id = $1 AND org_id = $2", {id, a.orgId});
  if (r.empty()) notFound("Dit voorbeeld bestaat niet.");
  requireTeamView(c, a, r[0].i64(1));
  if (r[0].optI64(0) != a.userId) forbidden("Alleen wie het voorbeeld schreef, past het aan.");
  return exampleOf(c.query(std::string(kMineSelect) + "WHERE id = $1", {id})[0]);
}

}  // namespace

GuidelineMatrix GuidelineStore::teamMatrix(const Actor& a, int64_t teamId) {
  GuidelineMatrix m;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto contributors = c.query(
        "SELECT COUNT(*) FROM (SELECT user_id FROM guideline_examples WHERE team_id = $1 AND user_id IS NOT NULL "
        "UNION SELECT user_id FROM guideline_loadings WHERE team_id = $1 AND user_id IS NOT NULL) x",
        {teamId});
    // Counts include private examples; texts only the shared ones.
    std::vector<CellCount> counts;
    auto n = c.query("SELECT rule_key, part_key, COUNT(*) FROM guideline_examples WHERE team_id = $1 "
                     "GROUP BY rule_key, part_key",
                     {teamId});
    for (size_t i = 0; i < n.size(); ++i) counts.push_back({n[i].str(0), n[i].str(1), n[i].i64(2)});
    std::vector<GuidelineExample> shared;
    auto s = c.query("SELECT id, rule_key, part_key, text, source, user_id FROM guideline_examples "
                     "WHERE team_id = $1 AND shared = 1 ORDER BY created_at, id",
                     {teamId});
    for (size_t i = 0; i < s.size(); ++i)
      shared.push_back({s[i].i64(0), s[i].str(1), s[i].str(2), s[i].str(3), s[i].str(4), s[i].optI64(5) == a.userId});
    std::vector<RuleCount> loadingCounts;
    auto l = c.query("SELECT rule_key, COUNT(*) FROM guideline_loadings WHERE team_id = $1 GROUP BY rule_key", {teamId});
    for (size_t i = 0; i < l.size(); ++i) loadingCounts.push_back({l[i].str(0), l[i].i64(1)});
    std::vector<std::pair<std::string, std::string>> lines;
    auto t = c.query("SELECT rule_key, text FROM guideline_loadings WHERE team_id = $1 AND shared = 1 ORDER BY updated_at, id",
                     {teamId});
    for (size_t i = 0; i < t.size(); ++i) lines.emplace_back(t[i].str(0), t[i].str(1));
    m = buildMatrix(guidelineOf(c, a.orgId), contributors[0].i64(0), counts, shared, loadingCounts, lines);
  });
  return m;
}

MyGuideline GuidelineStore::mine(const Actor& a, int64_t teamId) {
  MyGuideline out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string(kMineSelect) + "WHERE team_id = $1 AND user_id = $2 ORDER BY created_at, id",
                     {teamId, a.userId});
    for (size_t i = 0; i < r.size(); ++i) out.examples.push_back(exampleOf(r[i]));
    auto l = c.query("SELECT rule_key, text, shared, updated_at FROM guideline_loadings WHERE team_id = $1 AND user_id = $2 "
                     "ORDER BY rule_key",
                     {teamId, a.userId});
    for (size_t i = 0; i < l.size(); ++i) out.loadings.push_back({l[i].str(0), l[i].str(1), l[i].flag(2), l[i].i64(3)});
  });
  return out;
}

MyGuidelineExample GuidelineStore::addExample(const Actor& a, int64_t teamId, const NewGuidelineExample& in, int64_t now) {
  MyGuidelineExample out;
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    checkKeys(in.ruleKey, in.partKey);
    int64_t id = c.query("INSERT INTO guideline_examples (org_id, team_id, user_id, rule_key, part_key, text, shared, "
                         "source, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'lid', $8, $8) RETURNING id",
                         {a.orgId, teamId, a.userId, in.ruleKey, in.partKey, in.text->str(), int64_t(in.shared ? 1 : 0), now})[0]
                     .i64(0);
    audit(c, a, "guideline.example.add", "guideline-example/" + std::to_string(id), now);
    out = exampleOf(c.query(std::string(kMineSelect) + "WHERE id = $1", {id})[0]);
  });
  return out;
}

MyGuidelineExample GuidelineStore::changeExample(const Actor& a, int64_t exampleId, const GuidelineExampleChange& in,
                                                 int64_t now) {
  MyGuidelineExample out;
  db_.write([&](Conn& c) {
    auto ex = ownExample(c, a, exampleId);
    std::string text = in.text ? in.text->str() : ex.text;
    bool shared = in.shared.value_or(ex.shared);
    c.query("UPDATE guideline_examples SET text = $1, shared = $2, updated_at = $3 WHERE id = $4",
            {text, int64_t(shared ? 1 : 0), now, exampleId});
    audit(c, a, "guideline.example.change", "guideline-example/" + std::to_string(exampleId), now);
    out = exampleOf(c.query(std::string(kMineSelect) + "WHERE id = $1", {exampleId})[0]);
  });
  return out;
}

void GuidelineStore::deleteExample(const Actor& a, int64_t exampleId, int64_t now) {
  db_.write([&](Conn& c) {
    ownExample(c, a, exampleId);
    c.query("DELETE FROM guideline_examples WHERE id = $1", {exampleId});
    audit(c, a, "guideline.example.delete", "guideline-example/" + std::to_string(exampleId), now);
  });
}

std::optional<MyGuidelineLoading> GuidelineStore::setLoading(const Actor& a, int64_t teamId, const std::string& ruleKey,
                                                             const GuardedText& text, bool shared, int64_t now) {
  std::optional<MyGuidelineLoading> out;
  // No audit entry: like a vote, a member's own words on a rule are their own answer.
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    if (!isGuidelineRule(ruleKey)) notFound("Deze vuistregel bestaat niet.");
    if (text.str().find_first_not_of(" \t\r\n") == std::string::npos) {
      c.query("DELETE FROM guideline_loadings WHERE team_id = $1 AND user_id = $2 AND rule_key = $3",
              {teamId, a.userId, ruleKey});
      return;
    }
    c.query("INSERT INTO guideline_loadings (org_id, team_id, user_id, rule_key, text, shared, updated_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (team_id, user_id, rule_key) "
            "DO UPDATE SET text = excluded.text, shared = excluded.shared, updated_at = excluded.updated_at",
            {a.orgId, teamId, a.userId, ruleKey, text.str(), int64_t(shared ? 1 : 0), now});
    out = MyGuidelineLoading{ruleKey, text.str(), shared, now};
  });
  return out;
}

void addSessionExample(Conn& c, int64_t orgId, int64_t teamId, int64_t userId, const std::string& ruleKey,
                       const std::string& partKey, const std::string& text, int64_t sessionId, int64_t seq, int64_t now) {
  removeSessionExample(c, sessionId, seq);
  c.query("INSERT INTO guideline_examples (org_id, team_id, user_id, rule_key, part_key, text, shared, source, "
          "live_session_id, live_seq, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 1, 'sessie', $7, $8, $9, $9)",
          {orgId, teamId, userId, ruleKey, partKey, text, sessionId, seq, now});
}

void removeSessionExample(Conn& c, int64_t sessionId, int64_t seq) {
  c.query("DELETE FROM guideline_examples WHERE live_session_id = $1 AND live_seq = $2", {sessionId, seq});
}

bool hasSessionExample(Conn& c, int64_t sessionId, int64_t seq) {
  return !c.query("SELECT 1 FROM guideline_examples WHERE live_session_id = $1 AND live_seq = $2", {sessionId, seq})
              .empty();
}

}  // namespace vk::store
