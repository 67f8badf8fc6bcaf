// Live team sessions (versions 300–399; 303–349 for the what-works conversation): sessions with their programme and join code,
// the event log (one monotonically increasing number per session), guests, templates,
// the organisation's song link and own wording of the guideline, and consents to share a
// contribution with the team's common threads.
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> liveMigrations() {
  return {
      {300, R"SQL(
CREATE TABLE live_sessions (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  programme TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX live_sessions_team ON live_sessions(team_id);
CREATE TABLE live_events (
  session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  client_id TEXT NOT NULL,
  author_user INTEGER REFERENCES users(id) ON DELETE SET NULL,
  author_guest INTEGER,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, seq),
  UNIQUE (session_id, client_id)
);
CREATE INDEX live_events_kind ON live_events(kind, session_id);
CREATE TABLE live_guests (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE live_templates (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  blocks TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE live_settings (
  org_id INTEGER NOT NULL PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  song_url TEXT NOT NULL DEFAULT ''
);
)SQL"},
      // An organisation's own wording of the guideline, and which session contributions
      // their author agreed to share with the team's common threads (as a fragment).
      {301, R"SQL(
ALTER TABLE live_settings ADD COLUMN guideline TEXT NOT NULL DEFAULT '';
CREATE INDEX live_templates_org ON live_templates(org_id);
CREATE TABLE live_consents (
  session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  fragment_id INTEGER REFERENCES fragments(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE INDEX live_consents_user ON live_consents(user_id);
)SQL"},
      // Ending a session closes it on the server: the moment it ended (from then on nothing
      // is appended, the join code stops working, its guest tokens have expired). Sessions
      // that already got an "end" event are closed at that event. The index serves the
      // per-session join limit (joins counted in a recent window).
      {302, R"SQL(
ALTER TABLE live_sessions ADD COLUMN ended_at INTEGER;
UPDATE live_sessions SET ended_at = (SELECT MIN(e.created_at) FROM live_events e
  WHERE e.session_id = live_sessions.id AND e.kind = 'end');
CREATE INDEX live_guests_session ON live_guests(session_id, created_at);
)SQL"},
      // The what-works conversation (wat-werkt-gesprek): one record per session, set by its
      // facilitators (where it started: a library dilemma or a case text; the dilemma the
      // group formulated in step 3), and the agreements of step 6, kept for the team with a
      // date to look back on (YYYY-MM-DD) and whether it was done.
      {303, R"SQL(
CREATE TABLE live_conversations (
  session_id INTEGER NOT NULL PRIMARY KEY REFERENCES live_sessions(id) ON DELETE CASCADE,
  start_kind TEXT NOT NULL DEFAULT '',
  start_key TEXT NOT NULL DEFAULT '',
  case_text TEXT NOT NULL DEFAULT '',
  tension TEXT NOT NULL DEFAULT '',
  choice_a TEXT NOT NULL DEFAULT '',
  cost_a TEXT NOT NULL DEFAULT '',
  choice_b TEXT NOT NULL DEFAULT '',
  cost_b TEXT NOT NULL DEFAULT '',
  library_key TEXT NOT NULL DEFAULT '',
  updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE live_agreements (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  what TEXT NOT NULL,
  who TEXT NOT NULL,
  look_back_on TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX live_agreements_team ON live_agreements(team_id, look_back_on);
CREATE INDEX live_agreements_session ON live_agreements(session_id);
)SQL"},
  };
}

}  // namespace vk::store
