#include "store/live_store.hpp"

#include <sodium.h>

#include "domain/access.hpp"
#include "domain/errors.hpp"
#include "store/db.hpp"
#include "store/live/payload_text.hpp"
#include "store/scope.hpp"
#include "store/store.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

constexpr const char* kSessionCols =
    "s.id, s.org_id, s.team_id, t.name, s.title, s.programme, s.join_code, s.created_by, s.created_at, s.last_seq";

LiveSession sessionFrom(const Row& r) {
  LiveSession s;
  s.id = r.i64(0);
  s.orgId = r.i64(1);
  s.teamId = r.i64(2);
  s.teamName = r.str(3);
  s.title = r.str(4);
  s.programme = r.str(5);
  s.joinCode = r.str(6);
  s.createdBy = r.optI64(7);
  s.createdAt = r.i64(8);
  s.lastSeq = r.i64(9);
  return s;
}

LiveSession loadSession(Conn& c, int64_t sessionId, std::optional<int64_t> orgId) {
  auto r = c.query(std::string("SELECT ") + kSessionCols +
                       " FROM live_sessions s JOIN teams t ON t.id = s.team_id WHERE s.id = $1",
                   {sessionId});
  if (r.empty() || (orgId && r[0].i64(1) != *orgId)) notFound("Deze sessie bestaat niet.");
  return sessionFrom(r[0]);
}

// Six characters without look-alikes (no 0/O, 1/I/L).
std::string newJoinCode() {
  static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  std::string code;
  for (int i = 0; i < 6; ++i) code += alphabet[randombytes_uniform(sizeof alphabet - 1)];
  return code;
}

std::string userName(Conn& c, int64_t userId) {
  auto r = c.query("SELECT name FROM users WHERE id = $1", {userId});
  return r.empty() ? std::string() : r[0].str(0);
}

}  // namespace

LiveSession LiveStore::create(const Actor& a, int64_t teamId, const GuardedText& title, const GuardedText& programme,
                              int64_t now) {
  LiveSession out;
  for (int attempt = 0;; ++attempt) {
    try {
      s_.db().write([&](Conn& c) {
        auto role = requireTeamView(c, a, teamId);
        (void)role;
        auto code = newJoinCode();
        auto r = c.query(
            "INSERT INTO live_sessions (org_id, team_id, title, programme, join_code, created_by, created_at, last_seq) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, 0) RETURNING id",
            {a.orgId, teamId, title.str(), programme.str(), code, a.userId, now});
        out = loadSession(c, r[0].i64(0), a.orgId);
      });
      return out;
    } catch (const Error&) {
      throw;
    } catch (const std::exception&) {
      if (attempt >= 3) throw;  // a join code taken by another session: draw again
    }
  }
}

LiveSession LiveStore::session(const Actor& a, int64_t sessionId) {
  LiveSession out;
  s_.db().read([&](Conn& c) {
    out = loadSession(c, sessionId, a.orgId);
    requireTeamView(c, a, out.teamId);
  });
  return out;
}

std::vector<LiveSession> LiveStore::sessionsOfTeam(const Actor& a, int64_t teamId) {
  std::vector<LiveSession> out;
  s_.db().read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string("SELECT ") + kSessionCols +
                         " FROM live_sessions s JOIN teams t ON t.id = s.team_id WHERE s.team_id = $1 "
                         "ORDER BY s.created_at DESC, s.id DESC",
                     {teamId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(sessionFrom(r[i]));
  });
  return out;
}

LiveViewer LiveStore::memberViewer(const Actor& a, int64_t sessionId) {
  LiveViewer v;
  s_.db().read([&](Conn& c) {
    auto s = loadSession(c, sessionId, a.orgId);
    auto role = requireTeamView(c, a, s.teamId);
    v.sessionId = sessionId;
    v.userId = a.userId;
    v.name = userName(c, a.userId);
    v.facilitator = (s.createdBy && *s.createdBy == a.userId) || a.orgAdmin ||
                    (role && *role != TeamRole::Member);
  });
  return v;
}

int64_t LiveStore::joinAsGuest(const std::string& code, const std::string& name, const std::string& tokenHash,
                               int64_t now, int64_t expiresAt) {
  int64_t sessionId = 0;
  s_.db().write([&](Conn& c) {
    auto r = c.query("SELECT id FROM live_sessions WHERE join_code = $1", {code});
    if (r.empty()) notFound("Deze code kennen we niet. Kijk nog eens op het scherm van de begeleider.");
    sessionId = r[0].i64(0);
    c.query("INSERT INTO live_guests (session_id, token_hash, name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            {sessionId, tokenHash, name, now, expiresAt});
  });
  return sessionId;
}

std::optional<LiveViewer> LiveStore::guestViewer(const std::string& tokenHash, int64_t sessionId, int64_t now) {
  std::optional<LiveViewer> v;
  s_.db().read([&](Conn& c) {
    auto r = c.query("SELECT id, name FROM live_guests WHERE token_hash = $1 AND session_id = $2 AND expires_at > $3",
                     {tokenHash, sessionId, now});
    if (r.empty()) return;
    v = LiveViewer{sessionId, std::nullopt, r[0].i64(0), r[0].str(1), false};
  });
  return v;
}

LiveAppend LiveStore::append(int64_t sessionId, const std::string& clientId, const LiveViewer& author,
                             const std::string& kind, const GuardedText& guarded, int64_t now) {
  const std::string& payload = guarded.str();
  LiveAppend out;
  auto existing = [&](Conn& c) {
    auto r = c.query(
        "SELECT seq, client_id, author_user, author_guest, kind, payload, created_at FROM live_events "
        "WHERE session_id = $1 AND client_id = $2",
        {sessionId, clientId});
    if (r.empty()) return false;
    out.event = LiveEvent{r[0].i64(0), r[0].str(1), r[0].optI64(2), r[0].optI64(3), r[0].str(4), r[0].str(5), r[0].i64(6)};
    out.duplicate = true;
    return true;
  };
  for (int attempt = 0;; ++attempt) {
    try {
      s_.db().write([&](Conn& c) {
        if (existing(c)) return;
        // The session row is the counter: on PostgreSQL the update locks it, so numbers
        // are handed out one after the other, also across instances.
        auto r = c.query("UPDATE live_sessions SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq",
                         {sessionId});
        if (r.empty()) notFound("Deze sessie bestaat niet.");
        int64_t seq = r[0].i64(0);
        Value user = author.userId ? Value(*author.userId) : Value();
        Value guest = author.guestId ? Value(*author.guestId) : Value();
        c.query(
            "INSERT INTO live_events (session_id, seq, client_id, author_user, author_guest, kind, payload, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {sessionId, seq, clientId, user, guest, kind, payload, now});
        if (s_.db().dialect() == Dialect::Postgres)
          c.query("SELECT pg_notify('vk_live', $1)", {std::to_string(sessionId) + ":" + std::to_string(seq)});
        out.event = LiveEvent{seq, clientId, author.userId, author.guestId, kind, payload, now};
        out.duplicate = false;
      });
      return out;
    } catch (const Error&) {
      throw;
    } catch (const std::exception&) {
      if (attempt >= 2) throw;  // the same client id raced in twice: the retry finds the first
    }
  }
}

std::vector<LiveEvent> LiveStore::eventsAfter(int64_t sessionId, int64_t afterSeq) {
  std::vector<LiveEvent> out;
  s_.db().read([&](Conn& c) {
    auto r = c.query(
        "SELECT seq, client_id, author_user, author_guest, kind, payload, created_at FROM live_events "
        "WHERE session_id = $1 AND seq > $2 ORDER BY seq",
        {sessionId, afterSeq});
    out.reserve(r.size());
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back(LiveEvent{r[i].i64(0), r[i].str(1), r[i].optI64(2), r[i].optI64(3), r[i].str(4), r[i].str(5),
                              r[i].i64(6)});
  });
  return out;
}

LiveSession LiveStore::sessionById(int64_t sessionId) {
  LiveSession out;
  s_.db().read([&](Conn& c) { out = loadSession(c, sessionId, std::nullopt); });
  return out;
}

std::vector<LiveVerses> LiveStore::teamVerses(const Actor& a, int64_t teamId) {
  std::vector<LiveVerses> out;
  s_.db().read([&](Conn& c) {
    requireTeamMember(c, a, teamId);  // the song is the team's own: not for onlookers
    auto r = c.query(
        "SELECT s.id, s.title, s.created_at, e.payload FROM live_events e JOIN live_sessions s ON s.id = e.session_id "
        "WHERE s.team_id = $1 AND e.kind = 'verse' ORDER BY s.created_at, e.session_id, e.seq",
        {teamId});
    for (size_t i = 0; i < r.size(); ++i) {
      if (out.empty() || out.back().sessionId != r[i].i64(0)) out.push_back({r[i].i64(0), r[i].str(1), r[i].i64(2), {}});
      out.back().lines.push_back(payloadText(r[i].str(3)));
    }
  });
  return out;
}

std::vector<std::string> LiveStore::earlierVerses(int64_t sessionId) {
  std::vector<std::string> out;
  s_.db().read([&](Conn& c) {
    auto r = c.query(
        "SELECT e.payload FROM live_events e JOIN live_sessions s ON s.id = e.session_id "
        "JOIN live_sessions me ON me.id = $1 AND me.team_id = s.team_id "
        "WHERE e.kind = 'verse' AND (s.created_at < me.created_at OR (s.created_at = me.created_at AND s.id < me.id)) "
        "ORDER BY s.created_at, e.session_id, e.seq",
        {sessionId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(payloadText(r[i].str(0)));
  });
  return out;
}

std::string LiveStore::songUrl(const Actor& a) { return songUrlOfOrg(a.orgId); }

std::string LiveStore::songUrlOfOrg(int64_t orgId) {
  std::string url;
  s_.db().read([&](Conn& c) {
    auto r = c.query("SELECT song_url FROM live_settings WHERE org_id = $1", {orgId});
    if (!r.empty()) url = r[0].str(0);
  });
  return url;
}

void LiveStore::setSongUrl(const Actor& a, const std::string& url) {
  requireAdmin(a);
  s_.db().write([&](Conn& c) {
    c.query("INSERT INTO live_settings (org_id, song_url) VALUES ($1, $2) "
            "ON CONFLICT (org_id) DO UPDATE SET song_url = excluded.song_url",
            {a.orgId, url});
  });
}

std::string LiveStore::guidelineOfOrg(int64_t orgId) {
  std::string own;
  s_.db().read([&](Conn& c) {
    auto r = c.query("SELECT guideline FROM live_settings WHERE org_id = $1", {orgId});
    if (!r.empty()) own = r[0].str(0);
  });
  return own;
}

void LiveStore::setGuideline(const Actor& a, const GuardedText& overrides) {
  requireAdmin(a);
  s_.db().write([&](Conn& c) {
    c.query("INSERT INTO live_settings (org_id, guideline) VALUES ($1, $2) "
            "ON CONFLICT (org_id) DO UPDATE SET guideline = excluded.guideline",
            {a.orgId, overrides.str()});
  });
}

}  // namespace vk::store
