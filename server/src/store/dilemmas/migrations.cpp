// The dilemmas part's tables (versions 500–549): the organisation's dilemmas (its own, its
// versions of starter dilemmas, its teams' accepted proposals), the proposals of team
// members, vote rounds per team, ballots and votes.
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> dilemmaMigrations() {
  return {
      {500, R"SQL(
CREATE TABLE dilemmas (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,
  starter_key TEXT,
  content TEXT,
  retired INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX dilemmas_starter ON dilemmas(org_id, starter_key);
CREATE INDEX dilemmas_org ON dilemmas(org_id, team_id);
CREATE TABLE dilemma_proposals (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  proposed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  content TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open',
  reviewed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  reason TEXT NOT NULL DEFAULT '',
  dilemma_id INTEGER REFERENCES dilemmas(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  decided_at INTEGER
);
CREATE INDEX dilemma_proposals_team ON dilemma_proposals(team_id, created_at);
CREATE TABLE dilemma_rounds (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  opened_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  opened_at INTEGER NOT NULL,
  closes_at INTEGER,
  closed_at INTEGER,
  min_voters INTEGER NOT NULL DEFAULT 3 CHECK (min_voters >= 3),
  live_session_id INTEGER
);
CREATE INDEX dilemma_rounds_team ON dilemma_rounds(team_id, opened_at);
CREATE UNIQUE INDEX dilemma_rounds_one_open ON dilemma_rounds(team_id) WHERE closed_at IS NULL;
CREATE TABLE dilemma_ballots (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES dilemma_rounds(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  voted_at INTEGER NOT NULL,
  UNIQUE (round_id, user_id)
);
CREATE TABLE dilemma_votes (
  ballot_id INTEGER NOT NULL REFERENCES dilemma_ballots(id) ON DELETE CASCADE,
  round_id INTEGER NOT NULL REFERENCES dilemma_rounds(id) ON DELETE CASCADE,
  dilemma_key TEXT NOT NULL,
  recognisable INTEGER NOT NULL CHECK (recognisable BETWEEN 1 AND 5),
  current_answer TEXT NOT NULL CHECK (current_answer IN ('ja', 'soms', 'nee')),
  PRIMARY KEY (ballot_id, dilemma_key)
);
CREATE INDEX dilemma_votes_round ON dilemma_votes(round_id);
)SQL"},
      // The association's national ranking: imported files of organisations' rankings
      // (counts of starter dilemmas only; source is the organisation's name).
      {510, R"SQL(
CREATE TABLE national_dilemma_files (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  period TEXT NOT NULL,
  teams INTEGER NOT NULL,
  imported_at INTEGER NOT NULL,
  UNIQUE (org_id, source, period)
);
CREATE TABLE national_dilemma_counts (
  file_id INTEGER NOT NULL REFERENCES national_dilemma_files(id) ON DELETE CASCADE,
  dilemma_key TEXT NOT NULL,
  votes INTEGER NOT NULL,
  r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  ja INTEGER NOT NULL, soms INTEGER NOT NULL, nee INTEGER NOT NULL,
  PRIMARY KEY (file_id, dilemma_key)
);
)SQL"},
  };
}

}  // namespace vk::store
