// The knowledge map's tables (versions 100–199).
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> knowledgeMigrations() {
  return {
      {100, R"SQL(
CREATE TABLE knowledge_aspects (
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  aspect_id TEXT NOT NULL,
  domain_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  local INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (org_id, aspect_id)
);
CREATE TABLE knowledge_sources (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  aspect_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL
);
CREATE INDEX knowledge_sources_org ON knowledge_sources(org_id, aspect_id);
CREATE TABLE knowledge_levels (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  level TEXT NOT NULL,
  wants_to_learn INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, item_id)
);
CREATE TABLE knowledge_partners (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  aspect_id TEXT NOT NULL,
  organisation TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX knowledge_partners_team ON knowledge_partners(team_id, aspect_id);
CREATE TABLE help_questions (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  text TEXT,
  duo_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX help_questions_team ON help_questions(team_id, created_at);
CREATE TABLE help_question_tags (
  question_id INTEGER NOT NULL REFERENCES help_questions(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  tag_id TEXT NOT NULL,
  confirmed INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (question_id, kind, tag_id)
);
CREATE INDEX help_question_tags_team ON help_question_tags(team_id, created_at);
CREATE TABLE knowledge_corrections (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  words TEXT NOT NULL,
  target TEXT NOT NULL,
  weight_milli INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX knowledge_corrections_org ON knowledge_corrections(org_id);
CREATE TABLE training_plans (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL UNIQUE REFERENCES teams(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL
);
CREATE TABLE training_plan_items (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES training_plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  aspect_id TEXT NOT NULL,
  priority_milli INTEGER NOT NULL,
  mentor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  target_level TEXT NOT NULL,
  target_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX training_plan_items_plan ON training_plan_items(plan_id);
CREATE TABLE training_plan_learners (
  item_id INTEGER NOT NULL REFERENCES training_plan_items(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, user_id)
);
)SQL"},
      // The organisation's words for an aspect (recognition), a revision per organisation that
      // every change of what recognition learns from bumps (so a cached matcher knows when it is
      // stale), whether the asker confirmed a question's recognition, a covering index for loading a
      // team's levels, one for the team's demand, and one for a member's own questions.
      {101, R"SQL(
ALTER TABLE knowledge_aspects ADD COLUMN terms TEXT NOT NULL DEFAULT '';
ALTER TABLE help_questions ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE knowledge_revisions (
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  PRIMARY KEY (org_id)
);
CREATE INDEX knowledge_levels_cover ON knowledge_levels(user_id, item_id, level, wants_to_learn);
CREATE INDEX help_question_tags_demand ON help_question_tags(team_id, kind, created_at, tag_id);
CREATE INDEX help_questions_user ON help_questions(user_id, created_at);
)SQL"},
      // Each member's column of the team map in one row (ADR 0015): the entries of
      // knowledge_levels that say something, as "item:LW" joined by ',' (L the level's number,
      // W 1 for a wish). The store writes it with knowledge_levels in the same transaction; the
      // team map reads one row per member in place of 75,000 rows for 500 × 150.
      {102, R"SQL(
CREATE TABLE knowledge_member_cells (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  cells TEXT NOT NULL,
  PRIMARY KEY (user_id)
);
INSERT INTO knowledge_member_cells (user_id, cells)
SELECT user_id, group_concat(item_id || ':' || (CASE level WHEN 'leerling' THEN '1' WHEN 'gezel' THEN '2'
  WHEN 'meester' THEN '3' ELSE '0' END) || (CASE WHEN wants_to_learn <> 0 THEN '1' ELSE '0' END), ',')
FROM knowledge_levels WHERE level <> 'geen' OR wants_to_learn <> 0 GROUP BY user_id;
)SQL"},
  };
}

}  // namespace vk::store
