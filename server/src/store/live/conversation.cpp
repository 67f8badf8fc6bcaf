// The what-works conversation (wat-werkt-gesprek) of a live session: its record (where it
// started, the dilemma formulated in step 3) and the agreements of step 6, kept for the
// team. Access is decided here, in the transaction that reads or writes; every change is
// appended to the session's event log as well, so phones and the projector see it live and
// after a reconnect, and is audited in the same transaction.
#include <boost/json.hpp>

#include "domain/errors.hpp"
#include "store/db.hpp"
#include "store/foundation/store.hpp"
#include "store/live/append.hpp"
#include "store/live/store.hpp"
#include "store/scope.hpp"
#include "store/audit.hpp"

namespace vk::store {

using namespace vk::domain;
namespace json = boost::json;

namespace {

constexpr const char* kConversationCols =
    "c.session_id, s.team_id, c.start_kind, c.start_key, c.case_text, c.tension, c.choice_a, c.cost_a, c.choice_b, "
    "c.cost_b, c.library_key, c.updated_at";

LiveConversation conversationFrom(const Row& r) {
  LiveConversation x;
  x.sessionId = r.i64(0);
  x.teamId = r.i64(1);
  x.startKind = r.str(2);
  x.startKey = r.str(3);
  x.caseText = r.str(4);
  x.tension = r.str(5);
  x.choiceA = r.str(6);
  x.costA = r.str(7);
  x.choiceB = r.str(8);
  x.costB = r.str(9);
  x.libraryKey = r.str(10);
  x.updatedAt = r.i64(11);
  return x;
}

constexpr const char* kAgreementSelect =
    "SELECT a.id, a.team_id, a.session_id, s.title, a.what, a.who, a.look_back_on, a.done, a.created_at "
    "FROM live_agreements a JOIN live_sessions s ON s.id = a.session_id ";

LiveAgreement agreementFrom(const Row& r) {
  return {r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.str(5), r.str(6), r.flag(7), r.i64(8)};
}

std::string serverClientId(const std::string& what, int64_t id, int64_t now) {
  // Never a participant's id: theirs come from crypto.randomUUID() and have no "server-".
  return "server-" + what + "-" + std::to_string(id) + "-" + std::to_string(now);
}


LiveSession facilitated(Conn& c, const Actor& a, int64_t sessionId) {
  auto s = loadSession(c, sessionId, a.orgId);
  auto role = requireTeamView(c, a, s.teamId);
  if (!facilitates(a, s, role)) forbidden("Alleen de begeleider van de sessie legt het gesprek vast.");
  return s;
}

}  // namespace

std::optional<LiveConversation> LiveStore::conversation(const Actor& a, int64_t sessionId) {
  std::optional<LiveConversation> out;
  s_.db().read([&](Conn& c) {
    auto s = loadSession(c, sessionId, a.orgId);
    requireTeamView(c, a, s.teamId);
    auto r = c.query(std::string("SELECT ") + kConversationCols +
                         " FROM live_conversations c JOIN live_sessions s ON s.id = c.session_id WHERE c.session_id = $1",
                     {sessionId});
    if (!r.empty()) out = conversationFrom(r[0]);
  });
  return out;
}

LiveConversation LiveStore::setConversation(const Actor& a, int64_t sessionId, const LiveConversationSet& set,
                                            int64_t now) {
  LiveConversation out;
  s_.db().write([&](Conn& c) {
    facilitated(c, a, sessionId);
    c.query(
        "INSERT INTO live_conversations (session_id, start_kind, start_key, case_text, tension, choice_a, cost_a, "
        "choice_b, cost_b, library_key, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
        "ON CONFLICT (session_id) DO UPDATE SET start_kind = excluded.start_kind, start_key = excluded.start_key, "
        "case_text = excluded.case_text, tension = excluded.tension, choice_a = excluded.choice_a, "
        "cost_a = excluded.cost_a, choice_b = excluded.choice_b, cost_b = excluded.cost_b, "
        "library_key = excluded.library_key, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        {sessionId, set.startKind, set.startKey, set.caseText.str(), set.tension.str(), set.choiceA.str(),
         set.costA.str(), set.choiceB.str(), set.costB.str(), set.libraryKey, a.userId, now});
    out = conversationFrom(c.query(std::string("SELECT ") + kConversationCols +
                                       " FROM live_conversations c JOIN live_sessions s ON s.id = c.session_id "
                                       "WHERE c.session_id = $1",
                                   {sessionId})[0]);
    json::object payload{{"startKind", out.startKind}, {"startKey", out.startKey}, {"caseText", out.caseText},
                         {"tension", out.tension},     {"choiceA", out.choiceA},   {"costA", out.costA},
                         {"choiceB", out.choiceB},     {"costB", out.costB},       {"libraryKey", out.libraryKey}};
    // Every text in the payload came through the guard (the command's GuardedText fields).
    appendIn(c, s_.db().dialect() == Dialect::Postgres, sessionId, serverClientId("conversation", sessionId, now) +
             "-" + std::to_string(c.query("SELECT last_seq FROM live_sessions WHERE id = $1", {sessionId})[0].i64(0)),
             a.userId, std::nullopt, "conversation", json::serialize(payload), now);
    audit(c, a, "live.conversation.set", "live-session/" + std::to_string(sessionId), now);
  });
  return out;
}

std::vector<LiveAgreement> LiveStore::sessionAgreements(const Actor& a, int64_t sessionId) {
  std::vector<LiveAgreement> out;
  s_.db().read([&](Conn& c) {
    auto s = loadSession(c, sessionId, a.orgId);
    requireTeamView(c, a, s.teamId);
    auto r = c.query(std::string(kAgreementSelect) + "WHERE a.session_id = $1 ORDER BY a.id", {sessionId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(agreementFrom(r[i]));
  });
  return out;
}

LiveAgreement LiveStore::addAgreement(const Actor& a, int64_t sessionId, const LiveAgreementAdd& add, int64_t now) {
  LiveAgreement out;
  s_.db().write([&](Conn& c) {
    auto s = facilitated(c, a, sessionId);
    auto r = c.query(
        "INSERT INTO live_agreements (org_id, team_id, session_id, what, who, look_back_on, done, created_by, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8) RETURNING id",
        {s.orgId, s.teamId, sessionId, add.what.str(), add.who.str(), add.lookBackOn, a.userId, now});
    int64_t id = r[0].i64(0);
    out = agreementFrom(c.query(std::string(kAgreementSelect) + "WHERE a.id = $1", {id})[0]);
    json::object payload{{"id", id}, {"what", out.what}, {"who", out.who}, {"lookBackOn", out.lookBackOn}};
    appendIn(c, s_.db().dialect() == Dialect::Postgres, sessionId, serverClientId("agreement", id, now), a.userId,
             std::nullopt, "agreement", json::serialize(payload), now);
    audit(c, a, "live.agreement.create", "live-agreement/" + std::to_string(id), now);
  });
  return out;
}

std::vector<LiveAgreement> LiveStore::teamAgreements(const Actor& a, int64_t teamId) {
  std::vector<LiveAgreement> out;
  s_.db().read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string(kAgreementSelect) + "WHERE a.team_id = $1 ORDER BY a.done, a.look_back_on, a.id",
                     {teamId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(agreementFrom(r[i]));
  });
  return out;
}

LiveAgreement LiveStore::setAgreementDone(const Actor& a, int64_t agreementId, bool done, int64_t now) {
  LiveAgreement out;
  s_.db().write([&](Conn& c) {
    auto r = c.query("SELECT team_id FROM live_agreements WHERE id = $1 AND org_id = $2", {agreementId, a.orgId});
    if (r.empty()) notFound("Deze afspraak bestaat niet.");
    requireTeamView(c, a, r[0].i64(0));
    c.query("UPDATE live_agreements SET done = $2 WHERE id = $1", {agreementId, done ? 1 : 0});
    out = agreementFrom(c.query(std::string(kAgreementSelect) + "WHERE a.id = $1", {agreementId})[0]);
    audit(c, a, done ? "live.agreement.done" : "live.agreement.reopen", "live-agreement/" + std::to_string(agreementId),
          now);
  });
  return out;
}

}  // namespace vk::store
