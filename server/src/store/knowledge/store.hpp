#pragma once
// The knowledge map in the store: the organisation's catalogue (starter catalogue plus local
// changes), members' profiles, the team's external partners, help questions with their
// anonymous tags, the organisation's recognition corrections and the team's training plan.
// Every method takes the Actor and scopes itself (store/scope.hpp) inside its transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/json/value.hpp>

#include "domain/guarded_text.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/knowledge/org_catalogue.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/knowledge/org_catalogue.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::store {

struct KnowledgeSource {
  int64_t id = 0;
  std::string kind;  // "web" | "elearning"
  std::string title, url;
};

struct OrgAspect {
  std::string id, domainId, name, kind, description;
  bool local = false, retired = false;
  std::vector<KnowledgeSource> sources;
  std::vector<std::string> terms;  // the organisation's own words and synonyms for it
};

struct ProfileEntry {
  std::string itemId;  // aspect or competence id
  domain::Level level = domain::Level::Geen;
  bool wantsToLearn = false;
};

struct TeamLevels {
  std::vector<domain::MemberKnowledge> members;  // levels and wishes are in the grid
  domain::LevelGrid grid;                        // rows: the items asked for, columns: members
};

struct Partner {
  int64_t id = 0;
  std::string aspectId, organisation, role;
};
// A partner to add: organisation and role are free text (they passed the privacy guard).
struct NewPartner {
  std::string aspectId;
  domain::GuardedText organisation, role;
};

struct QuestionTag {
  std::string kind;  // "domain" | "aspect" | "group"
  std::string id;
};

// One of the asker's own help questions: the text while it is kept; once it has expired only
// the confirmed tags remain visible.
struct OwnQuestion {
  int64_t id = 0, teamId = 0;
  std::string teamName;
  std::optional<std::string> text;
  int64_t createdAt = 0;
  bool confirmed = false;
  std::vector<QuestionTag> tags;
};

struct PlanItem {
  int64_t id = 0;
  std::string aspectId;
  double priority = 0;
  std::optional<int64_t> mentorId;
  domain::Level targetLevel = domain::Level::Gezel;
  std::string targetDate;  // YYYY-MM-DD
  std::string note;
  std::vector<int64_t> learners;
};

struct Plan {
  int64_t id = 0;
  int64_t createdAt = 0;
  std::vector<PlanItem> items;
};

struct PlanItemPatch {
  std::optional<std::optional<int64_t>> mentorId;
  std::optional<domain::Level> targetLevel;
  std::optional<std::string> targetDate;
  std::optional<domain::GuardedText> note;
  std::optional<std::vector<int64_t>> learners;
};

class KnowledgeStore {
 public:
  explicit KnowledgeStore(Db& db) : db_(db) {}

  // Catalogue (every member reads; organisation admins change)
  std::vector<OrgAspect> aspects(const domain::Actor& a);
  // Only what the organisation changed or added: what its recognition needs (domain::orgCatalogue).
  std::vector<domain::AspectChange> aspectChanges(const domain::Actor& a);
  std::string addAspect(const domain::Actor& a, const std::string& domainId, const std::string& name,
                        const std::string& kind, const domain::GuardedText& description,
                        const std::vector<std::string>& terms, int64_t now);
  void patchAspect(const domain::Actor& a, const std::string& aspectId, const std::optional<std::string>& name,
                   const std::optional<domain::GuardedText>& description, std::optional<bool> retired,
                   const std::optional<std::vector<std::string>>& terms, int64_t now);
  // Moves whenever something recognition learns from changes (catalogue, corrections, confirmed
  // tags), so a cached matcher of the organisation knows it is stale. 0 before any change.
  int64_t revision(const domain::Actor& a);
  int64_t addSource(const domain::Actor& a, const std::string& aspectId, const std::string& kind,
                    const std::string& title, const std::string& url);

  // Profiles
  std::vector<ProfileEntry> profile(const domain::Actor& a);
  void putProfile(const domain::Actor& a, const std::vector<ProfileEntry>& entries, int64_t now);
  // Members of a team with their levels and wishes; load = duo proposals in the last 30 days.
  std::vector<domain::MemberKnowledge> teamKnowledge(const domain::Actor& a, int64_t teamId, int64_t now);
  // The same as a dense grid of `items` (the team map): members without maps, levels in the grid.
  TeamLevels teamLevels(const domain::Actor& a, int64_t teamId, int64_t now, const std::vector<std::string>& items);

  // External partners of a team
  std::vector<Partner> partners(const domain::Actor& a, int64_t teamId);
  Partner addPartner(const domain::Actor& a, int64_t teamId, const NewPartner& p, int64_t now);
  void removePartner(const domain::Actor& a, int64_t teamId, int64_t partnerId);

  // Help questions
  domain::Corrections corrections(const domain::Actor& a);
  int64_t saveQuestion(const domain::Actor& a, int64_t teamId, const domain::GuardedText& text,
                       const std::vector<QuestionTag>& tags, std::optional<int64_t> duoUserId, int64_t now);
  // The asker confirms or corrects the tags; returns the question's text (empty once expired)
  // and the tags it had, so the caller can learn corrections.
  struct Retagged {
    std::string text;
    std::vector<QuestionTag> before;
  };
  Retagged retagQuestion(const domain::Actor& a, int64_t teamId, int64_t questionId,
                         const std::vector<QuestionTag>& tags);
  void addCorrection(const domain::Actor& a, const std::string& words, const std::string& target, double weight,
                     int64_t now);
  // The asker's own questions, newest first (at most `limit`), and one of them.
  std::vector<OwnQuestion> ownQuestions(const domain::Actor& a, size_t limit);
  OwnQuestion ownQuestion(const domain::Actor& a, int64_t teamId, int64_t questionId);
  // How many help questions of the team needed each aspect in [from, to).
  std::unordered_map<std::string, int> demand(const domain::Actor& a, int64_t teamId, int64_t from, int64_t to);

  // Training plan (a new plan starts without notes: items' notes are not saved by replacePlan;
  // patchPlanItem sets one, through the guard)
  std::optional<Plan> plan(const domain::Actor& a, int64_t teamId);
  Plan replacePlan(const domain::Actor& a, int64_t teamId, const std::vector<PlanItem>& items, int64_t now);
  void patchPlanItem(const domain::Actor& a, int64_t teamId, int64_t itemId, const PlanItemPatch& p);

 private:
  Db& db_;
};

// AVG: a member's knowledge data (export, erase) and the expiry of help-question texts.
boost::json::value knowledgeExport(Conn& c, int64_t userId, ExportFor who);
void knowledgeErase(Conn& c, int64_t userId);
int64_t knowledgePurgeTexts(Conn& c, int64_t cutoff);

}  // namespace vk::store
