#include "store/foundation/store.hpp"

#include <map>
#include <stdexcept>

#include "domain/foundation/access.hpp"
#include "domain/errors.hpp"
#include "store/db.hpp"
#include "store/migrations.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

constexpr const char* kUserCols = "u.id, u.name, u.email, u.discipline, u.experience, u.org_admin";

UserProfile readUser(const Row& r, size_t at = 0) {
  UserProfile u;
  u.id = r.i64(at);
  u.name = r.str(at + 1);
  u.email = r.str(at + 2);
  u.discipline = r.str(at + 3);
  u.experience = parseExperience(r.str(at + 4)).value_or(Experience::Leerling);
  u.orgAdmin = r.flag(at + 5);
  return u;
}

std::vector<TeamRef> teamsOf(Conn& c, int64_t userId) {
  std::vector<TeamRef> out;
  auto r = c.query(
      "SELECT t.id, t.name, tm.role FROM team_members tm JOIN teams t ON t.id = tm.team_id "
      "WHERE tm.user_id = $1 ORDER BY t.name",
      {userId});
  for (size_t i = 0; i < r.size(); ++i) out.push_back({r[i].i64(0), r[i].str(1), parseTeamRole(r[i].str(2))});
  return out;
}

Team readTeam(Conn& c, const Actor& a, int64_t teamId) {
  auto role = requireTeamView(c, a, teamId);
  auto r = c.query(
      "SELECT t.id, t.name, (SELECT COUNT(*) FROM team_members m WHERE m.team_id = t.id) FROM teams t WHERE t.id = $1",
      {teamId});
  return Team{r[0].i64(0), r[0].str(1), r[0].i64(2), role};
}

OrgMember readOrgMember(Conn& c, const Actor& a, int64_t userId) {
  auto r = c.query(std::string("SELECT ") + kUserCols + " FROM users u WHERE u.id = $1 AND u.org_id = $2",
                   {userId, a.orgId});
  if (r.empty()) notFound("Deze collega bestaat niet.");
  return OrgMember{readUser(r[0]), teamsOf(c, userId)};
}

Invitation readInvitation(const Row& r) {
  Invitation inv;
  inv.id = r.i64(0);
  inv.details.email = r.str(1);
  inv.details.name = r.str(2);
  inv.details.teamId = r.optI64(3);
  inv.details.role = parseTeamRole(r.str(4)).value_or(TeamRole::Member);
  inv.details.discipline = r.str(5);
  inv.details.experience = parseExperience(r.str(6)).value_or(Experience::Leerling);
  inv.details.orgAdmin = r.flag(7);
  inv.createdAt = r.i64(8);
  inv.expiresAt = r.i64(9);
  inv.acceptedAt = r.optI64(10);
  inv.revoked = r.flag(11);
  inv.teamName = r.str(12);
  return inv;
}

constexpr const char* kInvitationCols =
    "i.id, i.email, i.name, i.team_id, i.role, i.discipline, i.experience, i.org_admin, i.created_at, "
    "i.expires_at, i.accepted_at, i.revoked, COALESCE(t.name, '')";

}  // namespace

Store::Store(std::unique_ptr<Db> db) : db_(std::move(db)) {}
Store::~Store() = default;

std::string Store::kind() const { return db_->dialect() == Dialect::Sqlite ? "sqlite" : "postgresql"; }

bool Store::ping() {
  try {
    db_->read([](Conn& c) { c.query("SELECT 1"); });
    return true;
  } catch (...) {
    return false;
  }
}

int Store::migrate() { return applyMigrations(*db_); }

bool Store::hasOrganisations() {
  bool any = false;
  db_->read([&](Conn& c) { any = !c.query("SELECT 1 FROM organisations LIMIT 1").empty(); });
  return any;
}

Store::Created Store::createOrganisation(const NewOrganisation& o, int64_t now, bool onlyIfEmpty) {
  Created out;
  db_->write([&](Conn& c) {
    if (onlyIfEmpty && !c.query("SELECT 1 FROM organisations LIMIT 1").empty())
      throw Error(ErrorKind::Conflict, "Vakkompas is al ingericht. Log in met je account.");
    if (!c.query("SELECT 1 FROM users WHERE email = $1", {o.adminEmail}).empty())
      throw Error(ErrorKind::Conflict, "Er is al een account met dit e-mailadres.",
                  {{"email", "Dit e-mailadres is al in gebruik."}});
    auto org = c.query("INSERT INTO organisations (name, created_at) VALUES ($1, $2) RETURNING id",
                       {o.organisation, now});
    int64_t orgId = org[0].i64(0);
    auto u = c.query(
        "INSERT INTO users (org_id, email, name, password_hash, org_admin, created_at) VALUES ($1, $2, $3, $4, 1, $5) "
        "RETURNING id",
        {orgId, o.adminEmail, o.adminName, o.passwordHash, now});
    out = Created{orgId, u[0].i64(0)};
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, 'organisation.create', $3, $4)",
            {orgId, out.adminId, "organisation/" + std::to_string(orgId), now});
  });
  return out;
}

std::optional<Credentials> Store::credentialsByEmail(const std::string& email) {
  std::optional<Credentials> out;
  db_->read([&](Conn& c) {
    auto r = c.query("SELECT id, password_hash FROM users WHERE email = $1", {email});
    if (!r.empty()) out = Credentials{r[0].i64(0), r[0].str(1)};
  });
  return out;
}

std::optional<Credentials> Store::credentialsOf(const Actor& a) {
  std::optional<Credentials> out;
  db_->read([&](Conn& c) {
    auto r = c.query("SELECT id, password_hash FROM users WHERE id = $1 AND org_id = $2", {a.userId, a.orgId});
    if (!r.empty()) out = Credentials{r[0].i64(0), r[0].str(1)};
  });
  return out;
}

void Store::createSession(const std::string& tokenHash, int64_t userId, const std::string& csrf, int64_t now,
                          int64_t expiresAt) {
  db_->write([&](Conn& c) {
    c.query("DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2", {userId, now});
    c.query("INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            {tokenHash, userId, csrf, now, expiresAt});
  });
}

std::optional<SessionInfo> Store::session(const std::string& tokenHash, int64_t now) {
  std::optional<SessionInfo> out;
  db_->read([&](Conn& c) {
    auto r = c.query(
        "SELECT u.id, u.org_id, u.org_admin, s.csrf, s.expires_at, "
        "(s.provider_mfa = 1 OR EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)), "
        "EXISTS (SELECT 1 FROM association_analysts aa WHERE aa.user_id = u.id), "
        "o.second_factor_team_leads <> 0 AND "
        "EXISTS (SELECT 1 FROM team_members tm WHERE tm.user_id = u.id AND tm.role = 'team_lead') "
        "FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.org_id "
        "WHERE s.token_hash = $1 AND s.expires_at > $2",
        {tokenHash, now});
    if (!r.empty())
      out = SessionInfo{Actor{r[0].i64(0), r[0].i64(1), r[0].flag(2)}, r[0].str(3), r[0].i64(4), r[0].flag(5),
                        r[0].flag(6), r[0].flag(7)};
  });
  return out;
}

void Store::deleteSession(const std::string& tokenHash) {
  db_->write([&](Conn& c) { c.query("DELETE FROM sessions WHERE token_hash = $1", {tokenHash}); });
}

void Store::setPassword(const Actor& a, const std::string& hash, const std::string& keepTokenHash) {
  db_->write([&](Conn& c) {
    c.query("UPDATE users SET password_hash = $1 WHERE id = $2 AND org_id = $3",
            {hash, a.userId, a.orgId});
    c.query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2", {a.userId, keepTokenHash});
  });
}

Me Store::me(const Actor& a) {
  Me me;
  db_->read([&](Conn& c) {
    auto r = c.query(std::string("SELECT ") + kUserCols +
                         ", o.id, o.name FROM users u JOIN organisations o ON o.id = u.org_id "
                         "WHERE u.id = $1 AND u.org_id = $2",
                     {a.userId, a.orgId});
    if (r.empty()) throw Error(ErrorKind::Unauthenticated, "Log opnieuw in.");
    me.user = readUser(r[0]);
    me.organisation = Organisation{r[0].i64(6), r[0].str(7)};
    me.teams = teamsOf(c, a.userId);
  });
  return me;
}

std::vector<Team> Store::teams(const Actor& a) {
  std::vector<Team> out;
  db_->read([&](Conn& c) {
    // Members see their own teams; organisation admins see every team of the organisation.
    auto r = c.query(
        "SELECT t.id, t.name, (SELECT COUNT(*) FROM team_members m WHERE m.team_id = t.id), tm.role "
        "FROM teams t LEFT JOIN team_members tm ON tm.team_id = t.id AND tm.user_id = $1 "
        "WHERE t.org_id = $2 AND (tm.user_id IS NOT NULL OR $3 = 1) ORDER BY t.name",
        {a.userId, a.orgId, int64_t{a.orgAdmin ? 1 : 0}});
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back(Team{r[i].i64(0), r[i].str(1), r[i].i64(2),
                         r[i].isNull(3) ? std::nullopt : parseTeamRole(r[i].str(3))});
  });
  return out;
}

Team Store::team(const Actor& a, int64_t teamId) {
  Team t;
  db_->read([&](Conn& c) { t = readTeam(c, a, teamId); });
  return t;
}

Team Store::createTeam(const Actor& a, const std::string& name, int64_t now) {
  requireAdmin(a);
  Team t;
  db_->write([&](Conn& c) {
    if (!c.query("SELECT 1 FROM teams WHERE org_id = $1 AND name = $2", {a.orgId, name}).empty())
      throw Error(ErrorKind::Conflict, "Er is al een team met deze naam.", {{"name", "Kies een andere naam."}});
    auto r = c.query("INSERT INTO teams (org_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
                     {a.orgId, name, now});
    t = Team{r[0].i64(0), name, 0, std::nullopt};
  });
  return t;
}

std::vector<TeamMember> Store::teamMembers(const Actor& a, int64_t teamId) {
  std::vector<TeamMember> out;
  db_->read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string("SELECT ") + kUserCols +
                         ", tm.role FROM team_members tm JOIN users u ON u.id = tm.user_id "
                         "WHERE tm.team_id = $1 ORDER BY u.name",
                     {teamId});
    out.reserve(r.size());
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back(TeamMember{readUser(r[i]), parseTeamRole(r[i].str(6)).value_or(TeamRole::Member)});
  });
  return out;
}

TeamMember Store::putTeamMember(const Actor& a, int64_t teamId, int64_t userId, TeamRole role) {
  TeamMember m;
  db_->write([&](Conn& c) {
    if (!canManageTeam(a, roleInTeam(c, a, teamId))) forbidden("Alleen de teamleider of een beheerder mag dit.");
    requireUserInOrg(c, a, userId);
    c.query(
        "INSERT INTO team_members (team_id, user_id, role) VALUES ($1, $2, $3) "
        "ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role",
        {teamId, userId, std::string(toString(role))});
    auto r = c.query(std::string("SELECT ") + kUserCols + " FROM users u WHERE u.id = $1", {userId});
    m = TeamMember{readUser(r[0]), role};
  });
  return m;
}

void Store::removeTeamMember(const Actor& a, int64_t teamId, int64_t userId) {
  db_->write([&](Conn& c) {
    if (!canManageTeam(a, roleInTeam(c, a, teamId))) forbidden("Alleen de teamleider of een beheerder mag dit.");
    auto r = c.query("DELETE FROM team_members WHERE team_id = $1 AND user_id = $2", {teamId, userId});
    if (r.affected == 0) notFound("Deze collega is geen lid van dit team.");
  });
}

std::vector<OrgMember> Store::members(const Actor& a) {
  requireAdmin(a);
  std::vector<OrgMember> out;
  db_->read([&](Conn& c) {
    auto r = c.query(std::string("SELECT ") + kUserCols + " FROM users u WHERE u.org_id = $1 ORDER BY u.name",
                     {a.orgId});
    auto t = c.query(
        "SELECT tm.user_id, t.id, t.name, tm.role FROM team_members tm JOIN teams t ON t.id = tm.team_id "
        "WHERE t.org_id = $1 ORDER BY t.name",
        {a.orgId});
    std::map<int64_t, std::vector<TeamRef>> byUser;
    for (size_t i = 0; i < t.size(); ++i)
      byUser[t[i].i64(0)].push_back({t[i].i64(1), t[i].str(2), parseTeamRole(t[i].str(3))});
    for (size_t i = 0; i < r.size(); ++i) {
      OrgMember m{readUser(r[i]), {}};
      m.teams = std::move(byUser[m.user.id]);
      out.push_back(std::move(m));
    }
  });
  return out;
}

OrgMember Store::patchMember(const Actor& a, int64_t userId, const MemberPatch& p) {
  requireAdmin(a);
  OrgMember m;
  db_->write([&](Conn& c) {
    requireUserInOrg(c, a, userId);
    if (p.name) c.query("UPDATE users SET name = $1 WHERE id = $2", {*p.name, userId});
    if (p.discipline) c.query("UPDATE users SET discipline = $1 WHERE id = $2", {p.discipline->str(), userId});
    if (p.experience)
      c.query("UPDATE users SET experience = $1 WHERE id = $2", {std::string(toString(*p.experience)), userId});
    if (p.orgAdmin) {
      if (!*p.orgAdmin && userId == a.userId)
        throw Error(ErrorKind::Conflict, "Je kunt je eigen beheerrechten niet intrekken.");
      c.query("UPDATE users SET org_admin = $1 WHERE id = $2", {int64_t{*p.orgAdmin ? 1 : 0}, userId});
    }
    m = readOrgMember(c, a, userId);
  });
  return m;
}

std::vector<Invitation> Store::invitations(const Actor& a) {
  requireAdmin(a);
  std::vector<Invitation> out;
  db_->read([&](Conn& c) {
    auto r = c.query(std::string("SELECT ") + kInvitationCols +
                         " FROM invitations i LEFT JOIN teams t ON t.id = i.team_id WHERE i.org_id = $1 "
                         "ORDER BY i.created_at DESC, i.id DESC",
                     {a.orgId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(readInvitation(r[i]));
  });
  return out;
}

Invitation Store::createInvitation(const Actor& a, const NewInvitation& inv, const std::string& tokenHash, int64_t now,
                                   int64_t expiresAt) {
  requireAdmin(a);
  Invitation out;
  db_->write([&](Conn& c) {
    if (inv.teamId) roleInTeam(c, a, *inv.teamId);  // the team must be in the organisation
    if (!c.query("SELECT 1 FROM users WHERE email = $1", {inv.email}).empty())
      throw Error(ErrorKind::Conflict, "Er is al een account met dit e-mailadres.",
                  {{"email", "Deze collega heeft al een account."}});
    auto r = c.query(
        "INSERT INTO invitations (org_id, token_hash, email, name, team_id, role, discipline, experience, org_admin, "
        "created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        {a.orgId, tokenHash, inv.email, inv.name, inv.teamId ? Value{*inv.teamId} : Value{},
         std::string(toString(inv.role)), inv.discipline.str(), std::string(toString(inv.experience)),
         int64_t{inv.orgAdmin ? 1 : 0}, a.userId, now, expiresAt});
    auto row = c.query(std::string("SELECT ") + kInvitationCols +
                           " FROM invitations i LEFT JOIN teams t ON t.id = i.team_id WHERE i.id = $1",
                       {r[0].i64(0)});
    out = readInvitation(row[0]);
  });
  return out;
}

void Store::revokeInvitation(const Actor& a, int64_t invitationId) {
  requireAdmin(a);
  db_->write([&](Conn& c) {
    auto r = c.query("UPDATE invitations SET revoked = 1 WHERE id = $1 AND org_id = $2 AND accepted_at IS NULL",
                     {invitationId, a.orgId});
    if (r.affected == 0) notFound("Deze uitnodiging bestaat niet of is al gebruikt.");
  });
}

InvitationPreview Store::invitationPreview(const std::string& tokenHash, int64_t now) {
  InvitationPreview p;
  db_->read([&](Conn& c) {
    auto r = c.query(
        "SELECT o.name, COALESCE(t.name, ''), i.email, i.name, i.expires_at, i.accepted_at, i.revoked "
        "FROM invitations i JOIN organisations o ON o.id = i.org_id LEFT JOIN teams t ON t.id = i.team_id "
        "WHERE i.token_hash = $1",
        {tokenHash});
    if (r.empty()) notFound("Deze uitnodiging bestaat niet. Controleer de link.");
    if (!r[0].isNull(5) || r[0].flag(6) || r[0].i64(4) <= now)
      throw Error(ErrorKind::Gone, "Deze uitnodiging is verlopen of al gebruikt. Vraag om een nieuwe uitnodiging.");
    p = InvitationPreview{r[0].str(0), r[0].str(1), r[0].str(2), r[0].str(3), r[0].i64(4)};
  });
  return p;
}

int64_t Store::acceptInvitation(const std::string& tokenHash, const std::string& name, const std::string& passwordHash,
                                int64_t now) {
  int64_t userId = 0;
  db_->write([&](Conn& c) {
    auto r = c.query(
        "SELECT id, org_id, email, team_id, role, discipline, experience, org_admin, expires_at, accepted_at, revoked "
        "FROM invitations WHERE token_hash = $1",
        {tokenHash});
    if (r.empty()) notFound("Deze uitnodiging bestaat niet. Controleer de link.");
    auto row = r[0];
    if (!row.isNull(9) || row.flag(10) || row.i64(8) <= now)
      throw Error(ErrorKind::Gone, "Deze uitnodiging is verlopen of al gebruikt. Vraag om een nieuwe uitnodiging.");
    // Claim the invitation first: a second, concurrent acceptance updates no row.
    auto claimed = c.query("UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL",
                           {now, row.i64(0)});
    if (claimed.affected == 0)
      throw Error(ErrorKind::Gone, "Deze uitnodiging is verlopen of al gebruikt. Vraag om een nieuwe uitnodiging.");
    if (!c.query("SELECT 1 FROM users WHERE email = $1", {row.str(2)}).empty())
      throw Error(ErrorKind::Conflict, "Er is al een account met dit e-mailadres.");
    auto u = c.query(
        "INSERT INTO users (org_id, email, name, password_hash, discipline, experience, org_admin, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {row.i64(1), row.str(2), name, passwordHash, row.str(5), row.str(6), row.i64(7), now});
    userId = u[0].i64(0);
    if (!row.isNull(3))
      c.query("INSERT INTO team_members (team_id, user_id, role) VALUES ($1, $2, $3)", {row.i64(3), userId, row.str(4)});
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, 'invitation.accept', $3, $4)",
            {row.i64(1), userId, "invitation/" + std::to_string(row.i64(0)), now});
  });
  return userId;
}

void Store::audit(const Actor& a, const std::string& action, const std::string& object, int64_t now) {
  db_->write([&](Conn& c) {
    c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, $3, $4, $5)",
            {a.orgId, a.userId, action, object, now});
  });
}

std::vector<AuditEntry> Store::auditLog(const Actor& a, int64_t limit) {
  requireAdmin(a);
  std::vector<AuditEntry> out;
  db_->read([&](Conn& c) {
    auto r = c.query(
        "SELECT l.id, l.user_id, COALESCE(u.name, ''), l.action, l.object, l.at FROM audit_log l "
        "LEFT JOIN users u ON u.id = l.user_id AND u.org_id = l.org_id "
        "WHERE l.org_id = $1 ORDER BY l.id DESC LIMIT $2",
        {a.orgId, limit});
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back(AuditEntry{r[i].i64(0), r[i].optI64(1), r[i].str(2), r[i].str(3), r[i].str(4), r[i].i64(5)});
  });
  return out;
}

std::unique_ptr<Store> openStore(const std::string& url) {
  if (url.rfind("sqlite:", 0) == 0) return std::make_unique<Store>(openSqlite(url.substr(7)));
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    return std::make_unique<Store>(openPostgres(url, 8));
  throw std::invalid_argument("unknown database URL (use sqlite:PATH or postgresql://…): " + url);
}

}  // namespace vk::store
