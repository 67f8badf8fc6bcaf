// The live part's AVG export, erasure and retention.
#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "store/live/payload_text.hpp"
#include "store/live/store.hpp"

namespace vk::store {

namespace json = boost::json;

json::value liveExport(Conn& c, int64_t userId, ExportFor who) {
  json::object out;
  json::array written;
  // The organisation's download holds only what the person shared with name in the team's
  // threads; their other contributions (and anonymous shares) reach only their own download.
  auto r = c.query(
      std::string("SELECT s.title, t.name, e.kind, e.payload, e.created_at, lc.fragment_id FROM live_events e "
                  "JOIN live_sessions s ON s.id = e.session_id JOIN teams t ON t.id = s.team_id "
                  "LEFT JOIN live_consents lc ON lc.session_id = e.session_id AND lc.seq = e.seq ") +
          (who == ExportFor::Organisation ? "JOIN fragments f ON f.id = lc.fragment_id AND f.anonymous = 0 " : "") +
          "WHERE e.author_user = $1 AND e.kind IN ('thought', 'sentence', 'verse') "
          "ORDER BY e.created_at, e.session_id, e.seq",
      {userId});
  for (size_t i = 0; i < r.size(); ++i)
    written.push_back(json::object{{"session", r[i].str(0)},
                                   {"team", r[i].str(1)},
                                   {"kind", r[i].str(2)},
                                   {"text", payloadText(r[i].str(3))},
                                   {"writtenAt", domain::isoUtc(r[i].i64(4))},
                                   {"toTeamThreads", !r[i].isNull(5)}});
  out["contributions"] = std::move(written);
  json::array started;
  auto s = c.query(
      "SELECT s.title, t.name, s.created_at FROM live_sessions s JOIN teams t ON t.id = s.team_id "
      "WHERE s.created_by = $1 ORDER BY s.created_at",
      {userId});
  for (size_t i = 0; i < s.size(); ++i)
    started.push_back(
        json::object{{"title", s[i].str(0)}, {"team", s[i].str(1)}, {"createdAt", domain::isoUtc(s[i].i64(2))}});
  out["sessionsStarted"] = std::move(started);
  json::array templates;
  auto t = c.query("SELECT name, created_at FROM live_templates WHERE created_by = $1 ORDER BY id", {userId});
  for (size_t i = 0; i < t.size(); ++i)
    templates.push_back(json::object{{"name", t[i].str(0)}, {"createdAt", domain::isoUtc(t[i].i64(1))}});
  out["templates"] = std::move(templates);
  // Agreements of a what-works conversation they recorded as its facilitator.
  json::array agreements;
  auto a = c.query(
      "SELECT a.what, a.who, a.look_back_on, a.created_at FROM live_agreements a WHERE a.created_by = $1 ORDER BY a.id",
      {userId});
  for (size_t i = 0; i < a.size(); ++i)
    agreements.push_back(json::object{{"what", a[i].str(0)}, {"who", a[i].str(1)}, {"lookBackOn", a[i].str(2)},
                                      {"createdAt", domain::isoUtc(a[i].i64(3))}});
  out["agreementsRecorded"] = std::move(agreements);
  return out;
}

void liveErase(Conn& c, int64_t userId) {
  // Consents are the person's own choice and go; a fragment they shared anonymously stays in
  // the team's threads without author (interviewsErase), a named one is deleted there.
  c.query("DELETE FROM live_consents WHERE user_id = $1", {userId});
  // What they wrote in a session is part of the team's session (report, song): it stays,
  // without author. Sessions and templates they started stay the team's and organisation's.
  c.query("UPDATE live_events SET author_user = NULL WHERE author_user = $1", {userId});
  c.query("UPDATE live_sessions SET created_by = NULL WHERE created_by = $1", {userId});
  c.query("UPDATE live_templates SET created_by = NULL WHERE created_by = $1", {userId});
  // The conversation's record and agreements are the team's: they stay, without who set them.
  c.query("UPDATE live_conversations SET updated_by = NULL WHERE updated_by = $1", {userId});
  c.query("UPDATE live_agreements SET created_by = NULL WHERE created_by = $1", {userId});
}

int64_t livePurgeGuests(Conn& c, int64_t cutoff) {
  // A session is over when the facilitator ended it, or when nothing happened in it since
  // the cutoff; its guests' names (and tokens) then go. Their texts stay, without name.
  auto r = c.query(
      "DELETE FROM live_guests WHERE session_id IN (SELECT s.id FROM live_sessions s WHERE "
      "EXISTS (SELECT 1 FROM live_events e WHERE e.session_id = s.id AND e.kind = 'end' AND e.created_at < $1) OR "
      "(s.created_at < $1 AND NOT EXISTS (SELECT 1 FROM live_events e WHERE e.session_id = s.id AND e.created_at >= $1)))",
      {cutoff});
  return static_cast<int64_t>(r.affected);
}

}  // namespace vk::store
