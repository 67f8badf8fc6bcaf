#include "store/privacy/personal_data.hpp"

#include <boost/json.hpp>

#include "domain/errors.hpp"
#include "domain/time_format.hpp"
#include "store/craft/store.hpp"
#include "store/dilemmas/store.hpp"
#include "store/guideline/store.hpp"
#include "store/interviews/store.hpp"
#include "store/knowledge/store.hpp"
#include "store/live/store.hpp"
#include "store/scope.hpp"

namespace vk::store {

namespace json = boost::json;
using namespace vk::domain;

namespace {

json::value foundationExport(Conn& c, int64_t userId, ExportFor) {
  auto u = c.query(
      "SELECT u.name, u.email, u.discipline, u.experience, u.org_admin, u.created_at, o.name "
      "FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = $1",
      {userId});
  json::object out;
  if (!u.empty())
    out["account"] = json::object{{"name", u[0].str(0)},          {"email", u[0].str(1)},
                                  {"discipline", u[0].str(2)},    {"experience", u[0].str(3)},
                                  {"orgAdmin", u[0].flag(4)},     {"createdAt", isoUtc(u[0].i64(5))},
                                  {"organisation", u[0].str(6)}};
  json::array teams;
  auto t = c.query(
      "SELECT t.name, tm.role FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE tm.user_id = $1", {userId});
  for (size_t i = 0; i < t.size(); ++i) teams.push_back(json::object{{"team", t[i].str(0)}, {"role", t[i].str(1)}});
  out["teams"] = std::move(teams);
  json::array sessions;
  auto s = c.query("SELECT created_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at", {userId});
  for (size_t i = 0; i < s.size(); ++i)
    sessions.push_back(json::object{{"createdAt", isoUtc(s[i].i64(0))}, {"expiresAt", isoUtc(s[i].i64(1))}});
  out["sessions"] = std::move(sessions);
  // Whether a second log-in step is on and since when; never the secret or the recovery codes.
  auto f = c.query("SELECT confirmed_at FROM second_factors WHERE user_id = $1", {userId});
  bool on = !f.empty() && !f[0].isNull(0);
  out["secondFactor"] = json::object{{"enabled", on}, {"enrolledAt", on ? json::value(isoUtc(f[0].i64(0))) : json::value(nullptr)}};
  // The accounts at the organisation's identity provider this account is linked to (SSO).
  json::array links;
  auto l = c.query("SELECT issuer, subject, created_at FROM sso_links WHERE user_id = $1 ORDER BY created_at", {userId});
  for (size_t i = 0; i < l.size(); ++i)
    links.push_back(json::object{{"issuer", l[i].str(0)}, {"subject", l[i].str(1)}, {"linkedAt", isoUtc(l[i].i64(2))}});
  out["singleSignOn"] = std::move(links);
  // Invitations sent to the person's address (the token only ever as a hash, never exported).
  json::array invitations;
  auto inv = c.query(
      "SELECT i.name, i.email, t.name, i.role, i.created_at, i.expires_at, i.accepted_at, i.revoked FROM invitations i "
      "JOIN users u ON u.id = $1 AND u.org_id = i.org_id AND u.email = i.email LEFT JOIN teams t ON t.id = i.team_id "
      "ORDER BY i.id",
      {userId});
  for (size_t i = 0; i < inv.size(); ++i)
    invitations.push_back(json::object{{"name", inv[i].str(0)},
                                       {"email", inv[i].str(1)},
                                       {"team", inv[i].isNull(2) ? json::value(nullptr) : json::value(inv[i].str(2))},
                                       {"role", inv[i].str(3)},
                                       {"createdAt", isoUtc(inv[i].i64(4))},
                                       {"expiresAt", isoUtc(inv[i].i64(5))},
                                       {"accepted", !inv[i].isNull(6)},
                                       {"revoked", inv[i].flag(7)}});
  out["invitations"] = std::move(invitations);
  // The audit entries by the person and about them: actions and objects, never content.
  json::array audit;
  auto a = c.query("SELECT action, object, at, user_id FROM audit_log WHERE user_id = $1 OR object = $2 ORDER BY id",
                   {userId, "user/" + std::to_string(userId)});
  for (size_t i = 0; i < a.size(); ++i)
    audit.push_back(json::object{{"action", a[i].str(0)},
                                 {"object", a[i].str(1)},
                                 {"at", isoUtc(a[i].i64(2))},
                                 {"byThisPerson", !a[i].isNull(3) && a[i].i64(3) == userId}});
  out["auditLog"] = std::move(audit);
  return out;
}

void foundationErase(Conn& c, int64_t userId) {
  c.query("DELETE FROM sessions WHERE user_id = $1", {userId});
  c.query("DELETE FROM second_factor_challenges WHERE user_id = $1", {userId});
  c.query("DELETE FROM recovery_codes WHERE user_id = $1", {userId});
  c.query("DELETE FROM second_factors WHERE user_id = $1", {userId});
  c.query("DELETE FROM sso_links WHERE user_id = $1", {userId});
  c.query("DELETE FROM team_members WHERE user_id = $1", {userId});
}

}  // namespace

std::vector<PersonalDataPart> personalDataParts() {
  return {
      {"foundation", foundationExport, foundationErase},
      {"knowledge", knowledgeExport, knowledgeErase},
      {"interviews", interviewsExport, interviewsErase},
      {"live", liveExport, liveErase},
      {"dilemmas", dilemmasExport, dilemmasErase},
      {"craft", craftExport, craftErase},
      {"guideline", guidelineExport, guidelineErase},
  };
}

std::vector<RetentionPart> retentionParts() {
  return {
      {"knowledge", knowledgePurgeTexts},
      {"live", livePurgeGuests},
  };
}

json::object exportPersonalData(Db& db, const Actor& caller, int64_t userId, int64_t now) {
  json::object out;
  db.read([&](Conn& c) {
    // Only the person themselves gets everything of theirs; an admin's download for a
    // member is the organisation's request and holds what it keeps about a colleague.
    auto who = ExportFor::Self;
    if (userId != caller.userId) {
      requireAdmin(caller);
      requireUserInOrg(c, caller, userId);
      who = ExportFor::Organisation;
    }
    out["exportedAt"] = isoUtc(now);
    out["requestedBy"] = who == ExportFor::Self ? "self" : "organisation";
    for (auto& part : personalDataParts()) out[part.name] = part.exportData(c, userId, who);
  });
  return out;
}

void erasePersonalData(Db& db, const Actor& caller, int64_t userId, int64_t now) {
  requireAdmin(caller);
  if (userId == caller.userId) throw Error(ErrorKind::Conflict, "Je kunt je eigen account niet wissen.");
  db.write([&](Conn& c) {
    requireUserInOrg(c, caller, userId);
    for (auto& part : personalDataParts())
      if (part.erase) part.erase(c, userId);
    c.query("DELETE FROM users WHERE id = $1", {userId});
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, 'member.erase', $3, $4)",
            {caller.orgId, caller.userId, "user/" + std::to_string(userId), now});
  });
}

int64_t runRetention(Db& db, int64_t now, int64_t retentionSeconds) {
  int64_t total = 0;
  for (auto& part : retentionParts()) db.write([&](Conn& c) { total += part.purge(c, now - retentionSeconds); });
  return total;
}

}  // namespace vk::store
