// A member's own thoughts and sentences in a live session, and their consent to share
// one with the team's common threads. Agreeing makes it a shared fragment of the
// interviews part (source "live"); withdrawing deletes that fragment. Without consent a
// contribution never leaves the session. A thought placed in a rule x part cell may also,
// with its author's consent, join the team's guideline matrix (source "sessie"); withdrawing
// takes it out again.
#include <boost/json.hpp>

#include "domain/errors.hpp"
#include "store/db.hpp"
#include "store/guideline/store.hpp"
#include "store/interviews/store.hpp"
#include "store/live/payload_text.hpp"
#include "store/live/store.hpp"
#include "store/scope.hpp"
#include "store/foundation/store.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

constexpr const char* kContributionSelect =
    "SELECT e.seq, e.kind, e.payload, e.created_at, lc.fragment_id, f.anonymous FROM live_events e "
    "LEFT JOIN live_consents lc ON lc.session_id = e.session_id AND lc.seq = e.seq "
    "LEFT JOIN fragments f ON f.id = lc.fragment_id "
    "WHERE e.session_id = $1 AND e.author_user = $2 AND e.kind IN ('thought', 'sentence') ";

LiveContribution contributionFrom(const Row& r) {
  LiveContribution c;
  c.seq = r.i64(0);
  c.kind = r.str(1);
  c.text = payloadText(r.str(2));
  c.createdAt = r.i64(3);
  c.toThreads = !r.isNull(4);
  c.anonymous = r.isNull(5) || r.flag(5);
  return c;
}

// The latest placement of each thought of the session on the guideline matrix.
void addPlacements(Conn& c, int64_t sessionId, std::vector<LiveContribution>& items) {
  auto r = c.query("SELECT payload FROM live_events WHERE session_id = $1 AND kind = 'place' ORDER BY seq", {sessionId});
  for (size_t i = 0; i < r.size(); ++i) {
    boost::system::error_code ec;
    auto v = boost::json::parse(r[i].str(0), ec);
    if (ec || !v.is_object()) continue;
    auto& o = v.as_object();
    auto* t = o.if_contains("thought");
    auto* rule = o.if_contains("rule");
    auto* part = o.if_contains("part");
    if (!t || !t->is_int64() || !rule || !rule->is_string() || !part || !part->is_string()) continue;
    for (auto& x : items)
      if (x.kind == "thought" && x.seq == t->as_int64()) {
        x.ruleKey = std::string(rule->as_string());
        x.partKey = std::string(part->as_string());
      }
  }
  for (auto& x : items) x.toGuideline = hasSessionExample(c, sessionId, x.seq);
}

int64_t sessionTeam(Conn& c, const Actor& a, int64_t sessionId) {
  auto r = c.query("SELECT team_id FROM live_sessions WHERE id = $1 AND org_id = $2", {sessionId, a.orgId});
  if (r.empty()) notFound("Deze sessie bestaat niet.");
  return r[0].i64(0);
}

}  // namespace

std::vector<LiveContribution> LiveStore::contributions(const Actor& a, int64_t sessionId) {
  std::vector<LiveContribution> out;
  s_.db().read([&](Conn& c) {
    requireTeamView(c, a, sessionTeam(c, a, sessionId));
    auto r = c.query(std::string(kContributionSelect) + "ORDER BY e.seq", {sessionId, a.userId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(contributionFrom(r[i]));
    addPlacements(c, sessionId, out);
  });
  return out;
}

LiveContribution LiveStore::setConsent(const Actor& a, int64_t sessionId, int64_t seq, bool toThreads, bool anonymous,
                                       int64_t now, std::optional<bool> toGuideline) {
  LiveContribution out;
  s_.db().write([&](Conn& c) {
    int64_t teamId = sessionTeam(c, a, sessionId);
    requireTeamMember(c, a, teamId);  // the threads are the team's: only its members add to them
    auto r = c.query(std::string(kContributionSelect) + "AND e.seq = $3", {sessionId, a.userId, seq});
    if (r.empty()) notFound("Deze bijdrage bestaat niet, of is niet van jou.");
    auto mine = contributionFrom(r[0]);
    if (auto old = r[0].optI64(4)) c.query("DELETE FROM fragments WHERE id = $1", {*old});
    c.query("DELETE FROM live_consents WHERE session_id = $1 AND seq = $2", {sessionId, seq});
    if (toThreads) {
      int64_t fid = addSharedFragment(c, a.orgId, teamId, a.userId, "live", mine.text, anonymous, now);
      c.query("INSERT INTO live_consents (session_id, seq, user_id, fragment_id, created_at) VALUES ($1, $2, $3, $4, $5)",
              {sessionId, seq, a.userId, fid, now});
    }
    if (toGuideline) {
      std::vector<LiveContribution> one{mine};
      addPlacements(c, sessionId, one);
      if (!*toGuideline) {
        removeSessionExample(c, sessionId, seq);
      } else if (one[0].ruleKey.empty()) {
        invalid("Deze gedachte staat niet in een vakje van de vuistregels.",
                {{"toGuideline", "Alleen een gedachte die in de vuistregels geplaatst is, kan mee."}});
      } else {
        addSessionExample(c, a.orgId, teamId, a.userId, one[0].ruleKey, one[0].partKey, mine.text, sessionId, seq, now);
      }
    }
    std::vector<LiveContribution> after{
        contributionFrom(c.query(std::string(kContributionSelect) + "AND e.seq = $3", {sessionId, a.userId, seq})[0])};
    addPlacements(c, sessionId, after);
    out = after[0];
  });
  return out;
}

}  // namespace vk::store
