// The five rules of thumb as they live in the team: examples and loadings per rule x part of
// the assignment, and the association's national files of cell counts (versions 575–599).
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> guidelineMigrations() {
  return {
      // A member's example from their work for one rule x part (private until shared; a
      // thought placed on the matrix in a live session joins with its author's consent,
      // source 'sessie', tied to that session's event), and per member per rule how they
      // load the rule in their own words.
      {575, R"SQL(
CREATE TABLE guideline_examples (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  rule_key TEXT NOT NULL,
  part_key TEXT NOT NULL,
  text TEXT NOT NULL,
  shared INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT 'lid' CHECK (source IN ('lid', 'sessie')),
  live_session_id INTEGER,
  live_seq INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX guideline_examples_team ON guideline_examples(team_id, rule_key, part_key);
CREATE INDEX guideline_examples_user ON guideline_examples(user_id);
CREATE UNIQUE INDEX guideline_examples_live ON guideline_examples(live_session_id, live_seq);
CREATE TABLE guideline_loadings (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  rule_key TEXT NOT NULL,
  text TEXT NOT NULL,
  shared INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  UNIQUE (team_id, user_id, rule_key)
);
CREATE TABLE national_guideline_files (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  period TEXT NOT NULL,
  teams INTEGER NOT NULL,
  imported_at INTEGER NOT NULL,
  UNIQUE (org_id, source, period)
);
CREATE TABLE national_guideline_counts (
  file_id INTEGER NOT NULL REFERENCES national_guideline_files(id) ON DELETE CASCADE,
  rule_key TEXT NOT NULL,
  part_key TEXT NOT NULL,
  examples INTEGER NOT NULL,
  PRIMARY KEY (file_id, rule_key, part_key)
);
)SQL"},
  };
}

}  // namespace vk::store
