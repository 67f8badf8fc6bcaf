// The team's picture of the craft (seed 001, the seven themes as statements members respond to) and the core of the craft (seed 002): its tables (versions 550–574).
// The organisation's version of the picture (a theme's intro and statements, once an admin
// edits it; until then the starter content holds), members' answers and own lines per team,
// their responses to the core, and the association's imported national files (counts only,
// and the core texts members chose to share nationally). Names start with picture_/core_:
// craft_statements and craft_themes belong to the interviews part.
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> craftMigrations() {
  return {
      {550, R"SQL(
CREATE TABLE picture_themes (
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  theme_key TEXT NOT NULL,
  intro TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (org_id, theme_key)
);
CREATE TABLE picture_statements (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  theme_key TEXT NOT NULL,
  statement_key TEXT NOT NULL,
  text TEXT NOT NULL,
  position INTEGER NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  UNIQUE (org_id, statement_key)
);
CREATE INDEX picture_statements_theme ON picture_statements(org_id, theme_key);
CREATE TABLE picture_answers (
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  statement_key TEXT NOT NULL,
  recognition TEXT CHECK (recognition IN ('herken', 'anders')),
  current_now INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id, statement_key)
);
CREATE TABLE picture_lines (
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  theme_key TEXT NOT NULL,
  text TEXT NOT NULL,
  shared INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id, theme_key)
);
CREATE TABLE core_responses (
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  part_key TEXT NOT NULL,
  fit TEXT NOT NULL CHECK (fit IN ('past', 'mist', 'anders')),
  text TEXT NOT NULL DEFAULT '',
  share TEXT NOT NULL DEFAULT 'prive' CHECK (share IN ('prive', 'team', 'landelijk')),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id, part_key)
);
CREATE TABLE national_craft_files (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  period TEXT NOT NULL,
  teams INTEGER NOT NULL,
  imported_at INTEGER NOT NULL,
  UNIQUE (org_id, source, period)
);
CREATE TABLE national_picture_counts (
  file_id INTEGER NOT NULL REFERENCES national_craft_files(id) ON DELETE CASCADE,
  theme_key TEXT NOT NULL,
  statement_key TEXT NOT NULL,
  herken INTEGER NOT NULL, anders INTEGER NOT NULL, current_now INTEGER NOT NULL, answered INTEGER NOT NULL,
  PRIMARY KEY (file_id, statement_key)
);
CREATE TABLE national_core_counts (
  file_id INTEGER NOT NULL REFERENCES national_craft_files(id) ON DELETE CASCADE,
  part_key TEXT NOT NULL,
  past INTEGER NOT NULL, mist INTEGER NOT NULL, anders INTEGER NOT NULL,
  PRIMARY KEY (file_id, part_key)
);
CREATE TABLE national_core_texts (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES national_craft_files(id) ON DELETE CASCADE,
  part_key TEXT NOT NULL,
  text TEXT NOT NULL
);
)SQL"},
  };
}

}  // namespace vk::store
