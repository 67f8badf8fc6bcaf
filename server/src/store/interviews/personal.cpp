// The interview part's AVG export and erasure.
#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "store/interviews/store.hpp"

namespace vk::store {

namespace json = boost::json;

namespace {

// What the person shared with name (fragments) and wrote on the team's wall: the team sees
// it with their name, so it is also what the organisation keeps about them as a colleague.
json::array namedOrAllFragments(Conn& c, int64_t userId, bool withAnonymous) {
  json::array frags;
  auto f = c.query(std::string("SELECT text, anonymous, themes, shared_at, source FROM fragments WHERE author_id = $1 ") +
                       (withAnonymous ? "" : "AND anonymous = 0 ") + "ORDER BY id",
                   {userId});
  for (size_t i = 0; i < f.size(); ++i)
    frags.push_back(json::object{{"text", f[i].str(0)},
                                 {"anonymous", f[i].flag(1)},
                                 {"themes", f[i].str(2)},
                                 {"sharedAt", domain::isoUtc(f[i].i64(3))},
                                 {"source", f[i].str(4)}});
  return frags;
}

json::array craftStatements(Conn& c, int64_t userId) {
  json::array st;
  auto s = c.query(
      "SELECT t.name, s.text FROM craft_statements s JOIN teams t ON t.id = s.team_id WHERE s.user_id = $1", {userId});
  for (size_t i = 0; i < s.size(); ++i) st.push_back(json::object{{"team", s[i].str(0)}, {"text", s[i].str(1)}});
  return st;
}

}  // namespace

json::value interviewsExport(Conn& c, int64_t userId, ExportFor who) {
  json::object out;
  if (who == ExportFor::Organisation) {
    // Never interview content, zodatjes or which anonymous fragments are theirs: an
    // interview belongs to the interviewee and reaches nobody above them.
    out["sharedFragments"] = namedOrAllFragments(c, userId, false);
    out["craftStatements"] = craftStatements(c, userId);
    return out;
  }
  json::array interviews;
  // The interviews about this person, with every note: they are theirs.
  auto r = c.query(
      "SELECT i.id, i.purpose, i.created_at, i.completed_at, u.name FROM interviews i LEFT JOIN users u ON "
      "u.id = i.interviewer_id WHERE i.interviewee_id = $1 ORDER BY i.id",
      {userId});
  for (size_t i = 0; i < r.size(); ++i) {
    json::array notes;
    auto n = c.query(
        "SELECT c.title, n.text FROM interview_notes n LEFT JOIN cards c ON c.id = n.card_id WHERE n.interview_id = $1 "
        "ORDER BY n.card_id",
        {r[i].i64(0)});
    for (size_t k = 0; k < n.size(); ++k)
      notes.push_back(json::object{{"card", n[k].isNull(0) ? "" : n[k].str(0)}, {"text", n[k].str(1)}});
    interviews.push_back(json::object{{"purpose", r[i].str(1)},
                                      {"interviewer", r[i].isNull(4) ? "" : r[i].str(4)},
                                      {"createdAt", domain::isoUtc(r[i].i64(2))},
                                      {"completedAt", r[i].isNull(3) ? "" : domain::isoUtc(r[i].i64(3))},
                                      {"notes", std::move(notes)}});
  }
  out["interviewsAboutMe"] = std::move(interviews);
  // Interviews this person conducted: only that they took place (the content is the interviewee's).
  json::array conducted;
  auto d = c.query("SELECT purpose, created_at FROM interviews WHERE interviewer_id = $1 ORDER BY id", {userId});
  for (size_t i = 0; i < d.size(); ++i)
    conducted.push_back(json::object{{"purpose", d[i].str(0)}, {"createdAt", domain::isoUtc(d[i].i64(1))}});
  out["interviewsConducted"] = std::move(conducted);
  out["sharedFragments"] = namedOrAllFragments(c, userId, true);
  json::array zs;
  auto z = c.query("SELECT text, created_at FROM zodatjes WHERE user_id = $1 ORDER BY id", {userId});
  for (size_t i = 0; i < z.size(); ++i)
    zs.push_back(json::object{{"text", z[i].str(0)}, {"createdAt", domain::isoUtc(z[i].i64(1))}});
  out["zodatjes"] = std::move(zs);
  out["craftStatements"] = craftStatements(c, userId);
  return out;
}

void interviewsErase(Conn& c, int64_t userId) {
  // Private items go; shared anonymous fragments stay, without author or interview.
  c.query("UPDATE zodatjes SET fragment_id = NULL WHERE user_id = $1", {userId});
  c.query("DELETE FROM fragments WHERE author_id = $1 AND anonymous = 0", {userId});
  c.query("UPDATE fragments SET author_id = NULL, interview_id = NULL WHERE author_id = $1", {userId});
  c.query("DELETE FROM zodatjes WHERE user_id = $1", {userId});
  c.query("DELETE FROM interviews WHERE interviewee_id = $1", {userId});
  c.query("UPDATE interviews SET interviewer_id = NULL WHERE interviewer_id = $1", {userId});
  c.query("DELETE FROM craft_statements WHERE user_id = $1", {userId});
  c.query("DELETE FROM association_analysts WHERE user_id = $1", {userId});
}

}  // namespace vk::store
