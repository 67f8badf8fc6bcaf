// The partners' view from outside: partner rounds, links without an account, results from
// enough answers: its tables (versions 600–649).
//
// A link is stored only as the SHA-256 hash of its token. A partner's draft lives on the
// invitation row and moves to partner_answers on submit. partner_answers has no column
// that refers to an invitation or a token, and its date is a day: in an anonymous round
// nothing ties an answer to its link (kind and label are copied only in a named round).
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> partnerMigrations() {
  return {
      {600, R"SQL(
CREATE TABLE partner_rounds (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  anonymous INTEGER NOT NULL DEFAULT 1,
  closes_on TEXT NOT NULL,
  min_answers INTEGER NOT NULL DEFAULT 5 CHECK (min_answers >= 3),
  questions TEXT NOT NULL,
  open_token_hash TEXT UNIQUE,
  created_at INTEGER NOT NULL,
  closed_at INTEGER
);
CREATE INDEX partner_rounds_team ON partner_rounds(team_id, created_at);
CREATE TABLE partner_invitations (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES partner_rounds(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'bewaard', 'ingestuurd', 'ingetrokken')),
  draft TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX partner_invitations_round ON partner_invitations(round_id);
CREATE TABLE partner_answers (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES partner_rounds(id) ON DELETE CASCADE,
  kind TEXT,
  label TEXT,
  answers TEXT NOT NULL,
  submitted_on TEXT NOT NULL
);
CREATE INDEX partner_answers_round ON partner_answers(round_id);
CREATE TABLE partner_pow_spent (
  challenge_hash TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
)SQL"},
  };
}

}  // namespace vk::store
