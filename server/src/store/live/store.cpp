#include "store/live/store.hpp"

#include <sodium.h>

#include <boost/json.hpp>
#include <set>

#include "domain/foundation/access.hpp"
#include "domain/errors.hpp"
#include "store/db.hpp"
#include "store/live/append.hpp"
#include "store/live/payload_text.hpp"
#include "store/scope.hpp"
#include "store/foundation/store.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

constexpr const char* kSessionCols =
    "s.id, s.org_id, s.team_id, t.name, s.title, s.programme, s.join_code, s.created_by, s.created_at, s.last_seq, s.ended_at";

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
  s.endedAt = r.optI64(10);
  return s;
}

}  // namespace

LiveSession loadSession(Conn& c, int64_t sessionId, std::optional<int64_t> orgId) {
  auto r = c.query(std::string("SELECT ") + kSessionCols +
                       " FROM live_sessions s JOIN teams t ON t.id = s.team_id WHERE s.id = $1",
                   {sessionId});
  if (r.empty() || (orgId && r[0].i64(1) != *orgId)) notFound("Deze sessie bestaat niet.");
  return sessionFrom(r[0]);
}

namespace {

// Six characters without look-alikes (no 0/O, 1/I/L).
std::string newJoinCode() {
  static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  std::string code;
  for (int i = 0; i < 6; ++i) code += alphabet[randombytes_uniform(sizeof alphabet - 1)];
  return code;
}

constexpr const char* kClosed = "Deze sessie is afgesloten: je kunt niets meer insturen.";

}  // namespace

// Who facilitates a session: its creator, the team's lead and supervisor, an organisation
// admin. They steer it and see every thought, revealed or not.
bool facilitates(const Actor& a, const LiveSession& s, std::optional<TeamRole> role) {
  return (s.createdBy && *s.createdBy == a.userId) || a.orgAdmin || (role && *role != TeamRole::Member);
}

// Appends one event inside the caller's write transaction: the session row hands out the
// next number (and locks it on PostgreSQL), unless the session ended. An "end" event closes
// the session in the same transaction: its end time, its guest tokens expired, the audit entry.
int64_t appendIn(Conn& c, bool postgres, int64_t sessionId, const std::string& clientId, std::optional<int64_t> userId,
                 std::optional<int64_t> guestId, const std::string& kind, const std::string& payload, int64_t now) {
  auto r = c.query(
      "UPDATE live_sessions SET last_seq = last_seq + 1 WHERE id = $1 AND ended_at IS NULL RETURNING last_seq, org_id",
      {sessionId});
  if (r.empty()) {
    if (c.query("SELECT 1 FROM live_sessions WHERE id = $1", {sessionId}).empty()) notFound("Deze sessie bestaat niet.");
    throw Error(ErrorKind::Conflict, kClosed);
  }
  int64_t seq = r[0].i64(0);
  int64_t orgId = r[0].i64(1);
  Value user, guest;  // NULL unless given
  if (userId) user = Value(*userId);
  if (guestId) guest = Value(*guestId);
  c.query(
      "INSERT INTO live_events (session_id, seq, client_id, author_user, author_guest, kind, payload, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {sessionId, seq, clientId, user, guest, kind, payload, now});
  if (kind == "end") {
    c.query("UPDATE live_sessions SET ended_at = $2 WHERE id = $1", {sessionId, now});
    c.query("UPDATE live_guests SET expires_at = $2 WHERE session_id = $1 AND expires_at > $2", {sessionId, now});
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, 'live.session.end', $3, $4)",
            {orgId, user, "live-session/" + std::to_string(sessionId), now});
  }
  if (postgres) c.query("SELECT pg_notify('vk_live', $1)", {std::to_string(sessionId) + ":" + std::to_string(seq)});
  return seq;
}

namespace {

// The thought a place or group event refers to (0 when it names none).
int64_t thoughtOf(const std::string& payload) {
  boost::system::error_code ec;
  auto v = boost::json::parse(payload, ec);
  if (ec || !v.is_object()) return 0;
  auto* t = v.as_object().if_contains("thought");
  return t && t->is_int64() ? t->as_int64() : 0;
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
    } catch (const UniqueViolation&) {
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

std::vector<std::pair<LiveSession, bool>> LiveStore::sessionsOfTeam(const Actor& a, int64_t teamId) {
  std::vector<std::pair<LiveSession, bool>> out;
  s_.db().read([&](Conn& c) {
    auto role = requireTeamView(c, a, teamId);
    auto r = c.query(std::string("SELECT ") + kSessionCols +
                         " FROM live_sessions s JOIN teams t ON t.id = s.team_id WHERE s.team_id = $1 "
                         "ORDER BY s.created_at DESC, s.id DESC",
                     {teamId});
    for (size_t i = 0; i < r.size(); ++i) {
      auto s = sessionFrom(r[i]);
      bool f = facilitates(a, s, role);
      out.emplace_back(std::move(s), f);
    }
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
    v.facilitator = facilitates(a, s, role);
  });
  return v;
}

int64_t LiveStore::joinAsGuest(const std::string& code, const std::string& name, const std::string& tokenHash,
                               int64_t now, int64_t expiresAt, const LiveJoinLimit& limit) {
  int64_t sessionId = 0;
  s_.db().write([&](Conn& c) {
    auto r = c.query("SELECT id, ended_at FROM live_sessions WHERE join_code = $1", {code});
    if (r.empty()) notFound("Deze code kennen we niet. Kijk nog eens op het scherm van de begeleider.");
    sessionId = r[0].i64(0);
    if (r[0].optI64(1))
      throw Error(ErrorKind::Conflict, "Deze sessie is afgesloten: met deze code kun je niet meer meedoen.");
    // Counted in the store, so the limit holds across instances too.
    auto n = c.query("SELECT COUNT(*) FROM live_guests WHERE session_id = $1 AND created_at > $2",
                     {sessionId, now - limit.windowSeconds});
    if (n[0].i64(0) >= limit.maxJoins)
      throw Error(ErrorKind::TooMany, "Er komen nu heel veel gasten tegelijk binnen. Probeer het over een paar minuten opnieuw.");
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
        int64_t seq = appendIn(c, s_.db().dialect() == Dialect::Postgres, sessionId, clientId, author.userId,
                               author.guestId, kind, payload, now);
        out.event = LiveEvent{seq, clientId, author.userId, author.guestId, kind, payload, now};
        out.duplicate = false;
      });
      return out;
    } catch (const UniqueViolation&) {
      // The same client id raced in twice (a phone resending on a new connection while its
      // old one is still being handled, here or on another instance): the store's unique key
      // refuses the second, and the retry finds the first and acknowledges it as a duplicate.
      if (attempt >= 2) throw;
    } catch (const Error&) {
      throw;  // an ended session, no right to write: an answer, not a race
    } catch (const std::exception&) {
      if (attempt >= 2) throw;
    }
  }
}

LiveReportEvents LiveStore::report(const Actor& a, int64_t sessionId) {
  LiveReportEvents out;
  s_.db().read([&](Conn& c) {
    out.session = loadSession(c, sessionId, a.orgId);
    auto role = requireTeamView(c, a, out.session.teamId);
    out.facilitator = facilitates(a, out.session, role);
    auto r = c.query(
        "SELECT seq, client_id, author_user, author_guest, kind, payload, created_at FROM live_events "
        "WHERE session_id = $1 ORDER BY seq",
        {sessionId});
    // A thought is revealed once a reveal event follows it (as on the socket).
    int64_t revealed = 0;
    for (size_t i = 0; i < r.size(); ++i)
      if (r[i].str(4) == "reveal") revealed = std::max(revealed, r[i].i64(0));
    std::set<int64_t> left;
    for (size_t i = 0; i < r.size(); ++i) {
      LiveEvent e{r[i].i64(0), r[i].str(1), r[i].optI64(2), r[i].optI64(3), r[i].str(4), r[i].str(5), r[i].i64(6)};
      if (e.kind == "thought" && e.seq > revealed && !out.facilitator && e.authorUser != a.userId) {
        left.insert(e.seq);
        continue;
      }
      if ((e.kind == "place" || e.kind == "group") && left.count(thoughtOf(e.payload))) continue;
      out.events.push_back(std::move(e));
    }
  });
  return out;
}

LiveStore::Ended LiveStore::end(const Actor& a, int64_t sessionId, int64_t now) {
  Ended out;
  s_.db().write([&](Conn& c) {
    auto s = loadSession(c, sessionId, a.orgId);
    auto role = requireTeamView(c, a, s.teamId);
    if (!facilitates(a, s, role)) forbidden("Alleen de begeleider van de sessie sluit haar af.");
    if (!s.endedAt) {
      // A client id no participant can have taken before: "server-end-" and 16 random hex digits.
      unsigned char rnd[8];
      randombytes_buf(rnd, sizeof rnd);
      std::string clientId = "server-end-";
      static const char hex[] = "0123456789abcdef";
      for (auto b : rnd) {
        clientId += hex[b >> 4];
        clientId += hex[b & 15];
      }
      out.appendedSeq = appendIn(c, s_.db().dialect() == Dialect::Postgres, sessionId, clientId, a.userId,
                                 std::nullopt, "end", "{}", now);
      out.ended = true;
    }
    out.session = loadSession(c, sessionId, a.orgId);
  });
  return out;
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
