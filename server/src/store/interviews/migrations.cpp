// Interviews about the craft (versions 200–299): card decks, the codebook (201), the
// theme consent (202), interviews and their notes, shared fragments, zodatjes, "het is
// mijn vak om…" statements, imported national threads, and the association-analyst flag
// on accounts.
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> interviewMigrations() {
  return {
      {200, R"SQL(
CREATE TABLE card_decks (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  starter INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX card_decks_org ON card_decks(org_id);
CREATE TABLE cards (
  id INTEGER PRIMARY KEY,
  deck_id INTEGER NOT NULL REFERENCES card_decks(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  grp TEXT NOT NULL,
  group_title TEXT NOT NULL,
  title TEXT NOT NULL,
  quote TEXT NOT NULL,
  questions TEXT NOT NULL,
  prompts TEXT NOT NULL
);
CREATE INDEX cards_deck ON cards(deck_id, position);
CREATE TABLE interviews (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  interviewer_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  interviewee_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  deck_id INTEGER REFERENCES card_decks(id) ON DELETE SET NULL,
  card_ids TEXT NOT NULL,
  parent_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  completed_at INTEGER
);
CREATE INDEX interviews_interviewer ON interviews(interviewer_id);
CREATE INDEX interviews_interviewee ON interviews(interviewee_id);
CREATE INDEX interviews_team ON interviews(team_id);
CREATE TABLE interview_notes (
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  card_id INTEGER NOT NULL,
  text TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (interview_id, card_id)
);
CREATE TABLE fragments (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
  author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  anonymous INTEGER NOT NULL DEFAULT 0,
  themes TEXT NOT NULL DEFAULT '',
  themes_confirmed INTEGER NOT NULL DEFAULT 0,
  shared_at INTEGER NOT NULL
);
CREATE INDEX fragments_team ON fragments(team_id);
CREATE INDEX fragments_org ON fragments(org_id);
CREATE INDEX fragments_author ON fragments(author_id);
CREATE TABLE zodatjes (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  themes TEXT NOT NULL DEFAULT '',
  fragment_id INTEGER REFERENCES fragments(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX zodatjes_user ON zodatjes(user_id);
CREATE TABLE craft_statements (
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
CREATE TABLE national_threads (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  theme TEXT NOT NULL,
  fragment TEXT NOT NULL,
  period TEXT NOT NULL,
  size_band TEXT NOT NULL,
  imported_at INTEGER NOT NULL
);
CREATE INDEX national_threads_org ON national_threads(org_id, theme);
CREATE TABLE association_analysts (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE
);
)SQL"},
      // The organisation's own codebook: the 7 themes (fixed keys, own words) and their
      // sub-themes, which can be added and retired; fragments keep confirmed sub-themes.
      {201, R"SQL(
CREATE TABLE craft_themes (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  theme_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  keywords TEXT NOT NULL,
  UNIQUE (org_id, theme_key)
);
CREATE TABLE craft_subthemes (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  theme_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  keywords TEXT NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX craft_subthemes_org ON craft_subthemes(org_id, theme_key, position);
ALTER TABLE fragments ADD COLUMN subthemes TEXT NOT NULL DEFAULT '';
)SQL"},
      // The author's consent that the team lead changes the fragment's themes (0: only the author).
      {202, R"SQL(
ALTER TABLE fragments ADD COLUMN theme_consent INTEGER NOT NULL DEFAULT 0;
)SQL"},
      // The author's consent that their "Het is mijn vak om…" goes, without their name, on the
      // team's "Ons vak" page for the municipality (0: only inside the team).
      {203, R"SQL(
ALTER TABLE craft_statements ADD COLUMN outside INTEGER NOT NULL DEFAULT 0;
)SQL"},
  };
}

}  // namespace vk::store
